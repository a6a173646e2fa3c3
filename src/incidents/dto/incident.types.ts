import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TlpLabel } from '../../advisories/advisory.enums';
import GraphQLJSON from '../../common/graphql/json.scalar';
import { ConnectionType } from '../../common/graphql/pagination';
import { ServiceKind } from '../../organisations/organisation.enums';
import type { CertDuty } from '../cert-duty.entity';
import type { AffectedRow } from '../incident-affected.service';
import type { IncidentParticipant } from '../incident-participant.entity';
import { IncidentTimelineEntry, TimelineEntryType } from '../incident-timeline-entry.entity';
import type { Incident } from '../incident.entity';
import {
  AffectedReason,
  AffectedSituation,
  IncidentKind,
  IncidentSeverity,
  IncidentStatus,
  ParticipantReason,
} from '../incident.enums';

@ObjectType('Incident', {
  description:
    'A security incident with its lifecycle, affected organisations, timeline and chat room. Readable by its participants and the CERT duty roster only (NOT_FOUND for everyone else, whatever the TLP label).',
})
export class IncidentType {
  @Field(() => ID, { description: 'Incident id (UUID).' })
  id: string;

  @Field(() => IncidentKind, { description: 'What kind of incident.' })
  kind: IncidentKind;

  @Field(() => IncidentSeverity, { description: 'How severe.' })
  severity: IncidentSeverity;

  @Field(() => TlpLabel, { description: 'TLP label (RED by default).' })
  tlp: TlpLabel;

  @Field({ description: 'Short title.' })
  title: string;

  @Field({ description: 'What happened, as reported.' })
  description: string;

  @Field(() => IncidentStatus, { description: 'Lifecycle state.' })
  status: IncidentStatus;

  @Field(() => ID, { description: 'Id of the reporting organisation.' })
  organisationId: string;

  @Field(() => ID, { description: 'Id of the member who reported it.' })
  reporterId: string;

  @Field(() => ID, { description: 'Id of the INCIDENT chat channel (its room).' })
  channelId: string;

  @Field({
    description:
      "Whether the reporter let the reporting organisation's IT providers' staff take part.",
  })
  consentToProvider: boolean;

  @Field({ description: 'When it was reported (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field({ description: 'Last change of the incident itself (ISO 8601 date-time, UTC).' })
  updatedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was closed; null while open (ISO 8601 date-time, UTC).',
  })
  closedAt: Date | null;
}
export const toIncidentType = (i: Incident): IncidentType => ({ ...i });
export const IncidentConnection = ConnectionType(IncidentType, 'IncidentConnection');

@ObjectType('IncidentAffectedOrganisation', {
  description:
    'An organisation affected by an incident, with its own statement. Same readers as the incident.',
})
export class IncidentAffectedOrganisationType {
  @Field(() => ID, { description: 'Incident id.' })
  incidentId: string;

  @Field(() => ID, { description: 'Organisation id.' })
  organisationId: string;

  @Field({ description: 'Name of the organisation.' })
  organisationName: string;

  @Field(() => AffectedReason, { description: 'Why it is listed.' })
  reason: AffectedReason;

  @Field(() => [ServiceKind], {
    description: 'Services the reporting IT provider runs for it (register); empty otherwise.',
  })
  services: ServiceKind[];

  @Field({ description: "Whether it lets its IT providers' staff take part." })
  consentToProvider: boolean;

  @Field(() => AffectedSituation, {
    nullable: true,
    description: 'Its own statement; null while it has not answered.',
  })
  situation: AffectedSituation | null;

  @Field(() => String, { nullable: true, description: 'Note with the statement.' })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'Member who answered last.' })
  answeredById: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it answered last (ISO 8601 date-time, UTC).',
  })
  answeredAt: Date | null;

  @Field({ description: 'When it was listed (ISO 8601 date-time, UTC).' })
  createdAt: Date;
}
export const toAffectedType = (a: AffectedRow): IncidentAffectedOrganisationType => ({ ...a });
export const IncidentAffectedOrganisationConnection = ConnectionType(
  IncidentAffectedOrganisationType,
  'IncidentAffectedOrganisationConnection',
);

@ObjectType('IncidentParticipant', {
  description: 'A member taking part in an incident. Same readers as the incident.',
})
export class IncidentParticipantType {
  @Field(() => ID, { description: 'Member id.' })
  memberId: string;

  @Field(() => ParticipantReason, { description: 'Why the member takes part.' })
  reason: ParticipantReason;

  @Field({ description: 'Since when (ISO 8601 date-time, UTC).' })
  createdAt: Date;
}
export const toParticipantType = (p: IncidentParticipant): IncidentParticipantType => ({
  memberId: p.memberId,
  reason: p.reason,
  createdAt: p.createdAt,
});
export const IncidentParticipantConnection = ConnectionType(
  IncidentParticipantType,
  'IncidentParticipantConnection',
);

@ObjectType('IncidentTimelineEntry', {
  description:
    'An append-only entry of an incident timeline; corrections are new entries with refersToId. Same readers as the incident.',
})
export class IncidentTimelineEntryType {
  @Field(() => ID, { description: 'Entry id (UUID).' })
  id: string;

  @Field(() => ID, { description: 'Incident id.' })
  incidentId: string;

  @Field(() => TimelineEntryType, { description: 'What kind of entry.' })
  type: TimelineEntryType;

  @Field(() => ID, {
    nullable: true,
    description: 'Member who wrote it or whose change it records; null when the platform did.',
  })
  actorId: string | null;

  @Field({ description: 'The entry text (German).' })
  text: string;

  @Field(() => ID, { nullable: true, description: 'The entry this one corrects.' })
  refersToId: string | null;

  @Field(() => GraphQLJSON, {
    description: 'Structured details (e.g. from/to status, organisation id) as JSON.',
  })
  data: Record<string, unknown>;

  @Field({ description: 'When it was written (ISO 8601 date-time, UTC).' })
  createdAt: Date;
}
export const toTimelineEntryType = (e: IncidentTimelineEntry): IncidentTimelineEntryType => ({
  ...e,
});
export const IncidentTimelineEntryConnection = ConnectionType(
  IncidentTimelineEntryType,
  'IncidentTimelineEntryConnection',
);

@ObjectType('CertDuty', {
  description: 'A CERT member on the incident duty roster. Readable by members of that CERT.',
})
export class CertDutyType {
  @Field(() => ID, { description: 'Member id.' })
  memberId: string;

  @Field(() => ID, { description: 'The CERT organisation.' })
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The ORG_ADMIN who put the member on duty.' })
  addedById: string | null;

  @Field({ description: 'On duty since (ISO 8601 date-time, UTC).' })
  createdAt: Date;
}
export const toCertDutyType = (d: CertDuty): CertDutyType => ({ ...d });
export const CertDutyConnection = ConnectionType(CertDutyType, 'CertDutyConnection');

@ObjectType('IncidentAnswerSummary', {
  description: 'How many affected organisations have answered.',
})
export class IncidentAnswerSummary {
  @Field(() => Int, { description: 'Affected organisations listed.' })
  affected: number;

  @Field(() => Int, { description: 'Of those, how many have answered.' })
  answered: number;

  @Field(() => Int, { description: 'Answered AFFECTED (betroffen).' })
  affectedConfirmed: number;
}
