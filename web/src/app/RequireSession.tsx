import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../lib/use-session';
import { LoadingState } from '../ui/States';
import { appTexts } from './texts';

/** Where TOTP enrolment lives; the only page allowed while it is pending. */
export const TOTP_SETUP_PATH = '/zwei-faktor';

/**
 * Guards the member pages: signed out -> sign-in page (remembering where the member wanted to go);
 * TOTP required but not set up -> the enrolment page first.
 */
export function RequireSession({ allowPendingTotp = false }: { allowPendingTotp?: boolean }) {
  const s = useSession();
  const location = useLocation();
  if (s.status === 'unknown') return <LoadingState label={appTexts.checkingSession} />;
  if (s.status === 'signed-out') {
    const next = location.pathname + location.search;
    const params = new URLSearchParams();
    if (next !== '/') params.set('weiter', next);
    const query = params.toString();
    return <Navigate to={`/anmeldung${query ? `?${query}` : ''}`} replace />;
  }
  if (s.totpSetupRequired && !allowPendingTotp) return <Navigate to={TOTP_SETUP_PATH} replace />;
  return <Outlet />;
}
