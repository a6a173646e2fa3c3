import { Invitation } from '../../src/auth/invitation.entity';
import { OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { Organisation } from '../../src/organisations/organisation.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor, createOrganisation } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { auditRows } from './auth-helpers';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id memberId token } }`;
const PENDING = `query ($org: ID, $first: Int!, $after: String) {
  pendingInvitations(organisationId: $org, first: $first, after: $after) {
    totalCount
    nodes { id organisationId expired member { id email status } invitedBy { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(invitationId: $id) }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;

describe('pending invitations and their revocation', () => {
  let t: TestApp;
  let admin: Actor;
  let own: Organisation;
  let other: Organisation;
  let orgAdmin: Actor;
  let plain: Actor;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    own = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    other = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: own,
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    plain = await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: own });
  });
  afterAll(() => t.close());

  async function invite(token: string, organisationId: string) {
    const res = await t.gql(
      INVITE,
      { input: { email: `offen${n++}@example.org`, displayName: 'Jörg Müller', organisationId } },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data.inviteMember as { id: string; memberId: string; token: string };
  }
  const pending = (token: string | undefined, vars: Record<string, unknown> = {}) =>
    t.gql(PENDING, { first: 50, ...vars }, token);
  const ids = (res: any) =>
    (res.data.pendingInvitations.nodes as { id: string }[]).map((i) => i.id);

  it('lists open invitations for an ADMIN (all, or one organisation) and the own organisation for an ORG_ADMIN', async () => {
    const mine = await invite(orgAdmin.token, own.id);
    const theirs = await invite(admin.token, other.id);

    const all = await pending(admin.token);
    expect(all.errors).toBeUndefined();
    expect(ids(all)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    const filtered = await pending(admin.token, { org: other.id });
    expect(ids(filtered)).toContain(theirs.id);
    expect(ids(filtered)).not.toContain(mine.id);

    const scoped = await pending(orgAdmin.token);
    expect(scoped.errors).toBeUndefined();
    expect(ids(scoped)).toContain(mine.id);
    expect(ids(scoped)).not.toContain(theirs.id);
    const node = scoped.data.pendingInvitations.nodes.find((i: any) => i.id === mine.id);
    expect(node).toMatchObject({
      organisationId: own.id,
      expired: false,
      member: { id: mine.memberId, status: 'INVITED' },
      invitedBy: { id: orgAdmin.member.id },
    });
    // totalCount counts what the caller may see, nothing of other organisations.
    expect(scoped.data.pendingInvitations.totalCount).toBe(ids(scoped).length);
  });

  it('refuses an ORG_ADMIN naming another organisation, plain members and anonymous callers', async () => {
    await invite(admin.token, other.id);
    expect(errorCode(await pending(orgAdmin.token, { org: other.id }))).toBe('FORBIDDEN');
    const refused = await pending(plain.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    expect(errorCode(await pending(undefined))).toBe('UNAUTHENTICATED');
  });

  it('leaves out accepted and revoked invitations and marks expired ones', async () => {
    const accepted = await invite(orgAdmin.token, own.id);
    const res = await t.gql(ACCEPT, {
      input: { token: accepted.token, password: 'Ein-Langes-Passwort-2026' },
    });
    expect(res.errors).toBeUndefined();
    const expired = await invite(orgAdmin.token, own.id);
    await t.db
      .getRepository(Invitation)
      .update(expired.id, { expiresAt: new Date(Date.now() - 1000) });
    const list = await pending(orgAdmin.token);
    expect(ids(list)).not.toContain(accepted.id);
    expect(list.data.pendingInvitations.nodes.find((i: any) => i.id === expired.id)).toMatchObject({
      expired: true,
    });
  });

  it('pages newest first by cursor without repeating an entry', async () => {
    const org = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await invite(admin.token, org.id)).id);
    const first = await pending(admin.token, { org: org.id, first: 2 });
    expect(first.data.pendingInvitations.totalCount).toBe(3);
    expect(first.data.pendingInvitations.pageInfo.hasNextPage).toBe(true);
    const second = await pending(admin.token, {
      org: org.id,
      first: 2,
      after: first.data.pendingInvitations.pageInfo.endCursor,
    });
    expect([...ids(first), ...ids(second)]).toEqual([...made].reverse());
    expect(second.data.pendingInvitations.pageInfo.hasNextPage).toBe(false);
  });

  it('lets the own ORG_ADMIN revoke: the link stops working, audited; it leaves the list', async () => {
    const inv = await invite(orgAdmin.token, own.id);
    const res = await t.gql(REVOKE, { id: inv.id }, orgAdmin.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.revokeInvitation).toBe(true);
    expect(ids(await pending(orgAdmin.token))).not.toContain(inv.id);
    const accept = await t.gql(ACCEPT, {
      input: { token: inv.token, password: 'Ein-Langes-Passwort-2026' },
    });
    expect(errorCode(accept)).toBe('BAD_USER_INPUT');
    const audit = await auditRows(t, 'invitation.revoked', { targetId: inv.memberId });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(orgAdmin.member.id);
    // A second revocation finds nothing open.
    expect(errorCode(await t.gql(REVOKE, { id: inv.id }, orgAdmin.token))).toBe('NOT_FOUND');
  });

  it("refuses another organisation's ORG_ADMIN (NOT_FOUND) and plain members (FORBIDDEN); the link keeps working", async () => {
    const inv = await invite(admin.token, other.id);
    expect(errorCode(await t.gql(REVOKE, { id: inv.id }, orgAdmin.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(REVOKE, { id: inv.id }, plain.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REVOKE, { id: inv.id }))).toBe('UNAUTHENTICATED');
    const stored = await t.db.getRepository(Invitation).findOneByOrFail({ id: inv.id });
    expect(stored.revokedAt).toBeNull();
    const accept = await t.gql(ACCEPT, {
      input: { token: inv.token, password: 'Ein-Langes-Passwort-2026' },
    });
    expect(accept.errors).toBeUndefined();
  });

  it('names the actor of an audit entry for ADMINs only', async () => {
    const query = `{ auditEvents(first: 5, action: "member.invited") { nodes { actorId actor { id displayName } } } }`;
    await invite(orgAdmin.token, own.id);
    const res = await t.gql(query, {}, admin.token);
    expect(res.errors).toBeUndefined();
    const entry = res.data.auditEvents.nodes.find((e: any) => e.actorId === orgAdmin.member.id);
    expect(entry.actor).toEqual({
      id: orgAdmin.member.id,
      displayName: orgAdmin.member.displayName,
    });
    expect(errorCode(await t.gql(query, {}, orgAdmin.token))).toBe('FORBIDDEN');
  });
});
