import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from '../../common/graphql/json.scalar';
import { ConnectionType } from '../../common/graphql/pagination';
import { OrganisationType } from '../../organisations/organisation.type';
import { MemberType } from '../../members/member.type';
import {
  AcknowledgementStatus,
  AdvisorySeverity,
  AdvisoryStatus,
  TlpLabel,
} from '../advisory.enums';

@ObjectType('AdvisoryProduct', { description: 'A product the advisory applies to.' })
export class AdvisoryProductType {
  @Field({ description: 'Vendor name (may be empty).' })
  vendor: string;

  @Field({ description: 'Product name.' })
  product: string;

  @Field(() => String, {
    nullable: true,
    description: 'A version or a range such as "<2.4.1"; null for all versions.',
  })
  version: string | null;

  @Field(() => String, { description: 'CPE name; null when not given.', nullable: true })
  cpe: string | null;

  @Field(() => String, { description: 'Package URL; null when not given.', nullable: true })
  purl: string | null;
}

@ObjectType('AdvisoryReference', { description: 'A link to further information.' })
export class AdvisoryReferenceType {
  @Field({ description: 'An http(s) URL.' })
  url: string;

  @Field(() => String, { description: 'What the link is; null when not given.', nullable: true })
  summary: string | null;
}

@ObjectType('AdvisoryRevision', {
  description:
    'A published version of an advisory (the revision history). Same readers as the advisory.',
})
export class AdvisoryRevisionType {
  @Field({ description: 'Version number as in CSAF ("1", "2", …).' })
  version: string;

  @Field(() => AdvisoryStatus, { description: 'INTERIM or FINAL.' })
  status: AdvisoryStatus;

  @Field(() => TlpLabel, { description: 'The label when this version was published.' })
  tlp: TlpLabel;

  @Field({ description: 'What changed with this version.' })
  changeSummary: string;

  @Field(() => GraphQLJSON, {
    description: 'The content of this version (title, summary, body, CVEs, products, …) as JSON.',
  })
  snapshot: Record<string, unknown>;

  @Field({ description: 'When this version was published (ISO 8601 date-time, UTC).' })
  publishedAt: Date;
}

@ObjectType('Advisory', {
  description:
    'A security advisory of a CERT, labelled with TLP 2.0. Readable by the members its label allows (see TlpLabel); DRAFTs only by the authoring CERT. ADMINs have no bypass.',
})
export class AdvisoryType {
  @Field(() => ID, { description: 'Advisory id (UUID).' })
  id: string;

  @Field({
    description: "Tracking id, unique, e.g. SN-2026-0001 (the CSAF document's tracking id).",
  })
  trackingId: string;

  @Field({ description: 'Current version: "0" until the first publication, then "1", "2", ….' })
  version: string;

  @Field(() => AdvisoryStatus, { description: 'Publication state.' })
  status: AdvisoryStatus;

  @Field(() => TlpLabel, { description: 'The TLP label that decides who may read it.' })
  tlp: TlpLabel;

