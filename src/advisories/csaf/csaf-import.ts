import {
  AdvisoryData,
  AdvisoryProduct,
  AdvisoryReference,
  CsafError,
  Severity,
  TlpLabel,
} from './csaf.types';
import { assertSafeJson, validateCsaf } from './csaf-validator';
import { parseCvss, ParsedCvss } from './cvss';

export const MAX_IMPORTED_PRODUCTS = 500;
export const MAX_IMPORTED_REFERENCES = 200;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;
/** A scalar as text, anything else as ''; String() would turn an object into "[object Object]". */
const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/** The CSAF profiles (document.category) and how the platform names them to members. */
const PROFILE_NAMES = new Map<string, string>([
  ['csaf_base', 'CSAF Base'],
  ['csaf_security_advisory', 'Sicherheitshinweis'],
  ['csaf_vex', 'VEX (Ausnutzbarkeit je Produkt)'],
  ['csaf_informational_advisory', 'Informationshinweis (ohne Schwachstelle)'],
  ['csaf_security_incident_response', 'Antwort auf einen Sicherheitsvorfall'],
  ['csaf_withdrawn', 'Zurückgezogenes Dokument'],
  ['csaf_superseded', 'Ersetztes Dokument'],
]);

/**
 * Every profile the validator accepts is imported: the validator has already checked the profile's
 * own rules. Categories without the reserved "csaf_" prefix (e.g. Cisco's "Cisco Security
 * Advisory") are CSAF Base documents by the standard. What the advisory has no field for (a VEX
 * product status, the kind of document) goes into the body, so the reviewing person sees it.
 */
function profileOf(category: unknown): string {
  return typeof category === 'string' && PROFILE_NAMES.has(category) ? category : 'csaf_base';
}

const STATUS_WORDS: Array<[string, string]> = [
  ['known_affected', 'betroffen'],
  ['first_affected', 'betroffen (ab)'],
  ['last_affected', 'betroffen (bis)'],
  ['recommended', 'empfohlene Version'],
  ['fixed', 'behoben'],
  ['first_fixed', 'behoben (ab)'],
  ['known_not_affected', 'nicht betroffen'],
  ['under_investigation', 'wird untersucht'],
];

/** product_id -> name, from the whole product tree (branches, full names, relationships). */
function productNames(tree: Obj): Map<string, string> {
  const names = new Map<string, string>();
  const add = (p: Obj) => {
    const id = str(p.product_id);
    const name = str(p.name);
    if (id && name && !names.has(id)) names.set(id, name);
  };
  const stack = [...arr(tree.branches)].map(obj);
  while (stack.length > 0 && names.size < MAX_IMPORTED_PRODUCTS * 4) {
    const branch = stack.pop()!;
    if (branch.product) add(obj(branch.product));
    stack.push(...arr(branch.branches).map(obj));
  }
  arr(tree.full_product_names).map(obj).forEach(add);
  arr(tree.relationships).forEach((r) => add(obj(obj(r).full_product_name)));
  return names;
}

/**
 * The product status of each vulnerability (the heart of a VEX document) as Markdown: per CVE,
 * which products are affected, fixed, not affected (with the stated impact) or under investigation.
 */
function productStatusMarkdown(vulnerabilities: Obj[], tree: Obj): string {
  const names = productNames(tree);
  const nameOf = (id: unknown) => names.get(text(id)) ?? text(id);
  const lines: string[] = [];
  for (const v of vulnerabilities) {
    const status = obj(v.product_status);
    const entries = STATUS_WORDS.flatMap(([key, word]) => {
      const ids = arr(status[key]);
      return ids.length ? [`  - ${word}: ${ids.slice(0, 50).map(nameOf).join(', ')}`] : [];
    });
    const impacts = arr(v.threats)
      .map(obj)
      .filter((t) => t.category === 'impact' && str(t.details))
      .map((t) => `  - Begründung: ${text(t.details).trim()}`);
    const flags = arr(v.flags)
      .map(obj)
      .filter((f) => str(f.label))
      .map((f) => `  - Kennzeichen: ${text(f.label)}`);
    if (!entries.length && !impacts.length && !flags.length) continue;
    const name = str(v.cve) ?? str(v.title) ?? 'Schwachstelle ohne CVE';
    lines.push(`- **${name}**`, ...entries, ...impacts, ...flags);
  }
  return lines.join('\n');
}

// Maps, not object literals: document text must not reach prototype keys like "constructor".
const TLP_LABELS = new Map<string, TlpLabel>([
  ['WHITE', 'CLEAR'], // CSAF 2.0 uses TLP 1.0, whose WHITE became CLEAR in TLP 2.0
  ['CLEAR', 'CLEAR'],
  ['GREEN', 'GREEN'],
  ['AMBER', 'AMBER'],
  ['AMBER+STRICT', 'AMBER_STRICT'],
  ['RED', 'RED'],
]);

/**
 * A document without a TLP label says nothing about who may see it. Guessing CLEAR or GREEN could
 * leak it; AMBER would allow forwarding to clients. AMBER+STRICT is the most cautious label that
 * still reaches the chosen recipient organisations; lowering it later is an explicit, audited act.
 */
