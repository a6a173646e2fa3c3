import { Member } from '../../src/members/member.entity';
import { MemberStatus, OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { ServiceRelation } from '../../src/organisations/service-relation.entity';
import {
  Actor,
  Cast,
  createActor,
  createCast,
  createOrganisation,
  linkProvider,
  Role,
  ROLES,
  TEST_PASSWORD,
} from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

/**
 * Who may run each foundation operation. Everyone not listed is refused: anonymous callers and
 * disabled members with UNAUTHENTICATED, everyone else with the code in DENIED (FORBIDDEN unless
 * noted). Changing this table is changing the access policy: do it consciously.
 */
const MEMBERS: Role[] = [
  'municipal',
  'municipalOrgAdmin',
  'provider',
  'cert',
  'moderator',
  'admin',
];
const ORG_ADMINS: Role[] = ['municipalOrgAdmin', 'admin'];
const ADMINS: Role[] = ['admin'];

const ALLOWED: Record<string, Role[]> = {
  me: MEMBERS,
  member: MEMBERS,
  members: MEMBERS,
  organisations: MEMBERS,
  organisation: MEMBERS,
  createOrganisation: ADMINS,
  updateOrganisation: ADMINS,
  setServiceRelation: ADMINS,
  removeServiceRelation: ADMINS,
  inviteMember: ORG_ADMINS,
  disableMember: ORG_ADMINS,
  enableMember: ORG_ADMINS,
  setMemberRoles: ORG_ADMINS,
  memberSessions: ADMINS,
  revokeSession: ADMINS,
  revokeMemberSessions: ORG_ADMINS,
  resetMemberTotp: ADMINS,
  setTotpRequiredForAll: ADMINS,
  totpRequiredForAll: ADMINS,
  auditEvents: ADMINS,
  myNotifications: MEMBERS,
  unreadNotificationCount: MEMBERS,
  markNotificationsRead: MEMBERS,
  changePassword: MEMBERS,
  logout: MEMBERS,
  mySessions: MEMBERS,
};

interface Prepared {
  query: string;
  variables?: Record<string, unknown>;
  /** Defaults to the cast member's token; some operations need a session of their own. */
  token?: string | null;
  /** Checks that the operation took effect exactly when it was allowed. */
  verify?: (allowed: boolean) => Promise<void>;
}

describe('role matrix of the foundation operations', () => {
  let t: TestApp;
  let cast: Cast;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  const municipality = () => cast.municipal.organisation;
  const statusOf = async (id: string) =>
    (await t.db.getRepository(Member).findOneByOrFail({ id })).status;

  /** A new member like the role (same organisation and roles), for operations that end sessions or change passwords. */
  async function freshLike(role: Role): Promise<Actor | null> {
    switch (role) {
      case 'anonymous':
        return null;
      case 'municipal':
        return createActor(t, OrganisationKind.MUNICIPALITY, { organisation: municipality() });
      case 'municipalOrgAdmin':
        return createActor(t, OrganisationKind.MUNICIPALITY, {
          organisation: municipality(),
          organisationRole: OrganisationRole.ORG_ADMIN,
        });
      case 'provider':
        return createActor(t, OrganisationKind.IT_PROVIDER, {
          organisation: cast.provider.organisation,
        });
      case 'cert':
        return createActor(t, OrganisationKind.CERT, { organisation: cast.cert.organisation });
      case 'moderator':
        return createActor(t, OrganisationKind.MUNICIPALITY, {
          organisation: cast.moderator.organisation,
          platformRole: PlatformRole.MODERATOR,
        });
      case 'admin':
        return createActor(t, OrganisationKind.CERT, {
          organisation: cast.admin.organisation,
          platformRole: PlatformRole.ADMIN,
        });
      case 'disabled':
        return createActor(t, OrganisationKind.MUNICIPALITY, {
          organisation: municipality(),
          status: MemberStatus.DISABLED,
        });
    }
  }

  /** A plain member of the cast's municipality: the target of organisation administration. */
  const target = (status?: MemberStatus) =>
    createActor(t, OrganisationKind.MUNICIPALITY, { organisation: municipality(), status });

  const OPERATIONS: Record<string, (role: Role) => Promise<Prepared>> = {
    me: async () => ({ query: `{ me { id } }` }),
    member: async () => ({
      query: `query ($id: ID!) { member(id: $id) { id } }`,
      variables: { id: cast.municipal.member.id },
    }),
    members: async () => ({ query: `{ members { totalCount nodes { id } } }` }),
    organisations: async () => ({
      query: `{ organisations { totalCount nodes { id serviceRelations { id } } } }`,
    }),
    organisation: async () => ({
      query: `query ($id: ID!) { organisation(id: $id) { id name } }`,
      variables: { id: municipality().id },
    }),
    createOrganisation: async () => {
      const name = `Matrix Dienstleister ${n++}`;
      return {
        query: `mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`,
        variables: { input: { kind: 'IT_PROVIDER', name } },
      };
    },
    updateOrganisation: async () => {
      const org = await createOrganisation(t, OrganisationKind.IT_PROVIDER);
      const name = `Matrix Umbenannt ${n++}`;
      return {
        query: `mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`,
        variables: { id: org.id, input: { kind: 'IT_PROVIDER', name } },
        verify: async (allowed) => {
          const stored = await t.db.query(`SELECT name FROM organisations WHERE id = $1`, [org.id]);
          expect(stored[0].name === name).toBe(allowed);
        },
      };
    },
    setServiceRelation: async () => {
      const m = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
      return {
        query: `mutation ($input: ServiceRelationInput!) { setServiceRelation(input: $input) { id } }`,
        variables: {
          input: {
            providerId: cast.provider.organisation.id,
            municipalityId: m.id,
            services: ['NETWORK'],
          },
        },
        verify: async (allowed) =>
          expect(await t.db.getRepository(ServiceRelation).countBy({ municipalityId: m.id })).toBe(
            allowed ? 1 : 0,
          ),
      };
    },
    removeServiceRelation: async () => {
      const m = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
      await linkProvider(t, cast.provider.organisation, m);
      return {
        query: `mutation ($p: ID!, $m: ID!) { removeServiceRelation(providerId: $p, municipalityId: $m) }`,
        variables: { p: cast.provider.organisation.id, m: m.id },
        verify: async (allowed) =>
          expect(await t.db.getRepository(ServiceRelation).countBy({ municipalityId: m.id })).toBe(
            allowed ? 0 : 1,
          ),
      };
    },
    inviteMember: async () => {
      const email = `matrix${n++}@example.org`;
      return {
        query: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        variables: {
          input: { email, organisationId: municipality().id, displayName: 'Matrix Einladung' },
        },
        verify: async (allowed) =>
          expect(await t.db.getRepository(Member).countBy({ email })).toBe(allowed ? 1 : 0),
      };
    },
    disableMember: async () => {
      const victim = await target();
      return {
        query: `mutation ($id: ID!) { disableMember(memberId: $id) { id } }`,
        variables: { id: victim.member.id },
        verify: async (allowed) =>
          expect(await statusOf(victim.member.id)).toBe(allowed ? 'DISABLED' : 'ACTIVE'),
      };
    },
    enableMember: async () => {
      const victim = await target(MemberStatus.DISABLED);
      return {
        query: `mutation ($id: ID!) { enableMember(memberId: $id) { id } }`,
        variables: { id: victim.member.id },
        verify: async (allowed) =>
          expect(await statusOf(victim.member.id)).toBe(allowed ? 'ACTIVE' : 'DISABLED'),
      };
    },
    setMemberRoles: async () => {
      const victim = await target();
      return {
        query: `mutation ($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { id } }`,
        variables: { input: { memberId: victim.member.id, organisationRole: 'ORG_ADMIN' } },
        verify: async (allowed) =>
          expect(
            (await t.db.getRepository(Member).findOneByOrFail({ id: victim.member.id }))
              .organisationRole,
          ).toBe(allowed ? 'ORG_ADMIN' : 'MEMBER'),
      };
    },
    memberSessions: async () => ({
      query: `query ($id: ID!) { memberSessions(memberId: $id) { id } }`,
      variables: { id: cast.municipal.member.id },
    }),
    revokeSession: async () => {
      const victim = await target();
      return {
        query: `mutation ($id: ID!) { revokeSession(sessionId: $id) }`,
        variables: { id: victim.sessionId },
        verify: async (allowed) =>
          expect(errorCode(await t.gql(`{ me { id } }`, {}, victim.token))).toBe(
            allowed ? 'UNAUTHENTICATED' : null,
          ),
      };
    },
    revokeMemberSessions: async () => {
      const victim = await target();
      return {
        query: `mutation ($id: ID!) { revokeMemberSessions(memberId: $id) }`,
        variables: { id: victim.member.id },
        verify: async (allowed) =>
          expect(errorCode(await t.gql(`{ me { id } }`, {}, victim.token))).toBe(
            allowed ? 'UNAUTHENTICATED' : null,
          ),
      };
    },
    resetMemberTotp: async () => {
      const victim = await createActor(t, OrganisationKind.CERT, {
        organisation: cast.cert.organisation,
      });
      return {
        query: `mutation ($id: ID!) { resetMemberTotp(memberId: $id) { id } }`,
        variables: { id: victim.member.id },
        verify: async (allowed) =>
          expect(
            (await t.db.getRepository(Member).findOneByOrFail({ id: victim.member.id }))
              .totpEnabledAt === null,
          ).toBe(allowed),
      };
    },
    setTotpRequiredForAll: async () => ({
      query: `mutation { setTotpRequiredForAll(required: false) }`,
    }),
    totpRequiredForAll: async () => ({ query: `{ totpRequiredForAll }` }),
    auditEvents: async () => ({
      query: `{ auditEvents(first: 5) { totalCount nodes { id action } } }`,
    }),
    myNotifications: async () => ({ query: `{ myNotifications { totalCount nodes { id } } }` }),
    unreadNotificationCount: async () => ({ query: `{ unreadNotificationCount }` }),
    markNotificationsRead: async () => ({ query: `mutation { markNotificationsRead }` }),
    changePassword: async (role) => {
      const actor = await freshLike(role);
      return {
        query: `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`,
        variables: {
          input: { currentPassword: TEST_PASSWORD, newPassword: 'Matrix-Neues-Passwort-1' },
        },
        token: actor?.token ?? null,
      };
    },
    logout: async (role) => {
      const actor = await freshLike(role);
      return {
        query: `mutation { logout }`,
        token: actor?.token ?? null,
        verify: async (allowed) => {
          if (actor && role !== 'disabled')
            expect(errorCode(await t.gql(`{ me { id } }`, {}, actor.token))).toBe(
              allowed ? 'UNAUTHENTICATED' : null,
            );
        },
      };
    },
    mySessions: async () => ({ query: `{ mySessions { id current } }` }),
  };

  it('covers every operation of the table and nothing else', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  const cases = Object.keys(ALLOWED).flatMap((operation) =>
    ROLES.map((role) => [operation, role] as [string, Role]),
  );

  it.each(cases)('%s as %s', async (operation, role) => {
    const prepared = await OPERATIONS[operation](role);
    const token =
      prepared.token !== undefined
        ? prepared.token
        : role === 'anonymous'
          ? null
          : cast[role].token;
    const res = await t.gql(prepared.query, prepared.variables ?? {}, token);
    const allowed = ALLOWED[operation].includes(role);
    const expected = allowed
      ? null
      : role === 'anonymous' || role === 'disabled'
        ? 'UNAUTHENTICATED'
        : 'FORBIDDEN';
    expect({ operation, role, code: errorCode(res), message: res.errors?.[0]?.message }).toEqual({
      operation,
      role,
      code: expected,
      message: expected ? expect.any(String) : undefined,
    });
    if (allowed) expect(res.data).not.toBeNull();
    else expect(res.data).toBeNull();
    await prepared.verify?.(allowed);
  });

  it('still lets the cast use the platform afterwards (no operation above ended a cast session)', async () => {
    for (const role of MEMBERS)
      expect({
        role,
        code: errorCode(await t.gql(`{ me { id } }`, {}, cast[role as keyof Cast].token)),
      }).toEqual({ role, code: null });
  });
});
