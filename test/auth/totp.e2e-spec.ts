import { generateSync } from 'otplib';
import { Member } from '../../src/members/member.entity';
import { PlatformRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor, createOrganisation, TEST_PASSWORD } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { auditRows, currentTotp, expectUnauthenticated, login, ME, nextTotp } from './auth-helpers';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

const START = `mutation { startTotpEnrolment { secret otpauthUri } }`;
const CONFIRM = `mutation ($code: String!) { confirmTotpEnrolment(code: $code) }`;

/** A six-digit code that is valid for none of the steps around now. */
function invalidCode(secret: string): string {
  const now = Math.floor(Date.now() / 1000);
  const valid = new Set([-60, -30, 0, 30, 60].map((d) => generateSync({ secret, epoch: now + d })));
  for (let n = 123456; ; n++) if (!valid.has(String(n))) return String(n);
}

/** Operations a member must not reach before enrolling, each with the code a normal member would get past. */
const BLOCKED_WHILE_PENDING: [string, string][] = [
  ['members', `{ members(first: 5) { totalCount } }`],
  ['organisations', `{ organisations(first: 5) { totalCount } }`],
  ['member', `query ($id: ID!) { member(id: $id) { id } }`],
  ['myNotifications', `{ myNotifications { totalCount } }`],
  ['unreadNotificationCount', `{ unreadNotificationCount }`],
  ['markNotificationsRead', `mutation { markNotificationsRead }`],
  [
    'changePassword',
    `mutation { changePassword(input: { currentPassword: "${TEST_PASSWORD}", newPassword: "Ein-neues-Passwort-99" }) }`,
  ],
];

