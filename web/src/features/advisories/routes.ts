import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

export const advisoryRoutes: RouteObject[] = [
  { path: '/warnungen', lazy: lazyPage(() => import('./AdvisoriesPage')) },
  { path: '/warnungen/neu', lazy: lazyPage(() => import('./AdvisoryEditorPage')) },
  { path: '/warnungen/import', lazy: lazyPage(() => import('./CsafImportPage')) },
  { path: '/warnungen/:id', lazy: lazyPage(() => import('./AdvisoryPage')) },
  { path: '/warnungen/:id/bearbeiten', lazy: lazyPage(() => import('./AdvisoryEditorPage')) },
  { path: '/warnungen/:id/empfaenger', lazy: lazyPage(() => import('./RecipientsPage')) },
];
