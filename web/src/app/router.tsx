import { createBrowserRouter, type RouteObject } from 'react-router';
import { accountRoutes } from '../features/account/routes';
import { authPublicRoutes, totpSetupRoutes } from '../features/auth/routes';
import { homeRoutes } from '../features/home/routes';
import { notificationRoutes } from '../features/notifications/routes';
// The routes files directly, not the features' index.ts: those also export components, which would
// pull them into the entry chunk (every page is loaded lazily by its route).
import { forumRoutes } from '../features/forums/routes';
import { memberRoutes as memberDirectoryRoutes } from '../features/members/routes';
import { organisationRoutes } from '../features/organisations/routes';
import { incidentRoutes } from '../features/incidents/routes';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';
import { LoadingState } from '../ui/States';
import { NotFoundPage, RouteError } from './RouteError';

/**
 * All routes. Each feature exports its routes (features/<x>/routes.ts, pages loaded lazily);
 * member pages go into `memberRoutes`, pages before sign-in into the public layout.
 */
const memberRoutes: RouteObject[] = [
  ...homeRoutes,
  ...notificationRoutes,
  ...forumRoutes,
  ...memberDirectoryRoutes,
  ...organisationRoutes,
  ...incidentRoutes,
  ...accountRoutes,
  { path: '*', Component: NotFoundPage },
];

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    HydrateFallback: () => <LoadingState />,
    children: [
      { Component: PublicLayout, children: authPublicRoutes },
      {
        Component: RequireSession,
        children: [
          {
            // The shell loads with the first member page, not with the sign-in page.
            lazy: async () => ({ Component: (await import('./AppLayout')).AppLayout }),
            children: memberRoutes,
          },
        ],
      },
      {
        element: <RequireSession allowPendingTotp />,
        children: [{ Component: PublicLayout, children: totpSetupRoutes }],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
