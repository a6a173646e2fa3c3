import { AuditEvent } from '../../src/audit/audit-event.entity';
import { OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { Organisation } from '../../src/organisations/organisation.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { ServiceRelation } from '../../src/organisations/service-relation.entity';
import { Actor, createActor, createOrganisation } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

const ORG_FIELDS = `id kind name municipalityKey district governmentRegion population`;
const CREATE = `mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { ${ORG_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { ${ORG_FIELDS} } }`;
const SET_RELATION = `mutation ($input: ServiceRelationInput!) {
  setServiceRelation(input: $input) { id services provider { id name } municipality { id name } }
}`;
const REMOVE_RELATION = `mutation ($p: ID!, $m: ID!) { removeServiceRelation(providerId: $p, municipalityId: $m) }`;
const RELATIONS = `query ($id: ID!) { organisation(id: $id) { id serviceRelations { services provider { id } municipality { id } } } }`;
const LIST = `query ($first: Int, $after: String, $search: String, $kind: OrganisationKind, $district: String) {
  organisations(first: $first, after: $after, search: $search, kind: $kind, district: $district) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name kind }
  }
}`;

describe('organisations and the provider register', () => {
  let t: TestApp;
  let admin: Actor;
  let municipal: Actor;
  let orgAdmin: Actor;
  let moderator: Actor;
  let certMember: Actor;
  let keySeq = 5_000_000;
  const nextKey = () => String(keySeq++).padStart(8, '0');

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    municipal = await createActor(t, OrganisationKind.MUNICIPALITY);
    orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    moderator = await createActor(t, OrganisationKind.MUNICIPALITY, {
      platformRole: PlatformRole.MODERATOR,
    });
    certMember = await createActor(t, OrganisationKind.CERT);
  });
  afterAll(() => t.close());

  const orgCount = () => t.db.getRepository(Organisation).count();
  const municipalityInput = (name: string, extra: Record<string, unknown> = {}) => ({
    kind: 'MUNICIPALITY',
    name,
    municipalityKey: nextKey(),
    district: 'Kreis Olpe',
    governmentRegion: 'Arnsberg',
    population: 24_000,
    ...extra,
  });

  describe('createOrganisation', () => {
    it('lets an ADMIN create a municipality with its key, audited', async () => {
      const input = municipalityInput('Stadt Attendorn');
      const res = await t.gql(CREATE, { input }, admin.token);
      expect(res.errors).toBeUndefined();
      expect(res.data.createOrganisation).toEqual({ id: expect.any(String), ...input });
      const audit = await t.db.getRepository(AuditEvent).findOneByOrFail({
        action: 'organisation.created',
        targetId: res.data.createOrganisation.id,
      });
      expect(audit.actorId).toBe(admin.member.id);
    });

    it('lets an ADMIN create an IT provider and a CERT without municipality data', async () => {
      const provider = await t.gql(
        CREATE,
        { input: { kind: 'IT_PROVIDER', name: 'Kommunales Rechenzentrum Test' } },
        admin.token,
      );
      expect(provider.data.createOrganisation).toMatchObject({
        kind: 'IT_PROVIDER',
        municipalityKey: null,
        population: null,
      });
      const cert = await t.gql(CREATE, { input: { kind: 'CERT', name: 'CERT Test' } }, admin.token);
      expect(cert.data.createOrganisation.kind).toBe('CERT');
    });

    it.each([
      ['a municipality without key', { kind: 'MUNICIPALITY', name: 'Ohne Schlüssel' }],
      [
        'a key of 7 digits',
        { kind: 'MUNICIPALITY', name: 'Kurzer Schlüssel', municipalityKey: '1234567' },
      ],
      [
        'a key with letters',
        { kind: 'MUNICIPALITY', name: 'Buchstaben', municipalityKey: '0596A012' },
      ],
      [
        'a key for an IT provider',
        { kind: 'IT_PROVIDER', name: 'Dienstleister mit Schlüssel', municipalityKey: '05966012' },
      ],
      [
        'a key for a CERT',
        { kind: 'CERT', name: 'CERT mit Schlüssel', municipalityKey: '05966013' },
      ],
    ])('refuses %s (field municipalityKey) and writes nothing', async (_, input) => {
      const before = await orgCount();
      const res = await t.gql(CREATE, { input }, admin.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('municipalityKey');
      expect(await orgCount()).toBe(before);
    });

    it.each([
      ['name', { name: 'X' }],
      ['population', { population: -5 }],
    ])('refuses a bad %s', async (field, extra) => {
      const before = await orgCount();
      const res = await t.gql(
        CREATE,
        { input: municipalityInput('Gute Gemeinde', extra) },
        admin.token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
      expect(await orgCount()).toBe(before);
    });

    it('refuses a duplicate name (any case) and a duplicate key with CONFLICT', async () => {
      const first = municipalityInput('Gemeinde Doppelt');
      expect((await t.gql(CREATE, { input: first }, admin.token)).errors).toBeUndefined();
      const before = await orgCount();
      const sameName = await t.gql(
        CREATE,
        { input: municipalityInput('GEMEINDE DOPPELT') },
        admin.token,
      );
      expect(errorCode(sameName)).toBe('CONFLICT');
      expect(sameName.errors![0].extensions!.field).toBe('name');
      const sameNameOtherKind = await t.gql(
        CREATE,
        { input: { kind: 'IT_PROVIDER', name: 'Gemeinde Doppelt' } },
        admin.token,
      );
      expect(errorCode(sameNameOtherKind)).toBe('CONFLICT');
      const sameKey = await t.gql(
        CREATE,
        {
          input: {
            ...municipalityInput('Andere Gemeinde'),
            municipalityKey: first.municipalityKey,
          },
        },
        admin.token,
      );
      expect(errorCode(sameKey)).toBe('CONFLICT');
      expect(sameKey.errors![0].extensions!.field).toBe('municipalityKey');
      expect(await orgCount()).toBe(before);
    });

    it('answers CONFLICT, not a server error, when the same name is committed by someone else meanwhile', async () => {
      // A concurrent writer holds an uncommitted organisation of the same name: the service's
      // check cannot see it, so only the unique index catches the clash.
      const runner = t.db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      let pending: Promise<any> | null = null;
      try {
        await runner.query(
          `INSERT INTO organisations (kind, name) VALUES ('IT_PROVIDER', 'Gleichzeitig Angelegt')`,
        );
        const before = await orgCount();
        pending = t.gql(
          CREATE,
          { input: { kind: 'IT_PROVIDER', name: 'Gleichzeitig Angelegt' } },
          admin.token,
        );
        // Let the request reach the insert, which waits for our transaction.
        for (let i = 0; i < 50; i++) {
          const waiting = await t.db.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
          );
          if (waiting[0].n > 0) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        await runner.commitTransaction();
        const res = await pending;
        expect(errorCode(res)).toBe('CONFLICT');
        expect(res.errors![0].extensions!.field).toBe('name');
        expect(await orgCount()).toBe(before + 1);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
        await pending;
      }
    });

    it('refuses everyone but ADMINs', async () => {
      const before = await orgCount();
      for (const actor of [municipal, orgAdmin, moderator, certMember]) {
        const res = await t.gql(
          CREATE,
          { input: municipalityInput(`Verboten ${actor.member.id}`) },
          actor.token,
        );
        expect(errorCode(res)).toBe('FORBIDDEN');
      }
      expect(errorCode(await t.gql(CREATE, { input: municipalityInput('Anonym') }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(await orgCount()).toBe(before);
    });
  });

  describe('updateOrganisation', () => {
    it('lets an ADMIN edit, audited', async () => {
      const org = (await t.gql(CREATE, { input: municipalityInput('Stadt Vorher') }, admin.token))
        .data.createOrganisation;
      const input = {
        ...municipalityInput('Stadt Nachher'),
        municipalityKey: org.municipalityKey,
        population: 31_000,
      };
      const res = await t.gql(UPDATE, { id: org.id, input }, admin.token);
      expect(res.errors).toBeUndefined();
      expect(res.data.updateOrganisation).toEqual({ id: org.id, ...input });
      // Keeping its own name and key is no conflict.
      expect((await t.gql(UPDATE, { id: org.id, input }, admin.token)).errors).toBeUndefined();
      expect(
        await t.db
          .getRepository(AuditEvent)
          .countBy({ action: 'organisation.updated', targetId: org.id }),
      ).toBe(2);
    });

    it('refuses a change of kind and changes nothing', async () => {
      const org = (
        await t.gql(CREATE, { input: municipalityInput('Stadt Bleibt Kommune') }, admin.token)
      ).data.createOrganisation;
      const res = await t.gql(
        UPDATE,
        { id: org.id, input: { kind: 'IT_PROVIDER', name: 'Jetzt Dienstleister' } },
        admin.token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('kind');
      expect(await t.db.getRepository(Organisation).findOneByOrFail({ id: org.id })).toMatchObject({
        kind: 'MUNICIPALITY',
        name: 'Stadt Bleibt Kommune',
      });
    });

    it('refuses the name of another organisation and an unknown id', async () => {
      await t.gql(CREATE, { input: municipalityInput('Stadt Eins') }, admin.token);
      const two = (await t.gql(CREATE, { input: municipalityInput('Stadt Zwei') }, admin.token))
        .data.createOrganisation;
      const res = await t.gql(
        UPDATE,
        {
          id: two.id,
          input: { ...municipalityInput('stadt eins'), municipalityKey: two.municipalityKey },
        },
        admin.token,
      );
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors![0].extensions!.field).toBe('name');
      expect((await t.db.getRepository(Organisation).findOneByOrFail({ id: two.id })).name).toBe(
        'Stadt Zwei',
      );
      const missing = await t.gql(
        UPDATE,
        { id: '00000000-0000-4000-8000-000000000000', input: municipalityInput('Niemand') },
        admin.token,
      );
      expect(errorCode(missing)).toBe('NOT_FOUND');
    });

    it('refuses everyone but ADMINs', async () => {
      const org = await createOrganisation(t, OrganisationKind.IT_PROVIDER, {
        name: 'Dienstleister Unberührt',
      });
      for (const actor of [municipal, orgAdmin, moderator, certMember]) {
        const res = await t.gql(
          UPDATE,
          { id: org.id, input: { kind: 'IT_PROVIDER', name: 'Übernommen' } },
          actor.token,
        );
        expect(errorCode(res)).toBe('FORBIDDEN');
      }
      expect((await t.db.getRepository(Organisation).findOneByOrFail({ id: org.id })).name).toBe(
        'Dienstleister Unberührt',
      );
    });
  });

  describe('provider register', () => {
    let provider: Organisation;
    let municipalityA: Organisation;
    let municipalityB: Organisation;
    let cert: Organisation;
    beforeAll(async () => {
      provider = await createOrganisation(t, OrganisationKind.IT_PROVIDER, {
        name: 'Südwestfalen-IT Test',
      });
      municipalityA = await createOrganisation(t, OrganisationKind.MUNICIPALITY, {
        name: 'Aaa-Gemeinde',
      });
      municipalityB = await createOrganisation(t, OrganisationKind.MUNICIPALITY, {
        name: 'Bbb-Gemeinde',
      });
      cert = await createOrganisation(t, OrganisationKind.CERT);
    });

    it('records what a provider does for a municipality, readable in both directions, audited', async () => {
      const res = await t.gql(
        SET_RELATION,
        {
          input: {
            providerId: provider.id,
            municipalityId: municipalityA.id,
            services: ['DATA_CENTRE_HOSTING', 'EMAIL', 'EMAIL'],
          },
        },
        admin.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.setServiceRelation).toMatchObject({
        services: ['DATA_CENTRE_HOSTING', 'EMAIL'],
        provider: { id: provider.id, name: provider.name },
        municipality: { id: municipalityA.id, name: municipalityA.name },
      });
      await t.gql(
        SET_RELATION,
        {
          input: {
            providerId: provider.id,
            municipalityId: municipalityB.id,
            services: ['NETWORK'],
          },
        },
        admin.token,
      );

      const fromProvider = await t.gql(RELATIONS, { id: provider.id }, municipal.token);
      expect(fromProvider.errors).toBeUndefined();
      expect(fromProvider.data.organisation.serviceRelations).toEqual([
        {
          services: ['DATA_CENTRE_HOSTING', 'EMAIL'],
          provider: { id: provider.id },
          municipality: { id: municipalityA.id },
        },
        {
          services: ['NETWORK'],
          provider: { id: provider.id },
          municipality: { id: municipalityB.id },
        },
      ]);
      const fromMunicipality = await t.gql(RELATIONS, { id: municipalityB.id }, municipal.token);
      expect(fromMunicipality.data.organisation.serviceRelations).toEqual([
        {
          services: ['NETWORK'],
          provider: { id: provider.id },
          municipality: { id: municipalityB.id },
        },
      ]);
      const fromCert = await t.gql(RELATIONS, { id: cert.id }, municipal.token);
      expect(fromCert.data.organisation.serviceRelations).toEqual([]);
      const audit = await t.db
        .getRepository(AuditEvent)
        .findBy({ action: 'register.relation_set', actorId: admin.member.id });
      expect(audit).toHaveLength(2);
    });

    it('replaces the services when the same pair is set again', async () => {
      const first = (
        await t.gql(
          SET_RELATION,
          {
            input: {
              providerId: provider.id,
              municipalityId: municipalityA.id,
              services: ['CLIENT_SUPPORT'],
            },
          },
          admin.token,
        )
      ).data.setServiceRelation;
      const again = (
        await t.gql(
          SET_RELATION,
          {
            input: {
              providerId: provider.id,
              municipalityId: municipalityA.id,
              services: ['SPECIALIST_APPLICATIONS'],
            },
          },
          admin.token,
        )
      ).data.setServiceRelation;
      expect(again.id).toBe(first.id);
      expect(again.services).toEqual(['SPECIALIST_APPLICATIONS']);
      expect(
        await t.db
          .getRepository(ServiceRelation)
          .countBy({ providerId: provider.id, municipalityId: municipalityA.id }),
      ).toBe(1);
    });

    it('accepts only IT_PROVIDER -> MUNICIPALITY, naming the wrong field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ providerId: municipalityA.id, municipalityId: municipalityB.id }, 'providerId'],
        [{ providerId: cert.id, municipalityId: municipalityA.id }, 'providerId'],
        [{ providerId: provider.id, municipalityId: provider.id }, 'municipalityId'],
        [{ providerId: provider.id, municipalityId: cert.id }, 'municipalityId'],
        [{ providerId: municipalityA.id, municipalityId: provider.id }, 'providerId'],
        [
          { providerId: '00000000-0000-4000-8000-000000000000', municipalityId: municipalityA.id },
          'providerId',
        ],
        [{ providerId: 'keine-id', municipalityId: municipalityA.id }, 'providerId'],
        [{ providerId: provider.id, municipalityId: municipalityA.id, services: [] }, 'services'],
      ];
      const before = await t.db.getRepository(ServiceRelation).count();
      for (const [input, field] of cases) {
        const res = await t.gql(
          SET_RELATION,
          { input: { services: ['NETWORK'], ...input } },
          admin.token,
        );
        expect({ input, code: errorCode(res), field: res.errors?.[0]?.extensions?.field }).toEqual({
          input,
          code: 'BAD_USER_INPUT',
          field,
        });
      }
      expect(await t.db.getRepository(ServiceRelation).count()).toBe(before);
    });

    it('refuses everyone but ADMINs', async () => {
      const other = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
      for (const actor of [municipal, orgAdmin, moderator, certMember]) {
        const set = await t.gql(
          SET_RELATION,
          { input: { providerId: provider.id, municipalityId: other.id, services: ['NETWORK'] } },
          actor.token,
        );
        expect(errorCode(set)).toBe('FORBIDDEN');
        const removed = await t.gql(
          REMOVE_RELATION,
          { p: provider.id, m: municipalityB.id },
          actor.token,
        );
        expect(errorCode(removed)).toBe('FORBIDDEN');
      }
      expect(await t.db.getRepository(ServiceRelation).countBy({ municipalityId: other.id })).toBe(
        0,
      );
      expect(
        await t.db.getRepository(ServiceRelation).countBy({ municipalityId: municipalityB.id }),
      ).toBe(1);
    });

    it('removes a relation, audited; a second removal is NOT_FOUND', async () => {
      const m = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
      await t.gql(
        SET_RELATION,
        { input: { providerId: provider.id, municipalityId: m.id, services: ['EMAIL'] } },
        admin.token,
      );
      const res = await t.gql(REMOVE_RELATION, { p: provider.id, m: m.id }, admin.token);
      expect(res.data.removeServiceRelation).toBe(true);
      expect(
        (await t.gql(RELATIONS, { id: m.id }, municipal.token)).data.organisation.serviceRelations,
      ).toEqual([]);
      expect(
        await t.db
          .getRepository(AuditEvent)
          .countBy({ action: 'register.relation_removed', actorId: admin.member.id }),
      ).toBe(1);
      expect(
        errorCode(await t.gql(REMOVE_RELATION, { p: provider.id, m: m.id }, admin.token)),
      ).toBe('NOT_FOUND');
    });
  });

  describe('organisation directory', () => {
    it('searches by name, key and district and filters by kind', async () => {
      const org = await createOrganisation(t, OrganisationKind.MUNICIPALITY, {
        name: 'Lüdenscheid Suchtest',
        municipalityKey: '05962032',
        district: 'Märkischer Kreis Suchtest',
      });
      const byName = await t.gql(LIST, { search: 'lüdensch' }, municipal.token);
      expect(byName.data.organisations.nodes.map((o: { id: string }) => o.id)).toEqual([org.id]);
      const byKey = await t.gql(LIST, { search: '05962032' }, municipal.token);
      expect(byKey.data.organisations.nodes.map((o: { id: string }) => o.id)).toEqual([org.id]);
      const byDistrict = await t.gql(
        LIST,
        { district: 'Märkischer Kreis Suchtest' },
        municipal.token,
      );
      expect(byDistrict.data.organisations.nodes.map((o: { id: string }) => o.id)).toEqual([
        org.id,
      ]);
      const providers = await t.gql(LIST, { kind: 'IT_PROVIDER', first: 100 }, municipal.token);
      expect(
        providers.data.organisations.nodes.every((o: { kind: string }) => o.kind === 'IT_PROVIDER'),
      ).toBe(true);
      expect(providers.data.organisations.totalCount).toBe(
        await t.db.getRepository(Organisation).countBy({ kind: OrganisationKind.IT_PROVIDER }),
      );
    });

    it('pages without overlap and refuses pages over 100', async () => {
      const total = await orgCount();
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const res: any = await t.gql(LIST, { first: 7, after }, certMember.token);
        expect(res.data.organisations.totalCount).toBe(total);
        seen.push(...res.data.organisations.nodes.map((o: { id: string }) => o.id));
        if (!res.data.organisations.pageInfo.hasNextPage) break;
        after = res.data.organisations.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      const tooMany = await t.gql(LIST, { first: 101 }, certMember.token);
      expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
      expect(tooMany.errors![0].extensions!.field).toBe('first');
    });

    it('pages like a Relay client: edges with cursors, start/end cursors, hasPreviousPage', async () => {
      const RELAY = `query ($first: Int, $after: String) { organisations(first: $first, after: $after) {
        totalCount edges { cursor node { id } } nodes { id }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
      const total = await orgCount();
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const res: any = await t.gql(RELAY, { first: 5, after }, municipal.token);
        expect(res.errors).toBeUndefined();
        const { edges, nodes, pageInfo } = res.data.organisations;
        expect(edges.map((e: { node: { id: string } }) => e.node)).toEqual(nodes);
        expect(pageInfo.hasPreviousPage).toBe(after !== null);
        expect(pageInfo.startCursor).toBe(edges[0].cursor);
        expect(pageInfo.endCursor).toBe(edges[edges.length - 1].cursor);
        seen.push(...nodes.map((o: { id: string }) => o.id));
        if (!pageInfo.hasNextPage) break;
        // An edge's cursor continues right after that edge: here the second-to-last one, so the
        // next page starts with this page's last node again.
        after = page === 0 ? edges[edges.length - 2].cursor : pageInfo.endCursor;
        if (page === 0) seen.pop();
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      const empty: any = await t.gql(
        `{ organisations(search: "gibt es nicht") { edges { cursor } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`,
        {},
        municipal.token,
      );
      expect(empty.data.organisations).toEqual({
        edges: [],
        pageInfo: {
          startCursor: null,
          endCursor: null,
          hasNextPage: false,
          hasPreviousPage: false,
        },
      });
    });

    it('pages names whose lower case differs between JavaScript and PostgreSQL without skipping', async () => {
      const names = [
        'İstanbul Partnerstadt',
        'Istrup Partnerstadt',
        'ilse Partnerstadt',
        'Ärzteverbund Partnerstadt',
        'Zülpich Partnerstadt',
      ];
      for (const name of names) await createOrganisation(t, OrganisationKind.IT_PROVIDER, { name });
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const res: any = await t.gql(
          LIST,
          { search: 'Partnerstadt', first: 1, after },
          municipal.token,
        );
        seen.push(...res.data.organisations.nodes.map((o: { name: string }) => o.name));
        if (!res.data.organisations.pageInfo.hasNextPage) break;
        after = res.data.organisations.pageInfo.endCursor;
      }
      expect([...seen].sort()).toEqual([...names].sort());
    });

    it('answers NOT_FOUND for an unknown organisation', async () => {
      expect(
        errorCode(
          await t.gql(RELATIONS, { id: '00000000-0000-4000-8000-000000000000' }, municipal.token),
        ),
      ).toBe('NOT_FOUND');
    });
  });
});
