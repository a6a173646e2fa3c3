import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

export const adminRoutes: RouteObject[] = [
  { path: '/verwaltung', lazy: lazyPage(() => import('./AdminHomePage')) },
  { path: '/verwaltung/mitglieder', lazy: lazyPage(() => import('./MembersAdminPage')) },
  {
    path: '/verwaltung/mitglieder/:memberId',
    lazy: lazyPage(() => import('./MemberAdminPage')),
  },
  {
    path: '/verwaltung/organisationen',
    lazy: lazyPage(() => import('./OrganisationsAdminPage')),
  },
  {
    path: '/verwaltung/organisationen/:organisationId',
    lazy: lazyPage(() => import('./OrganisationAdminPage')),
  },
  { path: '/verwaltung/foren', lazy: lazyPage(() => import('./CategoriesAdminPage')) },
  { path: '/verwaltung/foren/neu', lazy: lazyPage(() => import('./CategoryAdminPage')) },
  {
    path: '/verwaltung/foren/:categoryId',
    lazy: lazyPage(() => import('./CategoryAdminPage')),
  },
  { path: '/verwaltung/protokoll', lazy: lazyPage(() => import('./AuditLogPage')) },
];
