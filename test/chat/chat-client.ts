import { io, Socket } from 'socket.io-client';
import { TEST_ORIGIN, TestApp } from '../helpers/test-app';

export type Ack<T = any> = T & { error?: { code: string; message: string; field?: string } };

export interface ConnectOptions {
  origin?: string | null;
  reconnection?: boolean;
  /** Further handshake headers (e.g. X-Forwarded-For as a proxy would set it). */
  headers?: Record<string, string>;
}

/** A real socket.io client against the test app (WebSocket transport, the allowed Origin). */
export function socketFor(url: string, token: string | null, options: ConnectOptions = {}): Socket {
  const origin = options.origin === undefined ? TEST_ORIGIN : options.origin;
  return io(url, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    extraHeaders: { ...(origin ? { origin } : {}), ...options.headers },
    reconnection: options.reconnection ?? false,
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    forceNew: true,
    timeout: 5000,
  });
}

/** Resolves once connected; rejects with the connect error (message + data.code). */
export function connected(socket: Socket): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve(socket);
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e) => reject(e));
  });
}

export async function connect(
  t: TestApp | string,
  token: string | null,
  options: ConnectOptions = {},
): Promise<Socket> {
  return connected(socketFor(typeof t === 'string' ? t : t.url, token, options));
}

export function emitAck<T = any>(
  socket: Socket,
  event: string,
  payload: unknown,
  timeoutMs = 5000,
): Promise<Ack<T>> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload);
}

/** Records every payload of an event from now on. */
export function record<T = any>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

export function nextEvent<T = any>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${event} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

export function disconnected(socket: Socket, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!socket.connected) return resolve('already');
    const timer = setTimeout(
      () => reject(new Error(`socket still connected after ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

/**
 * A round trip through the server after which earlier broadcasts to this socket have arrived
 * (one connection delivers in order): lets a test assert that something was NOT received.
 */
export async function flush(socket: Socket): Promise<void> {
  await emitAck(socket, 'presence', { status: 'online' });
}

export const CHANNEL_FIELDS =
  'id kind name topic tlp archivedAt lastSeq lastChangeSeq myRole lastReadSeq unreadCount mentionCount';

export async function createChannel(
  t: TestApp,
  token: string,
  name: string,
  kind: 'PUBLIC' | 'PRIVATE' = 'PRIVATE',
): Promise<string> {
  const res = await t.gql(
    `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`,
    { input: { kind, name } },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createChannel.id;
}

export async function invite(
  t: TestApp,
  token: string,
  channelId: string,
  memberIds: string[],
): Promise<void> {
  const res = await t.gql(
    `mutation($input: InviteToChannelInput!) { inviteToChannel(input: $input) { id } }`,
    { input: { channelId, memberIds } },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

let clientCounter = 0;
export const clientId = (prefix = 'c') =>
  `${prefix}-${Date.now().toString(36)}-${(clientCounter++).toString(36)}`;
