import type { OrganisationType } from '../organisations/organisation.type';
import type {
  AdvisoryAcknowledgement,
  AdvisoryAcknowledgementEvent,
} from './advisory-acknowledgement.entity';
import type { Advisory } from './advisory.entity';
import type { AdvisoryRevision } from './advisory-revision.entity';
import type {
  AdvisoryAcknowledgementType,
  AdvisoryRevisionType,
  AdvisoryType,
} from './dto/advisory.types';

export function toAdvisoryType(a: Advisory): AdvisoryType {
  return {
    id: a.id,
    trackingId: a.trackingId,
    version: a.version,
    status: a.status,
    tlp: a.tlp,
    severity: a.severity,
    title: a.title,
    summary: a.summary,
    bodyMarkdown: a.bodyMarkdown,
    bodyHtml: a.bodyHtml,
    cves: a.cves,
    cvssVector: a.cvssVector,
    cvssScore: a.cvssScore,
    products: a.products.map((p) => ({
      vendor: p.vendor,
      product: p.product,
      version: p.version ?? null,
      cpe: p.cpe ?? null,
      purl: p.purl ?? null,
    })),
    references: a.referenceLinks.map((r) => ({ url: r.url, summary: r.summary ?? null })),
    remediation: a.remediation,
    publisherName: a.publisherName,
    initialReleaseDate: a.initialReleaseDate,
    currentReleaseDate: a.currentReleaseDate,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    authorId: a.authorId,
    authorOrganisationId: a.authorOrganisationId,
  };
}

export const toRevisionType = (r: AdvisoryRevision): AdvisoryRevisionType => ({
  version: r.version,
  status: r.status,
  tlp: r.tlp,
  changeSummary: r.changeSummary,
  snapshot: r.snapshot,
  publishedAt: r.createdAt,
});

export function toAcknowledgementType(
  k: AdvisoryAcknowledgement | AdvisoryAcknowledgementEvent,
  organisation: OrganisationType,
): AdvisoryAcknowledgementType {
  return {
    organisation,
    status: k.status,
    note: k.note,
    memberId: k.memberId,
    at: 'updatedAt' in k ? k.updatedAt : k.createdAt,
  };
}
