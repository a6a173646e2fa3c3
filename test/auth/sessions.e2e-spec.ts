import { Session } from '../../src/auth/session.entity';
import { OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor, createOrganisation, TEST_PASSWORD } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { auditRows, expectUnauthenticated, login, ME, REFRESH } from './auth-helpers';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

const MY_SESSIONS = `{ mySessions { id current ip userAgent createdAt lastUsedAt expiresAt } }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function loggedIn(email: string, password = TEST_PASSWORD) {
    const res = await login(t, { email, password });
    expect(res.errors).toBeUndefined();
    return res.data.login as { accessToken: string; refreshToken: string };
  }

  describe('refresh rotation', () => {
    it('exchanges a refresh token for a new pair that works', async () => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      const first = await loggedIn(actor.member.email);
      const res = await t.gql(REFRESH, { token: first.refreshToken });
      expect(res.errors).toBeUndefined();
      const second = res.data.refreshSession;
      expect(second.member.id).toBe(actor.member.id);
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await t.gql(ME, {}, second.accessToken)).data.me.id).toBe(actor.member.id);
      // The new refresh token rotates again.
      const third = await t.gql(REFRESH, { token: second.refreshToken });
      expect(third.errors).toBeUndefined();
    });

    it('revokes the whole family when a used refresh token comes back', async () => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      const first = await loggedIn(actor.member.email);
      const second = (await t.gql(REFRESH, { token: first.refreshToken })).data.refreshSession;
      expect((await t.gql(ME, {}, second.accessToken)).errors).toBeUndefined();

      const reuse = await t.gql(REFRESH, { token: first.refreshToken });
      expect(errorCode(reuse)).toBe('UNAUTHENTICATED');
      expect(reuse.data).toBeNull();

      await expectUnauthenticated(t, second.accessToken);
      await expectUnauthenticated(t, first.accessToken);
      expect(errorCode(await t.gql(REFRESH, { token: second.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
      const events = await auditRows(t, 'session.refresh_reuse', { actorId: actor.member.id });
      expect(events).toHaveLength(1);
      const session = await t.db
        .getRepository(Session)
        .findOneByOrFail({ id: events[0].targetId! });
      expect(session.revokedReason).toBe('refresh_token_reuse');
      // Other sessions of the member are not part of the family.
      expect((await t.gql(ME, {}, actor.token)).errors).toBeUndefined();
    });

    it('refuses an unknown refresh token', async () => {
      const res = await t.gql(REFRESH, { token: 'gibt-es-nicht' });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });

    it('refuses access and refresh tokens of an expired session', async () => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      await t.db
        .getRepository(Session)
        .update(actor.sessionId, { expiresAt: new Date(Date.now() - 1000) });
      await expectUnauthenticated(t, actor.token);
      expect(errorCode(await t.gql(REFRESH, { token: actor.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses the refresh token of an ended session', async () => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      const pair = await loggedIn(actor.member.email);
      await t.gql(`mutation { logout }`, {}, pair.accessToken);
      expect(errorCode(await t.gql(REFRESH, { token: pair.refreshToken }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('logout and own sessions', () => {
    it('ends the current session at once, and only that one', async () => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      const pair = await loggedIn(actor.member.email);
      const res = await t.gql(`mutation { logout }`, {}, pair.accessToken);
      expect(res.data.logout).toBe(true);
      await expectUnauthenticated(t, pair.accessToken);
      expect((await t.gql(ME, {}, actor.token)).errors).toBeUndefined();
      expect(errorCode(await t.gql(`mutation { logout }`, {}, pair.accessToken))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('lists the own sessions and marks the current one', async () => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      const second = await loggedIn(actor.member.email);
      const res = await t.gql(MY_SESSIONS, {}, second.accessToken);
      expect(res.errors).toBeUndefined();
      const sessions = res.data.mySessions as { id: string; current: boolean }[];
      expect(sessions).toHaveLength(2);
      expect(sessions.map((s) => s.id).sort()).toEqual(
        [actor.sessionId, sessions.find((s) => s.current)!.id].sort(),
      );
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      expect(sessions.find((s) => s.id === actor.sessionId)!.current).toBe(false);
      // Seen from the other session, the other one is current.
      const fromFirst = (await t.gql(MY_SESSIONS, {}, actor.token)).data.mySessions as {
        id: string;
        current: boolean;
      }[];
      expect(fromFirst.find((s) => s.current)!.id).toBe(actor.sessionId);
    });

    it('ends one of the own sessions, not the sessions of others', async () => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      const other = await createActor(t, OrganisationKind.MUNICIPALITY);
      const second = await loggedIn(actor.member.email);
      const REVOKE = `mutation ($id: ID!) { revokeMySession(sessionId: $id) }`;

      const foreign = await t.gql(REVOKE, { id: other.sessionId }, actor.token);
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      expect((await t.gql(ME, {}, other.token)).errors).toBeUndefined();

      const res = await t.gql(REVOKE, { id: actor.sessionId }, second.accessToken);
      expect(res.data.revokeMySession).toBe(true);
      await expectUnauthenticated(t, actor.token);
      expect((await t.gql(ME, {}, second.accessToken)).errors).toBeUndefined();
      const listed = (await t.gql(MY_SESSIONS, {}, second.accessToken)).data.mySessions;
      expect(listed).toHaveLength(1);
      expect(await auditRows(t, 'session.revoked', { targetId: actor.sessionId })).toHaveLength(1);

      expect(errorCode(await t.gql(REVOKE, { id: 'keine-uuid' }, second.accessToken))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('administrators and organisation administrators', () => {
    it('lets an ADMIN list and end any member’s sessions', async () => {
      const admin = await createActor(t, OrganisationKind.CERT, {
        platformRole: PlatformRole.ADMIN,
      });
      const target = await createActor(t, OrganisationKind.IT_PROVIDER);
      const second = await loggedIn(target.member.email);
      const listed = await t.gql(
        `query ($id: ID!) { memberSessions(memberId: $id) { id current } }`,
        { id: target.member.id },
        admin.token,
      );
      expect(listed.errors).toBeUndefined();
      expect(listed.data.memberSessions).toHaveLength(2);
      expect(listed.data.memberSessions.every((s: { current: boolean }) => !s.current)).toBe(true);

      const res = await t.gql(
        `mutation ($id: ID!) { revokeSession(sessionId: $id) }`,
        { id: target.sessionId },
        admin.token,
      );
      expect(res.data.revokeSession).toBe(true);
      await expectUnauthenticated(t, target.token);
      expect((await t.gql(ME, {}, second.accessToken)).errors).toBeUndefined();
      const audit = await auditRows(t, 'session.revoked', { targetId: target.sessionId });
      expect(audit[0].actorId).toBe(admin.member.id);
      expect(audit[0].details.reason).toBe('revoked_by_admin');

      // An ended session is not found a second time.
      expect(
        errorCode(
          await t.gql(
            `mutation ($id: ID!) { revokeSession(sessionId: $id) }`,
            { id: target.sessionId },
            admin.token,
          ),
        ),
      ).toBe('NOT_FOUND');
    });

    it('lets an ORG_ADMIN end all sessions of a member of their own organisation only', async () => {
      const municipality = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
      const orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      const colleague = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const second = await loggedIn(colleague.member.email);
      const stranger = await createActor(t, OrganisationKind.MUNICIPALITY);
      const REVOKE_ALL = `mutation ($id: ID!) { revokeMemberSessions(memberId: $id) }`;

      const foreign = await t.gql(REVOKE_ALL, { id: stranger.member.id }, orgAdmin.token);
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      expect((await t.gql(ME, {}, stranger.token)).errors).toBeUndefined();

      const res = await t.gql(REVOKE_ALL, { id: colleague.member.id }, orgAdmin.token);
      expect(res.errors).toBeUndefined();
      expect(res.data.revokeMemberSessions).toBe(2);
      await expectUnauthenticated(t, colleague.token);
      await expectUnauthenticated(t, second.accessToken);
      expect(
        await auditRows(t, 'session.revoked_all', { targetId: colleague.member.id }),
      ).toHaveLength(1);

      // A plain member may not.
      expect(errorCode(await t.gql(REVOKE_ALL, { id: orgAdmin.member.id }, stranger.token))).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql(ME, {}, orgAdmin.token)).errors).toBeUndefined();
    });
  });

  describe('password change', () => {
    it('keeps the current session, ends the others and replaces the password', async () => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      const other = await loggedIn(actor.member.email);
      const newPassword = 'Neues-Sicheres-Passwort-77';
      const res = await t.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: TEST_PASSWORD, newPassword } },
        actor.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.changePassword).toBe(true);
      expect((await t.gql(ME, {}, actor.token)).errors).toBeUndefined();
      await expectUnauthenticated(t, other.accessToken);
      expect(errorCode(await t.gql(REFRESH, { token: other.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorCode(await login(t, { email: actor.member.email }))).toBe('UNAUTHENTICATED');
      expect(
        (await login(t, { email: actor.member.email, password: newPassword })).errors,
      ).toBeUndefined();
      const audit = await auditRows(t, 'password.changed', { actorId: actor.member.id });
      expect(audit).toHaveLength(1);
      expect(audit[0].details.endedSessions).toBe(1);
    });

    it('refuses a wrong current password and changes nothing', async () => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      const other = await loggedIn(actor.member.email);
      const res = await t.gql(
        CHANGE_PASSWORD,
        {
          input: {
            currentPassword: 'Falsch-Falsch-123',
            newPassword: 'Neues-Sicheres-Passwort-77',
          },
        },
        actor.token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('currentPassword');
      expect((await t.gql(ME, {}, other.accessToken)).errors).toBeUndefined();
      expect((await login(t, { email: actor.member.email })).errors).toBeUndefined();
      expect(await auditRows(t, 'password.changed', { actorId: actor.member.id })).toHaveLength(0);
    });

    it.each([
      ['too short', 'kurz-1'],
      ['too few different characters', 'aaaaaaaaaaaaaaaaaaaaaaabbb'],
    ])('refuses a weak new password (%s) and changes nothing', async (_, newPassword) => {
      const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
      const other = await loggedIn(actor.member.email);
      const res = await t.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: TEST_PASSWORD, newPassword } },
        actor.token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('newPassword');
      expect((await t.gql(ME, {}, other.accessToken)).errors).toBeUndefined();
      expect((await login(t, { email: actor.member.email })).errors).toBeUndefined();
    });
  });
});
