import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { advisoryToCsaf } from './csaf-export';
import { csafToAdvisory, importCsaf } from './csaf-import';
import {
  assertSafeJson,
  closeCsafValidator,
  preloadCsafValidator,
  validateCsaf,
} from './csaf-validator';
import { AdvisoryData, CsafError, TlpLabel } from './csaf.types';

const FIXTURES = join(__dirname, '../../../test/fixtures/csaf');
const files = (dir: string) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.json'));
const load = (dir: string, file: string): Record<string, any> =>
  JSON.parse(readFileSync(join(FIXTURES, dir, file), 'utf8'));
const OPTS = {
  publisher: { name: 'CERT Sicherheitsnetz', namespace: 'https://sicherheitsnetz.example' },
};

function advisory(overrides: Partial<AdvisoryData> = {}): AdvisoryData {
  return {
    trackingId: 'SN-2025-0001',
    version: '2',
    status: 'FINAL',
    title: 'Kritische Lücke in Beispiel-Fachverfahren',
    summary: 'Eine Lücke erlaubt Angreifern das Ausführen von Code.',
    bodyMarkdown: 'Einleitung.\n\n## Details\n\nMehr dazu.\n\n## Maßnahmen\n\n- Patchen',
    severity: 'KRITISCH',
    tlp: 'AMBER',
    cves: ['CVE-2025-12345', 'CVE-2025-12346'],
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    cvssScore: 9.8,
    products: [
      {
        vendor: 'Beispiel GmbH',
        product: 'Fachverfahren',
        version: '4.2.1',
        cpe: 'cpe:2.3:a:beispiel:fachverfahren:4.2.1:*:*:*:*:*:*:*',
      },
      {
        vendor: 'Beispiel GmbH',
        product: 'Fachverfahren',
        version: '<4.2.1',
        purl: 'pkg:npm/fachverfahren@4.2.0',
      },
      { vendor: 'Beispiel GmbH', product: 'Portal', version: null },
      { vendor: '', product: 'Eigenentwicklung' },
    ],
    references: [
      { url: 'https://example.org/advisory', summary: 'Herstellerhinweis' },
      { url: 'not a url' },
    ],
    remediation: 'Update auf 4.2.2 einspielen.',
    publisherName: 'CERT Sicherheitsnetz',
    initialReleaseDate: '2025-01-10T08:00:00.000Z',
    currentReleaseDate: '2025-01-12T08:00:00.000Z',
    revisionHistory: [
      { number: '2', date: '2025-01-12T08:00:00.000Z', summary: 'Patch verfügbar' },
      { number: '1', date: '2025-01-10T08:00:00.000Z', summary: 'Erstveröffentlichung' },
    ],
    ...overrides,
  };
}

// The official validator compiles its schemas on first use (several seconds), once per process.
beforeAll(() => preloadCsafValidator(), 240_000);
afterAll(() => closeCsafValidator());

