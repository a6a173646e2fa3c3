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

@ObjectType('AdvisoryProduct')
export class AdvisoryProductType {
  @Field()
  vendor: string;

  @Field()
  product: string;

  @Field(() => String, { nullable: true, description: 'A version or a range such as "<2.4.1".' })
  version: string | null;

  @Field(() => String, { nullable: true })
  cpe: string | null;

  @Field(() => String, { nullable: true })
  purl: string | null;
}

@ObjectType('AdvisoryReference')
export class AdvisoryReferenceType {
  @Field()
  url: string;

  @Field(() => String, { nullable: true })
  summary: string | null;
}

@ObjectType('AdvisoryRevision')
export class AdvisoryRevisionType {
  @Field()
  version: string;

  @Field(() => AdvisoryStatus)
  status: AdvisoryStatus;

  @Field(() => TlpLabel, { description: 'The label when this version was published.' })
  tlp: TlpLabel;

  @Field()
  changeSummary: string;

  @Field(() => GraphQLJSON, {
    description: 'The content of this version (title, summary, body, CVEs, products, ...).',
  })
  snapshot: Record<string, unknown>;

  @Field()
  publishedAt: Date;
}

@ObjectType('Advisory')
export class AdvisoryType {
  @Field(() => ID)
  id: string;

  @Field()
  trackingId: string;

  @Field({ description: '"0" until the first publication.' })
  version: string;

  @Field(() => AdvisoryStatus)
  status: AdvisoryStatus;

  @Field(() => TlpLabel)
  tlp: TlpLabel;

  @Field(() => AdvisorySeverity)
  severity: AdvisorySeverity;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field()
  bodyMarkdown: string;

  @Field({ description: 'Sanitised HTML rendered from bodyMarkdown.' })
  bodyHtml: string;

  @Field(() => [String])
  cves: string[];

  @Field(() => String, { nullable: true })
  cvssVector: string | null;

  @Field(() => Float, { nullable: true })
  cvssScore: number | null;

  @Field(() => [AdvisoryProductType])
  products: AdvisoryProductType[];

  @Field(() => [AdvisoryReferenceType])
  references: AdvisoryReferenceType[];

  @Field(() => String, { nullable: true })
  remediation: string | null;

  @Field()
  publisherName: string;

  @Field(() => Date, { nullable: true })
  initialReleaseDate: Date | null;

  @Field(() => Date, { nullable: true })
  currentReleaseDate: Date | null;

  @Field()
  createdAt: Date;

  @Field()
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

@ObjectType('AdvisoryRecipients')
export class AdvisoryRecipientsType {
  @Field(() => [OrganisationType], { description: 'For AMBER and AMBER+STRICT.' })
  organisations: OrganisationType[];

  @Field(() => [MemberType], { description: 'For RED.' })
  members: MemberType[];

  @Field(() => [OrganisationType], {
    description: 'Municipalities reached by forwards of recipient IT providers (AMBER only).',
  })
  forwardedTo: OrganisationType[];
}

@ObjectType('AdvisoryAcknowledgement')
export class AdvisoryAcknowledgementType {
  @Field(() => OrganisationType)
  organisation: OrganisationType;

  @Field(() => AcknowledgementStatus)
  status: AcknowledgementStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'The member who recorded it.' })
  memberId: string;

  @Field()
  at: Date;
}

@ObjectType('AcknowledgementStatusGroup')
export class AcknowledgementStatusGroupType {
  @Field(() => AcknowledgementStatus)
  status: AcknowledgementStatus;

  @Field(() => Int)
  count: number;

  @Field(() => [OrganisationType])
  organisations: OrganisationType[];
}

@ObjectType('AdvisoryStatusOverview')
export class AdvisoryStatusOverviewType {
  @Field(() => ID)
  advisoryId: string;

  @Field(() => Int, { description: 'Organisations expected to respond.' })
  expectedCount: number;

  @Field(() => [AcknowledgementStatusGroupType], {
    description: 'One entry per status, also with count 0.',
  })
  byStatus: AcknowledgementStatusGroupType[];

  @Field(() => Int)
  notRespondedCount: number;

  @Field(() => [OrganisationType])
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
