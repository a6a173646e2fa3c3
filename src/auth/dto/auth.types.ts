import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberType } from '../../members/member.type';

@ObjectType()
export class AuthPayload {
  @Field({
    description: 'Bearer token for the Authorization header and the socket handshake; short-lived.',
  })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({
    description:
      'Single use: exchange it with refreshSession for a new pair. Empty for browser clients (header X-Sicherheitsnetz-Client: web), which get it as an httpOnly cookie for POST /auth/refresh instead.',
  })
  refreshToken: string;

  @Field({ description: 'True when the member must set up TOTP before anything else is allowed.' })
  totpSetupRequired: boolean;

  @Field(() => MemberType)
  member: MemberType;
}

@ObjectType()
export class TotpEnrolment {
  @Field({ description: 'Base32 secret for manual entry.' })
  secret: string;

  @Field({ description: 'otpauth:// URI for a QR code.' })
  otpauthUri: string;
}

@ObjectType()
export class SessionType {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field({ description: 'The session this request belongs to.' })
  current: boolean;
}

@ObjectType()
export class InvitationType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  memberId: string;

  @Field()
  email: string;

  @Field()
  expiresAt: Date;

  @Field({
    description: 'Shown once, to the inviter, to pass on (there is no mail server in every setup).',
  })
  token: string;

  @Field({ description: 'The link the invitee opens.' })
  url: string;
}
