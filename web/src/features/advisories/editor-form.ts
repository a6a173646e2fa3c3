import type { AdvisorySeverity, TlpLabel } from '../../gql/enums';
import { CVE } from './list-params';

export interface ProductRow {
  vendor: string;
  product: string;
  version: string;
  cpe: string;
  purl: string;
}

export interface EditorState {
  title: string;
  trackingId: string;
  tlp: TlpLabel;
  severity: AdvisorySeverity;
  summary: string;
  bodyMarkdown: string;
  remediation: string;
  cves: string;
  cvssVector: string;
  products: ProductRow[];
  references: string;
}

export const emptyProduct = (): ProductRow => ({
  vendor: '',
  product: '',
  version: '',
  cpe: '',
  purl: '',
});

/** CVE lines -> upper-cased ids, each once; `invalid` lists what is not CVE-YYYY-NNNN. */
export function parseCves(text: string): { cves: string[]; invalid: string[] } {
  const items = text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const cves = [...new Set(items.filter((c) => CVE.test(c)))];
  return { cves, invalid: items.filter((c) => !CVE.test(c)) };
}

/** Reference lines "https://… optional description" -> { url, summary }. */
export function parseReferences(text: string): { url: string; summary: string | null }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [url, ...rest] = line.split(/\s+/);
      return { url, summary: rest.join(' ') || null };
    });
}

/** The API's content input (empty optional fields as null, blank product rows dropped). */
export function contentInput(s: EditorState) {
  return {
    title: s.title.trim(),
    severity: s.severity,
    summary: s.summary,
    bodyMarkdown: s.bodyMarkdown,
    remediation: s.remediation.trim() ? s.remediation : null,
    cves: parseCves(s.cves).cves,
    cvssVector: s.cvssVector.trim() || null,
    products: s.products
      .filter((p) => p.product.trim() || p.vendor.trim())
      .map((p) => ({
        vendor: p.vendor.trim(),
        product: p.product.trim(),
        version: p.version.trim() || null,
        cpe: p.cpe.trim() || null,
        purl: p.purl.trim() || null,
      })),
    references: parseReferences(s.references),
  };
}
