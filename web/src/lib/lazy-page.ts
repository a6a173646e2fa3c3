import type { ComponentType } from 'react';

/**
 * Route-level code splitting: `{ path: 'x', lazy: lazyPage(() => import('./XPage')) }` loads the
 * page's chunk only when the route is visited. The page module's default export is the component.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  return async () => ({ Component: (await load()).default });
}
