/** What other features and the app may use from the member directory. */
export { memberRoutes as memberDirectoryRoutes } from './routes';
export { MemberList } from './MemberList';
