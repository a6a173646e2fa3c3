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

/** A chat message as the socket sends it (README "Socket connection"). */
export interface LiveChatMessage {
  id: string;
  channelId: string;
  seq: number;
  changeSeq: number;
  clientMessageId: string;
  senderId: string;
  body: string | null;
  threadRootId: string | null;
  editedAt: string | null;
  deletedAt: string | null;
  createdAt: string;
  reactions: { emoji: string; count: number; memberIds: string[] }[];
}

export type PresenceStatus = 'online' | 'away' | 'offline';

/** Every client event's ack: the result, or `{ error }` (German message, code, field). */
export type SocketAnswer<T> = T | { error: { code: string; message: string; field?: string } };
export interface CatchUpAnswer {
  channelId: string;
  lastChangeSeq: number;
  lastSeq?: number;
  messages: LiveChatMessage[];
  hasMore: boolean;
}
type Ack<T> = (answer: SocketAnswer<T>) => void;

/** Server -> client events the app listens to. */
export interface ServerEvents {
  notification: (n: LiveNotification) => void;
  'message:new': (m: LiveChatMessage) => void;
  'message:updated': (m: LiveChatMessage) => void;
  typing: (t: { channelId: string; memberId: string; displayName: string }) => void;
  presence: (p: { memberId: string; status: PresenceStatus }) => void;
  'channel:added': (c: { channelId: string }) => void;
  'channel:removed': (c: { channelId: string }) => void;
  'channel:updated': (c: {
    channelId: string;
    name: string | null;
    topic: string | null;
    archivedAt: string | null;
  }) => void;
  'channel:state': (s: { channelId: string; lastSeq: number; lastChangeSeq: number }) => void;
}

/** Client -> server events (each with an ack). */
export interface ClientEvents {
  'channel:join': (
    p: { channelId: string; afterChangeSeq?: number },
    ack: Ack<CatchUpAnswer>,
  ) => void;
  'channel:catchup': (
    p: { channelId: string; afterChangeSeq: number },
    ack: Ack<CatchUpAnswer>,
  ) => void;
  'channel:leave': (p: { channelId: string }, ack: Ack<{ channelId: string }>) => void;
  'message:send': (
    p: { channelId: string; clientMessageId: string; body: string; threadRootId?: string | null },
    ack: Ack<{ message: LiveChatMessage }>,
  ) => void;
  'message:edit': (
    p: { messageId: string; body: string },
    ack: Ack<{ message: LiveChatMessage }>,
  ) => void;
  'message:delete': (p: { messageId: string }, ack: Ack<{ message: LiveChatMessage }>) => void;
  'message:react': (
    p: { messageId: string; emoji: string; add: boolean },
    ack: Ack<{ message: LiveChatMessage }>,
  ) => void;
  typing: (p: { channelId: string }, ack: Ack<{ ok: true }>) => void;
  presence: (p: { status: 'online' | 'away' }, ack: Ack<{ status: string }>) => void;
  'presence:query': (
    p: { memberIds: string[] },
    ack: Ack<{ statuses: Record<string, PresenceStatus> }>,
  ) => void;
}

export type AppSocket = Socket<ServerEvents, ClientEvents>;

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
  // A lost network is noticed at once (socket.io's heartbeat would take up to 45 s): the socket
  // closes when the browser goes offline and opens again when it is back.
  if (typeof window !== 'undefined') {
    let pausedOffline = false;
    const offline = () => {
      if (!socket.active) return;
      pausedOffline = true;
      socket.disconnect();
    };
    const online = () => {
      if (!pausedOffline) return;
      pausedOffline = false;
      socket.connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    socket.on('disconnect', (reason) => {
      // Closed by the app (sign-out): this socket is done.
      if (reason === 'io client disconnect' && !pausedOffline) {
        window.removeEventListener('offline', offline);
        window.removeEventListener('online', online);
      }
    });
  }
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') {
      void store.refresh().then((ok) => {
        if (ok) socket.connect();
      });
    }
  });
  return socket;
}
