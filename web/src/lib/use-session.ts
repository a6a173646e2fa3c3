import { useSyncExternalStore } from 'react';
import { session, type SessionState } from './session';

/** The session as React state (re-renders on sign-in, refresh, end). */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
