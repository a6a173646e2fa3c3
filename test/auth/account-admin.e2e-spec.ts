import { Member } from '../../src/members/member.entity';
import { MemberStatus, OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { Organisation } from '../../src/organisations/organisation.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor, createOrganisation, TEST_PASSWORD } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { auditRows, expectUnauthenticated, login, ME, REFRESH } from './auth-helpers';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

const DISABLE = `mutation ($id: ID!) { disableMember(memberId: $id) { id status } }`;
const ENABLE = `mutation ($id: ID!) { enableMember(memberId: $id) { id status } }`;
const SET_ROLES = `mutation ($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { id organisationRole platformRole } }`;

describe('account administration', () => {
  let t: TestApp;
  let municipality: Organisation;
  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
  });
  afterAll(() => t.close());

  const statusOf = async (id: string) =>
    (await t.db.getRepository(Member).findOneByOrFail({ id })).status;

  describe('disableMember', () => {
    it('lets an ADMIN disable a member: every token stops working at once, refresh and login fail', async () => {
      const admin = await createActor(t, OrganisationKind.CERT, {
        platformRole: PlatformRole.ADMIN,
      });
      const target = await createActor(t, OrganisationKind.IT_PROVIDER);
      const second = (await login(t, { email: target.member.email })).data.login;
      expect((await t.gql(ME, {}, target.token)).errors).toBeUndefined();

      const res = await t.gql(DISABLE, { id: target.member.id }, admin.token);
      expect(res.errors).toBeUndefined();
      expect(res.data.disableMember).toEqual({ id: target.member.id, status: 'DISABLED' });

      await expectUnauthenticated(t, target.token);
      await expectUnauthenticated(t, second.accessToken);
      expect(errorCode(await t.gql(REFRESH, { token: target.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorCode(await t.gql(REFRESH, { token: second.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
      const relogin = await login(t, { email: target.member.email });
      expect(errorCode(relogin)).toBe('UNAUTHENTICATED');
      expect(relogin.errors![0].message).toBe('E-Mail-Adresse oder Passwort ist falsch.');
      const audit = await auditRows(t, 'member.disabled', { targetId: target.member.id });
      expect(audit).toHaveLength(1);
      expect(audit[0].actorId).toBe(admin.member.id);
      expect(audit[0].details.endedSessions).toBe(2);
    });

    it('lets an ORG_ADMIN disable a member of their own organisation', async () => {
      const orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      const colleague = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const res = await t.gql(DISABLE, { id: colleague.member.id }, orgAdmin.token);
      expect(res.data.disableMember.status).toBe('DISABLED');
      await expectUnauthenticated(t, colleague.token);
    });

    it('does not let an ORG_ADMIN disable a member of another organisation (NOT_FOUND) or an ADMIN (FORBIDDEN)', async () => {
      const orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      const stranger = await createActor(t, OrganisationKind.MUNICIPALITY);
      const adminHere = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        platformRole: PlatformRole.ADMIN,
      });
      const adminElsewhere = await createActor(t, OrganisationKind.CERT, {
        platformRole: PlatformRole.ADMIN,
      });

      expect(errorCode(await t.gql(DISABLE, { id: stranger.member.id }, orgAdmin.token))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await t.gql(DISABLE, { id: adminHere.member.id }, orgAdmin.token))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(await t.gql(DISABLE, { id: adminElsewhere.member.id }, orgAdmin.token)),
      ).toBe('NOT_FOUND');
      for (const a of [stranger, adminHere, adminElsewhere]) {
        expect(await statusOf(a.member.id)).toBe('ACTIVE');
        expect((await t.gql(ME, {}, a.token)).errors).toBeUndefined();
      }
      expect(await auditRows(t, 'member.disabled', { actorId: orgAdmin.member.id })).toHaveLength(
        0,
      );
    });

    it('does not let a plain member disable anyone', async () => {
      const member = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const colleague = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      expect(errorCode(await t.gql(DISABLE, { id: colleague.member.id }, member.token))).toBe(
        'FORBIDDEN',
      );
      expect(await statusOf(colleague.member.id)).toBe('ACTIVE');
    });

    it('refuses disabling oneself', async () => {
      const admin = await createActor(t, OrganisationKind.CERT, {
        platformRole: PlatformRole.ADMIN,
      });
      const res = await t.gql(DISABLE, { id: admin.member.id }, admin.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('memberId');
      expect(await statusOf(admin.member.id)).toBe('ACTIVE');
      expect((await t.gql(ME, {}, admin.token)).errors).toBeUndefined();
    });

    it('refuses an unknown member, a malformed id and an invited member', async () => {
      const admin = await createActor(t, OrganisationKind.CERT, {
        platformRole: PlatformRole.ADMIN,
      });
      const invited = await createActor(t, OrganisationKind.MUNICIPALITY, {
        status: MemberStatus.INVITED,
      });
      expect(
        errorCode(
          await t.gql(DISABLE, { id: '00000000-0000-4000-8000-000000000000' }, admin.token),
        ),
      ).toBe('NOT_FOUND');
      const malformed = await t.gql(DISABLE, { id: 'abc' }, admin.token);
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors![0].extensions!.field).toBe('memberId');
      expect(errorCode(await t.gql(DISABLE, { id: invited.member.id }, admin.token))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await statusOf(invited.member.id)).toBe('INVITED');
    });
  });

  describe('enableMember', () => {
    it('lets the account log in again; old tokens stay dead', async () => {
      const admin = await createActor(t, OrganisationKind.CERT, {
        platformRole: PlatformRole.ADMIN,
      });
      const target = await createActor(t, OrganisationKind.MUNICIPALITY);
      await t.gql(DISABLE, { id: target.member.id }, admin.token);
      const res = await t.gql(ENABLE, { id: target.member.id }, admin.token);
      expect(res.data.enableMember).toEqual({ id: target.member.id, status: 'ACTIVE' });
      await expectUnauthenticated(t, target.token);
      const relogin = await login(t, { email: target.member.email, password: TEST_PASSWORD });
      expect(relogin.errors).toBeUndefined();
      expect(await auditRows(t, 'member.enabled', { targetId: target.member.id })).toHaveLength(1);
    });

    it('lets an ORG_ADMIN enable within their organisation only', async () => {
      const orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      const colleague = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        status: MemberStatus.DISABLED,
      });
      const stranger = await createActor(t, OrganisationKind.MUNICIPALITY, {
        status: MemberStatus.DISABLED,
      });
      expect(errorCode(await t.gql(ENABLE, { id: stranger.member.id }, orgAdmin.token))).toBe(
        'NOT_FOUND',
      );
      expect(await statusOf(stranger.member.id)).toBe('DISABLED');
      expect(
        (await t.gql(ENABLE, { id: colleague.member.id }, orgAdmin.token)).data.enableMember.status,
      ).toBe('ACTIVE');
    });
  });

  describe('setMemberRoles', () => {
    it('lets an ORG_ADMIN make a colleague ORG_ADMIN, audited', async () => {
      const orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      const colleague = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const res = await t.gql(
        SET_ROLES,
        { input: { memberId: colleague.member.id, organisationRole: 'ORG_ADMIN' } },
        orgAdmin.token,
      );
      expect(res.data.setMemberRoles).toEqual({
        id: colleague.member.id,
        organisationRole: 'ORG_ADMIN',
        platformRole: 'USER',
      });
      // Effective at once: the colleague may now invite into the organisation.
      const invite = await t.gql(
        `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        {
          input: {
            email: 'rolle-wirkt@example.org',
            organisationId: municipality.id,
            displayName: 'Rolle Wirkt',
          },
        },
        colleague.token,
      );
      expect(invite.errors).toBeUndefined();
      const audit = await auditRows(t, 'member.roles_changed', { targetId: colleague.member.id });
      expect(audit[0].details).toEqual({
        before: { organisationRole: 'MEMBER', platformRole: 'USER' },
        after: { organisationRole: 'ORG_ADMIN', platformRole: 'USER' },
      });
    });

    it('keeps platform roles for ADMINs', async () => {
      const orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      const colleague = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const res = await t.gql(
        SET_ROLES,
        { input: { memberId: colleague.member.id, platformRole: 'MODERATOR' } },
        orgAdmin.token,
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
      const self = await t.gql(
        SET_ROLES,
        { input: { memberId: orgAdmin.member.id, platformRole: 'ADMIN' } },
        orgAdmin.token,
      );
      expect(errorCode(self)).toBe('FORBIDDEN');
      expect(
        (await t.db.getRepository(Member).findOneByOrFail({ id: orgAdmin.member.id })).platformRole,
      ).toBe('USER');

      const admin = await createActor(t, OrganisationKind.CERT, {
        platformRole: PlatformRole.ADMIN,
      });
      const ok = await t.gql(
        SET_ROLES,
        { input: { memberId: colleague.member.id, platformRole: 'MODERATOR' } },
        admin.token,
      );
      expect(ok.data.setMemberRoles.platformRole).toBe('MODERATOR');
      const demote = await t.gql(
        SET_ROLES,
        { input: { memberId: admin.member.id, platformRole: 'USER' } },
        admin.token,
      );
      expect(errorCode(demote)).toBe('BAD_USER_INPUT');
      expect(demote.errors![0].extensions!.field).toBe('platformRole');
      expect(
        (await t.db.getRepository(Member).findOneByOrFail({ id: admin.member.id })).platformRole,
      ).toBe('ADMIN');
    });

    it('takes role changes effect on the next request of open sessions, and a new ADMIN must enrol TOTP first', async () => {
      const admin = await createActor(t, OrganisationKind.CERT, {
        platformRole: PlatformRole.ADMIN,
      });
      const orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
      const inviteInput = (i: number) => ({
        input: {
          email: `rollenwechsel${i}@example.org`,
          organisationId: municipality.id,
          displayName: 'Rollen Wechsel',
        },
      });
      expect((await t.gql(INVITE, inviteInput(1), orgAdmin.token)).errors).toBeUndefined();
      await t.gql(
        SET_ROLES,
        { input: { memberId: orgAdmin.member.id, organisationRole: 'MEMBER' } },
        admin.token,
      );
      expect(errorCode(await t.gql(INVITE, inviteInput(2), orgAdmin.token))).toBe('FORBIDDEN');

      const promoted = await createActor(t, OrganisationKind.MUNICIPALITY);
      await t.gql(
        SET_ROLES,
        { input: { memberId: promoted.member.id, platformRole: 'ADMIN' } },
        admin.token,
      );
      // ADMIN now, but without a second factor: held at enrolment, no admin power yet.
      expect(errorCode(await t.gql(`{ auditEvents { totalCount } }`, {}, promoted.token))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await t.gql(`{ members { totalCount } }`, {}, promoted.token))).toBe(
        'FORBIDDEN',
      );
      expect((await t.gql(ME, {}, promoted.token)).errors).toBeUndefined();
    });

    it('does not let an ORG_ADMIN change roles outside their organisation', async () => {
      const orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      const stranger = await createActor(t, OrganisationKind.MUNICIPALITY);
      const res = await t.gql(
        SET_ROLES,
        { input: { memberId: stranger.member.id, organisationRole: 'ORG_ADMIN' } },
        orgAdmin.token,
      );
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(
        (await t.db.getRepository(Member).findOneByOrFail({ id: stranger.member.id }))
          .organisationRole,
      ).toBe('MEMBER');
    });
  });
});
