import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { TlpLabel } from '../../advisories/advisory.enums';
import { PageArgs } from '../../common/graphql/pagination';
import { TimelineEntryType } from '../incident-timeline-entry.entity';
import {
  AffectedSituation,
  IncidentKind,
  IncidentSeverity,
  IncidentStatus,
} from '../incident.enums';

@InputType({ description: "A security incident of the caller's organisation." })
export class ReportIncidentInput {
  @Field(() => IncidentKind, {
    description: 'What kind of incident; OTHER when omitted.',
    defaultValue: IncidentKind.OTHER,
  })
  @IsEnum(IncidentKind, { message: 'kind: unbekannte Art' })
  kind: IncidentKind = IncidentKind.OTHER;

  @Field(() => IncidentSeverity, {
    description: 'How severe; HIGH when omitted.',
    defaultValue: IncidentSeverity.HIGH,
  })
  @IsEnum(IncidentSeverity, { message: 'severity: unbekannter Schweregrad' })
  severity: IncidentSeverity = IncidentSeverity.HIGH;

  @Field(() => TlpLabel, {
    description: 'TLP label of the incident; RED when omitted. Lowering it later needs a reason.',
    defaultValue: TlpLabel.RED,
  })
  @IsEnum(TlpLabel, { message: 'tlp: unbekanntes TLP-Label' })
  tlp: TlpLabel = TlpLabel.RED;

  @Field({ description: 'Short title, 3 to 200 characters, not blank.' })
  @IsString()
  @MinLength(3, { message: 'title: mindestens 3 Zeichen' })
  @MaxLength(200, { message: 'title: höchstens 200 Zeichen' })
  @Matches(/\S/, { message: 'title: darf nicht leer sein' })
  title: string;

  @Field({ description: 'What happened, 1 to 4000 characters, not blank.' })
  @IsString()
  @MinLength(1, { message: 'description: darf nicht leer sein' })
  @MaxLength(4000, { message: 'description: höchstens 4000 Zeichen' })
  @Matches(/\S/, { message: 'description: darf nicht leer sein' })
  description: string;

  @Field({
    description:
      "Let the staff of the reporting organisation's IT providers (from the register) take part.",
  })
  @IsBoolean()
  consentToProvider: boolean;
}

@InputType({ description: 'Changes to kind, severity, title or description (omitted: unchanged).' })
export class UpdateIncidentInput {
  @Field(() => IncidentKind, { nullable: true, description: 'New kind.' })
  @IsOptional()
  @IsEnum(IncidentKind, { message: 'kind: unbekannte Art' })
  kind?: IncidentKind | null;

  @Field(() => IncidentSeverity, { nullable: true, description: 'New severity.' })
  @IsOptional()
  @IsEnum(IncidentSeverity, { message: 'severity: unbekannter Schweregrad' })
  severity?: IncidentSeverity | null;

  @Field(() => String, { nullable: true, description: 'New title, 3 to 200 characters.' })
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'title: mindestens 3 Zeichen' })
  @MaxLength(200, { message: 'title: höchstens 200 Zeichen' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description, 1 to 4000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'description: höchstens 4000 Zeichen' })
  description?: string | null;
}

@InputType({ description: "The caller's organisation's statement about its situation." })
export class AnswerIncidentSituationInput {
  @Field(() => AffectedSituation, { description: 'Affected, not affected or unclear.' })
  @IsEnum(AffectedSituation, { message: 'situation: betroffen, nicht betroffen oder unklar' })
  situation: AffectedSituation;

  @Field(() => String, { nullable: true, description: 'A note, at most 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'note: höchstens 2000 Zeichen' })
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Let the staff of the organisation's IT providers (register) take part; omitted: unchanged.",
  })
  @IsOptional()
  @IsBoolean()
  consentToProvider?: boolean | null;
}

@InputType({ description: 'A new timeline entry written by a member.' })
export class AddIncidentTimelineEntryInput {
  @Field(() => TimelineEntryType, {
    description:
      'OBSERVATION, MEASURE, DECISION, CONTACT, REPORTING_OBLIGATION or CORRECTION (BAD_USER_INPUT otherwise).',
  })
  @IsEnum(TimelineEntryType, { message: 'type: unbekannte Art' })
  type: TimelineEntryType;

  @Field({ description: 'What happened, 1 to 4000 characters.' })
  @IsString()
  @MinLength(1, { message: 'text: darf nicht leer sein' })
  @MaxLength(4000, { message: 'text: höchstens 4000 Zeichen' })
  @Matches(/\S/, { message: 'text: darf nicht leer sein' })
  text: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The entry this one corrects (required for CORRECTION; same incident).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'refersToId: keine gültige ID' })
  refersToId?: string | null;
}

@InputType({ description: 'Which incidents to list; all conditions must hold.' })
export class IncidentFilterInput {
  @Field(() => [IncidentStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(IncidentStatus, { each: true, message: 'status: unbekannter Status' })
  status?: IncidentStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only open incidents (not CLOSED); false: only closed ones.',
  })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null;

  @Field(() => [IncidentSeverity], { nullable: true, description: 'Only these severities.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(IncidentSeverity, { each: true, message: 'severity: unbekannter Schweregrad' })
  severity?: IncidentSeverity[] | null;

  @Field(() => [IncidentKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(IncidentKind, { each: true, message: 'kind: unbekannte Art' })
  kind?: IncidentKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only incidents this organisation is affected by (the reporting one included).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId: keine gültige ID' })
  organisationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only incidents the caller takes part in (members on CERT duty take part in every open one).',
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

@ArgsType()
export class IncidentsArgs extends PageArgs {
  @Field(() => IncidentFilterInput, { nullable: true, description: 'Filters; none: all.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IncidentFilterInput)
  filter?: IncidentFilterInput | null;
}