export const DEFAULT_IMPORT_TLP: TlpLabel = 'AMBER_STRICT';

function tlpOf(document: Obj): TlpLabel {
  const label = str(obj(obj(document.distribution).tlp).label);
  return (label && TLP_LABELS.get(label.trim().toUpperCase())) || DEFAULT_IMPORT_TLP;
}

const SEVERITY_WORDS = new Map<string, Severity>([
  ...(['critical', 'kritisch'] as const).map((w) => [w, 'KRITISCH'] as const),
  ...(['important', 'high', 'hoch'] as const).map((w) => [w, 'HOCH'] as const),
  ...(['moderate', 'medium', 'mittel'] as const).map((w) => [w, 'MITTEL'] as const),
  ...(['low', 'niedrig'] as const).map((w) => [w, 'NIEDRIG'] as const),
]);

/** Every CVSS 3.x/4.0 vector of the document (2.0 `scores`, 2.1 `metrics[].content`). */
function cvssVectors(vulnerabilities: unknown[]): string[] {
  const vectors: string[] = [];
  for (const vulnerability of vulnerabilities.map(obj)) {
    const contents = [
      ...arr(vulnerability.scores),
      ...arr(vulnerability.metrics).map((m) => obj(m).content),
    ];
    for (const content of contents.map(obj)) {
      for (const key of ['cvss_v3', 'cvss_v4']) {
        const vector = str(obj(content[key]).vectorString);
        if (vector) vectors.push(vector);
      }
    }
  }
  return vectors;
}

function highestCvss(vulnerabilities: unknown[]): ParsedCvss | undefined {
  let best: ParsedCvss | undefined;
  for (const vector of cvssVectors(vulnerabilities)) {
    try {
      const parsed = parseCvss(vector);
      if (!best || parsed.baseScore > best.baseScore) best = parsed;
    } catch {
      // a vector the validator accepted but the calculator cannot score: other vectors may do
    }
  }
  return best;
}

/** Branch categories that name a version; the deepest one wins (Cisco: release, then service pack). */
const VERSION_BRANCHES = new Set([
  'product_version',
  'product_version_range',
  'service_pack',
  'patch_level',
]);

interface BranchContext {
  vendor?: string;
  name?: string;
  family?: string;
  version?: string;
}

function productOf(product: Obj, context: BranchContext): AdvisoryProduct {
  const helper = obj(product.product_identification_helper);
  const purl = str(helper.purl) ?? str(arr(helper.purls)[0]); // 2.0: purl, 2.1: purls[]
  return {
    vendor: context.vendor ?? '',
    product: context.name ?? context.family ?? str(product.name) ?? text(product.product_id),
    version: context.version ?? null,
    cpe: str(helper.cpe) ?? null,
    purl: purl ?? null,
  };
}

/** Flattens the product tree without recursion (the guard bounds depth, this bounds effort). */
function productsOf(tree: Obj): AdvisoryProduct[] {
  const found: AdvisoryProduct[] = [];
  const stack: Array<{ branch: Obj; context: BranchContext }> = [];
  // Children are pushed last-first so that the walk pops them in document order.
  const pushChildren = (branches: unknown, context: BranchContext) => {
    const list = arr(branches);
    for (let i = list.length - 1; i >= 0; i--) stack.push({ branch: obj(list[i]), context });
  };
  pushChildren(tree.branches, {});
  while (stack.length > 0 && found.length < MAX_IMPORTED_PRODUCTS * 4) {
    const { branch, context } = stack.pop()!;
    const name = str(branch.name);
    const category = branch.category;
    const next = { ...context };
    if (category === 'vendor') next.vendor = name;
    else if (category === 'product_name') next.name = name;
    else if (category === 'product_family') next.family = name;
    else if (typeof category === 'string' && VERSION_BRANCHES.has(category)) next.version = name;
    if (branch.product) found.push(productOf(obj(branch.product), next));
    pushChildren(branch.branches, next);
  }
  const loose = [
    ...arr(tree.full_product_names),
    ...arr(tree.relationships).map((r) => obj(r).full_product_name),
  ];
  for (const product of loose.map(obj)) if (str(product.name)) found.push(productOf(product, {}));

  const seen = new Set<string>();
  const result: AdvisoryProduct[] = [];
  for (const p of found) {
    const key = JSON.stringify([p.vendor, p.product, p.version, p.cpe, p.purl]);
    if (seen.has(key) || !p.product) continue;
    seen.add(key);
    result.push(p);
    if (result.length >= MAX_IMPORTED_PRODUCTS) break;
  }
  return result;
}

function referencesOf(document: Obj, vulnerabilities: Obj[]): AdvisoryReference[] {
  const all = [
    ...arr(document.references),
    ...vulnerabilities.flatMap((v) => arr(v.references)),
  ].map(obj);
  const byUrl = new Map<string, AdvisoryReference>();
  for (const ref of all) {
    const url = str(ref.url);
    if (!url || byUrl.has(url) || byUrl.size >= MAX_IMPORTED_REFERENCES) continue;
    const summary = str(ref.summary);
    byUrl.set(url, summary ? { url, summary } : { url });
  }
  return [...byUrl.values()];
}

