import { encodeCursor } from '../../src/common/graphql/pagination';
import { Member } from '../../src/members/member.entity';
import {
  ContactVisibility,
  MemberStatus,
  OrganisationRole,
  PlatformRole,
} from '../../src/members/member.enums';
import { Organisation } from '../../src/organisations/organisation.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor, createOrganisation } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

const MEMBERS = `query ($first: Int, $after: String, $search: String, $status: MemberStatus, $organisationId: ID, $organisationKind: OrganisationKind) {
  members(first: $first, after: $after, search: $search, status: $status, organisationId: $organisationId, organisationKind: $organisationKind) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id displayName status email phone contactVisibility organisation { id } }
  }
}`;
const MEMBER = `query ($id: ID!) { member(id: $id) { id status email phone contactVisibility totpEnabled } }`;
const UPDATE = `mutation ($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) { id displayName position expertiseTags phone bio contactVisibility }
}`;

interface Node {
  id: string;
  displayName: string;
  status: string;
  email: string | null;
  phone: string | null;
  contactVisibility: string | null;
}

describe('member directory', () => {
  let t: TestApp;
  let orgA: Organisation;
  let orgB: Organisation;
  let plainA: Actor;
  let orgAdminA: Actor;
  let plainB: Actor;
  let orgAdminB: Actor;
  let admin: Actor;
  let invitedA: Actor;
  let disabledA: Actor;
  let joerg: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    orgA = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    orgB = await createOrganisation(t, OrganisationKind.IT_PROVIDER);
    plainA = await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: orgA });
    orgAdminA = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: orgA,
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    plainB = await createActor(t, OrganisationKind.IT_PROVIDER, { organisation: orgB });
    orgAdminB = await createActor(t, OrganisationKind.IT_PROVIDER, {
      organisation: orgB,
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    invitedA = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: orgA,
      status: MemberStatus.INVITED,
      displayName: 'Eingeladene Person',
    });
    disabledA = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: orgA,
      status: MemberStatus.DISABLED,
      displayName: 'Deaktivierte Person',
    });
    joerg = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: orgA,
      displayName: 'Jörg Äßmann',
    });
  });
  afterAll(() => t.close());

  const ids = (nodes: Node[]) => nodes.map((n) => n.id);

  describe('who sees which status', () => {
    it('shows plain members only ACTIVE members, in lists and counts', async () => {
      const res = await t.gql(MEMBERS, { first: 100 }, plainB.token);
      expect(res.errors).toBeUndefined();
      const nodes = res.data.members.nodes as Node[];
      expect(nodes.every((n) => n.status === 'ACTIVE')).toBe(true);
      expect(ids(nodes)).not.toContain(invitedA.member.id);
      expect(ids(nodes)).not.toContain(disabledA.member.id);
      const active = await t.db.getRepository(Member).countBy({ status: MemberStatus.ACTIVE });
      expect(res.data.members.totalCount).toBe(active);
      expect(nodes).toHaveLength(active);
    });

    it.each(['INVITED', 'DISABLED'])(
      'refuses status %s to a plain member, also for their own organisation',
      async (status) => {
        expect(errorCode(await t.gql(MEMBERS, { status }, plainA.token))).toBe('FORBIDDEN');
        expect(
          errorCode(await t.gql(MEMBERS, { status, organisationId: orgA.id }, plainA.token)),
        ).toBe('FORBIDDEN');
      },
    );

    it('shows invited and disabled members to the ORG_ADMIN of their organisation only', async () => {
      const invited = await t.gql(
        MEMBERS,
        { status: 'INVITED', organisationId: orgA.id },
        orgAdminA.token,
      );
      expect(invited.errors).toBeUndefined();
      expect(ids(invited.data.members.nodes)).toEqual([invitedA.member.id]);
      expect(invited.data.members.totalCount).toBe(1);
      const disabled = await t.gql(
        MEMBERS,
        { status: 'DISABLED', organisationId: orgA.id },
        orgAdminA.token,
      );
      expect(ids(disabled.data.members.nodes)).toEqual([disabledA.member.id]);

      // Not across organisations, and not without naming the own organisation.
      expect(
        errorCode(
          await t.gql(MEMBERS, { status: 'INVITED', organisationId: orgA.id }, orgAdminB.token),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(MEMBERS, { status: 'INVITED' }, orgAdminA.token))).toBe(
        'FORBIDDEN',
      );
    });

    it('shows invited and disabled members of every organisation to an ADMIN', async () => {
      const res = await t.gql(MEMBERS, { status: 'DISABLED', first: 100 }, admin.token);
      expect(res.errors).toBeUndefined();
      expect(ids(res.data.members.nodes)).toContain(disabledA.member.id);
      expect(res.data.members.nodes.every((n: Node) => n.status === 'DISABLED')).toBe(true);
    });

    it('answers NOT_FOUND for a single non-active member unless the viewer may see them', async () => {
      expect(errorCode(await t.gql(MEMBER, { id: invitedA.member.id }, plainA.token))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await t.gql(MEMBER, { id: disabledA.member.id }, plainB.token))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await t.gql(MEMBER, { id: invitedA.member.id }, orgAdminB.token))).toBe(
        'NOT_FOUND',
      );
      expect(
        (await t.gql(MEMBER, { id: invitedA.member.id }, orgAdminA.token)).data.member.status,
      ).toBe('INVITED');
      expect(
        (await t.gql(MEMBER, { id: disabledA.member.id }, admin.token)).data.member.status,
      ).toBe('DISABLED');
      // Same answer as for an id that does not exist.
      const missing = await t.gql(
        MEMBER,
        { id: '00000000-0000-4000-8000-000000000000' },
        plainA.token,
      );
      const hidden = await t.gql(MEMBER, { id: invitedA.member.id }, plainA.token);
      expect(hidden.errors![0].message).toBe(missing.errors![0].message);
    });

    it('filters by organisation and organisation kind', async () => {
      const byOrg = await t.gql(MEMBERS, { organisationId: orgB.id }, plainA.token);
      expect(ids(byOrg.data.members.nodes).sort()).toEqual(
        [plainB.member.id, orgAdminB.member.id].sort(),
      );
      const byKind = await t.gql(
        MEMBERS,
        { organisationKind: 'IT_PROVIDER', first: 100 },
        plainA.token,
      );
      expect(ids(byKind.data.members.nodes).sort()).toEqual(
        [plainB.member.id, orgAdminB.member.id].sort(),
      );
    });
  });

  describe('search', () => {
    it.each(['Jörg', 'jö', 'JÖRG', 'äßm', 'Äßmann'])(
      'finds "Jörg Äßmann" by "%s"',
      async (search) => {
        const res = await t.gql(MEMBERS, { search }, plainB.token);
        expect(res.errors).toBeUndefined();
        expect(ids(res.data.members.nodes)).toEqual([joerg.member.id]);
        expect(res.data.members.totalCount).toBe(1);
      },
    );

    it('does not find non-active members for plain members', async () => {
      const res = await t.gql(MEMBERS, { search: 'Eingeladene' }, plainA.token);
      expect(res.data.members.totalCount).toBe(0);
      expect(res.data.members.nodes).toEqual([]);
    });

    it('finds by position and expertise tag', async () => {
      await t.gql(
        UPDATE,
        {
          input: {
            position: 'Informationssicherheitsbeauftragte',
            expertiseTags: ['Netzwerksegmentierung', 'WiBA'],
          },
        },
        plainB.token,
      );
      expect(
        ids(
          (await t.gql(MEMBERS, { search: 'sicherheitsbeauftr' }, plainA.token)).data.members.nodes,
        ),
      ).toEqual([plainB.member.id]);
      expect(
        ids((await t.gql(MEMBERS, { search: 'segmentierung' }, plainA.token)).data.members.nodes),
      ).toEqual([plainB.member.id]);
    });

    it('treats LIKE wildcards literally', async () => {
      const res = await t.gql(MEMBERS, { search: '%' }, plainA.token);
      expect(res.data.members.totalCount).toBe(0);
      const underscore = await t.gql(MEMBERS, { search: '_' }, plainA.token);
      expect(underscore.data.members.totalCount).toBe(0);
    });
  });

  describe('cursor pagination', () => {
    it('pages through everything without overlap, with the full totalCount on every page', async () => {
      const created: string[] = [];
      for (let i = 0; i < 23; i++) {
        const a = await createActor(t, OrganisationKind.MUNICIPALITY, {
          displayName: `Seitenweise ${String.fromCharCode(65 + (i % 5))} ${i}`,
        });
        created.push(a.member.id);
      }
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const res: any = await t.gql(
          MEMBERS,
          { search: 'Seitenweise', first: 10, after },
          plainA.token,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data.members.totalCount).toBe(23);
        const names = res.data.members.nodes.map((n: Node) => n.displayName.toLowerCase());
        expect(names).toEqual([...names].sort());
        seen.push(...ids(res.data.members.nodes));
        pages++;
        if (!res.data.members.pageInfo.hasNextPage) break;
        after = res.data.members.pageInfo.endCursor;
        expect(pages).toBeLessThan(5);
      }
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...created].sort());
    });

    it('pages names with upper-case umlauts and ß without gaps or repeats', async () => {
      const names = [
        'Ärmel Umlaut',
        'Öhler Umlaut',
        'Über Umlaut',
        'Zander Umlaut',
        'Abel Umlaut',
        'Ödön Umlaut',
        'Straße Umlaut',
        'STRASSE Umlaut',
        'élodie Umlaut',
        'Émile Umlaut',
        'İlker Umlaut',
        'Ilse Umlaut',
        'ilka Umlaut',
      ];
      const created: string[] = [];
      for (const displayName of names)
        created.push(
          (await createActor(t, OrganisationKind.MUNICIPALITY, { displayName })).member.id,
        );
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const res: any = await t.gql(MEMBERS, { search: 'Umlaut', first: 1, after }, plainA.token);
        expect(res.errors).toBeUndefined();
        expect(res.data.members.totalCount).toBe(names.length);
        seen.push(...ids(res.data.members.nodes));
        if (!res.data.members.pageInfo.hasNextPage) break;
        after = res.data.members.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(names.length);
      expect([...seen].sort()).toEqual([...created].sort());
    });

    it.each([[101], [0], [-1]])('refuses page size %s', async (first) => {
      const res = await t.gql(MEMBERS, { first }, plainA.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('first');
    });

    it.each([
      ['not base64 JSON', 'kein-cursor'],
      ['wrong arity', encodeCursor(['a'])],
      ['a forged id that is no UUID', encodeCursor(['a', 'keine-uuid'])],
    ])('refuses a malformed cursor (%s)', async (_, after) => {
      const res = await t.gql(MEMBERS, { after }, plainA.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('after');
    });
  });

  describe('contact details', () => {
    async function withVisibility(visibility: ContactVisibility, organisation: Organisation) {
      const a = await createActor(t, OrganisationKind.MUNICIPALITY, { organisation });
      const res = await t.gql(
        UPDATE,
        { input: { phone: '+49 2351 12345', contactVisibility: visibility } },
        a.token,
      );
      expect(res.errors).toBeUndefined();
      return a;
    }
    const contact = async (viewer: Actor, target: Actor) => {
      const res = await t.gql(MEMBER, { id: target.member.id }, viewer.token);
      expect(res.errors).toBeUndefined();
      const { email, phone, contactVisibility } = res.data.member;
      return { email, phone, contactVisibility };
    };
    const listed = async (viewer: Actor, target: Actor) => {
      const res = await t.gql(MEMBERS, { search: target.member.displayName }, viewer.token);
      const node = (res.data.members.nodes as Node[]).find((n) => n.id === target.member.id)!;
      return { email: node.email, phone: node.phone, contactVisibility: node.contactVisibility };
    };

    it('hides HIDDEN contact details from everyone but the member and ADMINs', async () => {
      const target = await withVisibility(ContactVisibility.HIDDEN, orgA);
      const hidden = { email: null, phone: null, contactVisibility: null };
      const shown = {
        email: target.member.email,
        phone: '+49 2351 12345',
        contactVisibility: 'HIDDEN',
      };
      expect(await contact(plainA, target)).toEqual(hidden);
      expect(await contact(orgAdminA, target)).toEqual(hidden);
      expect(await contact(plainB, target)).toEqual(hidden);
      expect(await listed(plainA, target)).toEqual(hidden);
      expect(await contact(target, target)).toEqual(shown);
      expect(await contact(admin, target)).toEqual(shown);
      expect(await listed(admin, target)).toEqual(shown);
    });

    it('hides HIDDEN contact details in connection edges as in nodes', async () => {
      // edges carry the same mapped member as nodes; a raw entity there would leak email and phone.
      const target = await withVisibility(ContactVisibility.HIDDEN, orgA);
      const res = await t.gql(
        `query ($search: String) { members(search: $search) {
          edges { cursor node { id email phone contactVisibility totpEnabled } }
          nodes { id email phone contactVisibility totpEnabled } } }`,
        { search: target.member.displayName },
        plainA.token,
      );
      expect(res.errors).toBeUndefined();
      const { edges, nodes } = res.data.members;
      const edge = edges.find((e: { node: { id: string } }) => e.node.id === target.member.id);
      expect(edge.node).toEqual({
        id: target.member.id,
        email: null,
        phone: null,
        contactVisibility: null,
        totpEnabled: null,
      });
      expect(edges.map((e: { node: unknown }) => e.node)).toEqual(nodes);
    });

    it('shows ORGANISATION contact details to the own organisation only', async () => {
      const target = await withVisibility(ContactVisibility.ORGANISATION, orgA);
      expect(await contact(plainA, target)).toEqual({
        email: target.member.email,
        phone: '+49 2351 12345',
        contactVisibility: null,
      });
      expect(await contact(plainB, target)).toEqual({
        email: null,
        phone: null,
        contactVisibility: null,
      });
      expect(await listed(plainB, target)).toEqual({
        email: null,
        phone: null,
        contactVisibility: null,
      });
      expect(await listed(plainA, target)).toEqual({
        email: target.member.email,
        phone: '+49 2351 12345',
        contactVisibility: null,
      });
    });

    it('shows ALL_MEMBERS contact details to every member', async () => {
      const target = await withVisibility(ContactVisibility.ALL_MEMBERS, orgA);
      expect(await contact(plainB, target)).toEqual({
        email: target.member.email,
        phone: '+49 2351 12345',
        contactVisibility: null,
      });
    });

    it('shows totpEnabled only to the member and ADMINs', async () => {
      expect(
        (await t.gql(MEMBER, { id: plainA.member.id }, plainB.token)).data.member.totpEnabled,
      ).toBeNull();
      expect(
        (await t.gql(MEMBER, { id: plainA.member.id }, plainA.token)).data.member.totpEnabled,
      ).toBe(false);
      expect(
        (await t.gql(MEMBER, { id: plainA.member.id }, admin.token)).data.member.totpEnabled,
      ).toBe(false);
    });
  });

  describe('updateMyProfile', () => {
    it('updates the own profile, trimming and de-duplicating tags', async () => {
      const a = await createActor(t, OrganisationKind.MUNICIPALITY);
      const res = await t.gql(
        UPDATE,
        {
          input: {
            displayName: '  Änne Überall ',
            position: 'ISB',
            expertiseTags: ['WiBA', ' WiBA ', 'SOC'],
            phone: '02351 / 123-45',
            bio: 'Hallo',
            contactVisibility: 'ORGANISATION',
          },
        },
        a.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.updateMyProfile).toEqual({
        id: a.member.id,
        displayName: 'Änne Überall',
        position: 'ISB',
        expertiseTags: ['WiBA', 'SOC'],
        phone: '02351 / 123-45',
        bio: 'Hallo',
        contactVisibility: 'ORGANISATION',
      });
      // Clearing an optional field.
      const cleared = await t.gql(UPDATE, { input: { phone: null, position: '' } }, a.token);
      expect(cleared.data.updateMyProfile).toMatchObject({
        phone: null,
        position: null,
        displayName: 'Änne Überall',
      });
    });

    it.each([
      ['phone', { phone: 'ruf mich an' }],
      ['displayName', { displayName: 'X' }],
      ['expertiseTags', { expertiseTags: Array.from({ length: 21 }, (_, i) => `Tag${i}`) }],
      ['expertiseTags', { expertiseTags: ['x'.repeat(41)] }],
      ['bio', { bio: 'x'.repeat(2001) }],
    ])('refuses a bad %s and changes nothing', async (field, input) => {
      const a = await createActor(t, OrganisationKind.MUNICIPALITY, {
        displayName: 'Unverändert Bleibt',
      });
      const res = await t.gql(
        UPDATE,
        { input: { position: 'Sollte nicht gespeichert werden', ...input } },
        a.token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
      const stored = await t.db.getRepository(Member).findOneByOrFail({ id: a.member.id });
      expect(stored).toMatchObject({
        displayName: 'Unverändert Bleibt',
        position: null,
        phone: null,
        bio: null,
        expertiseTags: [],
      });
    });
  });
});
