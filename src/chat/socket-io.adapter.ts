import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Observable, Subscription } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import type { AppConfig } from '../config/app-config';

/** DESIGN.md "Protections": a socket packet is at most 64 KB. */
export const SOCKET_MAX_PAYLOAD_BYTES = 64 * 1024;

type Transform = (result: unknown) => Observable<unknown>;
interface Binding {
  handlers: MessageMappingProperties[];
  transform: Transform;
}
const BINDINGS = Symbol('socketMessageBindings');
const IN_FLIGHT = Symbol('socketInFlightResults');
type DispatchSocket = Socket & { [BINDINGS]?: Binding[]; [IN_FLIGHT]?: Set<Subscription> };

/**
 * Nest ends a socket's handler pipelines at disconnect (takeUntil): a result that arrives later is
 * neither acknowledged nor emitted, and an Observable result is unsubscribed. One shared listener.
 */
function stopInFlight(this: DispatchSocket): void {
  const running = this[IN_FLIGHT];
  if (!running) return;
  this[IN_FLIGHT] = undefined;
  for (const subscription of [...running]) subscription.unsubscribe();
}

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
export class SocketIoAdapter extends IoAdapter {
  private readonly log = new Logger(SocketIoAdapter.name);
  private redis: { pub: Redis; sub: Redis } | null = null;
  private readonly eventListeners = new Map<string, (this: DispatchSocket, ...args: unknown[]) => void>();

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
    for (const client of [pub, sub]) client.on('error', (e: Error) => this.log.error(`Redis: ${e.message}`));
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
      allowRequest: (req: IncomingMessage, callback: (err: string | null | undefined, ok: boolean) => void) => {
        const origin = req.headers.origin;
        if (origin === undefined || allowed.has(origin)) callback(null, true);
        else callback('Origin nicht erlaubt', false);
      },
    } as ServerOptions);
    // Registered before the gateways' handlers, so it runs first on every accepted socket.
    server.on('connection', dropAccessToken);
    if (this.redis) {
      server.adapter(createAdapter(this.redis.pub, this.redis.sub, { key: process.env.SOCKET_IO_REDIS_KEY || 'sicherheitsnetz.socket.io' }));
    }
    return server;
  }

  /**
   * Replaces Nest's per-socket rxjs pipelines (fromEvent → mergeMap → takeUntil for every
   * @SubscribeMessage handler: about 20 closures and 20 objects per handler and socket, most of an
   * idle socket's memory) with one shared listener per event name that looks the socket's handlers
   * up. Semantics as in IoAdapter.bindMessageHandlers of @nestjs/platform-socket.io 12: the
   * callbacks arrive wrapped with guards (the PolicyGuard), pipes and exception filters, so policy
   * and error answers are unchanged; a non-nil result with `event` is emitted, any other one is the
   * ack unless the handler acks itself (@Ack); Promise and Observable results go through Nest's
   * `transform`; an error that escapes the filters is logged; events without a handler are ignored.
   * Listeners run after the socket's middleware (socket.use), as before.
   */
  override bindMessageHandlers(socket: Socket, handlers: MessageMappingProperties[], transform: Transform): void {
    const s = socket as DispatchSocket;
    const first = s[BINDINGS] === undefined;
    (s[BINDINGS] ??= []).push({ handlers, transform });
    if (first) s.on('disconnect', stopInFlight);
    for (const { message } of handlers) {
      const listener = this.listenerFor(message as string);
      if (!s.listeners(message).includes(listener)) s.on(message, listener);
    }
  }

  /** Nest wraps the callback in `once` and a closure; socket.io emits `disconnect` once anyway. */
  override bindClientDisconnect(client: Socket, callback: (reason: string) => void): void {
    client.on('disconnect', callback);
  }

  /** One function per event name for all sockets (EventEmitter calls it with the socket as `this`). */
  private listenerFor(message: string): (this: DispatchSocket, ...args: unknown[]) => void {
    let listener = this.eventListeners.get(message);
    if (!listener) {
      const adapter = this;
      listener = function (this: DispatchSocket, ...args: unknown[]) {
        // rxjs fromEvent's payload: the single argument, or all of them as an array.
        const payload = args.length > 1 ? args : args[0];
        for (const binding of this[BINDINGS] ?? []) {
          for (const handler of binding.handlers) if (handler.message === message) adapter.run(this, handler, binding.transform, payload);
        }
      };
      this.eventListeners.set(message, listener);
    }
    return listener;
  }

  private run(socket: DispatchSocket, handler: MessageMappingProperties, transform: Transform, payload: unknown): void {
    const { data, ack } = this.mapPayload(payload);
    let result$: Observable<unknown>;
    try {
      result$ = transform(handler.callback(data, ack));
    } catch (e) {
      return void this.logger.error(e);
    }
    const subscription = result$.subscribe({
      next: (response) => {
        if (response === null || response === undefined) return;
        const { event, data: eventData } = response as { event?: string; data?: unknown };
        if (event) return void socket.emit(event, eventData);
        if (!handler.isAckHandledManually && typeof ack === 'function') ack(response);
      },
      error: (e: unknown) => this.logger.error(e),
    });
    if (subscription.closed) return;
    const running = (socket[IN_FLIGHT] ??= new Set());
    running.add(subscription);
    subscription.add(() => running.delete(subscription));
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    const redis = this.redis;
    this.redis = null;
    if (redis) await Promise.all([redis.pub.quit().catch(() => undefined), redis.sub.quit().catch(() => undefined)]);
  }
}

