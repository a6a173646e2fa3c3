import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

export const notificationRoutes: RouteObject[] = [
  { path: '/benachrichtigungen', lazy: lazyPage(() => import('./NotificationsPage')) },
];
