import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

/**
 * The incident pages. Aufgaben, MIRT and Lagebericht (/vorfaelle/:incidentId/aufgaben, /mirt,
 * /lagebericht) come from incident response (./response/routes.ts, incidentResponseRoutes).
 * TODO: spread incidentResponseRoutes here once features/incidents/response/routes.ts exists.
 */
export const incidentRoutes: RouteObject[] = [
  { path: '/vorfaelle', lazy: lazyPage(() => import('./IncidentsPage')) },
  { path: '/vorfaelle/neu', lazy: lazyPage(() => import('./ReportIncidentPage')) },
  { path: '/vorfaelle/:incidentId', lazy: lazyPage(() => import('./IncidentPage')) },
];
