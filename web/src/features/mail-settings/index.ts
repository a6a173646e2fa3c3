/** What other features and the app may use from this feature. */
export { mailSettingsRoutes } from './routes';
