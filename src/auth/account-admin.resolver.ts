import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { SetMemberRolesInput } from '../members/dto/member.inputs';
import { MemberType, toMemberType } from '../members/member.type';
import { AccountAdminService, ORG_ADMIN_SCOPE } from './account-admin.service';
import { SessionType } from './dto/auth.types';
import { SessionsService } from './sessions.service';
import { UuidPipe } from '../common/graphql/uuid.pipe';

@Resolver()
export class AccountAdminResolver {
  constructor(
    private readonly admin: AccountAdminService,
    private readonly sessions: SessionsService,
  ) {}

  @Mutation(() => MemberType, {
    description:
      "Disables an account: every session and socket ends at once. ORG_ADMINs for members of their own organisation, ADMINs for anyone. Errors: NOT_FOUND (no such member, or another organisation's), FORBIDDEN (an ADMIN account managed by a non-ADMIN), BAD_USER_INPUT (own account, account not yet activated).",
  })
  @Allow.orgAdmins(ORG_ADMIN_SCOPE)
  async disableMember(
    @Args(
      'memberId',
      { description: 'Id (UUID) of the member to disable.', type: () => ID },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toMemberType(
      await this.admin.setDisabled(me, memberId, true, clientInfoOf(ctx.req).ip),
      me,
    );
  }

  @Mutation(() => MemberType, {
    description:
      'Re-enables a disabled account. ORG_ADMINs for their own organisation, ADMINs for anyone. Errors: NOT_FOUND, FORBIDDEN (an ADMIN account managed by a non-ADMIN), BAD_USER_INPUT (account not yet activated).',
  })
  @Allow.orgAdmins(ORG_ADMIN_SCOPE)
  async enableMember(
    @Args(
      'memberId',
      { description: 'Id (UUID) of the member to enable.', type: () => ID },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toMemberType(
      await this.admin.setDisabled(me, memberId, false, clientInfoOf(ctx.req).ip),
      me,
    );
  }

  @Mutation(() => MemberType, {
    description:
      'Sets organisation and/or platform role. ORG_ADMINs set organisation roles in their own organisation; platform roles are for ADMINs. Errors: NOT_FOUND, FORBIDDEN (platform role by a non-ADMIN, ADMIN account by a non-ADMIN), BAD_USER_INPUT.',
  })
  @Allow.orgAdmins(ORG_ADMIN_SCOPE)
  async setMemberRoles(
    @Args('input', { description: 'The member and the roles to give.' }) input: SetMemberRolesInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toMemberType(await this.admin.setRoles(me, input, clientInfoOf(ctx.req).ip), me);
  }

  @Query(() => [SessionType], { description: 'Active sessions of any member. ADMINs only.' })
  @Allow.admins()
  async memberSessions(
    @Args(
      'memberId',
      { description: 'Id (UUID) of the member whose sessions to list.', type: () => ID },
      new UuidPipe('memberId'),
    )
    memberId: string,
  ): Promise<SessionType[]> {
    return (await this.sessions.listActive(memberId)).map((s) => ({ ...s, current: false }));
  }

  @Mutation(() => Boolean, {
    description:
      'Ends one session of any member (its sockets close). ADMINs only. Errors: NOT_FOUND (no such active session).',
  })
  @Allow.admins()
  async revokeSession(
    @Args(
      'sessionId',
      { description: 'Id (UUID) of the session to end.', type: () => ID },
      new UuidPipe('sessionId'),
    )
    sessionId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.sessions.revokeOne(
      sessionId,
      null,
      me.memberId,
      'revoked_by_admin',
      clientInfoOf(ctx.req).ip,
    );
    return true;
  }

  @Mutation(() => Int, {
    description:
      'Ends all sessions of a member; returns how many ended. ORG_ADMINs for their own organisation, ADMINs for anyone. Errors: NOT_FOUND, FORBIDDEN (an ADMIN account managed by a non-ADMIN).',
  })
  @Allow.orgAdmins(ORG_ADMIN_SCOPE)
  revokeMemberSessions(
    @Args(
      'memberId',
      { description: 'Id (UUID) of the member whose sessions end.', type: () => ID },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.admin.revokeAllSessions(me, memberId, clientInfoOf(ctx.req).ip);
  }

  @Mutation(() => MemberType, {
    description:
      "Clears a lost second factor and ends the member's sessions; the member enrols again at the next login. ADMINs only. Errors: NOT_FOUND.",
  })
  @Allow.admins()
  async resetMemberTotp(
    @Args(
      'memberId',
      { description: 'Id (UUID) of the member whose TOTP is reset.', type: () => ID },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toMemberType(await this.admin.resetTotp(me, memberId, clientInfoOf(ctx.req).ip), me);
  }

  @Query(() => Boolean, {
    description:
      'Whether every member must use TOTP (CERT staff and ADMINs always must). ADMINs only.',
  })
  @Allow.admins()
  totpRequiredForAll(): Promise<boolean> {
    return this.admin.totpRequiredForAll();
  }

  @Mutation(() => Boolean, {
    description:
      'Requires TOTP for every member, or only for CERT staff and ADMINs (who always need it). ADMINs only; audited. Returns the new setting.',
  })
  @Allow.admins()
  setTotpRequiredForAll(
    @Args('required', {
      description: 'True: every member must set up TOTP; false: only CERT staff and ADMINs.',
    })
    required: boolean,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.admin.setTotpRequiredForAll(me, required, clientInfoOf(ctx.req).ip);
  }
}
