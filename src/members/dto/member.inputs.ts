import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageArgs } from '../../common/graphql/pagination';
import { OrganisationKind } from '../../organisations/organisation.enums';
import { ContactVisibility, MemberStatus, OrganisationRole, PlatformRole } from '../member.enums';

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Case-insensitive substring of name, handle, position or an expertise tag, at most 100 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, { description: 'Only members of this organisation (UUID).', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId: keine gültige ID' })
  organisationId?: string | null;

  @Field(() => OrganisationKind, {
    description: 'Only members whose organisation is of this kind.',
    nullable: true,
  })
  @IsOptional()
  @IsEnum(OrganisationKind)
  organisationKind?: OrganisationKind | null;

  @Field(() => MemberStatus, {
    nullable: true,
    description:
      'Account status to list (default ACTIVE). Other than ACTIVE only for ADMINs and, with organisationId of their own organisation, its ORG_ADMINs; otherwise FORBIDDEN.',
  })
  @IsOptional()
  @IsEnum(MemberStatus)
  status?: MemberStatus | null;
}

@InputType({
  description: "Changes to the caller's own profile; omitted or null fields stay as they are.",
})
export class UpdateProfileInput {
  @Field(() => String, { description: 'New display name, 2 to 120 characters.', nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Job title, at most 120 characters, e.g. ISB, CISO, Netzwerkadministration.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  position?: string | null;

  @Field(() => [String], {
    description: 'Replaces the expertise tags: at most 20, each 1 to 40 characters.',
    nullable: true,
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  expertiseTags?: string[] | null;

  @Field(() => String, {
    description: 'Phone number: digits, spaces, + / ( ) -, 4 to 39 characters.',
    nullable: true,
  })
  @IsOptional()
  @Matches(/^[+\d][\d\s/()-]{3,38}$/, { message: 'phone: keine gültige Telefonnummer' })
  phone?: string | null;

  @Field(() => String, {
    description: 'Short self-description, plain text, at most 2000 characters.',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string | null;

  @Field(() => ContactVisibility, {
    description: 'Who may see the e-mail address and phone number.',
    nullable: true,
  })
  @IsOptional()
  @IsEnum(ContactVisibility)
  contactVisibility?: ContactVisibility | null;
}

@InputType({ description: 'The member and the roles to give; omitted roles stay as they are.' })
export class SetMemberRolesInput {
  @Field(() => ID, { description: 'Id (UUID) of the member whose roles change.' })
  @IsUUID('all', { message: 'memberId: keine gültige ID' })
  memberId: string;

  @Field(() => OrganisationRole, {
    description: "New role inside the member's organisation.",
    nullable: true,
  })
  @IsOptional()
  @IsEnum(OrganisationRole)
  organisationRole?: OrganisationRole | null;

  @Field(() => PlatformRole, {
    nullable: true,
    description: 'New platform role; ADMINs only (FORBIDDEN otherwise).',
  })
  @IsOptional()
  @IsEnum(PlatformRole)
  platformRole?: PlatformRole | null;
}

@ArgsType()
export class OrganisationMembersArgs extends PageArgs {
  @Field(() => MemberStatus, {
    nullable: true,
    description:
      'Defaults to ACTIVE. INVITED or DISABLED only for ADMINs and the ORG_ADMINs of this organisation (FORBIDDEN otherwise), as in the `members` directory.',
  })
  @IsOptional()
  @IsEnum(MemberStatus)
  status?: MemberStatus | null;
}