describe('valid CSAF fixtures', () => {
  it.each(files('valid'))('%s validates and imports', async (file) => {
    const doc = load('valid', file);
    expect(await validateCsaf(doc)).toEqual([]);
    const a = csafToAdvisory(doc);
    expect(a.trackingId).toBe(doc.document.tracking.id);
    expect(a.products.length).toBeGreaterThan(0);
    expect(a.products.length).toBeLessThanOrEqual(500);
    expect(a.cves.length).toBeGreaterThan(0);
  });

  it.each(['csaf20-bsi-2022-0001.json', 'csaf21-bsi-2022-0001.json'])(
    'maps the BSI advisory %s',
    (file) => {
      const a = csafToAdvisory(load('valid', file));
      expect(a).toMatchObject({
        trackingId: 'BSI-2022-0001',
        version: '1',
        status: 'FINAL',
        tlp: 'CLEAR',
        cves: ['CVE-2022-27193'],
        cvssVector: 'CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:N/A:L/E:F/RL:O/RC:C',
        cvssScore: 6.1,
        severity: 'MITTEL',
        publisherName: 'Bundesamt für Sicherheit in der Informationstechnik',
        remediation: 'Update to the latest version of the product. At least version 1.0.0-rc2',
      });
      expect(a.products).toHaveLength(6);
      expect(a.products[0]).toEqual({
        vendor: 'CSAF Tools',
        product: 'CVRF-CSAF-Converter',
        version: '1.0.0-alpha',
        cpe: 'cpe:/a:csaf-tools:cvrf-csaf-converter:1.0.0-alpha',
        purl: null,
      });
      expect(a.summary).toContain('XML External Entities');
      expect(a.revisionHistory).toEqual([
        { number: '1', date: '2022-03-17T13:03:42.105Z', summary: 'Initial revision' },
      ]);
    },
  );

  it('maps the Red Hat advisory', () => {
    const a = csafToAdvisory(load('valid', 'csaf20-rhsa-2021_5217.json'));
    expect(a).toMatchObject({
      trackingId: 'RHSA-2021:5217',
      tlp: 'CLEAR',
      cves: ['CVE-2021-4133'],
      cvssScore: null,
    });
    expect(a.severity).toBe('HOCH'); // no CVSS: aggregate_severity "Important"
    expect(a.products).toContainEqual({
      vendor: 'Red Hat',
      product: 'Red Hat Single Sign-On',
      version: null,
      cpe: null,
      purl: null,
    });
    expect(a.summary).toMatch(/^A security update is now available/);
    expect(a.bodyMarkdown).toContain('## Details');
    expect(a.bodyMarkdown).toContain('## Terms of Use');
    expect(a.references.map((r) => r.url)).toContain(
      'https://access.redhat.com/errata/RHSA-2021:5217',
    );
  });

  it('maps the Cisco advisory (custom category, no TLP, deep product tree)', () => {
    const a = csafToAdvisory(load('valid', 'csaf20-cisco-sa-20180328-smi2.json'));
    expect(a.tlp).toBe('AMBER_STRICT'); // no label: the cautious default
    expect(a.cves).toEqual(['CVE-2018-0171']);
    expect(a.cvssScore).toBe(9.8);
    expect(a.severity).toBe('KRITISCH');
    expect(a.version).toBe('3.0.0');
    expect(a.products).toContainEqual({
      vendor: 'Cisco',
      product: 'IOS',
      version: '12.2(55)SE',
      cpe: null,
      purl: null,
    });
    expect(new Set(a.products.map((p) => JSON.stringify(p))).size).toBe(a.products.length);
  });

  it.each(files('valid'))('%s survives a round trip', async (file) => {
    const imported = csafToAdvisory(load('valid', file));
    const exported = advisoryToCsaf(imported, OPTS);
    expect(await validateCsaf(exported)).toEqual([]);
    const again = csafToAdvisory(JSON.parse(JSON.stringify(exported)));
    expect(again).toMatchObject({
      trackingId: imported.trackingId,
      cves: imported.cves,
      tlp: imported.tlp,
    });
    expect(again).toMatchObject({
      version: imported.version,
      status: imported.status,
      cvssScore: imported.cvssScore,
    });
    expect(again.products).toHaveLength(imported.products.length);
    expect(again.bodyMarkdown).toBe(imported.bodyMarkdown);
  });
});

describe('invalid CSAF fixtures', () => {
  it.each(files('invalid'))('%s is refused with messages', async (file) => {
    const doc = load('invalid', file);
    const messages = await validateCsaf(doc);
    expect(messages.length).toBeGreaterThan(0);
    await expect(importCsaf(JSON.stringify(doc))).rejects.toMatchObject({ messages });
  });
});

