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
  myNotifications,
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

  // The official validator compiles its schemas once per test file, in its worker (8-40 s on a loaded machine).
  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    await preloadCsafValidator();
  }, 240_000);
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
    // An import is a draft of the importing CERT: not on the public feed, not readable by members,
    // nobody notified, until a person publishes it.
    expect(bsi.status).toBe('DRAFT');
    await request(t.app.getHttpServer())
      .get('/public/advisories/BSI-2022-0001/csaf.json')
      .expect(404);
    expect(errorCode(await getAdvisory(t, cast.municipal.token, bsi.id))).toBe('NOT_FOUND');
    expect(ok(await myNotifications(t, cast.municipal.token)).myNotifications.totalCount).toBe(0);
    const published = ok(await publish(t, cast.cert, bsi.id, 'FINAL', 'Geprüft')).publishAdvisory;
    expect(published.status).toBe('FINAL');
    // Its first publication here is the document's own version, with the document's history.
    expect(published.version).toBe('1');
    expect(published.revisions.map((r: any) => r.version)).toEqual(['1']);
    const res = await request(t.app.getHttpServer())
      .get('/public/advisories/BSI-2022-0001/csaf.json')
      .expect(200);
    expect(await validateCsaf(res.body)).toEqual([]);
    expect(res.body.document.tracking.version).toBe('1');
    expect(ok(await myNotifications(t, cast.municipal.token)).myNotifications.totalCount).toBe(1);
    await request(t.app.getHttpServer())
      .get('/public/advisories/cisco-sa-20180328-smi2/csaf.json')
      .expect(404);
  });

  it.each([
    ['csaf20-vex-log4shell.json', 'CLEAR'],
    ['csaf20-informational-phishing.json', 'GREEN'],
    ['csaf20-incident-response-ransomware.json', 'AMBER'],
  ])('imports the profile document %s as a draft (label %s)', async (file, tlp) => {
    const doc = load('profiles', file);
    const advisory = ok(await importCsafDoc(t, cast.cert.token, doc)).importCsafAdvisory;
    expect(advisory).toMatchObject({ status: 'DRAFT', tlp, trackingId: doc.document.tracking.id });
    expect(advisory.bodyMarkdown).toContain(`Kategorie ${doc.document.category}`);
    expect(advisory.revisions).toEqual([]);
    expect(errorCode(await getAdvisory(t, cast.provider.token, advisory.id))).toBe('NOT_FOUND');
    const exported = ok(await exportCsaf(t, cast.cert.token, advisory.id)).advisoryCsaf;
    expect(await validateCsaf(exported)).toEqual([]);
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

  it('same tracking id and version twice is idempotent; a newer version replaces a draft; a published advisory is not changed by an import', async () => {
    const doc = load('valid', 'csaf20-rhsa-2021_5217.json');
    doc.document.tracking.id = 'RHSA-TEST:0001';
    const first = ok(await importCsafDoc(t, cast.cert.token, doc)).importCsafAdvisory;
    expect(first.status).toBe('DRAFT');
    const before = await count();
    const again = ok(await importCsafDoc(t, cast.cert.token, doc)).importCsafAdvisory;
    expect(again.id).toBe(first.id);
    expect(again.revisions).toHaveLength(0);
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
    expect(updated.status).toBe('DRAFT');
    expect(updated.version).toBe('2');
    expect(updated.title).toBe('Neue Fassung des Red-Hat-Hinweises');
    expect(updated.revisions).toEqual([]);

    // The old version again: older than the draft, a CONFLICT.
    expect(errorCode(await importCsafDoc(t, cast.cert.token, doc))).toBe('CONFLICT');

    // A person publishes; the same version again is a no-op, a newer one does not change it.
    const published = ok(await publish(t, cast.cert, first.id, 'FINAL', 'Geprüft')).publishAdvisory;
    expect(published.version).toBe('2');
    expect(ok(await importCsafDoc(t, cast.cert.token, newer)).importCsafAdvisory.status).toBe(
      'FINAL',
    );
    const third = JSON.parse(JSON.stringify(newer));
    third.document.tracking.version = '3';
    third.document.tracking.current_release_date = '2022-01-11T10:00:00Z';
    third.document.tracking.revision_history.push({
      date: '2022-01-11T10:00:00Z',
      number: '3',
      summary: 'Dritte Fassung',
    });
    third.document.title = 'Ungeprüfte dritte Fassung';
    const refused = await importCsafDoc(t, cast.cert.token, third);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toContain('publishAdvisory');
    const stored = await t.db.getRepository(Advisory).findOneByOrFail({ id: first.id });
    expect(stored).toMatchObject({ version: '2', title: 'Neue Fassung des Red-Hat-Hinweises' });
    expect(await t.db.getRepository(AdvisoryRevision).countBy({ advisoryId: first.id })).toBe(1);
  });

  it('names each problem once in the error', async () => {
    const huge = load('valid', 'csaf20-bsi-2022-0001.json');
    huge.document.notes = [
      { category: 'details', title: 'Füllung', text: 'x'.repeat(6 * 1024 * 1024) },
    ];
    const big = await importCsafDoc(t, cast.cert.token, huge);
    const message = big.errors![0].message;
    const sentence = 'Das CSAF-Dokument ist zu groß';
    expect(message.split(sentence)).toHaveLength(2);
    expect(big.errors![0].extensions!.messages).toHaveLength(1);
    const invalid = load('invalid', files('invalid')[0]);
    const refused = await importCsafDoc(t, cast.cert.token, invalid);
    const messages = refused.errors![0].extensions!.messages as string[];
    expect(new Set(messages).size).toBe(messages.length);
    for (const m of messages.slice(0, 3))
      expect(refused.errors![0].message.split(m)).toHaveLength(2);
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
