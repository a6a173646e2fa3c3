import { HttpException } from '@nestjs/common';

/** The error vocabulary of the API (DESIGN.md "Errors"); mapped to `extensions.code` in one place. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** Temporary (the database is unreachable): retry after a few seconds. */
  | 'UNAVAILABLE'
  | 'INTERNAL';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * An expected failure with a code of the API's vocabulary. It extends HttpException so that Nest
 * treats it as a handled error (HTTP status on REST routes, no error log for a user's mistake).
 */
export class AppError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field the error is about, when there is one. */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super({ code, message, ...(field ? { field } : {}) }, HTTP_STATUS[code]);
    this.message = message;
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Anmeldung erforderlich.') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Keine Berechtigung für diese Aktion.') =>
  new AppError('FORBIDDEN', message);
/** Also used where an object exists but may not be seen: existence itself is sensitive. */
export const notFound = (what: string) =>
  new AppError('NOT_FOUND', `${what} wurde nicht gefunden.`);
export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, field);
export const conflict = (message: string, field?: string) =>
  new AppError('CONFLICT', message, field);
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    'RATE_LIMITED',
    `Zu viele Versuche. Bitte in ${retryAfterSeconds} Sekunden erneut versuchen.`,
    undefined,
    {
      retryAfterSeconds,
    },
  );
