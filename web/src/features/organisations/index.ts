/** What other features and the app may use from the organisations. */
export { organisationRoutes } from './routes';
export { servicesText } from './register';