describe('advisoryToCsaf', () => {
  it.each<[TlpLabel, string, string]>([
    ['CLEAR', '2.0', 'WHITE'],
    ['GREEN', '2.0', 'GREEN'],
    ['AMBER', '2.0', 'AMBER'],
    ['RED', '2.0', 'RED'],
    ['AMBER_STRICT', '2.1', 'AMBER+STRICT'],
  ])('exports TLP %s as CSAF %s (%s) that validates', async (tlp, version, label) => {
    const doc = advisoryToCsaf(advisory({ tlp }), OPTS) as Record<string, any>;
    expect(await validateCsaf(doc)).toEqual([]);
    expect(doc.document.csaf_version).toBe(version);
    expect(doc.document.distribution.tlp.label).toBe(label);
    expect(doc.document.category).toBe('csaf_security_advisory');
    if (version === '2.1')
      expect(doc.$schema).toBe('https://docs.oasis-open.org/csaf/csaf/v2.1/schema/csaf.json');
    const again = csafToAdvisory(doc);
    expect(again).toMatchObject({
      tlp,
      trackingId: 'SN-2025-0001',
      cves: ['CVE-2025-12345', 'CVE-2025-12346'],
    });
    expect(again).toMatchObject({
      cvssScore: 9.8,
      severity: 'KRITISCH',
      remediation: 'Update auf 4.2.2 einspielen.',
    });
    expect(again.bodyMarkdown).toBe(advisory().bodyMarkdown);
    expect(again.products).toHaveLength(4);
    expect(again.products).toContainEqual({
      vendor: 'Beispiel GmbH',
      product: 'Fachverfahren',
      version: '<4.2.1',
      cpe: null,
      purl: 'pkg:npm/fachverfahren@4.2.0',
    });
    expect(again.references).toEqual([
      { url: 'https://example.org/advisory', summary: 'Herstellerhinweis' },
    ]);
    expect(again.revisionHistory.map((r) => r.number)).toEqual(['1', '2']);
  });

  it('exports a CVSS 4.0 advisory as CSAF 2.1', async () => {
    const cvssVector = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U';
    const doc = advisoryToCsaf(advisory({ tlp: 'GREEN', cvssVector }), OPTS) as Record<string, any>;
    expect(doc.document.csaf_version).toBe('2.1');
    expect(doc.document.distribution.tlp.label).toBe('GREEN');
    expect(await validateCsaf(doc)).toEqual([]);
    expect(csafToAdvisory(doc)).toMatchObject({ cvssVector, cvssScore: 9.3, tlp: 'GREEN' });
  });

  it.each<[string, Partial<AdvisoryData>, string]>([
    ['no products', { products: [] }, 'csaf_base'],
    ['no CVEs', { cves: [] }, 'csaf_security_advisory'],
    ['no CVEs, no score, no fix', { cves: [], cvssVector: null, remediation: null }, 'csaf_base'],
    [
      'a draft without history',
      { status: 'DRAFT', version: '0.1.0', revisionHistory: [] },
      'csaf_security_advisory',
    ],
    [
      'an empty body and summary',
      { bodyMarkdown: '', summary: '', references: [] },
      'csaf_security_advisory',
    ],
  ])('exports an advisory with %s as a valid %s', async (_, overrides, category) => {
    const doc = advisoryToCsaf(advisory(overrides), OPTS) as Record<string, any>;
    expect(await validateCsaf(doc)).toEqual([]);
    expect(doc.document.category).toBe(category);
    expect(csafToAdvisory(doc).trackingId).toBe('SN-2025-0001');
  });
});

describe('csafToAdvisory', () => {
  it.each([
    ['csaf20-vex-log4shell.json', 'csaf_vex'],
    ['csaf20-informational-phishing.json', 'csaf_informational_advisory'],
    ['csaf20-incident-response-ransomware.json', 'csaf_security_incident_response'],
    ['csaf21-vex-bsi-2022-0001.json', 'csaf_vex'],
    ['csaf21-informational-phishing.json', 'csaf_informational_advisory'],
  ])('imports the profile document %s (%s)', async (file, category) => {
    const doc = load('profiles', file);
    expect(doc.document.category).toBe(category);
    expect(await validateCsaf(doc)).toEqual([]);
    const a = (await importCsaf(doc)).advisory;
    expect(a.trackingId).toBe(doc.document.tracking.id);
    expect(a.bodyMarkdown).toContain(`Kategorie ${category}`);
    // The export of what was imported is valid CSAF again.
    expect(await validateCsaf(advisoryToCsaf(a, OPTS))).toEqual([]);
  });

  it('maps a VEX document: product status per CVE in the body, the fix as remediation', () => {
    const a = csafToAdvisory(load('profiles', 'csaf20-vex-log4shell.json'));
    expect(a.cves).toEqual(['CVE-2021-44228']);
    expect(a.tlp).toBe('CLEAR');
    expect(a.bodyMarkdown).toContain('## Produktstatus');
    expect(a.bodyMarkdown).toContain('  - betroffen: Beispiel Meldewesen 4.2');
    expect(a.bodyMarkdown).toContain('  - behoben: Beispiel Meldewesen 4.3');
    expect(a.bodyMarkdown).toContain('  - nicht betroffen: Beispiel Meldewesen 4.1');
    expect(a.bodyMarkdown).toContain('  - Begründung: Version 4.1 enthält Log4j nicht.');
    expect(a.remediation).toBe('Auf Meldewesen 4.3 aktualisieren.');
    expect(a.products.map((p) => p.version)).toEqual(['4.1', '4.2', '4.3']);
    expect(a.severity).toBe('MITTEL'); // something is known_affected, no score given
  });

  it('maps an informational advisory (no vulnerability) as NIEDRIG, with its notes and references', () => {
    const a = csafToAdvisory(load('profiles', 'csaf20-informational-phishing.json'));
    expect(a.cves).toEqual([]);
    expect(a.severity).toBe('NIEDRIG');
    expect(a.tlp).toBe('GREEN');
    expect(a.summary).toContain('Phishing-Welle');
    expect(a.bodyMarkdown).toContain('## Empfehlung');
    expect(a.references).toEqual([
      { url: 'https://cert.example.org/lage/2026-03', summary: 'Lagebild' },
    ]);
  });

  it('maps an incident response document with its label and sections', () => {
    const a = csafToAdvisory(load('profiles', 'csaf20-incident-response-ransomware.json'));
    expect(a.tlp).toBe('AMBER');
    expect(a.severity).toBe('MITTEL');
    expect(a.bodyMarkdown).toContain('## Lage');
  });

  it('deduplicates products and caps them at 500', () => {
    const doc = load('valid', 'csaf20-bsi-2022-0001.json');
    const names = Array.from({ length: 600 }, (_, i) => ({
      name: `Produkt ${i}`,
      product_id: `P-${i}`,
    }));
    doc.product_tree.full_product_names = [...names, ...names];
    const products = csafToAdvisory(doc).products;
    expect(products).toHaveLength(500);
    expect(products.slice(0, 6).map((p) => p.version)).toEqual([
      '1.0.0-alpha',
      '1.0.0-dev1',
      '1.0.0-dev2',
      '1.0.0-dev3',
      '1.0.0-rc1',
      '1.0.0-rc2',
    ]);
    expect(products[6]).toEqual({
      vendor: '',
      product: 'Produkt 0',
      version: null,
      cpe: null,
      purl: null,
    });
  });

  it('maps a field that is not text to an empty string, never "[object Object]"', () => {
    const doc = load('valid', 'csaf20-bsi-2022-0001.json');
    doc.document.title = { de: 'Titel' };
    doc.document.tracking.version = ['1'];
    doc.document.publisher.name = { name: 'BSI' };
    const a = csafToAdvisory(doc);
    expect(a.title).toBe('');
    expect(a.version).toBe('');
    expect(a.publisherName).toBe('');
  });

  it('refuses a non-object', () => {
    expect(() => csafToAdvisory('text')).toThrow('muss ein JSON-Objekt sein');
  });
});

