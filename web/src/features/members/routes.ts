import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

export const memberRoutes: RouteObject[] = [
  { path: '/mitglieder', lazy: lazyPage(() => import('./MembersPage')) },
  { path: '/mitglieder/:memberId', lazy: lazyPage(() => import('./MemberPage')) },
];
