import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import {
  UNAVAILABLE_MESSAGE,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
} from '../../database/database-outage';
import { AppError, ErrorCode } from './app-error';

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

/** Apollo's own codes for documents that never reached a resolver. */
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * One place that turns any thrown error into the API's error vocabulary. Anything not known to be
 * safe is masked as INTERNAL so that SQL, stack traces or library internals never reach a caller.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (e: unknown) => void,
  /** Decides (and logs once per outage) whether the error means the database is unreachable. */
  outage?: { report(e: unknown): boolean },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.details ?? {}),
      },
    };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()] ?? 'INTERNAL';
    if (code !== 'INTERNAL') return { ...base, message: original.message, extensions: { code } };
  }
  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && APOLLO_INPUT_CODES.has(apolloCode)) {
    return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // graphql-armor and GraphQL validation failures raised before execution.
  if (original instanceof GraphQLError && !original.originalError && !formatted.path) {
    return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (outage?.report(original))
    return {
      ...base,
      message: UNAVAILABLE_MESSAGE,
      extensions: { code: 'UNAVAILABLE', retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS },
    };
  logUnexpected(original);
  return { ...base, message: 'Interner Fehler.', extensions: { code: 'INTERNAL' } };
}
