/** What other features and the app may use from the advisories. */
export { advisoryRoutes } from './routes';
export { tlpBannerText } from './tlp';
