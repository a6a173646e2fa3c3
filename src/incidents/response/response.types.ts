import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { TlpLabel } from '../../advisories/advisory.enums';
import { ConnectionType } from '../../common/graphql/pagination';
import {
  LessonsLearnedStatus,
  MirtStatus,
  ReportingObligationKind,
  TaskStatus,
} from './response.enums';

const NOT_BLANK = (field: string) => ({ message: `${field}: darf nicht leer sein` });
/** Digits, spaces and the usual phone punctuation; at least 5 digits. */
export const PHONE = /^\+?[0-9 ()/.-]{5,40}$/;

// ---------------------------------------------------------------- tasks

@ObjectType('IncidentTask', {
  description:
    'A task of an incident. Visible to the participants of the incident and the CERT duty roster only.',
})
export class IncidentTaskType {
  @Field(() => ID, { description: 'Task id (UUID).' })
  id: string;

  @Field(() => ID, { description: 'Id of the incident.' })
  incidentId: string;

  @Field({ description: 'What is to be done.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details (plain text).' })
  description: string | null;

  @Field(() => ID, { nullable: true, description: 'Member id of the assignee (a participant).' })
  assigneeId: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of the assignee.' })
  assigneeName: string | null;

  @Field(() => Date, { nullable: true, description: 'Due time (ISO 8601, UTC).' })
  dueAt: Date | null;

  @Field(() => TaskStatus, { description: 'Open, in progress or done.' })
  status: TaskStatus;

  @Field(() => ReportingObligationKind, {
    nullable: true,
    description: 'Set when the task is a reporting obligation.',
  })
  obligation: ReportingObligationKind | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the reporting obligation was fulfilled.',
  })
  fulfilledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What was reported, to whom, reference.' })
  fulfilmentNote: string | null;

  @Field({ description: 'Created (ISO 8601, UTC).' })
  createdAt: Date;

  @Field({ description: 'Last change (ISO 8601, UTC).' })
  updatedAt: Date;
}

export const IncidentTaskConnection = ConnectionType(IncidentTaskType, 'IncidentTaskConnection');

@InputType({ description: 'A new task of an incident.' })
export class CreateIncidentTaskInput {
  @Field(() => ID, { description: 'Incident id (UUID).' })
  @IsUUID('all', { message: 'incidentId: keine gültige ID' })
  incidentId: string;

