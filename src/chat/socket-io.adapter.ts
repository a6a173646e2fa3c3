import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { RedisLink } from '../common/redis/redis-link';
import type { AppConfig } from '../config/app-config';
import { ChannelHeads } from './channel-heads';
import { ResultTransform, SocketDispatcher } from './socket-dispatcher';
import { clientIpOf, SocketsPerIp } from './sockets-per-ip';

/** DESIGN.md "Protections": a socket packet is at most 64 KB. */
export const SOCKET_MAX_PAYLOAD_BYTES = 64 * 1024;

/** How long shutdown waits for socket handlers still running (a send waiting for a lock). */
const SHUTDOWN_DRAIN_MS = 10_000;

/**
 * The handshake's access token was verified by the connection middleware (ChatGateway), which put
 * the principal into `socket.data`; nothing reads the token afterwards. Kept, it would stay in
 * memory for the socket's lifetime (about 0.25 KiB each) and travel over Redis in every
 * fetchSockets() answer, which carries the handshake to the asking instance.
 */
function dropAccessToken(socket: Socket): void {
  const auth = socket.handshake.auth as Record<string, unknown> | undefined;
  if (auth && 'token' in auth) delete auth.token;
}

/** How long the start waits for Redis before it goes on without (Redis joins in when it comes). */
const REDIS_START_WAIT_MS = 5_000;

/**
 * The adapter calls its Redis clients fire-and-forget (`publish`, `punsubscribe`, … without a
 * catch): during a Redis outage each would become an unhandled rejection. Through this proxy every
 * promise a command returns is marked handled (a caller that awaits it still sees the rejection),
 * a publish is not even tried while the connection is down, and each dropped publish is reported
 * with its pub/sub channel, so the rooms that missed a broadcast can be told to catch up later.
 */
export function guardedClient(client: Redis, dropped?: (channel: string) => void): Redis {
  const publish = (channel: string, message: string | Buffer): Promise<number> => {
    if (client.status !== 'ready') {
      dropped?.(channel);
      return Promise.resolve(0);
    }
    return client.publish(channel, message).catch(() => {
      dropped?.(channel);
      return 0;
    });
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === 'publish') return publish;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function' || property === 'constructor') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) result.catch(() => undefined);
        return result;
      };
    },
  });
}

/** The channel id of a single-room chat broadcast's pub/sub channel (`<key>#/#channel:<id>#`). */
export function channelOfPublish(pubsubChannel: string): string | null {
  return /#\/#channel:([0-9a-f-]{36})#$/.exec(pubsubChannel)?.[1] ?? null;
}

/**
 * socket.io with the Origin allowlist, the payload limit and, with REDIS_URL, the Redis adapter
 * that carries broadcasts between instances (revocations and channel removals go through
 * PostgreSQL, see DatabaseSignals). The pub/sub channel prefix can be set with
 * SOCKET_IO_REDIS_KEY (separate deployments or test runs on one Redis).
 */
/** The web app served by this process (or through the dev proxy) connects from its own origin. */
function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export class SocketIoAdapter extends IoAdapter {
  private readonly log = new Logger(SocketIoAdapter.name);
  private readonly dispatcher = new SocketDispatcher(this.logger, (payload) =>
    this.mapPayload(payload),
  );
  private readonly perIp: SocketsPerIp;

  /** `link`: the app's Redis connections (none: the in-memory adapter, one instance). */
  constructor(
    private readonly nestApp: INestApplicationContext,
    private readonly config: AppConfig,
    private readonly link: RedisLink | null = null,
  ) {
    super(nestApp);
    this.perIp = new SocketsPerIp(config.socketMaxPerIp);
  }

  /**
   * Waits (a few seconds at most) for Redis before the server starts, so no early broadcast is
   * lost; without Redis the instance starts alone and the adapter joins in when Redis answers.
   */
  async connectRedis(): Promise<void> {
    if (this.link?.enabled && !(await this.link.whenUp(REDIS_START_WAIT_MS)))
      this.log.warn('Starting without Redis: this instance serves alone until Redis answers');
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const allowed = new Set(this.config.corsOrigins);
    const server: Server = super.createIOServer(port, {
      ...options,
      serveClient: false,
      maxHttpBufferSize: SOCKET_MAX_PAYLOAD_BYTES,
      // A connection that joins no namespace (no token, a refused one, or a client that never
      // asks) is closed after this; socket.io's default keeps it for 45 s.
      connectTimeout: this.config.socketConnectTimeoutMs,
      cors: { origin: this.config.corsOrigins, credentials: false },
      // Browsers always send Origin on WebSocket and cross-origin requests; a foreign one is refused.
      // Clients without Origin (integrations) authenticate by token only, which a page cannot forge.
      allowRequest: (
        req: IncomingMessage,
        callback: (err: string | null | undefined, ok: boolean) => void,
      ) => {
        const origin = req.headers.origin;
        if (origin !== undefined && !allowed.has(origin) && !sameOrigin(origin, req.headers.host))
          return callback('Origin nicht erlaubt', false);
        // engine.io asks only on a handshake (not for each polling request of an open session).
        if (!this.perIp.mayOpen(clientIpOf(req, this.config.trustProxy)))
          return callback('Zu viele Verbindungen von dieser Adresse', false);
        callback(null, true);
      },
    } as ServerOptions);
    // Counted per transport connection, authenticated or not, until it closes.
    server.engine.on(
      'connection',
      (conn: {
        request: IncomingMessage;
        once: (event: 'close', listener: () => void) => void;
      }) => {
        const ip = clientIpOf(conn.request, this.config.trustProxy);
        this.perIp.opened(ip);
        conn.once('close', () => this.perIp.closed(ip));
      },
    );
    // Registered before the gateways' handlers, so it runs first on every accepted socket.
    server.on('connection', dropAccessToken);
    if (this.link?.publisher && this.link.subscriber) {
      const heads = this.nestApp.get(ChannelHeads);
      const publisher = guardedClient(this.link.publisher, (pubsubChannel) => {
        const channelId = channelOfPublish(pubsubChannel);
        if (channelId) heads.noteDropped(channelId);
      });
      server.adapter(
        createAdapter(publisher, guardedClient(this.link.subscriber), {
          key: process.env.SOCKET_IO_REDIS_KEY || 'sicherheitsnetz.socket.io',
        }),
      );
    }
    return server;
  }

  /** One shared listener per event instead of Nest's rxjs pipelines per handler and socket (P4). */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: ResultTransform,
  ): void {
    this.dispatcher.bind(socket, handlers, transform);
  }

  /** Nest wraps the callback in `once` and a closure; socket.io emits `disconnect` once anyway. */
  override bindClientDisconnect(client: Socket, callback: (reason: string) => void): void {
    client.on('disconnect', callback);
  }

  override async dispose(): Promise<void> {
    // Closes the servers (and so every socket), then lets running handlers finish before Nest's
    // shutdown hooks destroy the database pool (dispose runs before onApplicationShutdown).
    await super.dispose();
    await this.dispatcher.drain(SHUTDOWN_DRAIN_MS);
    // The Redis connections belong to RedisLink, which closes them at application shutdown.
  }
}