describe('TOTP second factor', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function enrol(token: string) {
    const started = await t.gql(START, {}, token);
    expect(started.errors).toBeUndefined();
    const { secret, otpauthUri } = started.data.startTotpEnrolment;
    const codes = await t.gql(CONFIRM, { code: currentTotp(secret) }, token);
    expect(codes.errors).toBeUndefined();
    return { secret, otpauthUri, recoveryCodes: codes.data.confirmTotpEnrolment as string[] };
  }

  it('makes a CERT member without TOTP enrol before anything else', async () => {
    const cert = await createActor(t, OrganisationKind.CERT, { totp: false });
    const res = await login(t, { email: cert.member.email });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.totpSetupRequired).toBe(true);
    const token = res.data.login.accessToken;

    for (const [name, query] of BLOCKED_WHILE_PENDING) {
      const blocked = await t.gql(query, { id: cert.member.id }, token);
      expect({ name, code: errorCode(blocked) }).toEqual({ name, code: 'FORBIDDEN' });
    }
    // The password was not changed by the refused attempt.
    expect((await login(t, { email: cert.member.email })).errors).toBeUndefined();

    const me = await t.gql(`{ me { id totpEnabled organisation { kind } } }`, {}, token);
    expect(me.data.me).toEqual({
      id: cert.member.id,
      totpEnabled: false,
      organisation: { kind: 'CERT' },
    });
    const sessions = await t.gql(`{ mySessions { id current } }`, {}, token);
    expect(sessions.errors).toBeUndefined();
    expect(sessions.data.mySessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const { secret, otpauthUri, recoveryCodes } = await enrol(token);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await auditRows(t, 'totp.enabled', { actorId: cert.member.id })).toHaveLength(1);

    // The same session may now use the platform.
    const members = await t.gql(`{ members(first: 5) { totalCount } }`, {}, token);
    expect(members.errors).toBeUndefined();
    expect((await t.gql(ME, {}, token)).data.me.totpEnabled).toBe(true);
  });

  it('requires enrolment after an ADMIN account logs in without TOTP', async () => {
    const admin = await createActor(t, OrganisationKind.MUNICIPALITY, {
      platformRole: PlatformRole.ADMIN,
      totp: false,
    });
    const res = await login(t, { email: admin.member.email });
    expect(res.data.login.totpSetupRequired).toBe(true);
    const token = res.data.login.accessToken;
    expect(errorCode(await t.gql(`{ auditEvents { totalCount } }`, {}, token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(`{ totpRequiredForAll }`, {}, token))).toBe('FORBIDDEN');
    await enrol(token);
    expect((await t.gql(`{ auditEvents { totalCount } }`, {}, token)).errors).toBeUndefined();
  });

  it('requires enrolment after a CERT member accepts an invitation', async () => {
    const admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    const certOrg = await createOrganisation(t, OrganisationKind.CERT);
    const invited = await t.gql(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      {
        input: {
          email: 'neu-cert@example.org',
          organisationId: certOrg.id,
          displayName: 'Neue Analystin',
        },
      },
      admin.token,
    );
    expect(invited.errors).toBeUndefined();
    const accepted = await t.gql(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken totpSetupRequired } }`,
      { input: { token: invited.data.inviteMember.token, password: TEST_PASSWORD } },
    );
    expect(accepted.data.acceptInvitation.totpSetupRequired).toBe(true);
    const token = accepted.data.acceptInvitation.accessToken;
    expect(errorCode(await t.gql(`{ organisations { totalCount } }`, {}, token))).toBe('FORBIDDEN');
    await enrol(token);
    expect((await t.gql(`{ organisations { totalCount } }`, {}, token)).errors).toBeUndefined();
  });

  it('does not ask a municipal member for TOTP by default', async () => {
    const member = await createActor(t, OrganisationKind.MUNICIPALITY);
    const res = await login(t, { email: member.member.email });
    expect(res.data.login.totpSetupRequired).toBe(false);
  });

  it('refuses a wrong confirmation code and a second enrolment', async () => {
    const member = await createActor(t, OrganisationKind.MUNICIPALITY);
    const started = await t.gql(START, {}, member.token);
    const secret = started.data.startTotpEnrolment.secret;
    const wrong = await t.gql(CONFIRM, { code: invalidCode(secret) }, member.token);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.field).toBe('code');
    expect((await t.gql(ME, {}, member.token)).data.me.totpEnabled).toBe(false);

    expect(
      (await t.gql(CONFIRM, { code: currentTotp(secret) }, member.token)).errors,
    ).toBeUndefined();
    expect(errorCode(await t.gql(START, {}, member.token))).toBe('CONFLICT');
    expect(errorCode(await t.gql(CONFIRM, { code: nextTotp(secret) }, member.token))).toBe(
      'CONFLICT',
    );
  });

  it('refuses confirmation before enrolment was started', async () => {
    const member = await createActor(t, OrganisationKind.MUNICIPALITY);
    const res = await t.gql(CONFIRM, { code: '123456' }, member.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('code');
  });

  it('asks for the code at login once enrolled, and accepts a code once only', async () => {
    const cert = await createActor(t, OrganisationKind.CERT);
    const secret = cert.totpSecret!;

    const missing = await login(t, { email: cert.member.email });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].extensions!.field).toBe('totpCode');
    expect(missing.data).toBeNull();

    const wrong = await login(t, { email: cert.member.email, totpCode: invalidCode(secret) });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');

    // The code used at enrolment (this step) is spent already; the next step's code is fresh.
    const code = nextTotp(secret);
    const ok = await login(t, { email: cert.member.email, totpCode: code });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.login.totpSetupRequired).toBe(false);
    expect(ok.data.login.member.id).toBe(cert.member.id);

    const replay = await login(t, { email: cert.member.email, totpCode: code });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(replay.data).toBeNull();
    // An older code than the last accepted one is refused too.
    const older = await login(t, { email: cert.member.email, totpCode: currentTotp(secret) });
    expect(errorCode(older)).toBe('UNAUTHENTICATED');
    expect(await auditRows(t, 'login.succeeded', { actorId: cert.member.id })).toHaveLength(1);
    const reasons = (await auditRows(t, 'login.failed', { actorId: cert.member.id })).map(
      (r) => r.details.reason,
    );
    expect(reasons).toEqual(['second_factor', 'second_factor', 'second_factor']);
  });

  it('locks the account after repeated wrong second factors, even with a right code then', async () => {
    const cert = await createActor(t, OrganisationKind.CERT);
    const wrong = invalidCode(cert.totpSecret!);
    for (let i = 0; i < 3; i++)
      expect(errorCode(await login(t, { email: cert.member.email, totpCode: wrong }))).toBe(
        'UNAUTHENTICATED',
      );
    for (let i = 0; i < 2; i++)
      expect(
        errorCode(await login(t, { email: cert.member.email, recoveryCode: 'geraten-1234' })),
      ).toBe('UNAUTHENTICATED');
    const locked = await login(t, {
      email: cert.member.email,
      totpCode: nextTotp(cert.totpSecret!),
    });
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(await auditRows(t, 'login.lockout', { actorId: cert.member.id })).toHaveLength(1);
  });

  it('accepts each recovery code once', async () => {
    const member = await createActor(t, OrganisationKind.MUNICIPALITY);
    const { recoveryCodes } = await enrol(member.token);
    const first = await login(t, { email: member.member.email, recoveryCode: recoveryCodes[0] });
    expect(first.errors).toBeUndefined();
    expect(
      await auditRows(t, 'totp.recovery_code_used', { actorId: member.member.id }),
    ).toHaveLength(1);
    const again = await login(t, { email: member.member.email, recoveryCode: recoveryCodes[0] });
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
    const made = await login(t, { email: member.member.email, recoveryCode: 'ausgedacht-1234' });
    expect(errorCode(made)).toBe('UNAUTHENTICATED');
    const second = await login(t, { email: member.member.email, recoveryCode: recoveryCodes[1] });
    expect(second.errors).toBeUndefined();
    const stored = await t.db
      .getRepository(Member)
      .createQueryBuilder('m')
      .addSelect('m.recoveryCodeHashes')
      .where('m.id = :id', { id: member.member.id })
      .getOneOrFail();
    expect(stored.recoveryCodeHashes).toHaveLength(8);
    // Codes are stored hashed only.
    expect(stored.recoveryCodeHashes).not.toContain(recoveryCodes[2]);
  });

  it('lets an ADMIN reset a lost second factor: sessions end, the member enrols again', async () => {
    const admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    const cert = await createActor(t, OrganisationKind.CERT);
    const res = await t.gql(
      `mutation ($id: ID!) { resetMemberTotp(memberId: $id) { id totpEnabled } }`,
      { id: cert.member.id },
      admin.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.resetMemberTotp).toEqual({ id: cert.member.id, totpEnabled: false });
    await expectUnauthenticated(t, cert.token);
    expect(await auditRows(t, 'totp.reset', { targetId: cert.member.id })).toHaveLength(1);

    const again = await login(t, { email: cert.member.email });
    expect(again.errors).toBeUndefined();
    expect(again.data.login.totpSetupRequired).toBe(true);
    expect(
      errorCode(await t.gql(`{ members { totalCount } }`, {}, again.data.login.accessToken)),
    ).toBe('FORBIDDEN');
    const { secret } = await enrol(again.data.login.accessToken);
    expect(secret).not.toBe(cert.totpSecret);
  });

  it('lets an ADMIN require TOTP for every member', async () => {
    const admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    const municipal = await createActor(t, OrganisationKind.MUNICIPALITY);
    try {
      expect((await t.gql(`{ totpRequiredForAll }`, {}, admin.token)).data.totpRequiredForAll).toBe(
        false,
      );
      const set = await t.gql(
        `mutation { setTotpRequiredForAll(required: true) }`,
        {},
        admin.token,
      );
      expect(set.data.setTotpRequiredForAll).toBe(true);
      expect((await t.gql(`{ totpRequiredForAll }`, {}, admin.token)).data.totpRequiredForAll).toBe(
        true,
      );
      expect(
        await auditRows(t, 'settings.totp_required_for_all', { actorId: admin.member.id }),
      ).toHaveLength(1);

      // An open session is held at enrolment at its next request.
      expect(errorCode(await t.gql(`{ members { totalCount } }`, {}, municipal.token))).toBe(
        'FORBIDDEN',
      );
      const res = await login(t, { email: municipal.member.email });
      expect(res.data.login.totpSetupRequired).toBe(true);
      await enrol(res.data.login.accessToken);
      expect(
        (await t.gql(`{ members { totalCount } }`, {}, res.data.login.accessToken)).errors,
      ).toBeUndefined();
    } finally {
      await t.gql(`mutation { setTotpRequiredForAll(required: false) }`, {}, admin.token);
    }
    const other = await createActor(t, OrganisationKind.MUNICIPALITY);
    expect((await login(t, { email: other.member.email })).data.login.totpSetupRequired).toBe(
      false,
    );
  });

  it('lets a member who must enrol log out', async () => {
    const cert = await createActor(t, OrganisationKind.CERT, { totp: false });
    const res = await login(t, { email: cert.member.email });
    const token = res.data.login.accessToken;
    expect((await t.gql(`mutation { logout }`, {}, token)).data.logout).toBe(true);
    await expectUnauthenticated(t, token);
  });
});
