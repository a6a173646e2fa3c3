import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { toMemberType } from '../members/member.type';
import { LoginResult, AuthService } from './auth.service';
import {
  AcceptInvitationInput,
  ChangePasswordInput,
  InviteMemberInput,
  LoginInput,
} from './dto/auth.inputs';
import { AuthPayload, InvitationType, SessionType, TotpEnrolment } from './dto/auth.types';
import { InvitationsService } from './invitations.service';
import { clearRefreshCookie, isBrowserClient, setRefreshCookie } from './session-cookie';
import { SessionsService } from './sessions.service';
import { TotpService } from './totp.service';

function toPayload(result: LoginResult): AuthPayload {
  return {
    accessToken: result.accessToken,
    accessTokenExpiresAt: result.accessTokenExpiresAt,
    refreshToken: result.refreshToken,
    totpSetupRequired: result.totpSetupRequired,
    member: toMemberType(result.member, { memberId: result.member.id } as Principal),
  };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly invitations: InvitationsService,
    private readonly totp: TotpService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The request started anonymous: field resolvers inside the payload (member.organisation) must
   * run as the member just signed in, or the guard refuses them and the new tokens are lost.
   * The guard resolves the principal lazily from this header, only when a nested field needs it.
   */
  private signedIn(ctx: GraphqlContext, result: LoginResult): AuthPayload {
    const req = ctx.req as GraphqlContext['req'] & { principalPromise?: Promise<Principal | null> };
    req.headers.authorization = `Bearer ${result.accessToken}`;
    delete req.principalPromise;
    // A browser gets the refresh token as an httpOnly cookie only, never readable by scripts.
    if (isBrowserClient(req)) {
      setRefreshCookie(ctx.res as Response, result.refreshToken, this.config);
      return { ...toPayload(result), refreshToken: '' };
    }
    return toPayload(result);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Signs in with e-mail and password (plus TOTP or a recovery code once enrolled). Public. Errors: UNAUTHENTICATED (wrong credentials, the same answer for unknown accounts; wrong TOTP code), BAD_USER_INPUT (`totpCode` missing when required), RATE_LIMITED (per IP and per account; `extensions.retryAfterSeconds`).',
  })
  @Allow.public()
  async login(
    @Args('input', { description: 'E-mail, password and, when enrolled, a TOTP or recovery code.' })
    input: LoginInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.auth.login(input, clientInfoOf(ctx.req)));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token (single use) for a new token pair. Public. Errors: UNAUTHENTICATED (unknown, expired or revoked token; reuse of an old token also ends the whole session).',
  })
  @Allow.public()
  async refreshSession(
    @Args('refreshToken', { description: 'The refreshToken of the last AuthPayload.' })
    refreshToken: string,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    const tokens = await this.sessions.refresh(refreshToken.slice(0, 200), clientInfoOf(ctx.req));
    return this.signedIn(ctx, await this.auth.loginResultFor(tokens));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Activates an invited account with a password and signs it in. Public (the token is the credential). Errors: BAD_USER_INPUT (invalid or expired `token`, weak `password`), CONFLICT (`handle` or e-mail taken).',
  })
  @Allow.public()
  async acceptInvitation(
    @Args('input', {
      description: 'The invitation token, the new password and optional profile details.',
    })
    input: AcceptInvitationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.invitations.accept(input, clientInfoOf(ctx.req)));
  }

  @Mutation(() => Boolean, {
    description:
      'Ends the current session (its refresh token and sockets). Any signed-in member, also during TOTP set-up.',
  })
  @Allow.membersDuringMfaSetup()
  async logout(
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.logout(me, clientInfoOf(ctx.req).ip);
    if (isBrowserClient(ctx.req)) clearRefreshCookie(ctx.res as Response, this.config);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "Changes the caller's password and ends every other session of theirs. Any active member. Errors: BAD_USER_INPUT (wrong `currentPassword`, weak `newPassword`).",
  })
  @Allow.members()
  async changePassword(
    @Args('input', { description: 'Current and new password.' }) input: ChangePasswordInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.changePassword(me, input, clientInfoOf(ctx.req).ip);
    return true;
  }

  @Query(() => [SessionType], {
    description: "The caller's own active sessions. Any signed-in member, also during TOTP set-up.",
  })
  @Allow.membersDuringMfaSetup()
  async mySessions(@CurrentPrincipal() me: Principal): Promise<SessionType[]> {
    const sessions = await this.sessions.listActive(me.memberId);
    return sessions.map((s) => ({ ...s, current: s.id === me.sessionId }));
  }

  @Mutation(() => Boolean, {
    description:
      "Ends one of the caller's own sessions. Any signed-in member, also during TOTP set-up. Errors: NOT_FOUND (no such session of the caller).",
  })
  @Allow.membersDuringMfaSetup()
  async revokeMySession(
    @Args(
      'sessionId',
      { description: "Id (UUID) of one of the caller's sessions.", type: () => ID },
      new UuidPipe('sessionId'),
    )
    sessionId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.sessions.revokeOne(
      sessionId,
      me.memberId,
      me.memberId,
      'revoked_by_member',
      clientInfoOf(ctx.req).ip,
    );
    return true;
  }

  @Mutation(() => TotpEnrolment, {
    description:
      'Starts TOTP enrolment for the caller (a new secret each call until confirmed). Any signed-in member, also during TOTP set-up. Errors: CONFLICT (TOTP already set up).',
  })
  @Allow.membersDuringMfaSetup()
  startTotpEnrolment(@CurrentPrincipal() me: Principal): Promise<TotpEnrolment> {
    return this.totp.beginEnrolment(me.memberId);
  }

  @Mutation(() => [String], {
    description:
      'Confirms TOTP with a first code; returns ten recovery codes, shown once. Any signed-in member, also during TOTP set-up. Errors: BAD_USER_INPUT (`code` wrong, or enrolment not started), CONFLICT (already set up).',
  })
  @Allow.membersDuringMfaSetup()
  confirmTotpEnrolment(
    @Args('code', { description: 'Six-digit code from the authenticator app.' }) code: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<string[]> {
    return this.totp.confirmEnrolment(me.memberId, code.trim(), clientInfoOf(ctx.req).ip);
  }

  @Mutation(() => InvitationType, {
    description:
      'Invites a person by e-mail: creates the member in status INVITED and returns the single-use link. ADMINs invite into any organisation, ORG_ADMINs into their own. Errors: FORBIDDEN (another organisation), BAD_USER_INPUT (unknown `organisationId`, invalid e-mail), CONFLICT (`email` already has an account).',
  })
  @Allow.orgAdmins('ORG_ADMINs only into their own organisation')
  inviteMember(
    @Args('input', {
      description: 'E-mail, organisation, display name and organisation role of the invitee.',
    })
    input: InviteMemberInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<InvitationType> {
    return this.invitations.invite(me, input, clientInfoOf(ctx.req).ip);
  }

  @Mutation(() => InvitationType, {
    description:
      'Renews the invitation of a member who has not accepted yet: a new single-use link is e-mailed to the invitee (and returned), earlier links stop working. ADMINs for anyone, ORG_ADMINs for their own organisation. Errors: NOT_FOUND (no such member, or another organisation), CONFLICT (account already active), FORBIDDEN (an ADMIN invitation renewed by a non-ADMIN).',
  })
  @Allow.orgAdmins('ORG_ADMINs only for members of their own organisation')
  resendInvitation(
    @Args(
      'memberId',
      { description: 'Id (UUID) of the invited member.', type: () => ID },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<InvitationType> {
    return this.invitations.reinvite(me, memberId, clientInfoOf(ctx.req).ip);
  }
}
