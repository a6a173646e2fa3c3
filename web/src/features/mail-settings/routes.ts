import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

export const mailSettingsRoutes: RouteObject[] = [
  { path: '/konto/benachrichtigungen', lazy: lazyPage(() => import('./MailSettingsPage')) },
];
