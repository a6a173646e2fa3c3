import type { RouteObject } from 'react-router';
import { lazyPage } from '../../../lib/lazy-page';

/** Spread into the incident routes (features/incidents/routes.ts). */
export const incidentResponseRoutes: RouteObject[] = [
  { path: '/vorfaelle/:incidentId/aufgaben', lazy: lazyPage(() => import('./TasksPage')) },
  { path: '/vorfaelle/:incidentId/mirt', lazy: lazyPage(() => import('./MirtPage')) },
  { path: '/vorfaelle/:incidentId/lagebericht', lazy: lazyPage(() => import('./ReportPage')) },
];
