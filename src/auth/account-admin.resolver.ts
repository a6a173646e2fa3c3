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
    description: 'Disables an account: every session and socket ends at once.',
  })
  @Allow.orgAdmins(ORG_ADMIN_SCOPE)
  async disableMember(
    @Args('memberId', { type: () => ID }, new UuidPipe('memberId')) memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toMemberType(
      await this.admin.setDisabled(me, memberId, true, clientInfoOf(ctx.req).ip),
      me,
    );
  }

  @Mutation(() => MemberType)
  @Allow.orgAdmins(ORG_ADMIN_SCOPE)
  async enableMember(
    @Args('memberId', { type: () => ID }, new UuidPipe('memberId')) memberId: string,
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
      'ORG_ADMINs set organisation roles in their organisation; platform roles are for ADMINs.',
  })
  @Allow.orgAdmins(ORG_ADMIN_SCOPE)
  async setMemberRoles(
    @Args('input') input: SetMemberRolesInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toMemberType(await this.admin.setRoles(me, input, clientInfoOf(ctx.req).ip), me);
  }

  @Query(() => [SessionType], { description: 'Active sessions of any member (ADMIN).' })
  @Allow.admins()
  async memberSessions(
    @Args('memberId', { type: () => ID }, new UuidPipe('memberId')) memberId: string,
  ): Promise<SessionType[]> {
    return (await this.sessions.listActive(memberId)).map((s) => ({ ...s, current: false }));
  }

  @Mutation(() => Boolean, { description: 'Ends one session of any member (ADMIN).' })
  @Allow.admins()
  async revokeSession(
    @Args('sessionId', { type: () => ID }, new UuidPipe('sessionId')) sessionId: string,
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

  @Mutation(() => Int, { description: 'Ends all sessions of a member; returns how many ended.' })
  @Allow.orgAdmins(ORG_ADMIN_SCOPE)
  revokeMemberSessions(
    @Args('memberId', { type: () => ID }, new UuidPipe('memberId')) memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.admin.revokeAllSessions(me, memberId, clientInfoOf(ctx.req).ip);
  }

  @Mutation(() => MemberType, {
    description: 'Clears a lost second factor; the member enrols again.',
  })
  @Allow.admins()
  async resetMemberTotp(
    @Args('memberId', { type: () => ID }, new UuidPipe('memberId')) memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toMemberType(await this.admin.resetTotp(me, memberId, clientInfoOf(ctx.req).ip), me);
  }

  @Query(() => Boolean)
  @Allow.admins()
  totpRequiredForAll(): Promise<boolean> {
    return this.admin.totpRequiredForAll();
  }

  @Mutation(() => Boolean, {
    description: 'Requires TOTP for every member (CERT staff and ADMINs always need it).',
  })
  @Allow.admins()
  setTotpRequiredForAll(
    @Args('required') required: boolean,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.admin.setTotpRequiredForAll(me, required, clientInfoOf(ctx.req).ip);
  }
}
