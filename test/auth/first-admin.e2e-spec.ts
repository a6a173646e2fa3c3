import { createFirstAdmin } from '../../src/auth/first-admin';
import { Member } from '../../src/members/member.entity';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { login } from './auth-helpers';

// Jest applies only the global testTimeout (5 s); starting an app under a loaded full run can exceed it.
jest.setTimeout(30_000);

describe('first administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates an ADMIN with a password, who must enrol TOTP at first login', async () => {
    const link = await createFirstAdmin(t.app, {
      email: 'Erster.Admin@example.org',
      displayName: 'Erste Administratorin',
      organisationName: 'CERT NRW Test',
      password: 'Start-Passwort-fuer-Admin-1',
    });
    expect(link).toBeNull();
    const member = await t.db
      .getRepository(Member)
      .findOneByOrFail({ email: 'erster.admin@example.org' });
    expect(member).toMatchObject({
      status: 'ACTIVE',
      platformRole: 'ADMIN',
      organisationRole: 'ORG_ADMIN',
    });
    const res = await login(t, {
      email: 'erster.admin@example.org',
      password: 'Start-Passwort-fuer-Admin-1',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.totpSetupRequired).toBe(true);
    expect(
      errorCode(await t.gql(`{ auditEvents { totalCount } }`, {}, res.data.login.accessToken)),
    ).toBe('FORBIDDEN');
  });

  it('refuses a weak password and creates nothing', async () => {
    await expect(
      createFirstAdmin(t.app, {
        email: 'schwach@example.org',
        displayName: 'Schwach',
        organisationName: 'CERT NRW Test',
        password: 'kurz',
      }),
    ).rejects.toThrow(/ADMIN_PASSWORD/);
    expect(await t.db.getRepository(Member).findOneBy({ email: 'schwach@example.org' })).toBeNull();
  });

  it('hands out a one-time invitation link without a password', async () => {
    const link = await createFirstAdmin(t.app, {
      email: 'zweiter.admin@example.org',
      displayName: 'Zweiter Admin',
      organisationName: 'CERT NRW Test',
    });
    expect(link).toMatch(/#token=/);
    const token = link!.split('#token=')[1];
    const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { totpSetupRequired member { platformRole status } } }`;
    const res = await t.gql(ACCEPT, { input: { token, password: 'Zweites-Admin-Passwort-2' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.acceptInvitation).toEqual({
      totpSetupRequired: true,
      member: { platformRole: 'ADMIN', status: 'ACTIVE' },
    });
    expect(
      errorCode(await t.gql(ACCEPT, { input: { token, password: 'Zweites-Admin-Passwort-2' } })),
    ).toBe('BAD_USER_INPUT');
  });
});
