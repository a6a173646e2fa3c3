import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/graphql/pagination';
import {
  AcknowledgementStatus,
  AdvisorySeverity,
  AdvisoryStatus,
  TlpLabel,
} from '../advisory.enums';

export const CVE_PATTERN = /^CVE-\d{4}-\d{4,}$/;
export const MAX_CVES = 100;
export const MAX_PRODUCTS = 500;
export const MAX_REFERENCES = 200;
export const MAX_RECIPIENTS = 500;

@InputType({ description: 'An affected product.' })
export class AdvisoryProductInput {
  @Field({ description: 'Vendor name, at most 200 characters (may be empty).' })
  @IsString()
  @MaxLength(200)
  vendor: string;

  @Field({ description: 'Product name, 1 to 200 characters.' })
  @IsString()
  @Length(1, 200)
  product: string;

  @Field(() => String, {
    nullable: true,
    description: 'A version or a range such as "<2.4.1", at most 200 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  version?: string | null;

  @Field(() => String, { description: 'CPE name (cpe:2.3:… or cpe:/…).', nullable: true })
  @IsOptional()
  @Matches(/^cpe:(2\.3:[aho*-]:|\/[AHOaho]?:)\S{0,300}$/, {
    message: 'cpe: keine gültige CPE (cpe:2.3:… oder cpe:/…)',
  })
  cpe?: string | null;

  @Field(() => String, { description: 'Package URL (pkg:type/…).', nullable: true })
  @IsOptional()
  @Matches(/^pkg:[A-Za-z.\-+][A-Za-z0-9.\-+]*\/\S{1,300}$/, {
    message: 'purl: keine gültige Package-URL (pkg:typ/…)',
  })
  purl?: string | null;
}

@InputType({ description: 'A link to further information.' })
export class AdvisoryReferenceInput {
  @Field({ description: 'An http(s) URL, at most 1000 characters.' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url: nur http(s)-Adressen' },
  )
  @MaxLength(1000)
  url: string;

  @Field(() => String, { description: 'What the link is, at most 300 characters.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  summary?: string | null;
}

/** The content fields; every one optional so that the same input serves updates. */
@InputType({
  description:
    'The content of an advisory; every field optional so that the same input serves updates (omitted fields stay).',
})
export class AdvisoryContentInput {
  @Field(() => String, {
    description: 'Title, 3 to 300 characters (required on create).',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @Length(3, 300)
  title?: string;

  @Field(() => String, {
    description: 'Short summary, plain text, at most 4000 characters.',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The full text in Markdown, rendered and sanitised on the server.',
  })
  @IsOptional()
  @IsString()
  bodyMarkdown?: string;

  @Field(() => AdvisorySeverity, { description: 'Severity.', nullable: true })
  @IsOptional()
  @IsEnum(AdvisorySeverity)
  severity?: AdvisorySeverity;

  @Field(() => [String], {
    nullable: true,
    description: 'CVE ids such as CVE-2026-12345 (at most 100); replaces the list.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CVES)
  @Matches(CVE_PATTERN, {
    each: true,
    message: 'cves: erwartet wird CVE-JJJJ-NNNN (mindestens vier Ziffern)',
  })
  cves?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'CVSS 3.0, 3.1 or 4.0 vector string; the score is computed from it. Null removes it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cvssVector?: string | null;

  @Field(() => [AdvisoryProductInput], {
    description: 'Affected products (at most 500); replaces the list.',
    nullable: true,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PRODUCTS)
  @ValidateNested({ each: true })
  @Type(() => AdvisoryProductInput)
  products?: AdvisoryProductInput[];

  @Field(() => [AdvisoryReferenceInput], {
    description: 'References (at most 200); replaces the list.',
    nullable: true,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_REFERENCES)
  @ValidateNested({ each: true })
  @Type(() => AdvisoryReferenceInput)
  references?: AdvisoryReferenceInput[];

  @Field(() => String, {
    description: 'What to do about it, Markdown, at most 20,000 characters.',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  remediation?: string | null;
}

@InputType({ description: 'A new advisory: its content plus tracking id and label.' })
export class CreateAdvisoryInput extends AdvisoryContentInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Tracking id, 3 to 100 letters, digits, . _ : -; generated (SN-<year>-<n>) when omitted. Unique (CONFLICT).',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{2,99}$/, {
    message: 'trackingId: 3 bis 100 Zeichen, Buchstaben, Ziffern, . _ : -',
  })
  trackingId?: string;

  @Field(() => TlpLabel, { description: 'The TLP label.' })
  @IsEnum(TlpLabel)
  tlp: TlpLabel;
}

@InputType({ description: 'A new published version.' })
export class PublishAdvisoryInput {
  @Field(() => AdvisoryStatus, { description: 'INTERIM or FINAL (BAD_USER_INPUT otherwise).' })
  @IsIn([AdvisoryStatus.INTERIM, AdvisoryStatus.FINAL], {
    message: 'status: nur INTERIM oder FINAL',
  })
  status: AdvisoryStatus;

  @Field({
    description: 'What changed with this version (revision history), 1 to 1000 characters.',
  })
  @IsString()
  @Length(1, 1000)
  changeSummary: string;

  @Field(() => AdvisoryContentInput, {
    nullable: true,
    description: 'Content changes that take effect with this version.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdvisoryContentInput)
  changes?: AdvisoryContentInput;
}

@InputType({
  description: 'The complete recipient lists of an advisory (they replace the old ones).',
})
export class AdvisoryRecipientsInput {
  @Field(() => [ID], {
    defaultValue: [],
    description: 'Recipient organisations (UUIDs, at most 500): for AMBER and AMBER+STRICT.',
  })
  @ArrayMaxSize(MAX_RECIPIENTS)
  @IsUUID('all', { each: true, message: 'organisationIds: keine gültige ID' })
  organisationIds: string[] = [];

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Named recipients (member UUIDs, at most 500): for RED.',
  })
  @ArrayMaxSize(MAX_RECIPIENTS)
  @IsUUID('all', { each: true, message: 'memberIds: keine gültige ID' })
  memberIds: string[] = [];

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'IT providers (UUIDs, at most 50) whose served municipalities (from the register, at this moment) become recipient organisations.',
  })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'municipalitiesServedBy: keine gültige ID' })
  municipalitiesServedBy: string[] = [];
}

@InputType({ description: "An organisation's answer to an advisory." })
export class AcknowledgeAdvisoryInput {
  @Field(() => AcknowledgementStatus, { description: "The organisation's status." })
  @IsEnum(AcknowledgementStatus)
  status: AcknowledgementStatus;

  @Field(() => String, {
    description: 'Optional note for the CERT, at most 2000 characters.',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@ArgsType()
export class AdvisoriesArgs extends PageArgs {
  @Field(() => AdvisorySeverity, {
    description: 'Only advisories of this severity.',
    nullable: true,
  })
  @IsOptional()
  @IsEnum(AdvisorySeverity)
  severity?: AdvisorySeverity | null;

  @Field(() => AdvisoryStatus, { description: 'Only advisories in this state.', nullable: true })
  @IsOptional()
  @IsEnum(AdvisoryStatus)
  status?: AdvisoryStatus | null;

  @Field(() => TlpLabel, { description: 'Only advisories with this label.', nullable: true })
  @IsOptional()
  @IsEnum(TlpLabel)
  tlp?: TlpLabel | null;

  @Field(() => String, {
    description: 'Only advisories naming this CVE id (CVE-YYYY-NNNN).',
    nullable: true,
  })
  @IsOptional()
  @Matches(CVE_PATTERN, { message: 'cve: erwartet wird CVE-JJJJ-NNNN' })
  cve?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'German full-text search (stemming: "Schwachstellen" finds "Schwachstelle"; web-search syntax: "quoted phrase", -word, or) over tracking id, CVE ids, title, summary and body, plus tracking ids containing the text. With a search the list is ordered by relevance, then newest first. advisorySearch gives the same hits with highlighted excerpts.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class AdvisorySearchArgs extends PageArgs {
  @Field(() => String, {
    description:
      'German full-text query (web-search syntax), 1 to 200 characters; matches as the search argument of advisories.',
  })
  @IsString()
  @Length(1, 200, { message: 'query: 1 bis 200 Zeichen' })
  query: string;

  @Field(() => AdvisorySeverity, { nullable: true, description: 'Only hits of this severity.' })
  @IsOptional()
  @IsEnum(AdvisorySeverity)
  severity?: AdvisorySeverity | null;

  @Field(() => AdvisoryStatus, { nullable: true, description: 'Only hits in this status.' })
  @IsOptional()
  @IsEnum(AdvisoryStatus)
  status?: AdvisoryStatus | null;

  @Field(() => TlpLabel, { nullable: true, description: 'Only hits with this TLP label.' })
  @IsOptional()
  @IsEnum(TlpLabel)
  tlp?: TlpLabel | null;

  @Field(() => String, { nullable: true, description: 'Only hits naming this CVE id.' })
  @IsOptional()
  @Matches(CVE_PATTERN, { message: 'cve: erwartet wird CVE-JJJJ-NNNN' })
  cve?: string | null;
}

@ArgsType()
export class OpenAdvisoriesArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: "CERT members only: another organisation (UUID); default the caller's own.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId: keine gültige ID' })
  organisationId?: string | null;
}