  @Field(() => AdvisorySeverity, { description: 'Severity.' })
  severity: AdvisorySeverity;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'Short summary, plain text.' })
  summary: string;

  @Field({ description: 'The full text in Markdown as written.' })
  bodyMarkdown: string;

  @Field({ description: 'Sanitised HTML rendered from bodyMarkdown; safe to insert.' })
  bodyHtml: string;

  @Field(() => [String], { description: 'CVE ids (CVE-YYYY-NNNN); empty when none.' })
  cves: string[];

  @Field(() => String, {
    description: 'CVSS 3.x or 4.0 vector string; null when none.',
    nullable: true,
  })
  cvssVector: string | null;

  @Field(() => Float, {
    description: 'Base score 0.0 to 10.0 computed from cvssVector; null when none.',
    nullable: true,
  })
  cvssScore: number | null;

  @Field(() => [AdvisoryProductType], { description: 'Affected products.' })
  products: AdvisoryProductType[];

  @Field(() => [AdvisoryReferenceType], { description: 'Links to further information.' })
  references: AdvisoryReferenceType[];

  @Field(() => String, {
    description: 'What to do about it (Markdown); null when none.',
    nullable: true,
  })
  remediation: string | null;

  @Field({ description: 'Name of the publishing CERT organisation.' })
  publisherName: string;

  @Field(() => Date, {
    description:
      'When the first version was published (ISO 8601 date-time, UTC); null for a draft.',
    nullable: true,
  })
  initialReleaseDate: Date | null;

  @Field(() => Date, {
    description:
      'When the current version was published (ISO 8601 date-time, UTC); null for a draft.',
    nullable: true,
  })
  currentReleaseDate: Date | null;

  @Field({ description: 'When the advisory was created (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field({ description: 'When it last changed (ISO 8601 date-time, UTC).' })
  updatedAt: Date;

  /** Resolved by field resolvers. */
  authorId: string;
  authorOrganisationId: string;
}

export const AdvisoryConnection = ConnectionType(AdvisoryType, 'AdvisoryConnection');

@ObjectType('AdvisorySearchHit', {
  description: 'An advisory the caller may read that matches an advisorySearch query.',
})
export class AdvisorySearchHitType {
  @Field(() => AdvisoryType, {
    description: 'The matching advisory (readable under its TLP label).',
  })
  advisory: AdvisoryType;

  @Field({
    description:
      'Excerpt of title, summary and body with <mark> around matches: escaped plain text, safe to insert as HTML.',
  })
  headline: string;

  @Field(() => Float, {
    description: 'Relevance (PostgreSQL ts_rank, higher is better; title and CVE hits weigh most).',
  })
  rank: number;
}

export const AdvisorySearchConnection = ConnectionType(
  AdvisorySearchHitType,
  'AdvisorySearchConnection',
);

@ObjectType('AdvisoryRecipients', {
  description: 'Who receives an advisory; only for the managing CERT.',
})
export class AdvisoryRecipientsType {
  @Field(() => [OrganisationType], {
    description: 'Recipient organisations (for AMBER and AMBER+STRICT).',
  })
  organisations: OrganisationType[];

  @Field(() => [MemberType], { description: 'Named recipients (for RED).' })
  members: MemberType[];

  @Field(() => [OrganisationType], {
    description: 'Municipalities reached by forwards of recipient IT providers (AMBER only).',
  })
  forwardedTo: OrganisationType[];
}

@ObjectType('AdvisoryAcknowledgement', {
  description: "An organisation's status for an advisory at one point in time.",
})
export class AdvisoryAcknowledgementType {
  @Field(() => OrganisationType, { description: 'The organisation that answered.' })
  organisation: OrganisationType;

  @Field(() => AcknowledgementStatus, { description: 'The reported status.' })
  status: AcknowledgementStatus;

  @Field(() => String, { description: 'The note sent with it; null when none.', nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'Id of the member who recorded it.' })
  memberId: string;

  @Field({ description: 'When it was recorded (ISO 8601 date-time, UTC).' })
  at: Date;
}

@ObjectType('AcknowledgementStatusGroup', {
  description: "The organisations with one status, in the CERT's overview.",
})
export class AcknowledgementStatusGroupType {
  @Field(() => AcknowledgementStatus, { description: 'The status.' })
  status: AcknowledgementStatus;

  @Field(() => Int, { description: 'How many organisations are currently in it (0 or more).' })
  count: number;

  @Field(() => [OrganisationType], { description: 'Those organisations, by name.' })
  organisations: OrganisationType[];
}

@ObjectType('AdvisoryStatusOverview', {
  description:
    "The CERT's view of an advisory's answers across the expected organisations; managing CERT only.",
})
export class AdvisoryStatusOverviewType {
  @Field(() => ID, { description: 'Advisory id.' })
  advisoryId: string;

  @Field(() => Int, {
    description:
      'Organisations expected to respond, the authoring CERT excluded: for CLEAR and GREEN every municipality and IT provider; for AMBER and AMBER+STRICT the recipient organisations (and AMBER forwards); for RED the organisations of the named recipients.',
  })
  expectedCount: number;

  @Field(() => [AcknowledgementStatusGroupType], {
    description: 'One entry per status, also with count 0.',
  })
  byStatus: AcknowledgementStatusGroupType[];

  @Field(() => Int, { description: 'Expected organisations without any answer.' })
  notRespondedCount: number;

  @Field(() => [OrganisationType], { description: 'Those organisations, by name.' })
  notResponded: OrganisationType[];

  @Field(() => [OrganisationType], {
    description:
      'Expected organisations without an active member who may read the advisory: nobody there can answer (or be reminded) until the recipients or the organisation’s members change. Managing CERT only, like the whole overview.',
  })
  withoutResponder: OrganisationType[];
}

@ObjectType('AdvisoryReminderResult', {
  description: 'What remindAdvisoryNonResponders did.',
})
export class AdvisoryReminderResultType {
  @Field(() => [OrganisationType], {
    description: 'Expected organisations that have not answered and whose members were reminded.',
  })
  organisations: OrganisationType[];

  @Field(() => Int, { description: 'How many members got an in-app reminder.' })
  notifiedMembers: number;

  @Field({
    description: 'When the next reminder for this advisory is allowed (rate limit per advisory).',
  })
  nextReminderAllowedAt: Date;
}
