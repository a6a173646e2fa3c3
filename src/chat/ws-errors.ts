import { ArgumentsHost, Catch, Injectable, Logger, WsExceptionFilter } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/errors/app-error';
import {
  DatabaseOutage,
  UNAVAILABLE_MESSAGE,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
} from '../database/database-outage';

export interface WsError {
  code: ErrorCode;
  message: string;
  field?: string;
  retryAfterSeconds?: number;
}

const logger = new Logger('ChatGateway');

/**
 * Any thrown error as the socket error payload. The database being unreachable is UNAVAILABLE
 * (retry; the outage logs itself once); other unknown errors are logged and masked as INTERNAL.
 */
export function toWsError(e: unknown, outage?: DatabaseOutage): WsError {
  if (e instanceof AppError)
    return { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) };
  if (outage?.report(e))
    return {
      code: 'UNAVAILABLE',
      message: UNAVAILABLE_MESSAGE,
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    };
  logger.error(e);
  return { code: 'INTERNAL', message: 'Interner Fehler.' };
}

/**
 * Errors that escape a handler (the PolicyGuard's denials, or its database lookup failing) answer
 * the event's ack with `{ error }`, or an `error` event when the client asked for no ack.
 */
@Injectable()
@Catch()
export class ChatWsExceptionFilter implements WsExceptionFilter {
  constructor(private readonly outage: DatabaseOutage) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const args = host.getArgs();
    const client = args[0] as { emit(event: string, payload: unknown): void };
    const ack = args.slice(1).find((a) => typeof a === 'function') as
      ((p: unknown) => void) | undefined;
    const error = toWsError(exception, this.outage);
    if (ack) ack({ error });
    else client.emit('error', error);
  }
}
