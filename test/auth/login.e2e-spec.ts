import request from 'supertest';
import { Member } from '../../src/members/member.entity';
import { MemberStatus, PlatformRole } from '../../src/members/member.enums';
import { sha256 } from '../../src/auth/token.service';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor, TEST_PASSWORD } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { auditRows, errorShape, login, ME } from './auth-helpers';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

const WRONG = 'Falsches-Passwort-123';

describe('login', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('returns tokens and the member for the right password', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const res = await login(t, { email: actor.member.email });
    expect(res.errors).toBeUndefined();
    const payload = res.data.login;
    expect(payload.member).toEqual({
      id: actor.member.id,
      email: actor.member.email,
      status: 'ACTIVE',
    });
    expect(payload.accessToken).toEqual(expect.any(String));
    expect(payload.refreshToken).toEqual(expect.any(String));
    expect(payload.totpSetupRequired).toBe(false);
    expect(new Date(payload.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
    // The access token works.
    const me = await t.gql(ME, {}, payload.accessToken);
    expect(me.data.me.id).toBe(actor.member.id);
    const ok = await auditRows(t, 'login.succeeded', { actorId: actor.member.id });
    expect(ok).toHaveLength(1);
  });

  it('resolves the member’s organisation inside the payload of login, refresh and invitation acceptance', async () => {
    // The caller is anonymous when the request starts: nested field resolvers must run as the
    // member just signed in, or the payload (and with it the single-use tokens) is lost.
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const PAYLOAD = `accessToken refreshToken member { id organisation { id kind } }`;
    const res = await t.gql(
      `mutation ($input: LoginInput!) { login(input: $input) { ${PAYLOAD} } }`,
      { input: { email: actor.member.email, password: TEST_PASSWORD } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.login.member.organisation).toEqual({
      id: actor.organisation.id,
      kind: 'MUNICIPALITY',
    });

    const refreshed = await t.gql(
      `mutation ($r: String!) { refreshSession(refreshToken: $r) { ${PAYLOAD} } }`,
      { r: res.data.login.refreshToken },
    );
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data.refreshSession.member.organisation.id).toBe(actor.organisation.id);

    const admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    const invitation = await t.gql(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      {
        input: {
          email: 'payload-org@example.org',
          organisationId: actor.organisation.id,
          displayName: 'Payload Test',
        },
      },
      admin.token,
    );
    const accepted = await t.gql(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${PAYLOAD} } }`,
      {
        input: { token: invitation.data.inviteMember.token, password: TEST_PASSWORD },
      },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptInvitation.member.organisation.id).toBe(actor.organisation.id);
  });

  it('ignores case and surrounding spaces in the e-mail address', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const res = await login(t, { email: `  ${actor.member.email.toUpperCase()} ` });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.member.id).toBe(actor.member.id);
  });

  it('gives the same answer for a wrong password, an unknown account, a disabled and an invited account', async () => {
    const known = await createActor(t, OrganisationKind.MUNICIPALITY);
    const disabled = await createActor(t, OrganisationKind.MUNICIPALITY, {
      status: MemberStatus.DISABLED,
    });
    const invited = await createActor(t, OrganisationKind.MUNICIPALITY, {
      status: MemberStatus.INVITED,
    });

    const wrongPassword = await login(t, { email: known.member.email, password: WRONG });
    const unknown = await login(t, { email: 'niemand-hier@example.org', password: WRONG });
    const disabledRight = await login(t, { email: disabled.member.email });
    const invitedRight = await login(t, { email: invited.member.email });

    const expected = errorShape(wrongPassword);
    expect(expected.code).toBe('UNAUTHENTICATED');
    expect(expected.message).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    for (const res of [unknown, disabledRight, invitedRight]) {
      expect(errorShape(res)).toEqual(expected);
      expect(res.data).toBeNull();
      // Nothing else (no extra extensions) tells the cases apart.
      expect(res.errors![0].extensions).toEqual(wrongPassword.errors![0].extensions);
    }
    // No session was started for the disabled or invited account.
    const failures = await auditRows(t, 'login.failed');
    const reasons = Object.fromEntries(
      failures.filter((f) => f.actorId).map((f) => [f.actorId, f.details.reason]),
    );
    expect(reasons[known.member.id]).toBe('password');
    expect(reasons[disabled.member.id]).toBe('inactive');
    expect(reasons[invited.member.id]).toBe('inactive');
    expect(await auditRows(t, 'login.succeeded', { actorId: disabled.member.id })).toHaveLength(0);
    expect(await auditRows(t, 'login.succeeded', { actorId: invited.member.id })).toHaveLength(0);
  });

  it('records a failed login of an unknown account without the address in clear', async () => {
    const email = 'unbekannt-audit@example.org';
    await login(t, { email, password: WRONG });
    const rows = await auditRows(t, 'login.failed');
    const row = rows.find((r) => r.actorId === null && r.details.reason === 'unknown_account');
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain('unbekannt-audit');
    expect(row!.details.accountHash).toEqual(expect.stringMatching(/^[0-9a-f]{16}$/));
  });

  it('locks an account after 5 failures, even for the right password, and records the lockout', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    for (let i = 0; i < 5; i++) {
      const res = await login(t, { email: actor.member.email, password: WRONG });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const locked = await login(t, { email: actor.member.email });
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors![0].extensions!.retryAfterSeconds).toEqual(expect.any(Number));
    expect(locked.data).toBeNull();
    expect(await auditRows(t, 'login.failed', { actorId: actor.member.id })).toHaveLength(5);
    expect(await auditRows(t, 'login.lockout', { actorId: actor.member.id })).toHaveLength(1);
    expect(await auditRows(t, 'login.succeeded', { actorId: actor.member.id })).toHaveLength(0);
    // Another account is not affected.
    const other = await createActor(t, OrganisationKind.MUNICIPALITY);
    expect((await login(t, { email: other.member.email })).errors).toBeUndefined();
  });

  it('locks an unknown e-mail address the same way (no account enumeration through the limiter)', async () => {
    const email = 'gibt-es-nicht@example.org';
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(errorCode(await login(t, { email, password: WRONG })));
    expect(answers).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
    ]);
    const hash = sha256(email).slice(0, 16);
    const lockouts = (await auditRows(t, 'login.lockout')).filter(
      (r) => r.details.accountHash === hash,
    );
    expect(lockouts).toHaveLength(1);
    expect(
      (await auditRows(t, 'login.failed')).filter((r) => r.details.accountHash === hash),
    ).toHaveLength(5);
  });

  it('counts failures per account whatever the spelling of the address', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const spellings = [
      actor.member.email,
      actor.member.email.toUpperCase(),
      ` ${actor.member.email}`,
      `${actor.member.email} `,
      actor.member.email.replace(/^m/, 'M'),
    ];
    for (const email of spellings)
      expect(errorCode(await login(t, { email, password: WRONG }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login(t, { email: actor.member.email }))).toBe('RATE_LIMITED');
  });

  it('resets the failure count after a successful login', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    for (let i = 0; i < 4; i++) await login(t, { email: actor.member.email, password: WRONG });
    expect((await login(t, { email: actor.member.email })).errors).toBeUndefined();
    for (let i = 0; i < 4; i++)
      expect(errorCode(await login(t, { email: actor.member.email, password: WRONG }))).toBe(
        'UNAUTHENTICATED',
      );
    expect((await login(t, { email: actor.member.email })).errors).toBeUndefined();
  });

  it('refuses an over-long password as bad input without checking it', async () => {
    const res = await login(t, { email: 'x@example.org', password: 'a'.repeat(300) });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('password');
  });

  it('keeps password hashes out of every answer', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const res = await login(t, { email: actor.member.email });
    const stored = await t.db
      .getRepository(Member)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.id = :id', { id: actor.member.id })
      .getOneOrFail();
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(res)).not.toContain('argon2');
    expect(JSON.stringify(res)).not.toContain(TEST_PASSWORD);
  });
});

describe('login rate limit per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      loginLimits: { perIpPerMinute: 3, failuresPerAccount: 5, lockoutSeconds: 900 },
    });
  });
  afterAll(() => t.close());

  it('refuses the fourth attempt of a minute from one address, whatever the account or outcome', async () => {
    const a = await createActor(t, OrganisationKind.MUNICIPALITY);
    const b = await createActor(t, OrganisationKind.MUNICIPALITY);
    expect((await login(t, { email: a.member.email })).errors).toBeUndefined();
    expect(errorCode(await login(t, { email: b.member.email, password: WRONG }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await login(t, { email: 'fremd@example.org', password: WRONG }))).toBe(
      'UNAUTHENTICATED',
    );
    const limited = await login(t, { email: b.member.email });
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Refused before the password was checked: no session, no further failure recorded.
    expect(await auditRows(t, 'login.succeeded', { actorId: b.member.id })).toHaveLength(0);
    expect(await auditRows(t, 'login.failed', { actorId: b.member.id })).toHaveLength(1);
  });

  it('is not evaded by a forged X-Forwarded-For header', async () => {
    // A new minute window would make this test depend on time; the budget of this address is spent above.
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', '203.0.113.77')
      .send({
        query: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
        variables: { input: { email: 'x@example.org', password: WRONG } },
      });
    expect(res.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
