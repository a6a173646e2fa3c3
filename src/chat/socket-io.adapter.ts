import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Server, ServerOptions, Socket } from 'socket.io';
import type { AppConfig } from '../config/app-config';
import { ResultTransform, SocketDispatcher } from './socket-dispatcher';

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

/**
 * socket.io with the Origin allowlist, the payload limit and, with REDIS_URL, the Redis adapter
 * that carries broadcasts, room changes and disconnects between instances. The pub/sub channel
 * prefix can be set with SOCKET_IO_REDIS_KEY (separate deployments or test runs on one Redis).
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
  private redis: { pub: Redis; sub: Redis } | null = null;
  private readonly dispatcher = new SocketDispatcher(this.logger, (payload) =>
    this.mapPayload(payload),
  );

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  /** Connects the Redis clients before the server starts, so no early broadcast is lost. */
  async connectRedis(): Promise<void> {
    if (!this.config.redisUrl) return;
    const pub = new Redis(this.config.redisUrl, { lazyConnect: true });
    const sub = pub.duplicate();
    for (const client of [pub, sub])
      client.on('error', (e: Error) => this.log.error(`Redis: ${e.message}`));
    await Promise.all([pub.connect(), sub.connect()]);
    this.redis = { pub, sub };
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const allowed = new Set(this.config.corsOrigins);
    const server: Server = super.createIOServer(port, {
      ...options,
      serveClient: false,
      maxHttpBufferSize: SOCKET_MAX_PAYLOAD_BYTES,
      cors: { origin: this.config.corsOrigins, credentials: false },
      // Browsers always send Origin on WebSocket and cross-origin requests; a foreign one is refused.
      // Clients without Origin (integrations) authenticate by token only, which a page cannot forge.
      allowRequest: (
        req: IncomingMessage,
        callback: (err: string | null | undefined, ok: boolean) => void,
      ) => {
        const origin = req.headers.origin;
        if (origin === undefined || allowed.has(origin) || sameOrigin(origin, req.headers.host))
          callback(null, true);
        else callback('Origin nicht erlaubt', false);
      },
    } as ServerOptions);
    // Registered before the gateways' handlers, so it runs first on every accepted socket.
    server.on('connection', dropAccessToken);
    if (this.redis) {
      server.adapter(
        createAdapter(this.redis.pub, this.redis.sub, {
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
    const redis = this.redis;
    this.redis = null;
    if (redis)
      await Promise.all([
        redis.pub.quit().catch(() => undefined),
        redis.sub.quit().catch(() => undefined),
      ]);
  }
}
