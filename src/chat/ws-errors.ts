import { ArgumentsHost, Catch, Logger, WsExceptionFilter } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/errors/app-error';

export interface WsError {
  code: ErrorCode;
  message: string;
  field?: string;
}

const logger = new Logger('ChatGateway');

/** Any thrown error as the socket error payload; unknown errors are logged and masked. */
export function toWsError(e: unknown): WsError {
  if (e instanceof AppError)
    return { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) };
  logger.error(e);
  return { code: 'INTERNAL', message: 'Interner Fehler.' };
}

/**
 * Errors that escape a handler (the PolicyGuard's denials) answer the event's ack with
 * `{ error }`, or an `error` event when the client asked for no ack.
 */
@Catch()
export class ChatWsExceptionFilter implements WsExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const args = host.getArgs();
    const client = args[0] as { emit(event: string, payload: unknown): void };
    const ack = args.slice(1).find((a) => typeof a === 'function') as
      ((p: unknown) => void) | undefined;
    const error = toWsError(exception);
    if (ack) ack({ error });
    else client.emit('error', error);
  }
}
