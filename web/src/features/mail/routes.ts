import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

/** ADMIN pages of the e-mail delivery (the server refuses everyone else). */
export const mailRoutes: RouteObject[] = [
  { path: '/verwaltung/zustellung', lazy: lazyPage(() => import('./MailDeliveriesPage')) },
];
