import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { Advisory } from '../../src/advisories/advisory.entity';
import { AdvisoryRevision } from '../../src/advisories/advisory-revision.entity';
import { preloadCsafValidator, validateCsaf } from '../../src/advisories/csaf/csaf-validator';
import { Cast, createCast, ROLES, tokenOf } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import {
  createDraft,
  exportCsaf,
  getAdvisory,
  importCsafDoc,
  listAdvisories,
  ok,
  publish,
  setRecipients,
} from './advisory-helpers';

const FIXTURES = join(__dirname, '../fixtures/csaf');
const files = (dir: string) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.json'))
    .sort();
const load = (dir: string, file: string): Record<string, any> =>
  JSON.parse(readFileSync(join(FIXTURES, dir, file), 'utf8'));

jest.setTimeout(120_000);

describe('CSAF import and export through GraphQL', () => {
  let t: TestApp;
  let cast: Cast;
  const count = () => t.db.getRepository(Advisory).count();

  // The official validator compiles its schemas once per process (8-13 s).
  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    await preloadCsafValidator();
  }, 60_000);
  afterAll(() => t?.close());

  it.each(files('valid'))(
    'imports the valid document %s, and its export validates',
    async (file) => {
      const doc = load('valid', file);
      const result = await importCsafDoc(t, cast.cert.token, doc);
      const advisory = ok(result).importCsafAdvisory;
      expect(advisory.trackingId).toBe(doc.document.tracking.id);
      expect(advisory.version).toBe(doc.document.tracking.version);
      expect(advisory.cves.length).toBeGreaterThan(0);
      const exported = ok(await exportCsaf(t, cast.cert.token, advisory.id)).advisoryCsaf;
      expect(await validateCsaf(exported)).toEqual([]);
      expect(exported.document.tracking.id).toBe(doc.document.tracking.id);
    },
  );

  it('maps TLP WHITE to CLEAR and a document without label to AMBER+STRICT', async () => {
    const bsi = ok(
      await getAdvisory(
        t,
        cast.cert.token,
        (await t.db.getRepository(Advisory).findOneByOrFail({ trackingId: 'BSI-2022-0001' })).id,
      ),
    ).advisory;
    expect(bsi.tlp).toBe('CLEAR');
    const cisco = await t.db
      .getRepository(Advisory)
      .findOneByOrFail({ trackingId: 'cisco-sa-20180328-smi2' });
    expect(cisco.tlp).toBe('AMBER_STRICT');
    // AMBER+STRICT exists only in CSAF 2.1: the export says so and still validates.
    const exported = ok(await exportCsaf(t, cast.cert.token, cisco.id)).advisoryCsaf;
    expect(exported.document.csaf_version).toBe('2.1');
    expect(exported.document.distribution.tlp.label).toBe('AMBER+STRICT');
    // The CLEAR import is on the public feed, and its public CSAF validates too.
    const res = await request(t.app.getHttpServer())
      .get('/public/advisories/BSI-2022-0001/csaf.json')
      .expect(200);
    expect(await validateCsaf(res.body)).toEqual([]);
    await request(t.app.getHttpServer())
      .get('/public/advisories/cisco-sa-20180328-smi2/csaf.json')
      .expect(404);
  });

  it.each(files('invalid'))(
    'refuses the invalid document %s with the validator messages and writes nothing',
    async (file) => {
      const before = await count();
      const doc = load('invalid', file);
      const result = await importCsafDoc(t, cast.cert.token, doc);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('document');
      const messages = result.errors![0].extensions!.messages as string[];
      expect(messages.length).toBeGreaterThan(0);
      // exactly the official validator's messages
      expect(messages).toEqual((await validateCsaf(doc)).slice(0, 100));
      expect(await count()).toBe(before);
    },
  );

  it('same tracking id and version twice is idempotent; a newer version becomes a new revision; an older one conflicts', async () => {
    const doc = load('valid', 'csaf20-rhsa-2021_5217.json');
    doc.document.tracking.id = 'RHSA-TEST:0001';
    const first = ok(await importCsafDoc(t, cast.cert.token, doc)).importCsafAdvisory;
    const before = await count();
    const again = ok(await importCsafDoc(t, cast.cert.token, doc)).importCsafAdvisory;
    expect(again.id).toBe(first.id);
    expect(again.revisions).toHaveLength(1);
    expect(await count()).toBe(before);

    const newer = JSON.parse(JSON.stringify(doc));
    newer.document.tracking.version = '2';
    newer.document.tracking.current_release_date = '2022-01-10T10:00:00Z';
    newer.document.tracking.revision_history.push({
      date: '2022-01-10T10:00:00Z',
      number: '2',
      summary: 'Neue Fassung',
    });
    newer.document.title = 'Neue Fassung des Red-Hat-Hinweises';
    const updated = ok(await importCsafDoc(t, cast.cert.token, newer)).importCsafAdvisory;
    expect(updated.id).toBe(first.id);
    expect(updated.version).toBe('2');
    expect(updated.title).toBe('Neue Fassung des Red-Hat-Hinweises');
    expect(updated.revisions.map((r: any) => r.version)).toEqual(['2', '1']);
    expect(await t.db.getRepository(AdvisoryRevision).countBy({ advisoryId: first.id })).toBe(2);

    // The old version again is known: nothing changes.
    expect(ok(await importCsafDoc(t, cast.cert.token, doc)).importCsafAdvisory.version).toBe('2');
    // An older version that was never imported conflicts.
    const older = JSON.parse(JSON.stringify(newer));
    older.document.tracking.version = '1';
    older.document.tracking.revision_history = [
      { date: '2021-12-20T16:16:00Z', number: '1', summary: 'Current version' },
    ];
    older.document.tracking.current_release_date = '2021-12-20T16:16:00Z';
    older.document.tracking.id = 'RHSA-TEST:0001';
    await t.db.getRepository(AdvisoryRevision).delete({ advisoryId: first.id, version: '1' });
    expect(errorCode(await importCsafDoc(t, cast.cert.token, older))).toBe('CONFLICT');
  });

  it('import is for CERT members only (role matrix)', async () => {
    const doc = load('valid', 'csaf20-rhsa-2021_5217.json');
    const allowed: string[] = [];
    for (const role of ROLES) {
      doc.document.tracking.id = `RHSA-ROLE:${role}`;
      const result = await importCsafDoc(t, tokenOf(cast, role), doc);
      if (result.data?.importCsafAdvisory) allowed.push(role);
      else expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCode(result));
    }
    // The admin of the cast belongs to the CERT organisation; an ADMIN elsewhere is refused by the service.
    expect(allowed.sort()).toEqual(['admin', 'cert']);
  });

  it('refuses hostile input (6 MB, deep nesting) with a clear error and keeps serving', async () => {
    const before = await count();
    const huge = load('valid', 'csaf20-bsi-2022-0001.json');
    huge.document.notes = [
      { category: 'details', title: 'Füllung', text: 'x'.repeat(6 * 1024 * 1024) },
    ];
    const big = await importCsafDoc(t, cast.cert.token, huge);
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0].message).toMatch(/zu groß/);

    // Built as text: the test client's own serializer gives up on such depth (the server must not).
    const deep = load('valid', 'csaf20-bsi-2022-0001.json');
    deep.document.tracking.id = 'DEEP-1';
    deep.document.notes = [{ category: 'details', title: 'Tief', text: 'x', extra: '__NESTED__' }];
    const nested = `${'['.repeat(20_000)}"tief"${']'.repeat(20_000)}`;
    const body = JSON.stringify({
      query: 'mutation($d: JSON!) { importCsafAdvisory(document: $d) { id } }',
      variables: { d: deep },
    }).replace('"__NESTED__"', nested);
    const deepResult = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${cast.cert.token}`)
      .send(body);
    expect(deepResult.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(deepResult.body.errors[0].message).toMatch(/verschachtelt/);

    const notJson = await importCsafDoc(t, cast.cert.token, 'kein CSAF');
    expect(errorCode(notJson)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
    // still serving
    await request(t.app.getHttpServer()).get('/health').expect(200);
    expect(ok(await listAdvisories(t, cast.cert.token)).advisories.totalCount).toBe(before);
  });

  it('exports advisories written here as valid CSAF at every label', async () => {
    for (const tlp of ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED']) {
      const draft = await createDraft(t, cast.cert, {
        tlp,
        title: `Export ${tlp}`,
        summary: 'Eine Lücke im Fachverfahren.',
        bodyMarkdown: 'Einleitung.\n\n## Details\n\nMehr.',
        cves: ['CVE-2026-12345'],
        cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      });
      ok(
        await t.gql(
          `mutation($id: ID!, $input: AdvisoryContentInput!) { updateAdvisory(id: $id, input: $input) { id } }`,
          {
            id: draft.id,
            input: {
              products: [{ vendor: 'Beispiel GmbH', product: 'Fachverfahren', version: '<4.2.1' }],
              remediation: 'Update einspielen.',
              references: [{ url: 'https://example.org/x', summary: 'Hersteller' }],
            },
          },
          cast.cert.token,
        ),
      );
      expect(
        await validateCsaf(ok(await exportCsaf(t, cast.cert.token, draft.id)).advisoryCsaf),
      ).toEqual([]);
      if (tlp === 'RED')
        ok(await setRecipients(t, cast.cert, draft.id, { memberIds: [cast.municipal.member.id] }));
      ok(await publish(t, cast.cert, draft.id, 'INTERIM'));
      ok(await publish(t, cast.cert, draft.id, 'FINAL', 'Patch verfügbar'));
      const exported = ok(await exportCsaf(t, cast.cert.token, draft.id)).advisoryCsaf;
      expect({ tlp, messages: await validateCsaf(exported) }).toEqual({ tlp, messages: [] });
      expect(exported.document.tracking.version).toBe('2');
      expect(exported.document.tracking.revision_history.map((r: any) => r.number)).toEqual([
        '1',
        '2',
      ]);
    }
  });
});
