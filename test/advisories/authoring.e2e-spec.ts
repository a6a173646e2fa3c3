import request from 'supertest';
import { Advisory } from '../../src/advisories/advisory.entity';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import {
  Actor,
  Cast,
  createActor,
  createCast,
  createOrganisation,
  linkProvider,
  Role,
  ROLES,
  tokenOf,
} from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import {
  acknowledge,
  ADVISORY_FIELDS,
  createDraft,
  forward,
  getAdvisory,
  listAdvisories,
  myNotifications,
  ok,
  openAdvisories,
  overview,
  publish,
  setRecipients,
} from './advisory-helpers';

jest.setTimeout(120_000);

const CREATE = `mutation($input: CreateAdvisoryInput!) { createAdvisory(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: AdvisoryContentInput!) { updateAdvisory(id: $id, input: $input) { ${ADVISORY_FIELDS} } }`;
const RAISE = `mutation($id: ID!, $tlp: TlpLabel!) { raiseAdvisoryTlp(id: $id, tlp: $tlp) { tlp } }`;
const LOWER = `mutation($id: ID!, $tlp: TlpLabel!, $reason: String!) { lowerAdvisoryTlp(id: $id, tlp: $tlp, reason: $reason) { tlp } }`;

describe('advisories: authoring, distribution, acknowledgement', () => {
  let t: TestApp;
  let cast: Cast;
  let providerAdmin: Actor;
  const count = () => t.db.getRepository(Advisory).count();

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    providerAdmin = await createActor(t, OrganisationKind.IT_PROVIDER, {
      organisation: cast.provider.organisation,
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
  });
  afterAll(() => t?.close());

  /** Runs an operation as every role and returns the roles for which it succeeded. */
  async function allowedRoles(
    run: (role: Role) => Promise<{ data?: any; errors?: any[] }>,
    denied: string[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  ) {
    const allowed: string[] = [];
    for (const role of ROLES) {
      const result = await run(role);
      if (result.errors?.length)
        expect({ role, denied: denied.includes(result.errors[0].extensions?.code) }).toEqual({
          role,
          denied: true,
        });
      else allowed.push(role);
    }
    return allowed.sort();
  }

  describe('role matrix', () => {
    it('createAdvisory: CERT members only (the cast ADMIN is a CERT member)', async () => {
      expect(
        await allowedRoles((role) =>
          t.gql(CREATE, { input: { tlp: 'GREEN', title: `Rolle ${role}` } }, tokenOf(cast, role)),
        ),
      ).toEqual(['admin', 'cert']);
      // An ADMIN outside a CERT passes the guard but is no author.
      const outsideAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        platformRole: PlatformRole.ADMIN,
      });
      expect(
        errorCode(
          await t.gql(CREATE, { input: { tlp: 'GREEN', title: 'Admin' } }, outsideAdmin.token),
        ),
      ).toBe('FORBIDDEN');
    });

    it('updateAdvisory and publishAdvisory: the owning CERT only; another CERT sees NOT_FOUND', async () => {
      const draft = await createDraft(t, cast.cert, { tlp: 'GREEN' });
      expect(
        await allowedRoles((role) =>
          t.gql(UPDATE, { id: draft.id, input: { summary: `von ${role}` } }, tokenOf(cast, role)),
        ),
      ).toEqual(['admin', 'cert']);
      const otherCert = await createActor(t, OrganisationKind.CERT);
      expect(
        errorCode(await t.gql(UPDATE, { id: draft.id, input: { summary: 'x' } }, otherCert.token)),
      ).toBe('NOT_FOUND');

      const published: string[] = [];
      for (const role of ROLES) {
        const d = await createDraft(t, cast.cert, { tlp: 'GREEN' });
        const result = await publish(
          t,
          role === 'anonymous' ? ({ token: null } as never) : cast[role],
          d.id,
        );
        if (!result.errors) published.push(role);
      }
      expect(published.sort()).toEqual(['admin', 'cert']);
    });

    it('acknowledgeAdvisory on a GREEN advisory: members of municipalities and providers; the CERT does not answer its own', async () => {
      const a = await createDraft(t, cast.cert, { tlp: 'GREEN' });
      ok(await publish(t, cast.cert, a.id));
      expect(
        await allowedRoles((role) =>
          acknowledge(t, role === 'anonymous' ? null : cast[role], a.id, 'READ'),
        ),
      ).toEqual(['moderator', 'municipal', 'municipalOrgAdmin', 'provider']);
    });

    it('advisoryStatusOverview: the owning CERT only', async () => {
      const a = await createDraft(t, cast.cert, { tlp: 'GREEN' });
      ok(await publish(t, cast.cert, a.id));
      expect(await allowedRoles((role) => overview(t, tokenOf(cast, role), a.id))).toEqual([
        'admin',
        'cert',
      ]);
    });
  });

  describe('lifecycle', () => {
    it('publishes versions with revision entries; a published advisory changes only with a new version', async () => {
      const draft = await createDraft(t, cast.cert, { tlp: 'GREEN', title: 'Lebenszyklus' });
      expect(draft).toMatchObject({ status: 'DRAFT', version: '0' });
      const first = ok(
        await publish(t, cast.cert, draft.id, 'INTERIM', 'Erste Warnung'),
      ).publishAdvisory;
      expect(first).toMatchObject({ status: 'INTERIM', version: '1' });
      expect(
        errorCode(
          await t.gql(
            UPDATE,
            { id: draft.id, input: { title: 'Heimlich geändert' } },
            cast.cert.token,
          ),
        ),
      ).toBe('CONFLICT');
      const second = ok(
        await publish(t, cast.cert, draft.id, 'FINAL', 'Patch verfügbar', {
          title: 'Lebenszyklus, Patch verfügbar',
          severity: 'KRITISCH',
        }),
      ).publishAdvisory;
      expect(second).toMatchObject({
        status: 'FINAL',
        version: '2',
        title: 'Lebenszyklus, Patch verfügbar',
        severity: 'KRITISCH',
      });
      expect(second.revisions.map((r: any) => [r.version, r.status, r.changeSummary])).toEqual([
        ['2', 'FINAL', 'Patch verfügbar'],
        ['1', 'INTERIM', 'Erste Warnung'],
      ]);
      expect(second.revisions[1].snapshot.title).toBe('Lebenszyklus');
      // Members see the current version and the history.
      const seen = ok(
        await t.gql(
          `query($id: ID!) { advisory(id: $id) { version revisions { version } author { id } canManage recipients { organisations { id } } } }`,
          { id: draft.id },
          cast.municipal.token,
        ),
      ).advisory;
      expect(seen).toEqual({
        version: '2',
        revisions: [{ version: '2' }, { version: '1' }],
        author: { id: cast.cert.member.id },
        canManage: false,
        recipients: null,
      });
      expect(errorCode(await publish(t, cast.cert, draft.id, 'DRAFT'))).toBe('BAD_USER_INPUT');
    });

    it('drafts are visible to the owning CERT only; a RED draft to its author only', async () => {
      const colleague = await createActor(t, OrganisationKind.CERT, {
        organisation: cast.cert.organisation,
      });
      const green = await createDraft(t, cast.cert, { tlp: 'GREEN' });
      const red = await createDraft(t, cast.cert, { tlp: 'RED' });
      expect(ok(await getAdvisory(t, colleague.token, green.id)).advisory.id).toBe(green.id);
      expect(errorCode(await getAdvisory(t, colleague.token, red.id))).toBe('NOT_FOUND');
      expect(errorCode(await getAdvisory(t, cast.municipal.token, green.id))).toBe('NOT_FOUND');
    });

    it('validates CVSS vectors with the calculator and computes the score', async () => {
      const a = await createDraft(t, cast.cert, {
        tlp: 'GREEN',
        cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      });
      expect(a.cvssScore).toBe(9.8);
    });

    it('paginates by keyset with the right totalCount', async () => {
      const marker = `PAGE${Date.now()}`;
      for (let i = 0; i < 5; i++)
        ok(
          await publish(
            t,
            cast.cert,
            (await createDraft(t, cast.cert, { tlp: 'GREEN', title: `${marker} ${i}` })).id,
          ),
        );
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = ok(
          await listAdvisories(t, cast.municipal.token, { search: marker, first: 2, after }),
        ).advisories;
        expect(page.totalCount).toBe(5);
        seen.push(...page.nodes.map((n: any) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(5);
      expect(seen).toHaveLength(5);
      const filtered = ok(
        await listAdvisories(t, cast.municipal.token, { search: marker, severity: 'NIEDRIG' }),
      ).advisories;
      expect(filtered.totalCount).toBe(0);
    });
  });

  describe('bad input: named field, nothing written', () => {
    it.each([
      ['cves', { cves: ['CVE-26-1'] }],
      ['cvssVector', { cvssVector: 'CVSS:3.1/AV:N/AC:X' }],
      ['title', { title: '' }],
      ['bodyMarkdown', { bodyMarkdown: 'x'.repeat(64_001) }],
      ['products.0.purl', { products: [{ vendor: 'V', product: 'P', purl: 'kein purl' }] }],
      ['references.0.url', { references: [{ url: 'javascript:alert(1)' }] }],
    ])('%s', async (field, values) => {
      const before = await count();
      const result = await t.gql(
        CREATE,
        { input: { tlp: 'GREEN', title: 'Gültiger Titel', ...values } },
        cast.cert.token,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
      expect(await count()).toBe(before);
    });

    it('a duplicate tracking id is a CONFLICT', async () => {
      ok(
        await t.gql(
          CREATE,
          { input: { tlp: 'GREEN', title: 'Erste', trackingId: 'SN-TEST-DUP' } },
          cast.cert.token,
        ),
      );
      const before = await count();
      const result = await t.gql(
        CREATE,
        { input: { tlp: 'GREEN', title: 'Zweite', trackingId: 'SN-TEST-DUP' } },
        cast.cert.token,
      );
      expect(errorCode(result)).toBe('CONFLICT');
      expect(await count()).toBe(before);
    });

    it('unknown recipients are refused and the old recipients stay', async () => {
      const a = await createDraft(t, cast.cert, { tlp: 'AMBER' });
      ok(
        await setRecipients(t, cast.cert, a.id, {
          organisationIds: [cast.municipal.organisation.id],
        }),
      );
      const result = await setRecipients(t, cast.cert, a.id, {
        organisationIds: ['00000000-0000-4000-8000-000000000000'],
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('organisationIds');
      const after = ok(
        await t.gql(
          `query($id: ID!) { advisory(id: $id) { recipients { organisations { id } } } }`,
          { id: a.id },
          cast.cert.token,
        ),
      );
      expect(after.advisory.recipients.organisations).toEqual([
        { id: cast.municipal.organisation.id },
      ]);
    });
  });

  describe('distribution changes take effect on the next request', () => {
    it('a removed recipient organisation loses access at once', async () => {
      const a = await createDraft(t, cast.cert, { tlp: 'AMBER' });
      ok(
        await setRecipients(t, cast.cert, a.id, {
          organisationIds: [cast.municipal.organisation.id, cast.provider.organisation.id],
        }),
      );
      ok(await publish(t, cast.cert, a.id));
      expect(ok(await getAdvisory(t, cast.municipal.token, a.id)).advisory.id).toBe(a.id);
      ok(
        await setRecipients(t, cast.cert, a.id, {
          organisationIds: [cast.provider.organisation.id],
        }),
      );
      expect(errorCode(await getAdvisory(t, cast.municipal.token, a.id))).toBe('NOT_FOUND');
      expect(
        ok(await listAdvisories(t, cast.municipal.token, { search: a.trackingId })).advisories
          .totalCount,
      ).toBe(0);
      expect(ok(await getAdvisory(t, cast.provider.token, a.id)).advisory.id).toBe(a.id);
    });

    it('a removed named RED recipient loses access at once', async () => {
      const a = await createDraft(t, cast.cert, { tlp: 'RED' });
      ok(await setRecipients(t, cast.cert, a.id, { memberIds: [cast.municipal.member.id] }));
      ok(await publish(t, cast.cert, a.id));
      expect(ok(await getAdvisory(t, cast.municipal.token, a.id)).advisory.id).toBe(a.id);
      expect(errorCode(await getAdvisory(t, cast.municipalOrgAdmin.token, a.id))).toBe('NOT_FOUND');
      ok(await setRecipients(t, cast.cert, a.id, { memberIds: [] }));
      expect(errorCode(await getAdvisory(t, cast.municipal.token, a.id))).toBe('NOT_FOUND');
    });

    it('raising the label narrows the audience; lowering is explicit, needs a reason and is audited', async () => {
      const a = await createDraft(t, cast.cert, { tlp: 'GREEN' });
      ok(await publish(t, cast.cert, a.id));
      expect(ok(await getAdvisory(t, cast.provider.token, a.id)).advisory.id).toBe(a.id);
      expect(
        ok(await t.gql(RAISE, { id: a.id, tlp: 'AMBER' }, cast.cert.token)).raiseAdvisoryTlp.tlp,
      ).toBe('AMBER');
      expect(errorCode(await getAdvisory(t, cast.provider.token, a.id))).toBe('NOT_FOUND');

      const down = await t.gql(RAISE, { id: a.id, tlp: 'GREEN' }, cast.cert.token);
      expect(errorCode(down)).toBe('BAD_USER_INPUT');
      expect(down.errors![0].extensions!.field).toBe('tlp');
      const noReason = await t.gql(LOWER, { id: a.id, tlp: 'GREEN', reason: ' ' }, cast.cert.token);
      expect(noReason.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      expect(
        errorCode(
          await t.gql(LOWER, { id: a.id, tlp: 'RED', reason: 'falsche Richtung' }, cast.cert.token),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await t.gql(
            LOWER,
            { id: a.id, tlp: 'GREEN', reason: 'Ich darf das nicht' },
            cast.municipal.token,
          ),
        ),
      ).toBe('FORBIDDEN');
      expect((await t.db.getRepository(Advisory).findOneByOrFail({ id: a.id })).tlp).toBe('AMBER');

      expect(
        ok(
          await t.gql(
            LOWER,
            { id: a.id, tlp: 'GREEN', reason: 'Hersteller hat veröffentlicht' },
            cast.cert.token,
          ),
        ).lowerAdvisoryTlp.tlp,
      ).toBe('GREEN');
      expect(ok(await getAdvisory(t, cast.provider.token, a.id)).advisory.id).toBe(a.id);
      const audit = await t.db
        .getRepository(AuditEvent)
        .findOneByOrFail({ action: 'advisory.tlp_lowered', targetId: a.id });
      expect(audit).toMatchObject({
        actorId: cast.cert.member.id,
        details: { from: 'AMBER', to: 'GREEN', reason: 'Hersteller hat veröffentlicht' },
      });
    });

    it('targets "municipalities served by provider X" from the register', async () => {
      const a = await createDraft(t, cast.cert, { tlp: 'AMBER_STRICT' });
      const result = ok(
        await setRecipients(t, cast.cert, a.id, {
          municipalitiesServedBy: [cast.provider.organisation.id],
        }),
      );
      expect(result.setAdvisoryRecipients.recipients.organisations).toEqual([
        { id: cast.municipal.organisation.id },
      ]);
      ok(await publish(t, cast.cert, a.id));
      expect(ok(await getAdvisory(t, cast.municipal.token, a.id)).advisory.id).toBe(a.id);
      expect(errorCode(await getAdvisory(t, cast.provider.token, a.id))).toBe('NOT_FOUND');
      const bad = await setRecipients(t, cast.cert, a.id, {
        municipalitiesServedBy: [cast.municipal.organisation.id],
      });
      expect(bad.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'municipalitiesServedBy',
      });
    });
  });

  describe('public feed caching', () => {
    it('makes caches revalidate (ETag, no-cache, 304), so a raised label is never served stale', async () => {
      const a = await createDraft(t, cast.cert, { tlp: 'CLEAR', title: 'Öffentlich, bald nicht' });
      const { trackingId } = ok(await publish(t, cast.cert, a.id)).publishAdvisory;
      const server = t.app.getHttpServer();
      const paths = [
        '/public/advisories.json',
        `/public/advisories/${encodeURIComponent(trackingId)}/csaf.json`,
      ];
      const tags: string[] = [];
      for (const path of paths) {
        const first = await request(server).get(path).expect(200);
        expect(first.text).toContain('Öffentlich, bald nicht');
        // A shared cache may keep the copy but must ask the server before every use.
        expect(first.headers['cache-control']).toMatch(/no-cache|max-age=0/);
        expect(first.headers['cache-control']).not.toMatch(/max-age=[1-9]/);
        const etag = first.headers.etag;
        expect(etag).toBeTruthy();
        tags.push(etag);
        const again = await request(server).get(path).set('if-none-match', etag);
        expect({ path, status: again.status, body: again.text }).toEqual({
          path,
          status: 304,
          body: '',
        });
      }
      ok(await t.gql(RAISE, { id: a.id, tlp: 'GREEN' }, cast.cert.token));
      // The revalidation a cache sends with its stored copy's tag no longer matches.
      const feed = await request(server).get(paths[0]).set('if-none-match', tags[0]);
      expect(feed.status).toBe(200);
      expect(feed.text).not.toContain('Öffentlich, bald nicht');
      expect(feed.headers.etag).not.toBe(tags[0]);
      const csaf = await request(server).get(paths[1]).set('if-none-match', tags[1]);
      expect(csaf.status).toBe(404);
      expect(csaf.headers['cache-control']).toMatch(/no-cache/);
      expect(csaf.text).not.toContain('Öffentlich, bald nicht');
    });
  });

  describe('AMBER forward to clients', () => {
    it('only a recipient provider ORG_ADMIN forwards AMBER, to municipalities it serves; it ends with the recipient or the label', async () => {
      const client = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: await createOrganisation(t, OrganisationKind.MUNICIPALITY),
      });
      await linkProvider(t, cast.provider.organisation, client.organisation);
      const stranger = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
      const a = await createDraft(t, cast.cert, {
        tlp: 'AMBER',
        title: 'Vertraulicher Inhalt zur Weitergabe',
      });
      ok(
        await setRecipients(t, cast.cert, a.id, {
          organisationIds: [cast.provider.organisation.id],
        }),
      );
      ok(await publish(t, cast.cert, a.id));

      expect(errorCode(await forward(t, cast.provider, a.id))).toBe('FORBIDDEN'); // not ORG_ADMIN
      expect(errorCode(await forward(t, cast.municipalOrgAdmin, a.id))).toBe('NOT_FOUND'); // cannot read it
      const notServed = await forward(t, providerAdmin, a.id, [stranger.id]);
      expect(notServed.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'municipalityIds',
      });
      expect(errorCode(await getAdvisory(t, client.token, a.id))).toBe('NOT_FOUND');

      expect(
        ok(await forward(t, providerAdmin, a.id, [client.organisation.id])).forwardAdvisory,
      ).toBe(1);
      expect(ok(await getAdvisory(t, client.token, a.id)).advisory.id).toBe(a.id);
      expect(errorCode(await getAdvisory(t, cast.municipal.token, a.id))).toBe('NOT_FOUND'); // served, but not forwarded to
      const note = ok(await myNotifications(t, client.token)).myNotifications.nodes.find(
        (n: any) => n.targetId === a.id,
      );
      expect(note.title).toContain('TLP:AMBER');
      expect(note.title).toContain(a.trackingId);
      expect(note.title).not.toContain(a.title);

      // Raising to AMBER+STRICT ends the forward; lowering back to AMBER restores it.
      ok(await t.gql(RAISE, { id: a.id, tlp: 'AMBER_STRICT' }, cast.cert.token));
      expect(errorCode(await getAdvisory(t, client.token, a.id))).toBe('NOT_FOUND');
      expect(errorCode(await forward(t, providerAdmin, a.id))).toBe('FORBIDDEN');
      ok(
        await t.gql(
          LOWER,
          { id: a.id, tlp: 'AMBER', reason: 'Versehentlich verschärft' },
          cast.cert.token,
        ),
      );
      expect(ok(await getAdvisory(t, client.token, a.id)).advisory.id).toBe(a.id);
      // Removing the provider from the recipients ends its forwards.
      ok(
        await setRecipients(t, cast.cert, a.id, {
          organisationIds: [cast.municipal.organisation.id],
        }),
      );
      expect(errorCode(await getAdvisory(t, client.token, a.id))).toBe('NOT_FOUND');
      expect(errorCode(await forward(t, providerAdmin, a.id))).toBe('NOT_FOUND');
    });
  });

  describe('acknowledgements and the CERT overview', () => {
    it('keeps the history, closes open advisories, and counts per status', async () => {
      const a = await createDraft(t, cast.cert, { tlp: 'AMBER' });
      const otherMuni = await createActor(t, OrganisationKind.MUNICIPALITY);
      ok(
        await setRecipients(t, cast.cert, a.id, {
          organisationIds: [
            cast.municipal.organisation.id,
            cast.provider.organisation.id,
            otherMuni.organisation.id,
          ],
        }),
      );
      expect(errorCode(await acknowledge(t, cast.municipal, a.id, 'READ'))).toBe('NOT_FOUND'); // still a draft
      ok(await publish(t, cast.cert, a.id));

      const open = async (actor: Actor) =>
        ok(await openAdvisories(t, actor.token)).openAdvisories.nodes.map((n: any) => n.id);
      expect(await open(cast.municipal)).toContain(a.id);
      ok(await acknowledge(t, cast.municipal, a.id, 'READ'));
      ok(
        await acknowledge(t, cast.municipalOrgAdmin, a.id, 'AFFECTED', 'Fachverfahren im Einsatz'),
      );
      expect(await open(cast.municipal)).toContain(a.id);
      const patched = ok(
        await acknowledge(t, cast.municipal, a.id, 'PATCHED', 'Update eingespielt'),
      ).acknowledgeAdvisory;
      expect(patched).toMatchObject({
        status: 'PATCHED',
        note: 'Update eingespielt',
        memberId: cast.municipal.member.id,
        organisation: { id: cast.municipal.organisation.id },
      });
      expect(await open(cast.municipal)).not.toContain(a.id);
      ok(await acknowledge(t, cast.provider, a.id, 'NOT_AFFECTED'));

      const mine = ok(
        await t.gql(
          `query($id: ID!) { advisory(id: $id) { myAcknowledgement { status } myAcknowledgementHistory { status note } } }`,
          { id: a.id },
          cast.municipalOrgAdmin.token,
        ),
      ).advisory;
      expect(mine.myAcknowledgement.status).toBe('PATCHED');
      expect(mine.myAcknowledgementHistory.map((h: any) => h.status)).toEqual([
        'PATCHED',
        'AFFECTED',
        'READ',
      ]);

      const view = ok(await overview(t, cast.cert.token, a.id)).advisoryStatusOverview;
      expect(view.expectedCount).toBe(3);
      const byStatus = Object.fromEntries(
        view.byStatus.map((g: any) => [g.status, g.organisations.map((o: any) => o.id)]),
      );
      expect(byStatus).toEqual({
        READ: [],
        AFFECTED: [],
        PATCHED: [cast.municipal.organisation.id],
        NOT_AFFECTED: [cast.provider.organisation.id],
      });
      expect(view.notResponded.map((o: any) => o.id)).toEqual([otherMuni.organisation.id]);

      // The CERT looks at one organisation's open advisories (those it manages).
      const certView = ok(
        await openAdvisories(t, cast.cert.token, otherMuni.organisation.id),
      ).openAdvisories.nodes.map((n: any) => n.id);
      expect(certView).toContain(a.id);
      expect(
        errorCode(await openAdvisories(t, cast.municipal.token, otherMuni.organisation.id)),
      ).toBe('FORBIDDEN');

      const bad = await acknowledge(t, cast.municipal, a.id, 'VIELLEICHT');
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });
  });
});
