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

@InputType({
  description: 'Credentials for `login`. Unknown and known accounts get the same answer.',
})
export class LoginInput {
  @Field({
    description: "The account's e-mail address (case-insensitive), at most 254 characters.",
  })
  @IsString()
  @MaxLength(254)
  email: string;

  @Field({ description: "The account's password in clear text (sent over TLS only)." })
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

@InputType({ description: 'Whom to invite and into which organisation.' })
export class InviteMemberInput {
  @Field({
    description:
      'E-mail address of the invitee; must not belong to an existing account (CONFLICT).',
  })
  @IsEmail({}, { message: 'email: keine gültige E-Mail-Adresse' })
  @MaxLength(254)
  email: string;

  @Field(() => ID, {
    description: 'Organisation the invitee joins. ORG_ADMINs may only name their own.',
  })
  @IsUUID('all', { message: 'organisationId: keine gültige ID' })
  organisationId: string;

  @Field({
    description:
      'Name shown in the directory, 2 to 120 characters; the invitee may change it when accepting.',
  })
  @IsString()
  @Length(2, 120)
  displayName: string;

  @Field(() => OrganisationRole, {
    description: 'Role inside the organisation; MEMBER unless given.',
    defaultValue: OrganisationRole.MEMBER,
  })
  @IsEnum(OrganisationRole)
  organisationRole: OrganisationRole = OrganisationRole.MEMBER;
}

@InputType({ description: 'What the invitee sends to activate the account.' })
export class AcceptInvitationInput {
  @Field({
    description:
      'The invitation token from the link (single use, expires after INVITATION_TTL_HOURS).',
  })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field({
    description:
      'The new password; weak passwords are refused as BAD_USER_INPUT naming `password`.',
  })
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
    description:
      'Mention handle, 2 to 40 letters, digits, dot, dash or underscore; generated from the name when omitted. A taken handle is CONFLICT.',
  })
  @IsOptional()
  @Matches(/^[\p{L}\d._-]{2,40}$/u, {
    message: 'handle: 2 bis 40 Zeichen aus Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich',
  })
  handle?: string | null;
}

@InputType({ description: 'Current and new password for `changePassword`.' })
export class ChangePasswordInput {
  @Field({
    description: 'The password in use now; a wrong one is BAD_USER_INPUT naming `currentPassword`.',
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({ description: 'The new password; a weak one is BAD_USER_INPUT naming `newPassword`.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

@InputType({ description: 'Asks for a password-reset link by e-mail.' })
export class RequestPasswordResetInput {
  @Field({
    description: "The account's e-mail address (case-insensitive), at most 254 characters.",
  })
  @IsString()
  @MaxLength(254)
  email: string;
}

@InputType({ description: 'Sets a new password with the token of a password-reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the e-mail.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field({
    description: `The new password: at least 12 characters, at most ${PASSWORD_MAX_LENGTH}.`,
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
