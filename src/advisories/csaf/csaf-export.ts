import { AdvisoryData, AdvisoryProduct, RevisionEntry, Severity, TlpLabel } from './csaf.types';
import { parseCvss, ParsedCvss } from './cvss';

export type PublisherCategory =
  'coordinator' | 'discoverer' | 'other' | 'translator' | 'user' | 'vendor';

export interface CsafExportOptions {
  publisher: { name: string; namespace: string; category?: PublisherCategory };
}

type Obj = Record<string, unknown>;

const SCHEMA_2_1 = 'https://docs.oasis-open.org/csaf/csaf/v2.1/schema/csaf.json';
const TLP_URL = 'https://www.first.org/tlp/';
const CVE = /^CVE-[0-9]{4}-[0-9]{4,}$/;
const SEVERITY_TEXT: Record<Severity, string> = {
  NIEDRIG: 'Niedrig',
  MITTEL: 'Mittel',
  HOCH: 'Hoch',
  KRITISCH: 'Kritisch',
};

/**
 * CSAF 2.0 knows TLP 1.0 (WHITE, GREEN, AMBER, RED); AMBER+STRICT exists only in 2.1, as does
 * CVSS 4.0. Everything else is exported as 2.0, which every CSAF consumer reads today.
 */
function csafVersionFor(tlp: TlpLabel, cvss: ParsedCvss | undefined): '2.0' | '2.1' {
  return tlp === 'AMBER_STRICT' || cvss?.version === '4.0' ? '2.1' : '2.0';
}

function tlpLabel(tlp: TlpLabel, version: '2.0' | '2.1'): string {
  if (tlp === 'CLEAR') return version === '2.0' ? 'WHITE' : 'CLEAR';
  return tlp === 'AMBER_STRICT' ? 'AMBER+STRICT' : tlp;
}

/** Normalises to the UTC form the validator's date-time check always accepts. */
function isoDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/** Mirrors mandatory test 6.1.31: such names must be a product_version_range, not a version. */
function isVersionRange(version: string): boolean {
  const lower = version.toLowerCase();
  if (lower.startsWith('vers:') || ['<', '>'].some((c) => lower.includes(c))) return true;
  const words = ['after', 'all', 'before', 'earlier', 'later', 'prior', 'versions'];
  return lower.split(/\s/).some((word) => words.includes(word));
}

// Cheap shape checks (the schema's own patterns): an identifier that would fail is left out
// rather than making the whole export invalid; the input forms validate them in detail.
const CPE = /^(cpe:2\.3:[aho*-]:|cpe:\/[AHOaho]?:)/;
const PURL = /^pkg:[A-Za-z.\-+][A-Za-z0-9.\-+]*\/.+/;

function fullProductName(p: AdvisoryProduct, id: string, version: '2.0' | '2.1'): Obj {
  const helper: Obj = {};
  if (p.cpe && CPE.test(p.cpe)) helper.cpe = p.cpe;
  if (p.purl && PURL.test(p.purl)) {
    if (version === '2.0') helper.purl = p.purl;
    else helper.purls = [p.purl];
  }
  const name = [p.vendor, p.product, p.version]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  return {
    name,
    product_id: id,
    ...(Object.keys(helper).length > 0 ? { product_identification_helper: helper } : {}),
  };
}

