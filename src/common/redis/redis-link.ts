import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';

export type RedisRole = 'publisher' | 'subscriber';

/**
 * The instance's two Redis connections (REDIS_URL) and whether they work. Redis is optional at
 * run time: while it is unreachable the instance keeps serving (GraphQL, storage, same-instance
 * delivery), commands fail at once instead of queueing, and ioredis reconnects by itself (every
 * 50 ms growing to every 2 s, for ever). An outage is logged once when it starts and once when it
 * ends, whatever the number of reconnect attempts in between.
 *
 * - `publisher`: commands (socket.io publishes, login rate limits). No offline queue and no
 *   retries: a publish during an outage is dropped (clients repair that through `seq`, see
 *   ChannelHeads) and a rate limit falls back to its PostgreSQL insurance.
 * - `subscriber`: the socket.io adapter's subscriptions, renewed by ioredis after each reconnect.
 *
 * Events: `publisher-ready` after each (re)connect of the publisher; `subscriber-ready` once the
 * subscriber's subscriptions are active again (a PING answered after the renewed SUBSCRIBEs).
 */
@Injectable()
export class RedisLink extends EventEmitter implements OnApplicationShutdown {
  private readonly log = new Logger('Redis');
  readonly publisher: Redis | null = null;
  readonly subscriber: Redis | null = null;
  private readonly ready: Record<RedisRole, boolean> = { publisher: false, subscriber: false };
  private outageSince: number | null = null;
  private lastError: string | null = null;
  private closed = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    if (!config.redisUrl) return;
    this.publisher = new Redis(config.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectionName: 'sicherheitsnetz-pub',
    });
    this.subscriber = new Redis(config.redisUrl, {
      maxRetriesPerRequest: null,
      connectionName: 'sicherheitsnetz-sub',
    });
    this.watch('publisher', this.publisher);
    this.watch('subscriber', this.subscriber);
  }

  get enabled(): boolean {
    return this.publisher !== null;
  }

  /** Both connections work. */
  get up(): boolean {
    return this.ready.publisher && this.ready.subscriber;
  }

  get publisherReady(): boolean {
    return this.ready.publisher;
  }

  /**
   * Waits up to `timeoutMs` for both connections; false (and the outage logged) when Redis did not
   * answer. The instance starts anyway: Redis joins in when it comes.
   */
  async whenUp(timeoutMs: number): Promise<boolean> {
    if (!this.enabled) return true;
    const deadline = Date.now() + timeoutMs;
    while (!this.up && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (!this.up) this.startOutage();
    return this.up;
  }

  onApplicationShutdown(): void {
    this.closed = true;
    this.removeAllListeners();
    // No QUIT: during an outage it would wait in the subscriber's offline queue for ever.
    this.publisher?.disconnect();
    this.subscriber?.disconnect();
  }

  private watch(role: RedisRole, client: Redis): void {
    client.on('ready', () => {
      // The subscriber renewed its subscriptions before 'ready'; a PING answered after them proves
      // they are active (Redis answers one connection's commands in order).
      const confirmed = role === 'subscriber' ? client.ping() : Promise.resolve('PONG');
      confirmed.then(
        () => this.setReady(role, true),
        () => undefined, // lost again before the answer: 'close' follows
      );
    });
    client.on('close', () => this.setReady(role, false));
    client.on('error', (e: Error) => {
      this.lastError = e.message;
      this.setReady(role, false);
    });
  }

  private setReady(role: RedisRole, ok: boolean): void {
    if (this.closed) return;
    const wasUp = this.up;
    this.ready[role] = ok;
    if (!ok) {
      if (wasUp) this.startOutage();
      return;
    }
    if (this.up && this.outageSince !== null) {
      const seconds = ((Date.now() - this.outageSince) / 1000).toFixed(1);
      this.outageSince = null;
      this.log.log(`Redis reachable again after ${seconds} s; cross-instance delivery resumed`);
    }
    this.emit(`${role}-ready`);
  }

  private startOutage(): void {
    if (this.outageSince !== null || this.closed) return;
    this.outageSince = Date.now();
    this.log.warn(
      `Redis unreachable (${this.lastError ?? 'connection closed'}): this instance keeps serving ` +
        'on its own (no cross-instance broadcasts; login limits in PostgreSQL) and reconnects by itself',
    );
  }
}

/** Provides the one RedisLink of the app to every module. */
@Global()
@Module({ providers: [RedisLink], exports: [RedisLink] })
export class RedisModule {}
