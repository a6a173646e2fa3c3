import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import type { AppConfig } from '../../config/app-config';

/**
 * Nest's start-up chatter (one line per module, route and socket event, ~50 lines): debug, not
 * info, so that the lines an operator needs are not buried. `LOG_LEVEL=debug` shows them.
 */
const START_UP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'WebSocketsController',
  'NestFactory',
  'NestApplication',
  'GraphQLModule',
]);

const INFO = 30;

/**
 * One logger set-up for the app (nestjs-pino) and the start-up code before it: JSON lines in
 * production (for log collectors), pino-pretty's human-readable lines in development.
 */
export function logSetup(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): {
  options: LoggerOptions;
  stream: DestinationStream;
} {
  const options: LoggerOptions = {
    level: config.logLevel,
    hooks: {
      logMethod(args, method, level) {
        const first = args[0];
        const context =
          first && typeof first === 'object' ? (first as { context?: unknown }).context : undefined;
        if (level === INFO && typeof context === 'string' && START_UP_CONTEXTS.has(context)) {
          if (this.isLevelEnabled('debug')) this.debug(...(args as [object, string]));
          return;
        }
        method.apply(this, args);
      },
    },
  };
  const stream =
    config.logFormat === 'pretty'
      ? // In-process and synchronous (not a worker transport): lines appear in the order they are
        // written, next to the start-up banner, and none is lost at exit.
        pretty({
          sync: true,
          colorize: process.stdout.isTTY,
          translateTime: 'SYS:HH:MM:ss',
          ignore: 'pid,hostname,context',
          messageFormat: '{if context}[{context}] {end}{msg}',
        })
      : pino.destination({ dest: 1, sync: true });
  return { options, stream };
}

/** The logger for start-up code that runs before Nest's (embedded database, migrations). */
export function bootstrapLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): Logger {
  const { options, stream } = logSetup(config);
  return pino(options, stream).child({ context: 'Bootstrap' });
}
