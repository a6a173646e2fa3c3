import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberType } from '../../members/member.type';

@ObjectType({
  description:
    'The result of a login, refresh or accepted invitation: a token pair and the signed-in member.',
})
export class AuthPayload {
  @Field({
    description:
      'JWT for `Authorization: Bearer …` and the socket handshake (`auth.token`); valid until accessTokenExpiresAt (at most 15 minutes).',
  })
  accessToken: string;

  @Field({
    description: 'When the access token expires (ISO 8601 date-time, UTC); refresh before then.',
  })
  accessTokenExpiresAt: Date;

  @Field({
    description:
      'Opaque, single use: exchange it with `refreshSession` for a new pair. Reusing an old one ends the whole session. Empty for browser clients (header X-Sicherheitsnetz-Client: web), which get it as an httpOnly cookie for POST /auth/refresh instead.',
  })
  refreshToken: string;

  @Field({ description: 'True when the member must set up TOTP before anything else is allowed.' })
  totpSetupRequired: boolean;

  @Field(() => MemberType, {
    description: 'The member who is now signed in (their own profile, contact details included).',
  })
  member: MemberType;
}

@ObjectType({
  description:
    'A TOTP secret being set up; the caller only. Confirm it with `confirmTotpEnrolment`.',
})
export class TotpEnrolment {
  @Field({ description: 'Base32 secret for manual entry into an authenticator app.' })
  secret: string;

  @Field({ description: 'An otpauth:// URI with the same secret, to show as a QR code.' })
  otpauthUri: string;
}

@ObjectType({
  description:
    'A signed-in session (one refresh-token family). Visible to its own member, and to ADMINs via `memberSessions`.',
})
export class SessionType {
  @Field(() => ID, {
    description: 'Session id (UUID); pass it to `revokeMySession` or `revokeSession`.',
  })
  id: string;

  @Field({ description: 'When the session started with a login (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field({ description: 'When its refresh token was last used (ISO 8601 date-time, UTC).' })
  lastUsedAt: Date;

  @Field({
    description:
      'When the session ends unless refreshed (idle lifetime REFRESH_TOKEN_TTL_DAYS; ISO 8601 date-time, UTC).',
  })
  expiresAt: Date;

  @Field(() => String, {
    description:
      'User-Agent header of the client that started or last refreshed the session; null when none was sent.',
    nullable: true,
  })
  userAgent: string | null;

  @Field(() => String, {
    description:
      'Client IP address at the last use (behind a proxy only with TRUST_PROXY); null when unknown.',
    nullable: true,
  })
  ip: string | null;

  @Field({
    description: 'True for the session this request belongs to (always false in `memberSessions`).',
  })
  current: boolean;
}

@ObjectType({
  description:
    "A pending invitation, returned once to the inviter (ADMIN or the organisation's ORG_ADMIN).",
})
export class InvitationType {
  @Field(() => ID, { description: 'Invitation id (UUID).' })
  id: string;

  @Field(() => ID, { description: 'Id of the member created in status INVITED.' })
  memberId: string;

  @Field({ description: 'E-mail address the invitation is for.' })
  email: string;

  @Field({ description: 'When the token stops working (ISO 8601 date-time, UTC).' })
  expiresAt: Date;

  @Field({
    description:
      'Single-use token, shown once to the inviter to pass on (there is no mail server in every setup).',
  })
  token: string;

  @Field({ description: 'The link the invitee opens (PUBLIC_URL plus the token).' })
  url: string;
}