describe('hostile input', () => {
  const nested = (levels: number) => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 0; i < levels; i++) node = node.a = {};
    return root;
  };

  it.each<[string, () => unknown, string]>([
    [
      'a 6 MB string',
      () => JSON.stringify({ document: { title: 'x'.repeat(6 * 1024 * 1024) } }),
      'zu groß',
    ],
    [
      'a 6 MB object',
      () => ({ document: { notes: Array.from({ length: 6 }, () => 'x'.repeat(1024 * 1024)) } }),
      'zu groß',
    ],
    ['10,000 nested arrays as text', () => '['.repeat(10_000) + ']'.repeat(10_000), 'zu tief'],
    [
      '10,000 nested objects as text',
      () => '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
      'zu tief',
    ],
    ['10,000 nested objects', () => nested(10_000), 'zu tief'],
    [
      'a cyclic object',
      () => {
        const o: Record<string, unknown> = {};
        o.self = o;
        return o;
      },
      'zu tief',
    ],
    ['broken JSON', () => '{"document": ', 'kein gültiges JSON'],
    ['a number', () => 42, 'muss ein JSON-Objekt sein'],
    ['a JSON string', () => '"CSAF"', 'muss ein JSON-Objekt sein'],
    ['an array', () => [], 'muss ein JSON-Objekt sein'],
    ['null', () => null, 'muss ein JSON-Objekt sein'],
    ['an object without csaf_version', () => ({ document: {} }), 'csaf_version'],
  ])('refuses %s with a clear message', async (_, input, message) => {
    const value = input();
    const messages = await validateCsaf(value);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
    await expect(importCsaf(value)).rejects.toBeInstanceOf(CsafError);
  });

  it('accepts exactly 64 levels and refuses 65', () => {
    expect(() => assertSafeJson(nested(63))).not.toThrow();
    expect(() => assertSafeJson(nested(64))).toThrow('zu tief');
    expect(() => assertSafeJson(JSON.stringify(nested(63)))).not.toThrow();
    expect(() => assertSafeJson(JSON.stringify(nested(64)))).toThrow('zu tief');
  });

  it('does not count brackets inside strings', () => {
    expect(assertSafeJson(JSON.stringify({ t: '['.repeat(1000) + '\\"{' }))).toEqual({
      t: '['.repeat(1000) + '\\"{',
    });
  });
});
