import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES, describeError, errorMessage } from './errors';
import { GraphQLRequestError, HttpStatusError } from './graphql-request';

const gqlError = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLRequestError([{ message, extensions: { code, ...extra } }]);

describe('error -> German message by extensions.code', () => {
  it('uses the default text for codes whose server message is not for members', () => {
    expect(errorMessage(gqlError('FORBIDDEN', 'Forbidden resource'))).toBe(
      DEFAULT_MESSAGES.FORBIDDEN,
    );
    expect(errorMessage(gqlError('NOT_FOUND', 'Das Thema wurde nicht gefunden.'))).toBe(
      DEFAULT_MESSAGES.NOT_FOUND,
    );
    expect(errorMessage(gqlError('INTERNAL', 'Interner Fehler.'))).toBe(DEFAULT_MESSAGES.INTERNAL);
  });

  it('shows the server text for UNAUTHENTICATED, CONFLICT and RATE_LIMITED', () => {
    expect(
      errorMessage(gqlError('UNAUTHENTICATED', 'E-Mail-Adresse oder Passwort ist falsch.')),
    ).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    const limited = describeError(
      gqlError('RATE_LIMITED', 'Zu viele Versuche. Bitte in 42 Sekunden erneut versuchen.', {
        retryAfterSeconds: 42,
      }),
    );
    expect(limited).toEqual({
      code: 'RATE_LIMITED',
      message: 'Zu viele Versuche. Bitte in 42 Sekunden erneut versuchen.',
      field: undefined,
      retryAfterSeconds: 42,
    });
    expect(errorMessage(gqlError('CONFLICT', 'Dieser Kurzname ist vergeben.'))).toBe(
      'Dieser Kurzname ist vergeben.',
    );
  });

  it('shows BAD_USER_INPUT with a field without the field prefix, and hides GraphQL validation text', () => {
    const info = describeError(
      gqlError('BAD_USER_INPUT', 'newPassword: das Passwort ist zu kurz.', {
        field: 'newPassword',
      }),
    );
    expect(info).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      message: 'Das Passwort ist zu kurz.',
    });
    expect(
      errorMessage(
        gqlError('BAD_USER_INPUT', 'Variable "$input" got invalid value 5 at "input.title"'),
      ),
    ).toBe(DEFAULT_MESSAGES.BAD_USER_INPUT);
  });

  it('maps unknown codes to INTERNAL and lets a page override a code', () => {
    expect(describeError(gqlError('SOMETHING_NEW', 'x')).code).toBe('INTERNAL');
    expect(
      errorMessage(gqlError('NOT_FOUND', 'x'), { NOT_FOUND: 'Dieses Thema gibt es nicht.' }),
    ).toBe('Dieses Thema gibt es nicht.');
  });

  it('reads Apollo-shaped errors and HTTP and network failures', () => {
    const apolloLike = {
      name: 'CombinedGraphQLErrors',
      errors: [{ message: 'm', extensions: { code: 'FORBIDDEN' } }],
    };
    expect(describeError(apolloLike).code).toBe('FORBIDDEN');
    expect(describeError(new HttpStatusError(502)).code).toBe('INTERNAL');
    expect(describeError(new HttpStatusError(429)).code).toBe('RATE_LIMITED');
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({
      code: 'NETWORK',
      message: DEFAULT_MESSAGES.NETWORK,
    });
    expect(describeError('weird').code).toBe('INTERNAL');
  });
});
