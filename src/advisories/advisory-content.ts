import { badInput } from '../common/errors/app-error';
import { assertMarkdownSize, renderMarkdown } from '../common/markdown/render-markdown';
import type { Advisory } from './advisory.entity';
import type { AdvisoryContentInput } from './dto/advisory.inputs';
import type { AdvisoryData } from './csaf/csaf.types';
import { InvalidCvssError, parseCvss } from './csaf/cvss';

/** Where exported documents of advisories written here say they come from (CSAF publisher.namespace). */
export const PLATFORM_NAMESPACE = 'https://sicherheitsnetz.nrw.de';
export const ADVISORY_BODY_MAX = 64_000;

type Content = Pick<
  Advisory,
  | 'title'
  | 'summary'
  | 'bodyMarkdown'
  | 'bodyHtml'
  | 'severity'
  | 'cves'
  | 'cvssVector'
  | 'cvssScore'
  | 'products'
  | 'referenceLinks'
  | 'remediation'
>;

/**
 * Turns validated input into column values: Markdown rendered and sanitised, CVEs normalised,
 * the CVSS vector parsed and scored by the calculator (the score is never taken from the client).
 */
export function contentChanges(input: AdvisoryContentInput): Partial<Content> {
  const changes: Partial<Content> = {};
  if (input.title != null) changes.title = input.title.trim();
  if (input.summary != null) changes.summary = input.summary.trim();
  if (input.bodyMarkdown != null) {
    try {
      assertMarkdownSize(input.bodyMarkdown, 'bodyMarkdown', ADVISORY_BODY_MAX);
    } catch (error) {
      throw badInput('bodyMarkdown', (error as Error).message);
    }
    changes.bodyMarkdown = input.bodyMarkdown;
    changes.bodyHtml = renderMarkdown(input.bodyMarkdown);
  }
  if (input.severity != null) changes.severity = input.severity;
  if (input.cves != null)
    changes.cves = [...new Set(input.cves.map((c) => c.trim().toUpperCase()))];
  if (input.cvssVector !== undefined) {
    if (input.cvssVector === null || input.cvssVector.trim() === '') {
      changes.cvssVector = null;
      changes.cvssScore = null;
    } else {
      try {
        const parsed = parseCvss(input.cvssVector);
        changes.cvssVector = parsed.vector;
        changes.cvssScore = parsed.baseScore;
      } catch (error) {
        if (error instanceof InvalidCvssError) throw badInput('cvssVector', error.message);
        throw error;
      }
    }
  }
  if (input.products != null) {
    changes.products = input.products.map((p) => ({
      vendor: p.vendor.trim(),
      product: p.product.trim(),
      version: p.version?.trim() || null,
      cpe: p.cpe?.trim() || null,
      purl: p.purl?.trim() || null,
    }));
  }
  if (input.references != null)
    changes.referenceLinks = input.references.map((r) =>
      r.summary?.trim() ? { url: r.url, summary: r.summary.trim() } : { url: r.url },
    );
  if (input.remediation !== undefined) changes.remediation = input.remediation?.trim() || null;
  return changes;
}

/** The content of a version as kept in its revision row. */
export function snapshotOf(a: Advisory): Record<string, unknown> {
  return {
    title: a.title,
    summary: a.summary,
    bodyMarkdown: a.bodyMarkdown,
    severity: a.severity,
    cves: a.cves,
    cvssVector: a.cvssVector,
    cvssScore: a.cvssScore,
    products: a.products,
    references: a.referenceLinks,
    remediation: a.remediation,
  };
}

/** The library's view of an advisory, for the CSAF export. */
export function toAdvisoryData(a: Advisory): AdvisoryData {
  const now = new Date().toISOString();
  return {
    trackingId: a.trackingId,
    version: a.version,
    status: a.status,
    title: a.title,
    summary: a.summary,
    bodyMarkdown: a.bodyMarkdown,
    severity: a.severity,
    tlp: a.tlp,
    cves: a.cves,
    cvssVector: a.cvssVector,
    cvssScore: a.cvssScore,
    products: a.products,
    references: a.referenceLinks,
    remediation: a.remediation,
    publisherName: a.publisherName,
    initialReleaseDate: a.initialReleaseDate?.toISOString() ?? a.createdAt?.toISOString() ?? now,
    currentReleaseDate: a.currentReleaseDate?.toISOString() ?? a.updatedAt?.toISOString() ?? now,
    revisionHistory: a.revisionHistory,
  };
}

const INTEGER = /^\d+$/;
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

/** The version after `current`: integer versioning counts up, semantic versioning bumps the major part. */
export function nextVersion(current: string): string {
  if (INTEGER.test(current)) return String(Number(current) + 1);
  const semver = SEMVER.exec(current);
  if (semver) return `${Number(semver[1]) + 1}.0.0`;
  return '1';
}

/** Compares CSAF versions (integer or semantic, pre-release parts ignored): negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) =>
    v
      .split(/[-+]/)[0]
      .split('.')
      .map((n) => Number(n) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
