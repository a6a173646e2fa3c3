import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';
import { incidentResponseRoutes } from './response/routes';

/**
 * The incident pages. Aufgaben, MIRT and Lagebericht (/vorfaelle/:incidentId/aufgaben, /mirt,
 * /lagebericht) come from incident response (./response/routes.ts, incidentResponseRoutes).
 */
export const incidentRoutes: RouteObject[] = [
  { path: '/vorfaelle', lazy: lazyPage(() => import('./IncidentsPage')) },
  { path: '/vorfaelle/neu', lazy: lazyPage(() => import('./ReportIncidentPage')) },
  { path: '/vorfaelle/:incidentId', lazy: lazyPage(() => import('./IncidentPage')) },
  ...incidentResponseRoutes,
];
