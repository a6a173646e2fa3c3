/** The API's error vocabulary (`extensions.code`, see the server's app-error.ts). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'NETWORK';

/** What a member reads for each code when the page gives nothing more specific. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Bitte melden Sie sich an.',
  FORBIDDEN:
    'Dafür fehlt Ihnen die Berechtigung. Wenden Sie sich bei Bedarf an die Administration Ihrer Organisation.',
  NOT_FOUND: 'Nicht gefunden. Vielleicht wurde es gelöscht, oder es ist für Sie nicht freigegeben.',
  BAD_USER_INPUT: 'Die Eingabe wurde nicht angenommen. Bitte prüfen Sie Ihre Angaben.',
  CONFLICT: 'Das ging nicht, weil sich die Daten inzwischen geändert haben. Bitte laden Sie neu.',
  RATE_LIMITED: 'Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
  INTERNAL: 'Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
  NETWORK:
    'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.',
};

/**
 * Codes whose server message is written for members (German, from the server's AppError) and
 * more precise than the default: "Zu viele Versuche. Bitte in 42 Sekunden erneut versuchen.".
 * BAD_USER_INPUT only when it names a field: input errors without one come from GraphQL
 * validation, in English, and are never shown.
 */
const SERVER_TEXT_CODES = new Set<ErrorCode>(['UNAUTHENTICATED', 'CONFLICT', 'RATE_LIMITED']);

export interface AppErrorInfo {
  code: ErrorCode;
  /** German text to show. */
  message: string;
  /** The input field the server named, if any (e.g. "newPassword"). */
  field?: string;
  /** For RATE_LIMITED: seconds until the next try. */
  retryAfterSeconds?: number;
}

const KNOWN = new Set(Object.keys(DEFAULT_MESSAGES));

function asCode(value: unknown): ErrorCode {
  return typeof value === 'string' && KNOWN.has(value) ? (value as ErrorCode) : 'INTERNAL';
}

interface GraphQLErrorsLike {
  errors: { message?: string; extensions?: Record<string, unknown> }[];
}

/** Apollo's CombinedGraphQLErrors and our GraphQLRequestError (checked by shape: no Apollo import). */
function hasGraphQLErrors(error: unknown): error is GraphQLErrorsLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    Array.isArray((error as GraphQLErrorsLike).errors) &&
    (error as GraphQLErrorsLike).errors.length > 0
  );
}

/** Apollo's ServerError and our HttpStatusError. */
function httpStatusOf(error: unknown): number | null {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : null;
}

/**
 * Turns any error from Apollo (or graphqlRequest, or fetch) into a code and a German message. `overrides` lets a
 * page say what a code means there ("Dieses Thema gibt es nicht ...").
 */
export function describeError(
  error: unknown,
  overrides: Partial<Record<ErrorCode, string>> = {},
): AppErrorInfo {
  if (hasGraphQLErrors(error)) {
    const first = error.errors[0];
    const ext = first?.extensions ?? {};
    const code = asCode(ext.code);
    const field = typeof ext.field === 'string' ? ext.field : undefined;
    const retryAfterSeconds =
      typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined;
    let message = overrides[code] ?? DEFAULT_MESSAGES[code];
    if (!overrides[code] && first?.message) {
      if (SERVER_TEXT_CODES.has(code)) message = first.message;
      if (code === 'BAD_USER_INPUT' && field) message = stripField(first.message, field);
    }
    return { code, message, field, retryAfterSeconds };
  }
  const status = httpStatusOf(error);
  if (status !== null) {
    const code: ErrorCode =
      status === 401
        ? 'UNAUTHENTICATED'
        : status === 429
          ? 'RATE_LIMITED'
          : status >= 500
            ? 'INTERNAL'
            : 'BAD_USER_INPUT';
    return { code, message: overrides[code] ?? DEFAULT_MESSAGES[code] };
  }
  if (
    error instanceof TypeError ||
    (error instanceof Error && /fetch|network/i.test(error.message))
  )
    return { code: 'NETWORK', message: overrides.NETWORK ?? DEFAULT_MESSAGES.NETWORK };
  return { code: 'INTERNAL', message: overrides.INTERNAL ?? DEFAULT_MESSAGES.INTERNAL };
}

/** German text only. */
export function errorMessage(
  error: unknown,
  overrides: Partial<Record<ErrorCode, string>> = {},
): string {
  return describeError(error, overrides).message;
}

/** "newPassword: zu kurz" -> "zu kurz" (capitalised); the form shows it at the field. */
function stripField(message: string, field: string): string {
  const prefix = `${field}: `;
  const text = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