  @Field({ description: 'What is to be done, 1 to 200 characters.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, NOT_BLANK('title'))
  title: string;

  @Field(() => String, { nullable: true, description: 'Details, up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Assignee: a participant of the incident (BAD_USER_INPUT otherwise).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId: keine gültige ID' })
  assigneeId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Due time (ISO 8601).' })
  @IsOptional()
  @IsDate({ message: 'dueAt: kein gültiger Zeitpunkt' })
  dueAt?: Date | null;
}

@InputType({ description: 'Changes to a task; omitted fields stay as they are.' })
export class UpdateIncidentTaskInput {
  @Field(() => ID, { description: 'Task id (UUID).' })
  @IsUUID('all', { message: 'id: keine gültige ID' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New title, 1 to 200 characters.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, NOT_BLANK('title'))
  title?: string | null;

  @Field(() => TaskStatus, { nullable: true, description: 'New status.' })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus | null;

  @Field(() => ID, { nullable: true, description: 'New assignee (a participant).' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId: keine gültige ID' })
  assigneeId?: string | null;

  @Field({ nullable: true, description: 'True removes the assignee.' })
  @IsOptional()
  @IsBoolean()
  unassign?: boolean;

  @Field(() => Date, { nullable: true, description: 'New due time (ISO 8601).' })
  @IsOptional()
  @IsDate({ message: 'dueAt: kein gültiger Zeitpunkt' })
  dueAt?: Date | null;
}

@InputType({ description: 'Records that a reporting obligation was fulfilled.' })
export class FulfilReportingObligationInput {
  @Field(() => ID, { description: 'Id of the reporting-obligation task.' })
  @IsUUID('all', { message: 'taskId: keine gültige ID' })
  taskId: string;

  @Field({
    description: 'What was reported to whom (e.g. reference number), 1 to 2000 characters.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @Matches(/\S/, NOT_BLANK('note'))
  note: string;
}

// ---------------------------------------------------------------- templates

@ObjectType('TaskTemplateItem', { description: 'One task of a checklist template.' })
export class TaskTemplateItemType {
  @Field({ description: 'Task title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  description: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Due this many hours after the incident was reported.',
  })
  dueAfterHours: number | null;

  @Field(() => ReportingObligationKind, {
    nullable: true,
    description: 'Set for reporting obligations.',
  })
  obligation: ReportingObligationKind | null;
}

@ObjectType('TaskTemplate', {
  description: 'A checklist per incident kind, maintained by ADMINs; any member may read it.',
})
export class TaskTemplateType {
  @Field(() => ID, { description: 'Template id (UUID).' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Incident kind (IncidentKind value) it is meant for; null: any kind.',
  })
  incidentKind: string | null;

  @Field(() => String, { nullable: true, description: 'What the template is for.' })
  description: string | null;

  @Field(() => [TaskTemplateItemType], { description: 'The tasks, in order.' })
  items: TaskTemplateItemType[];

  @Field({ description: 'Last change (ISO 8601, UTC).' })
  updatedAt: Date;
}

export const TaskTemplateConnection = ConnectionType(TaskTemplateType, 'TaskTemplateConnection');

@InputType({ description: 'One task of a template.' })
export class TaskTemplateItemInput {
  @Field({ description: 'Task title, 1 to 200 characters.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, NOT_BLANK('items.title'))
  title: string;

  @Field(() => String, { nullable: true, description: 'Details, up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Due hours after the report, 0 to 8760.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(8760)
  dueAfterHours?: number | null;

  @Field(() => ReportingObligationKind, {
    nullable: true,
    description: 'Makes the task a reporting obligation.',
  })
  @IsOptional()
  @IsEnum(ReportingObligationKind)
  obligation?: ReportingObligationKind | null;
}

@InputType({ description: 'A checklist template (create or replace).' })
export class TaskTemplateInput {
  @Field({ description: 'Name, 3 to 120 characters.' })
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  @Matches(/\S/, NOT_BLANK('name'))
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Incident kind (IncidentKind value); null: any kind.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  incidentKind?: string | null;

  @Field(() => String, { nullable: true, description: 'Description, up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [TaskTemplateItemInput], { description: 'The tasks, 1 to 50.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'items: mindestens eine Aufgabe' })
  @ArrayMaxSize(50, { message: 'items: höchstens 50 Aufgaben' })
  @ValidateNested({ each: true })
  @Type(() => TaskTemplateItemInput)
  items: TaskTemplateItemInput[];
}

// ---------------------------------------------------------------- MIRT

@ObjectType('MirtTeamMember', { description: 'A CERT member assigned to a MIRT deployment.' })
export class MirtTeamMemberType {
  @Field(() => ID, { description: 'Member id.' })
  memberId: string;

  @Field({ description: 'Display name.' })
  displayName: string;

  @Field({ description: 'When assigned (ISO 8601, UTC).' })
  assignedAt: Date;
}

@ObjectType('MirtDeployment', {
  description:
    'A request for the mobile incident response team and its deployment. Participants of the incident and the CERT duty roster only.',
})
export class MirtDeploymentType {
  @Field(() => ID, { description: 'Deployment id (UUID).' })
  id: string;

  @Field(() => ID, { description: 'Incident id.' })
  incidentId: string;

  @Field(() => MirtStatus, {
    description: 'Requested, accepted, on site, completed or declined.',
  })
  status: MirtStatus;

  @Field({ description: 'Why the team is needed.' })
  reason: string;

  @Field({ description: 'Where the team is to go.' })
  onSiteAddress: string;

  @Field(() => [String], { description: 'Phone numbers the requester is reachable at.' })
  phoneNumbers: string[];

  @Field(() => ID, { description: 'Member who requested.' })
  requestedById: string;

  @Field({ description: 'Name of the member who requested.' })
  requestedByName: string;

  @Field({ description: 'Name of the requesting organisation.' })
  requestingOrganisationName: string;

  @Field(() => String, { nullable: true, description: 'Reason of the acceptance or decline.' })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When accepted or declined.' })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the team arrived.' })
  onSiteAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the deployment ended.' })
  completedAt: Date | null;

  @Field(() => [MirtTeamMemberType], { description: 'Assigned CERT members.' })
  team: MirtTeamMemberType[];

  @Field({ description: 'Requested (ISO 8601, UTC).' })
  createdAt: Date;
}

export const MirtDeploymentConnection = ConnectionType(
  MirtDeploymentType,
  'MirtDeploymentConnection',
);

@InputType({ description: 'A request for the MIRT.' })
export class RequestMirtInput {
  @Field(() => ID, { description: 'Incident id (UUID).' })
  @IsUUID('all', { message: 'incidentId: keine gültige ID' })
  incidentId: string;

  @Field({ description: 'Why the team is needed, 10 to 2000 characters.' })
  @IsString()
  @MinLength(10, { message: 'reason: mindestens 10 Zeichen' })
  @MaxLength(2000)
  reason: string;

  @Field({ description: 'On-site address, 5 to 500 characters.' })
  @IsString()
  @MinLength(5, { message: 'onSiteAddress: mindestens 5 Zeichen' })
  @MaxLength(500)
  onSiteAddress: string;

  @Field(() => [String], { description: 'One to five phone numbers (e-mail may be down).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'phoneNumbers: mindestens eine Telefonnummer' })
  @ArrayMaxSize(5, { message: 'phoneNumbers: höchstens fünf Telefonnummern' })
  @Matches(PHONE, { each: true, message: 'phoneNumbers: keine gültige Telefonnummer' })
  phoneNumbers: string[];
}

@InputType({ description: 'The CERT duty roster accepts or declines a MIRT request.' })
export class DecideMirtInput {
  @Field(() => ID, { description: 'Deployment id (UUID).' })
  @IsUUID('all', { message: 'deploymentId: keine gültige ID' })
  deploymentId: string;

  @Field({ description: 'True accepts, false declines.' })
  @IsBoolean()
  accept: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Reason, up to 2000 characters; required for a decline.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType({ description: 'Assigns CERT members to an accepted MIRT deployment.' })
export class AssignMirtTeamInput {
  @Field(() => ID, { description: 'Deployment id (UUID).' })
  @IsUUID('all', { message: 'deploymentId: keine gültige ID' })
  deploymentId: string;

  @Field(() => [ID], { description: 'Member ids of active CERT members, 1 to 10.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'memberIds: mindestens ein Teammitglied' })
  @ArrayMaxSize(10, { message: 'memberIds: höchstens zehn Teammitglieder' })
  @IsUUID('all', { each: true, message: 'memberIds: keine gültige ID' })
  memberIds: string[];
}

@InputType({ description: 'Moves an accepted deployment on: vor Ort, then abgeschlossen.' })
export class AdvanceMirtInput {
  @Field(() => ID, { description: 'Deployment id (UUID).' })
  @IsUUID('all', { message: 'deploymentId: keine gültige ID' })
  deploymentId: string;

  @Field(() => MirtStatus, { description: 'ON_SITE (from ACCEPTED) or COMPLETED (from ON_SITE).' })
  @IsEnum(MirtStatus)
  status: MirtStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Note for the timeline, up to 2000 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@ObjectType('MirtCandidate', { description: 'An active CERT member the duty roster may assign.' })
export class MirtCandidateType {
  @Field(() => ID, { description: 'Member id.' })
  id: string;

  @Field({ description: 'Display name.' })
  displayName: string;
}

@ObjectType('MirtPermissions', {
  description: 'What the caller may do with MIRT deployments of an incident.',
})
export class MirtPermissionsType {
  @Field({ description: 'On the CERT duty roster: accepts, declines, assigns, moves on.' })
  onDuty: boolean;

  @Field({ description: 'A municipal or provider participant: may request the MIRT.' })
  canRequest: boolean;
}

// ---------------------------------------------------------------- emergency contacts

@ObjectType('EmergencyContact', {
  description:
    "A member's out-of-band phone number. Only the CERT duty roster and co-participants of an incident see it; every look is audited.",
})
export class EmergencyContactType {
  @Field(() => ID, { description: 'Member id.' })
  memberId: string;

  @Field({ description: 'Display name of the member.' })
  displayName: string;

  @Field({ description: 'Phone number.' })
  phone: string;

  @Field({ description: 'Last change (ISO 8601, UTC).' })
  updatedAt: Date;
}

// ---------------------------------------------------------------- situation report

@ObjectType('ShareClearance', {
  description: 'The reviewed part of the situation report cleared for sharing.',
})
export class ShareClearanceType {
  @Field({ description: 'Cleared summary (Markdown).' })
  summary: string;

  @Field(() => TlpLabel, { description: 'TLP label the incident had when cleared.' })
  tlp: TlpLabel;

  @Field({ description: 'Name of the reviewer.' })
  clearedByName: string;

  @Field({ description: 'When cleared (ISO 8601, UTC).' })
  clearedAt: Date;
}

@ObjectType('SituationReport', {
  description:
    'Lagebericht generated from the incident; participants and the CERT duty roster only.',
})
export class SituationReportType {
  @Field(() => ID, { description: 'Incident id.' })
  incidentId: string;

  @Field({ description: 'The report as Markdown (German).' })
  reportMarkdown: string;

  @Field({ description: 'When generated (ISO 8601, UTC).' })
  generatedAt: Date;

  @Field(() => TlpLabel, { description: 'TLP label of the incident (the report carries it).' })
  tlp: TlpLabel;

  @Field(() => ShareClearanceType, {
    nullable: true,
    description:
      'The current clearance for sharing; null when none or when the label changed since.',
  })
  clearance: ShareClearanceType | null;

  @Field({
    description: 'True when a CSAF export is possible: label CLEAR or GREEN and a valid clearance.',
  })
  exportable: boolean;
}

@InputType({ description: 'The review step before sharing: what may leave the incident.' })
export class ClearForSharingInput {
  @Field(() => ID, { description: 'Incident id (UUID).' })
  @IsUUID('all', { message: 'incidentId: keine gültige ID' })
  incidentId: string;

  @Field({ description: 'The summary cleared for sharing, 20 to 8000 characters (Markdown).' })
  @IsString()
  @MinLength(20, { message: 'summary: mindestens 20 Zeichen' })
  @MaxLength(8000)
  summary: string;
}

// ---------------------------------------------------------------- lessons learned

@ObjectType('LessonsLearned', {
  description:
    'A lessons-learned post about a closed incident; participants and the CERT duty roster see the draft.',
})
export class LessonsLearnedType {
  @Field(() => ID, { description: 'Id (UUID).' })
  id: string;

  @Field(() => ID, { description: 'Incident id.' })
  incidentId: string;

  @Field(() => ID, { description: 'Author member id.' })
  authorId: string;

  @Field({ description: 'Author name.' })
  authorName: string;

  @Field(() => ID, { description: 'Forum category to publish in.' })
  categoryId: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'Markdown as written by the author.' })
  bodyMarkdown: string;

  @Field({ description: 'True: affected municipalities are not named in the published post.' })
  pseudonymised: boolean;

  @Field({
    description: 'The Markdown that would be (or was) published, pseudonymised on request.',
  })
  publishedMarkdown: string;

  @Field(() => LessonsLearnedStatus, { description: 'Draft, in review or published.' })
  status: LessonsLearnedStatus;

  @Field(() => String, { nullable: true, description: 'Note of the reviewer.' })
  reviewNote: string | null;

  @Field(() => ID, { nullable: true, description: 'Forum topic once published.' })
  topicId: string | null;

  @Field(() => Date, { nullable: true, description: 'When published.' })
  publishedAt: Date | null;

  @Field({ description: 'Last change (ISO 8601, UTC).' })
  updatedAt: Date;
}

export const LessonsLearnedConnection = ConnectionType(
  LessonsLearnedType,
  'LessonsLearnedConnection',
);

@InputType({ description: 'A lessons-learned draft (create or replace).' })
export class LessonsLearnedInput {
  @Field(() => ID, { description: 'Forum category (UUID) the post is for.' })
  @IsUUID('all', { message: 'categoryId: keine gültige ID' })
  categoryId: string;

  @Field({ description: 'Title, 3 to 200 characters.' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Matches(/\S/, NOT_BLANK('title'))
  title: string;

  @Field({ description: 'Markdown, 20 to 20000 characters.' })
  @IsString()
  @MinLength(20, { message: 'bodyMarkdown: mindestens 20 Zeichen' })
  @MaxLength(20000)
  bodyMarkdown: string;

  @Field({ description: 'Replace the names of the affected municipalities.' })
  @IsBoolean()
  pseudonymised: boolean;
}

@InputType({ description: 'The review of a submitted lessons-learned post.' })
export class ReviewLessonsLearnedInput {
  @Field(() => ID, { description: 'Id (UUID).' })
  @IsUUID('all', { message: 'id: keine gültige ID' })
  id: string;

  @Field({ description: 'True publishes the post; false returns it to the author.' })
  @IsBoolean()
  approve: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Note for the author, up to 2000 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
