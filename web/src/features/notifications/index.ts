/** What other features and the app may use from this feature. */
export { NotificationBell } from './NotificationBell';
export { UnreadNotificationsCard } from './UnreadNotificationsCard';
export { notificationRoutes } from './routes';
