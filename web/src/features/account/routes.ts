import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

export const accountRoutes: RouteObject[] = [
  { path: '/konto', lazy: lazyPage(() => import('./AccountPage')) },
];
