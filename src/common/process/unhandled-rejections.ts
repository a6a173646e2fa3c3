import { Logger } from '@nestjs/common';

/** The same message again within this window is counted, not logged. */
const REPEAT_WINDOW_MS = 60_000;

/**
 * A promise rejection that nothing handled is logged and the process keeps serving. Node's default
 * (exit) turned a Redis outage into a stop of every instance: a lost optional dependency must not
 * take the platform down. Repeats of one message are logged once a minute with their count, so an
 * outage does not flood the log. (Uncaught exceptions keep Node's default: after a throw out of an
 * event handler the process state is unknown, and the orchestrator restarts it.)
 */
export function logUnhandledRejections(logger = new Logger('Process')): (reason: unknown) => void {
  const seen = new Map<string, { at: number; repeats: number }>();
  const handler = (reason: unknown) => {
    const message = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    const now = Date.now();
    const last = seen.get(message);
    if (last && now - last.at < REPEAT_WINDOW_MS) {
      last.repeats++;
      return;
    }
    const repeats = last?.repeats ?? 0;
    seen.set(message, { at: now, repeats: 0 });
    if (seen.size > 100) seen.delete(seen.keys().next().value as string);
    logger.error(
      `Unhandled promise rejection (kept running): ${message}` +
        (repeats ? ` (${repeats} more in the last minute)` : ''),
      reason instanceof Error ? reason.stack : undefined,
    );
  };
  process.on('unhandledRejection', handler);
  return handler;
}