/** vendor -> product_name -> product_version(_range) branches; products without vendor stand alone. */
function productTree(
  products: AdvisoryProduct[],
  version: '2.0' | '2.1',
): { tree?: Obj; ids: string[] } {
  const seen = new Set<string>();
  const entries = products.filter((p) => {
    const key = JSON.stringify([
      p.vendor,
      p.product,
      p.version ?? null,
      p.cpe ?? null,
      p.purl ?? null,
    ]);
    if (!p.product?.trim() || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (entries.length === 0) return { ids: [] };
  const ids = entries.map((_, i) => `CSAFPID-${String(i + 1).padStart(4, '0')}`);

  const vendors = new Map<string, Map<string, Obj[]>>();
  const loose: Obj[] = [];
  entries.forEach((p, i) => {
    const product = fullProductName(p, ids[i], version);
    const vendor = p.vendor?.trim();
    if (!vendor) {
      loose.push(product);
      return;
    }
    const names = vendors.get(vendor) ?? new Map<string, Obj[]>();
    vendors.set(vendor, names);
    const name = p.product.trim();
    const ver = p.version?.trim();
    if (!ver) {
      // A branch holds either sub-branches or a product (schema: exactly three properties), so an
      // unversioned product gets its own product_name branch next to the versioned ones.
      names.set(`\u0000${i}`, [{ category: 'product_name', name, product }]);
      return;
    }
    const category = isVersionRange(ver) ? 'product_version_range' : 'product_version';
    names.set(name, [...(names.get(name) ?? []), { category, name: ver, product }]);
  });
  const branches = [...vendors].map(([vendor, names]) => ({
    category: 'vendor',
    name: vendor,
    branches: [...names].flatMap(([key, children]) =>
      key.startsWith('\u0000')
        ? children
        : [{ category: 'product_name', name: key, branches: children }],
    ),
  }));
  const tree: Obj = {};
  if (branches.length > 0) tree.branches = branches;
  if (loose.length > 0) tree.full_product_names = loose;
  return { tree, ids };
}

function cvssObject(cvss: ParsedCvss): Obj {
  return {
    version: cvss.version,
    vectorString: cvss.vector,
    baseScore: cvss.baseScore,
    baseSeverity: cvss.baseSeverity,
  };
}

function vulnerabilities(
  a: AdvisoryData,
  ids: string[],
  cvss: ParsedCvss | undefined,
  version: '2.0' | '2.1',
): Obj[] {
  const common: Obj = {
    notes: [{ category: 'description', title: 'Beschreibung', text: a.summary.trim() || a.title }],
  };
  if (ids.length > 0) {
    common.product_status = { known_affected: ids };
    if (cvss) {
      const key = cvss.version === '4.0' ? 'cvss_v4' : 'cvss_v3';
      const content = { [key]: cvssObject(cvss) };
      if (version === '2.0') common.scores = [{ ...content, products: ids }];
      else common.metrics = [{ content, products: ids }];
    }
    if (a.remediation?.trim()) {
      common.remediations = [
        { category: 'vendor_fix', details: a.remediation.trim(), product_ids: ids },
      ];
    }
  }
  const cves = [...new Set(a.cves.map((c) => c.trim().toUpperCase()).filter((c) => CVE.test(c)))];
  if (cves.length > 0) return cves.map((cve) => ({ cve, ...common }));
  // No CVE yet (common early in an incident): one vulnerability still carries score and fix.
  return ids.length > 0 && (cvss || common.remediations) ? [common] : [];
}

/** Splits the Markdown body at level-2 headings into notes; import joins them the same way back. */
function notes(a: AdvisoryData): Obj[] {
  const result: Obj[] = [];
  if (a.summary.trim())
    result.push({ category: 'summary', title: 'Zusammenfassung', text: a.summary.trim() });
  const sections = a.bodyMarkdown.split(/^## +(.+)$/m);
  const intro = sections[0].trim();
  if (intro) result.push({ category: 'details', text: intro });
  for (let i = 1; i < sections.length; i += 2) {
    const text = sections[i + 1]?.trim();
    if (text) result.push({ category: 'details', title: sections[i].trim(), text });
  }
  return result;
}

function references(a: AdvisoryData): Obj[] {
  return a.references
    .filter((r) => {
      try {
        return ['http:', 'https:'].includes(new URL(r.url).protocol);
      } catch {
        return false;
      }
    })
    .map((r) => ({ category: 'external', summary: r.summary?.trim() || r.url, url: r.url }));
}

/**
 * Keeps the history consistent with tracking.version, as mandatory tests 6.1.14/6.1.16 demand:
 * sorted by date, and the current version as the latest entry.
 */
function revisionHistory(a: AdvisoryData): Obj[] {
  const entries: RevisionEntry[] = a.revisionHistory
    .filter((r) => r.number?.trim() && r.date?.trim())
    .map((r) => ({
      number: r.number.trim(),
      date: isoDate(r.date),
      summary: r.summary?.trim() || 'Aktualisierung',
    }))
    .sort((x, y) => Date.parse(x.date) - Date.parse(y.date));
  if (!entries.some((r) => r.number === a.version)) {
    const summary = entries.length === 0 ? 'Erstveröffentlichung' : 'Aktuelle Fassung';
    entries.push({ number: a.version, date: isoDate(a.currentReleaseDate), summary });
  }
  return entries.map((r) => ({ date: r.date, number: r.number, summary: r.summary }));
}

/**
 * Builds a CSAF document for an advisory: 2.0 where possible, 2.1 for AMBER+STRICT or CVSS 4.0;
 * csaf_security_advisory when there are affected products and vulnerabilities, else csaf_base.
 * The result passes validateCsaf when the advisory's own fields are well-formed.
 */
export function advisoryToCsaf(a: AdvisoryData, opts: CsafExportOptions): Obj {
  const cvss = a.cvssVector ? parseCvss(a.cvssVector) : undefined;
  const version = csafVersionFor(a.tlp, cvss);
  const { tree, ids } = productTree(a.products, version);
  const vulns = vulnerabilities(a, ids, cvss, version);
  const documentNotes = notes(a);
  const documentReferences = references(a);

  const document: Obj = {
    aggregate_severity: { text: SEVERITY_TEXT[a.severity] },
    category: ids.length > 0 && vulns.length > 0 ? 'csaf_security_advisory' : 'csaf_base',
    csaf_version: version,
    distribution: { tlp: { label: tlpLabel(a.tlp, version), url: TLP_URL } },
    publisher: {
      category: opts.publisher.category ?? 'coordinator',
      name: opts.publisher.name,
      namespace: opts.publisher.namespace,
    },
    title: a.title,
    tracking: {
      current_release_date: isoDate(a.currentReleaseDate),
      id: a.trackingId,
      initial_release_date: isoDate(a.initialReleaseDate),
      revision_history: revisionHistory(a),
      status: a.status.toLowerCase(),
      version: a.version,
    },
  };
  if (documentNotes.length > 0) document.notes = documentNotes;
  if (documentReferences.length > 0) document.references = documentReferences;

  return {
    ...(version === '2.1' ? { $schema: SCHEMA_2_1 } : {}),
    document,
    ...(tree ? { product_tree: tree } : {}),
    ...(vulns.length > 0 ? { vulnerabilities: vulns } : {}),
  };
}
