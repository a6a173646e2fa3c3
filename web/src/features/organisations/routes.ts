import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

export const organisationRoutes: RouteObject[] = [
  { path: '/organisationen', lazy: lazyPage(() => import('./OrganisationsPage')) },
  { path: '/organisationen/:organisationId', lazy: lazyPage(() => import('./OrganisationPage')) },
];