const unique = (values: Array<string | undefined>): string[] => [
  ...new Set(values.filter((v): v is string => !!v)),
];

/**
 * Maps a CSAF 2.0/2.1 document of any profile onto the platform's advisory. Expects a document that validateCsaf accepted; use importCsaf for untrusted input.
 */
export function csafToAdvisory(input: unknown): AdvisoryData {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new CsafError('Das CSAF-Dokument muss ein JSON-Objekt sein.');
  }
  const doc = obj(input);
  const document = obj(doc.document);
  const profile = profileOf(document.category);
  const tracking = obj(document.tracking);
  const vulnerabilities = arr(doc.vulnerabilities).map(obj);
  const notes = arr(document.notes).map(obj);

  const summaryNotes = notes.filter((n) => n.category === 'summary');
  const vulnerabilityDescription = vulnerabilities
    .flatMap((v) => arr(v.notes).map(obj))
    .find((n) => n.category === 'description' || n.category === 'summary');
  // Summary fallback for documents without a summary note (e.g. BSI's): the first vulnerability
  // description, then the title, so an advisory always has a teaser.
  const summary =
    unique(summaryNotes.map((n) => str(n.text))).join('\n\n') ||
    str(vulnerabilityDescription?.text) ||
    text(document.title);
  const sections = notes
    .filter((n) => n.category !== 'summary' && str(n.text))
    .map((n) =>
      str(n.title) ? `## ${text(n.title).trim()}\n\n${text(n.text).trim()}` : text(n.text).trim(),
    );
  // The product status is what a VEX document says; in other profiles the affected products are
  // the advisory's product list already (and the export writes them back as known_affected).
  const productStatus =
    profile === 'csaf_vex' ? productStatusMarkdown(vulnerabilities, obj(doc.product_tree)) : '';
  if (productStatus) sections.push(`## Produktstatus\n\n${productStatus}`);
  if (profile !== 'csaf_base' && profile !== 'csaf_security_advisory')
    sections.push(
      `## CSAF-Dokumenttyp\n\nImportiert aus einem CSAF-Dokument der Kategorie ${profile} (${PROFILE_NAMES.get(profile)}).`,
    );
  const bodyMarkdown = sections.join('\n\n');

  const cvss = highestCvss(vulnerabilities);
  const aggregate = str(obj(document.aggregate_severity).text)?.trim().toLowerCase();
  // CVSS first (comparable across publishers), then the publisher's own word, then the middle.
  // Without either: an informational document, or a VEX that names nothing affected or under
  // investigation, is NIEDRIG; anything else the middle.
  const nothingAffected =
    profile === 'csaf_informational_advisory' ||
    (profile === 'csaf_vex' &&
      !vulnerabilities.some((v) => {
        const status = obj(v.product_status);
        return ['known_affected', 'first_affected', 'last_affected', 'under_investigation'].some(
          (k) => arr(status[k]).length > 0,
        );
      }));
  const severity =
    cvss?.severity ??
    (aggregate ? SEVERITY_WORDS.get(aggregate) : undefined) ??
    (nothingAffected ? 'NIEDRIG' : 'MITTEL');

  const remediation = unique(
    vulnerabilities.flatMap((v) => arr(v.remediations).map((r) => str(obj(r).details))),
  ).join('\n\n');
  const status = text(tracking.status).toUpperCase();

  return {
    trackingId: text(tracking.id),
    version: text(tracking.version),
    status: status === 'DRAFT' || status === 'INTERIM' ? status : 'FINAL',
    title: text(document.title),
    summary,
    bodyMarkdown,
    severity,
    tlp: tlpOf(document),
    cves: unique(vulnerabilities.map((v) => str(v.cve))),
    cvssVector: cvss?.vector ?? null,
    cvssScore: cvss?.baseScore ?? null,
    products: productsOf(obj(doc.product_tree)),
    references: referencesOf(document, vulnerabilities),
    remediation: remediation || null,
    publisherName: text(obj(document.publisher).name),
    initialReleaseDate: text(tracking.initial_release_date),
    currentReleaseDate: text(tracking.current_release_date),
    revisionHistory: arr(tracking.revision_history)
      .map(obj)
      .map((r) => ({
        number: text(r.number),
        date: text(r.date),
        summary: text(r.summary),
      })),
  };
}

/**
 * Entry point for uploads: size/depth guard, official validation, then mapping. Throws CsafError
 * whose `messages` are the validator's messages when the document is invalid.
 */
export async function importCsaf(
  raw: unknown, // JSON text or an already parsed document
): Promise<{ document: unknown; advisory: AdvisoryData }> {
  const document = assertSafeJson(raw);
  const messages = await validateCsaf(document);
  if (messages.length > 0) throw new CsafError('Das CSAF-Dokument ist ungültig.', messages);
  return { document, advisory: csafToAdvisory(document) };
}
