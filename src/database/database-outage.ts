import { Logger } from '@nestjs/common';

/** Socket and PostgreSQL error codes that mean "the server cannot be reached", not a bad query. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, recovering)
  '53300', // too_many_connections
]);
/** node-postgres's own messages for a connection lost or never made. */
const UNREACHABLE_MESSAGES =
  /Connection terminated|Connection ended unexpectedly|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/**
 * Whether an error (as thrown by pg, or wrapped by TypeORM as QueryFailedError.driverError, or
 * by GraphQL as originalError) says the database is unreachable: worth a retry, not a bug.
 */
export function isDatabaseUnreachable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
    return true;
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
  const inner = e as {
    driverError?: unknown;
    cause?: unknown;
    originalError?: unknown;
    thrownValue?: unknown;
    errors?: unknown;
  };
  // thrownValue: graphql-js wraps a thrown value that is no Error of its realm (NonErrorThrown);
  // errors: AggregateError (a host name with several addresses, each refused).
  const nested = [inner.driverError, inner.cause, inner.originalError, inner.thrownValue];
  if (Array.isArray(inner.errors)) nested.push(...(inner.errors as unknown[]));
  return nested.some((n) => n !== e && isDatabaseUnreachable(n, depth + 1));
}

/** What a caller gets while the database is unreachable (DESIGN.md "Errors": temporary, retry). */
export const UNAVAILABLE_MESSAGE =
  'Der Dienst ist vorübergehend nicht erreichbar. Bitte in einigen Sekunden erneut versuchen.';
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * The database outage as operators see it: one log line when the first request finds the database
 * unreachable, one when it answers again (a probe every second while it is down), instead of a
 * stack trace per failed request. Callers ask `report(e)`; true means "answer UNAVAILABLE".
 */
export class DatabaseOutage {
  private readonly logger = new Logger('Database');
  private down: { since: number; failures: number } | null = null;
  private probe: (() => Promise<unknown>) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly probeIntervalMs = 1000) {}

  /** The query that tells when the outage is over (set once the data source exists). */
  attach(probe: () => Promise<unknown>): void {
    this.probe = probe;
  }

  get isDown(): boolean {
    return this.down !== null;
  }

  report(e: unknown): boolean {
    if (!isDatabaseUnreachable(e)) return false;
    if (this.down) {
      this.down.failures++;
      return true;
    }
    this.down = { since: Date.now(), failures: 1 };
    const reason = e instanceof Error ? e.message : String(e);
    this.logger.error(
      `Database unreachable (${reason}): requests are answered UNAVAILABLE until it answers again`,
    );
    this.scheduleProbe();
    return true;
  }

  private scheduleProbe(): void {
    if (!this.probe || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.probe!().then(
        () => this.recovered(),
        () => this.scheduleProbe(),
      );
    }, this.probeIntervalMs);
    this.timer.unref();
  }

  private recovered(): void {
    const down = this.down;
    if (!down) return;
    this.down = null;
    const seconds = Math.round((Date.now() - down.since) / 100) / 10;
    this.logger.log(
      `Database reachable again after ${seconds} s (${down.failures} failed requests answered UNAVAILABLE)`,
    );
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.probe = null;
  }
}
