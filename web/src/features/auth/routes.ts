import type { RouteObject } from 'react-router';
import { lazyPage } from '../../lib/lazy-page';

/** Pages before sign-in. /einladung is the path of the invitation links (src/auth/invitations.service.ts). */
export const authPublicRoutes: RouteObject[] = [
  { path: '/anmeldung', lazy: lazyPage(() => import('./LoginPage')) },
  { path: '/einladung', lazy: lazyPage(() => import('./AcceptInvitationPage')) },
  // /passwort-zuruecksetzen is the path of the reset links (src/auth/password-reset.service.ts).
  { path: '/passwort-vergessen', lazy: lazyPage(() => import('./ForgotPasswordPage')) },
  { path: '/passwort-zuruecksetzen', lazy: lazyPage(() => import('./ResetPasswordPage')) },
];

/** TOTP enrolment: reachable while TOTP setup is still pending. */
export const totpSetupRoutes: RouteObject[] = [
  { path: '/zwei-faktor', lazy: lazyPage(() => import('./TotpSetupPage')) },
];
