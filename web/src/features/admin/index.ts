// What other features may use of the administration (routes are imported by the router directly).
export { adminRoutes } from './routes';
