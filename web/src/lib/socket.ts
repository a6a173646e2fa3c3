import type { Socket } from 'socket.io-client';
import { session, type SessionStore } from './session';

/** A notification as the server pushes it on the socket (event `notification`). */
export interface LiveNotification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  targetType: string;
  targetId: string;
  createdAt: string;
}

/** Server -> client events the app listens to; part 2 adds chat events here. */
export interface ServerEvents {
  notification: (n: LiveNotification) => void;
}

export type AppSocket = Socket<ServerEvents>;

/**
 * One socket per signed-in tab, same origin. The handshake takes a fresh access token each time
 * it (re)connects. A refusal (expired token) refreshes the session and reconnects; when the server
 * drops the socket (logout elsewhere, revoked, disabled) the session is checked, and an ended one
 * sends the member to the sign-in page.
 */
export async function connectSocket(store: SessionStore = session): Promise<AppSocket> {
  // Loaded on sign-in: the sign-in page does not need it.
  const { io } = await import('socket.io-client');
  const socket: AppSocket = io({
    path: '/socket.io',
    transports: ['websocket'],
    auth: (cb) => {
      void store.validToken().then((token) => cb({ token }));
    },
  });
  socket.on('connect_error', (err) => {
    const code = (err as Error & { data?: { code?: string } }).data?.code;
    if (code === 'UNAUTHENTICATED') {
      void store.refresh().then((ok) => {
        if (ok) socket.connect();
      });
    }
  });
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') {
      void store.refresh().then((ok) => {
        if (ok) socket.connect();
      });
    }
  });
  return socket;
}
