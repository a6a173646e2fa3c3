import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { OrganisationRole } from '../../members/member.enums';
import { PASSWORD_MAX_LENGTH } from '../password-hasher';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'Six-digit code from the authenticator app.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  totpCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'One of the recovery codes, instead of totpCode.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  recoveryCode?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'email: keine gültige E-Mail-Adresse' })
  @MaxLength(254)
  email: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId: keine gültige ID' })
  organisationId: string;

  @Field()
  @IsString()
  @Length(2, 120)
  displayName: string;

  @Field(() => OrganisationRole, { defaultValue: OrganisationRole.MEMBER })
  @IsEnum(OrganisationRole)
  organisationRole: OrganisationRole = OrganisationRole.MEMBER;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'Defaults to the name given in the invitation.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mention handle; letters, digits, dot, dash, underscore.',
  })
  @IsOptional()
  @Matches(/^[\p{L}\d._-]{2,40}$/u, {
    message: 'handle: 2 bis 40 Zeichen aus Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich',
  })
  handle?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
