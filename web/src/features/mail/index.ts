export { mailRoutes } from './routes';
