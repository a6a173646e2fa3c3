import { generateSync } from 'otplib';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import type { GqlResult, TestApp } from '../helpers/test-app';
import { TEST_PASSWORD } from '../helpers/factories';

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
      totpSetupRequired
      member {
        id
        email
        status
      }
    }
  }
`;

export const REFRESH = /* GraphQL */ `
  mutation Refresh($token: String!) {
    refreshSession(refreshToken: $token) {
      accessToken
      refreshToken
      totpSetupRequired
      member {
        id
      }
    }
  }
`;

export const ME = /* GraphQL */ `
  {
    me {
      id
      status
      totpEnabled
    }
  }
`;

export interface LoginVars {
  email: string;
  password?: string;
  totpCode?: string;
  recoveryCode?: string;
}

export function login(t: TestApp, vars: LoginVars): Promise<GqlResult> {
  return t.gql(LOGIN, { input: { password: TEST_PASSWORD, ...vars } });
}

/** A TOTP code of the next 30 s step: never the one already used in this step, and still accepted (±30 s). */
export function nextTotp(secret: string, stepsAhead = 1): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });
}

export function currentTotp(secret: string): string {
  return generateSync({ secret });
}

/** Audit rows of one action (newest first). */
export async function auditRows(
  t: TestApp,
  action: string,
  where: { actorId?: string; targetId?: string } = {},
): Promise<AuditEvent[]> {
  return t.db
    .getRepository(AuditEvent)
    .find({ where: { ...where, action }, order: { id: 'DESC' } });
}

/** The first error's message, code and field, for comparing answers. */
export function errorShape(result: GqlResult) {
  const e = result.errors?.[0];
  return { message: e?.message, code: e?.extensions?.code, field: e?.extensions?.field };
}

/** Asserts the query is refused as anonymous (token no longer valid). */
export async function expectUnauthenticated(t: TestApp, token: string) {
  const res = await t.gql(ME, {}, token);
  expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.data).toBeNull();
}
