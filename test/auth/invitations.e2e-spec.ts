import { Invitation } from '../../src/auth/invitation.entity';
import { Member } from '../../src/members/member.entity';
import { OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { Organisation } from '../../src/organisations/organisation.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor, createOrganisation } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { auditRows, login, ME } from './auth-helpers';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id memberId email token url expiresAt } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken refreshToken totpSetupRequired member { id status displayName handle } }
}`;
const PASSWORD = 'Mein-Eigenes-Passwort-2026';

describe('invitations', () => {
  let t: TestApp;
  let admin: Actor;
  let municipality: Organisation;
  let orgAdmin: Actor;
  let n = 0;
  const email = () => `eingeladen${n++}@example.org`;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    municipality = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: municipality,
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
  });
  afterAll(() => t.close());

  const memberByEmail = (address: string) =>
    t.db.getRepository(Member).findOneBy({ email: address });

  async function invite(token: string, input: Record<string, unknown>) {
    return t.gql(INVITE, { input: { displayName: 'Jörg Müller', ...input } }, token);
  }

  /**
   * Runs `request` while another transaction holds an uncommitted member row, then commits that
   * row: the service's own checks cannot see it, only the unique index does.
   */
  async function whileUncommitted(
    insertSql: string,
    params: unknown[],
    request: () => Promise<any>,
  ) {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    let pending: Promise<any> | null = null;
    try {
      await runner.query(insertSql, params);
      pending = request();
      for (let i = 0; i < 50; i++) {
        const waiting = await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
        );
        if (waiting[0].n > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await runner.commitTransaction();
      return await pending;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
      await pending?.catch(() => undefined);
    }
  }

  describe('inviteMember', () => {
    it('lets an ADMIN invite into any organisation', async () => {
      const provider = await createOrganisation(t, OrganisationKind.IT_PROVIDER);
      const address = email();
      const res = await invite(admin.token, {
        email: address.toUpperCase(),
        organisationId: provider.id,
        organisationRole: 'ORG_ADMIN',
      });
      expect(res.errors).toBeUndefined();
      const invitation = res.data.inviteMember;
      expect(invitation.email).toBe(address);
      expect(invitation.token).toEqual(expect.any(String));
      expect(invitation.url).toContain(invitation.token);
      expect(new Date(invitation.expiresAt).getTime()).toBeGreaterThan(Date.now());
      const member = await memberByEmail(address);
      expect(member).toMatchObject({
        id: invitation.memberId,
        status: 'INVITED',
        organisationId: provider.id,
        organisationRole: 'ORG_ADMIN',
        platformRole: 'USER',
        displayName: 'Jörg Müller',
      });
      // Only the hash of the token is stored.
      const stored = await t.db.getRepository(Invitation).findOneByOrFail({ id: invitation.id });
      expect(stored.tokenHash).not.toContain(invitation.token);
      const audit = await auditRows(t, 'member.invited', { targetId: invitation.memberId });
      expect(audit).toHaveLength(1);
      expect(audit[0].actorId).toBe(admin.member.id);
    });

    it('lets an ORG_ADMIN invite into their own organisation only', async () => {
      const own = await invite(orgAdmin.token, { email: email(), organisationId: municipality.id });
      expect(own.errors).toBeUndefined();
      const other = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
      const address = email();
      const res = await invite(orgAdmin.token, { email: address, organisationId: other.id });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(await memberByEmail(address)).toBeNull();
    });

    it('refuses a plain member', async () => {
      const member = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const address = email();
      const res = await invite(member.token, { email: address, organisationId: municipality.id });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(await memberByEmail(address)).toBeNull();
    });

    it('refuses the address of an existing account with CONFLICT on email', async () => {
      const existing = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const res = await invite(admin.token, {
        email: existing.member.email.toUpperCase(),
        organisationId: municipality.id,
      });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors![0].extensions!.field).toBe('email');
      expect(await t.db.getRepository(Invitation).countBy({ memberId: existing.member.id })).toBe(
        0,
      );
      expect((await memberByEmail(existing.member.email))!.status).toBe('ACTIVE');
    });

    it.each([
      ['email', { email: 'keine-adresse' }],
      ['organisationId', { organisationId: 'keine-id' }],
      ['displayName', { displayName: 'J' }],
    ])('refuses a bad %s and writes nothing', async (field, override) => {
      const address = email();
      const res = await invite(admin.token, {
        email: address,
        organisationId: municipality.id,
        ...override,
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
      expect(await memberByEmail(address)).toBeNull();
    });

    it('refuses an unknown organisation', async () => {
      const address = email();
      const res = await invite(admin.token, {
        email: address,
        organisationId: '00000000-0000-4000-8000-000000000000',
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('organisationId');
      expect(await memberByEmail(address)).toBeNull();
    });

    it('answers CONFLICT on email, not a server error, when the address is taken concurrently', async () => {
      const address = email();
      const res = await whileUncommitted(
        `INSERT INTO members (organisation_id, email, handle, display_name, status) VALUES ($1, $2, $3, 'Parallel Angelegt', 'ACTIVE')`,
        [municipality.id, address, `parallel${n++}`],
        () => invite(admin.token, { email: address, organisationId: municipality.id }),
      );
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors![0].extensions!.field).toBe('email');
      expect(await t.db.getRepository(Member).countBy({ email: address })).toBe(1);
      expect((await memberByEmail(address))!.displayName).toBe('Parallel Angelegt');
    });

    it('replaces the earlier invitation when an invited member is invited again', async () => {
      const address = email();
      const first = (await invite(admin.token, { email: address, organisationId: municipality.id }))
        .data.inviteMember;
      const second = (
        await invite(orgAdmin.token, { email: address, organisationId: municipality.id })
      ).data.inviteMember;
      expect(second.memberId).toBe(first.memberId);
      expect(second.token).not.toBe(first.token);
      expect(await t.db.getRepository(Member).countBy({ email: address })).toBe(1);

      const old = await t.gql(ACCEPT, { input: { token: first.token, password: PASSWORD } });
      expect(errorCode(old)).toBe('BAD_USER_INPUT');
      expect(old.errors![0].extensions!.field).toBe('token');
      expect((await memberByEmail(address))!.status).toBe('INVITED');
      const res = await t.gql(ACCEPT, { input: { token: second.token, password: PASSWORD } });
      expect(res.errors).toBeUndefined();
    });

    it('refuses to re-invite an invited member into another organisation', async () => {
      const address = email();
      await invite(admin.token, { email: address, organisationId: municipality.id });
      const other = await createOrganisation(t, OrganisationKind.IT_PROVIDER);
      const res = await invite(admin.token, { email: address, organisationId: other.id });
      expect(errorCode(res)).toBe('CONFLICT');
      expect((await memberByEmail(address))!.organisationId).toBe(municipality.id);
    });
  });

  describe('acceptInvitation', () => {
    it('sets the password, activates the account and logs the member in', async () => {
      const address = email();
      const invitation = (
        await invite(orgAdmin.token, { email: address, organisationId: municipality.id })
      ).data.inviteMember;
      const res = await t.gql(ACCEPT, {
        input: {
          token: invitation.token,
          password: PASSWORD,
          displayName: 'Jörg Müller-Lüdenscheidt',
          handle: 'joerg.m',
        },
      });
      expect(res.errors).toBeUndefined();
      const payload = res.data.acceptInvitation;
      expect(payload.member).toEqual({
        id: invitation.memberId,
        status: 'ACTIVE',
        displayName: 'Jörg Müller-Lüdenscheidt',
        handle: 'joerg.m',
      });
      expect(payload.totpSetupRequired).toBe(false);
      expect((await t.gql(ME, {}, payload.accessToken)).data.me).toEqual({
        id: invitation.memberId,
        status: 'ACTIVE',
        totpEnabled: false,
      });
      expect((await login(t, { email: address, password: PASSWORD })).errors).toBeUndefined();
      expect(
        await auditRows(t, 'invitation.accepted', { targetId: invitation.memberId }),
      ).toHaveLength(1);
      const stored = await t.db.getRepository(Invitation).findOneByOrFail({ id: invitation.id });
      expect(stored.acceptedAt).not.toBeNull();
    });

    it('accepts a token once only', async () => {
      const invitation = (
        await invite(admin.token, { email: email(), organisationId: municipality.id })
      ).data.inviteMember;
      expect(
        (await t.gql(ACCEPT, { input: { token: invitation.token, password: PASSWORD } })).errors,
      ).toBeUndefined();
      const again = await t.gql(ACCEPT, {
        input: { token: invitation.token, password: 'Ein-Anderes-Passwort-1' },
      });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0].extensions!.field).toBe('token');
      // The password set first still holds.
      expect(
        (await login(t, { email: invitation.email, password: PASSWORD })).errors,
      ).toBeUndefined();
      expect(
        errorCode(await login(t, { email: invitation.email, password: 'Ein-Anderes-Passwort-1' })),
      ).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired token and leaves the member invited', async () => {
      const invitation = (
        await invite(admin.token, { email: email(), organisationId: municipality.id })
      ).data.inviteMember;
      await t.db
        .getRepository(Invitation)
        .update(invitation.id, { expiresAt: new Date(Date.now() - 1000) });
      const res = await t.gql(ACCEPT, { input: { token: invitation.token, password: PASSWORD } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('token');
      expect((await memberByEmail(invitation.email))!.status).toBe('INVITED');
      expect(errorCode(await login(t, { email: invitation.email, password: PASSWORD }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses an unknown token', async () => {
      const res = await t.gql(ACCEPT, { input: { token: 'ausgedacht', password: PASSWORD } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('token');
    });

    it.each([
      ['too short', 'kurz'],
      ['too few different characters', 'abababababababab'],
    ])('refuses a weak password (%s) and changes nothing', async (_, password) => {
      const invitation = (
        await invite(admin.token, { email: email(), organisationId: municipality.id })
      ).data.inviteMember;
      const res = await t.gql(ACCEPT, { input: { token: invitation.token, password } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('password');
      expect((await memberByEmail(invitation.email))!.status).toBe('INVITED');
      expect(
        (await t.db.getRepository(Invitation).findOneByOrFail({ id: invitation.id })).acceptedAt,
      ).toBeNull();
      // The token still works afterwards.
      expect(
        (await t.gql(ACCEPT, { input: { token: invitation.token, password: PASSWORD } })).errors,
      ).toBeUndefined();
    });

    it('refuses a taken handle with CONFLICT and changes nothing', async () => {
      const invitation = (
        await invite(admin.token, { email: email(), organisationId: municipality.id })
      ).data.inviteMember;
      const res = await t.gql(ACCEPT, {
        input: { token: invitation.token, password: PASSWORD, handle: orgAdmin.member.handle },
      });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors![0].extensions!.field).toBe('handle');
      expect((await memberByEmail(invitation.email))!.status).toBe('INVITED');
      expect(
        (await t.gql(ACCEPT, { input: { token: invitation.token, password: PASSWORD } })).errors,
      ).toBeUndefined();
    });

    it('answers CONFLICT on handle, not a server error, when the handle is taken concurrently', async () => {
      const invitation = (
        await invite(admin.token, { email: email(), organisationId: municipality.id })
      ).data.inviteMember;
      const handle = `gleichzeitig${n++}`;
      const res = await whileUncommitted(
        `INSERT INTO members (organisation_id, email, handle, display_name, status) VALUES ($1, $2, $3, 'Parallel Angelegt', 'ACTIVE')`,
        [municipality.id, email(), handle],
        () => t.gql(ACCEPT, { input: { token: invitation.token, password: PASSWORD, handle } }),
      );
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors![0].extensions!.field).toBe('handle');
      expect((await memberByEmail(invitation.email))!.status).toBe('INVITED');
      expect(
        (await t.gql(ACCEPT, { input: { token: invitation.token, password: PASSWORD } })).errors,
      ).toBeUndefined();
    });

    it('refuses a malformed handle', async () => {
      const invitation = (
        await invite(admin.token, { email: email(), organisationId: municipality.id })
      ).data.inviteMember;
      const res = await t.gql(ACCEPT, {
        input: { token: invitation.token, password: PASSWORD, handle: 'mit leerzeichen' },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('handle');
      expect((await memberByEmail(invitation.email))!.status).toBe('INVITED');
    });
  });
});
