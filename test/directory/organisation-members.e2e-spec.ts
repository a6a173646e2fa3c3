import {
  ContactVisibility,
  MemberStatus,
  OrganisationRole,
  PlatformRole,
} from '../../src/members/member.enums';
import { Member } from '../../src/members/member.entity';
import { Organisation } from '../../src/organisations/organisation.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { countStatements } from '../helpers/count-statements';
import { Actor, createActor, createOrganisation } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';

jest.setTimeout(60_000);

const ORG_MEMBERS = `query ($id: ID!, $first: Int, $after: String, $status: MemberStatus) {
  organisation(id: $id) {
    id
    members(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayName status email phone organisation { id name } }
    }
  }
}`;
const DIRECTORY = `query ($organisationId: ID, $status: MemberStatus) {
  members(first: 100, organisationId: $organisationId, status: $status) {
    totalCount nodes { id displayName status email phone }
  }
}`;

describe('Organisation.members', () => {
  let t: TestApp;
  let provider: Organisation;
  let city: Organisation;
  let colleagues: Actor[];
  let hidden: Actor;
  let orgOnly: Actor;
  let invited: Actor;
  let disabled: Actor;
  let providerAdmin: Actor;
  let outsider: Actor;
  let admin: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    provider = await createOrganisation(t, OrganisationKind.IT_PROVIDER);
    city = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    colleagues = [];
    for (const name of ['Anna Arndt', 'Bernd Brück', 'Carla Çelik', 'Dieter Dörr', 'Emil Ernst'])
      colleagues.push(
        await createActor(t, OrganisationKind.IT_PROVIDER, {
          organisation: provider,
          displayName: name,
        }),
      );
    providerAdmin = await createActor(t, OrganisationKind.IT_PROVIDER, {
      organisation: provider,
      organisationRole: OrganisationRole.ORG_ADMIN,
      displayName: 'Frieda Fuchs',
    });
    hidden = colleagues[1];
    orgOnly = colleagues[2];
    await t.db.getRepository(Member).update(hidden.member.id, {
      contactVisibility: ContactVisibility.HIDDEN,
      phone: '+49 2351 1',
    });
    await t.db.getRepository(Member).update(orgOnly.member.id, {
      contactVisibility: ContactVisibility.ORGANISATION,
      phone: '+49 2351 2',
    });
    await t.db.getRepository(Member).update(colleagues[0].member.id, {
      contactVisibility: ContactVisibility.ALL_MEMBERS,
      phone: '+49 2351 3',
    });
    invited = await createActor(t, OrganisationKind.IT_PROVIDER, {
      organisation: provider,
      status: MemberStatus.INVITED,
      displayName: 'Ida Eingeladen',
    });
    disabled = await createActor(t, OrganisationKind.IT_PROVIDER, {
      organisation: provider,
      status: MemberStatus.DISABLED,
      displayName: 'Dora Deaktiviert',
    });
    outsider = await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: city });
    await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: city,
      displayName: 'Zoe Zander',
    });
    admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
  });
  afterAll(() => t?.close());

  it('lists the organisation’s active members, paged by name, with the directory’s contact rules', async () => {
    const first = await t.gql(ORG_MEMBERS, { id: provider.id, first: 4 }, outsider.token);
    expect(first.errors).toBeUndefined();
    const page1 = first.data.organisation.members;
    expect(page1.totalCount).toBe(6);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.nodes.map((n: any) => n.displayName)).toEqual([
      'Anna Arndt',
      'Bernd Brück',
      'Carla Çelik',
      'Dieter Dörr',
    ]);
    const second = await t.gql(
      ORG_MEMBERS,
      { id: provider.id, first: 4, after: page1.pageInfo.endCursor },
      outsider.token,
    );
    expect(second.data.organisation.members.nodes.map((n: any) => n.displayName)).toEqual([
      'Emil Ernst',
      'Frieda Fuchs',
    ]);
    expect(second.data.organisation.members.pageInfo.hasNextPage).toBe(false);
    // Never the invited or disabled ones for a plain member.
    const all = [...page1.nodes, ...second.data.organisation.members.nodes].map((n: any) => n.id);
    expect(all).not.toContain(invited.member.id);
    expect(all).not.toContain(disabled.member.id);

    // Exactly what the directory shows the same viewer, field by field.
    for (const viewer of [outsider, colleagues[3], admin]) {
      const viaOrg = await t.gql(ORG_MEMBERS, { id: provider.id, first: 100 }, viewer.token);
      const viaDirectory = await t.gql(DIRECTORY, { organisationId: provider.id }, viewer.token);
      const strip = (nodes: any[]) =>
        nodes.map(({ id, displayName, status, email, phone }) => ({
          id,
          displayName,
          status,
          email,
          phone,
        }));
      expect(strip(viaOrg.data.organisation.members.nodes)).toEqual(
        strip(viaDirectory.data.members.nodes),
      );
      expect(viaOrg.data.organisation.members.totalCount).toBe(
        viaDirectory.data.members.totalCount,
      );
    }
    const byId = (nodes: any[], a: Actor) => nodes.find((n) => n.id === a.member.id);
    const outsiderView = (await t.gql(ORG_MEMBERS, { id: provider.id, first: 100 }, outsider.token))
      .data.organisation.members.nodes;
    expect(byId(outsiderView, hidden).phone).toBeNull();
    expect(byId(outsiderView, orgOnly).phone).toBeNull();
    expect(byId(outsiderView, colleagues[0]).phone).toBe('+49 2351 3');
    const colleagueView = (
      await t.gql(ORG_MEMBERS, { id: provider.id, first: 100 }, colleagues[3].token)
    ).data.organisation.members.nodes;
    expect(byId(colleagueView, orgOnly).phone).toBe('+49 2351 2');
    expect(byId(colleagueView, hidden).phone).toBeNull();
  });

  it('shows invited and disabled members to the organisation’s ORG_ADMIN and ADMINs only', async () => {
    for (const status of ['INVITED', 'DISABLED']) {
      for (const viewer of [outsider, colleagues[0]]) {
        const refused = await t.gql(ORG_MEMBERS, { id: provider.id, status }, viewer.token);
        expect(errorCode(refused)).toBe('FORBIDDEN');
        expect(refused.data.organisation.members).toBeNull();
      }
      const expected = status === 'INVITED' ? invited : disabled;
      for (const viewer of [providerAdmin, admin]) {
        const res = await t.gql(ORG_MEMBERS, { id: provider.id, status }, viewer.token);
        expect(res.errors).toBeUndefined();
        expect(res.data.organisation.members.nodes.map((n: any) => n.id)).toEqual([
          expected.member.id,
        ]);
        expect(res.data.organisation.members.totalCount).toBe(1);
      }
    }
    // An ORG_ADMIN of the provider is no ORG_ADMIN of the city.
    expect(
      errorCode(await t.gql(ORG_MEMBERS, { id: city.id, status: 'INVITED' }, providerAdmin.token)),
    ).toBe('FORBIDDEN');
  });

  it('refuses anonymous callers and bad cursors', async () => {
    expect(errorCode(await t.gql(ORG_MEMBERS, { id: provider.id }, null))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await t.gql(ORG_MEMBERS, { id: provider.id, after: 'nonsense' }, outsider.token)),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await t.gql(ORG_MEMBERS, { id: provider.id, first: 101 }, outsider.token)),
    ).toBe('BAD_USER_INPUT');
  });

  it('reads the members of a whole list of organisations in a constant number of statements', async () => {
    const LIST = `query ($first: Int) { organisations(first: $first) { nodes { id name members(first: 3) { totalCount nodes { id displayName organisation { id } } } } } }`;
    const extra: Organisation[] = [];
    for (let i = 0; i < 6; i++) {
      const o = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
      await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: o });
      extra.push(o);
    }
    const few = await countStatements(() => t.gql(LIST, { first: 2 }, outsider.token));
    const many = await countStatements(() => t.gql(LIST, { first: 12 }, outsider.token));
    expect(few.result.errors).toBeUndefined();
    expect(many.result.errors).toBeUndefined();
    expect(many.result.data.organisations.nodes.length).toBeGreaterThanOrEqual(8);
    expect(many.statements.length).toBe(few.statements.length);
    const withMembers = many.result.data.organisations.nodes.find((o: any) => o.id === provider.id);
    if (withMembers) expect(withMembers.members.totalCount).toBe(6);
  });
});
