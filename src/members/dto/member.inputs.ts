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
    description: 'Matches name, handle, position and expertise tags.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId: keine gültige ID' })
  organisationId?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind)
  organisationKind?: OrganisationKind | null;

  @Field(() => MemberStatus, {
    nullable: true,
    description: 'Other than ACTIVE only for ADMINs and the ORG_ADMINs of the organisation.',
  })
  @IsOptional()
  @IsEnum(MemberStatus)
  status?: MemberStatus | null;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. ISB, CISO, Netzwerkadministration' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  position?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  expertiseTags?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[+\d][\d\s/()-]{3,38}$/, { message: 'phone: keine gültige Telefonnummer' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string | null;

  @Field(() => ContactVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ContactVisibility)
  contactVisibility?: ContactVisibility | null;
}

@InputType()
export class SetMemberRolesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId: keine gültige ID' })
  memberId: string;

  @Field(() => OrganisationRole, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationRole)
  organisationRole?: OrganisationRole | null;

  @Field(() => PlatformRole, { nullable: true, description: 'ADMINs only.' })
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
