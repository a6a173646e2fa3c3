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

  @Mutation(() => AuthPayload)
  @Allow.public()
  async login(
    @Args('input') input: LoginInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.auth.login(input, clientInfoOf(ctx.req)));
  }

  @Mutation(() => AuthPayload, {
    description: 'Exchanges a refresh token (single use) for a new token pair.',
  })
  @Allow.public()
  async refreshSession(
    @Args('refreshToken') refreshToken: string,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    const tokens = await this.sessions.refresh(refreshToken.slice(0, 200), clientInfoOf(ctx.req));
    return this.signedIn(ctx, await this.auth.loginResultFor(tokens));
  }

  @Mutation(() => AuthPayload)
  @Allow.public()
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayload> {
    return this.signedIn(ctx, await this.invitations.accept(input, clientInfoOf(ctx.req)));
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  @Allow.membersDuringMfaSetup()
  async logout(
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.logout(me, clientInfoOf(ctx.req).ip);
    if (isBrowserClient(ctx.req)) clearRefreshCookie(ctx.res as Response, this.config);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every other session of the member.' })
  @Allow.members()
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.changePassword(me, input, clientInfoOf(ctx.req).ip);
    return true;
  }

  @Query(() => [SessionType], { description: 'The caller’s own active sessions.' })
  @Allow.membersDuringMfaSetup()
  async mySessions(@CurrentPrincipal() me: Principal): Promise<SessionType[]> {
    const sessions = await this.sessions.listActive(me.memberId);
    return sessions.map((s) => ({ ...s, current: s.id === me.sessionId }));
  }

  @Mutation(() => Boolean, { description: 'Ends one of the caller’s own sessions.' })
  @Allow.membersDuringMfaSetup()
  async revokeMySession(
    @Args('sessionId', { type: () => ID }, new UuidPipe('sessionId')) sessionId: string,
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
    description: 'Starts TOTP enrolment; confirm with a code from the app.',
  })
  @Allow.membersDuringMfaSetup()
  startTotpEnrolment(@CurrentPrincipal() me: Principal): Promise<TotpEnrolment> {
    return this.totp.beginEnrolment(me.memberId);
  }

  @Mutation(() => [String], {
    description: 'Confirms TOTP with a first code; returns the recovery codes, shown once.',
  })
  @Allow.membersDuringMfaSetup()
  confirmTotpEnrolment(
    @Args('code') code: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<string[]> {
    return this.totp.confirmEnrolment(me.memberId, code.trim(), clientInfoOf(ctx.req).ip);
  }

  @Mutation(() => InvitationType, {
    description: 'ADMINs invite into any organisation, ORG_ADMINs into their own.',
  })
  @Allow.orgAdmins('ORG_ADMINs only into their own organisation')
  inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<InvitationType> {
    return this.invitations.invite(me, input, clientInfoOf(ctx.req).ip);
  }
}
