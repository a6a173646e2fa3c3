import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { ConnectionType, mapConnection, PageArgs } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MemberLoader } from '../members/member.loader';
import { MemberType } from '../members/member.type';
import { PendingInvitationRow, PendingInvitationsService } from './pending-invitations.service';

const SCOPE = 'ORG_ADMINs only for their own organisation (service checks)';

@ObjectType('PendingInvitation', {
  description:
    "An invitation that is neither accepted nor revoked. ADMINs, and the invitee organisation's ORG_ADMINs. The link itself is shown only once, by inviteMember.",
})
export class PendingInvitationType {
  @Field(() => ID, { description: 'Invitation id (UUID); pass it to revokeInvitation.' })
  id: string;

  @Field(() => ID, { description: 'Id of the invited member (status INVITED).' })
  memberId: string;

  @Field(() => ID, { description: 'Organisation the invitee joins.' })
  organisationId: string;

  @Field(() => ID, {
    description: 'Id of the member who invited; null for the first-admin bootstrap.',
    nullable: true,
  })
  invitedById: string | null;

  @Field({ description: 'When the invitation was issued (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field({ description: 'When the link stops working (ISO 8601 date-time, UTC).' })
  expiresAt: Date;

  @Field({ description: 'True when the link has expired; invite again to send a new one.' })
  expired: boolean;
}

export const PendingInvitationConnection = ConnectionType(
  PendingInvitationType,
  'PendingInvitationConnection',
);

@ArgsType()
export class PendingInvitationsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      "Only invitations into this organisation (UUID). ADMINs: omitted means all; ORG_ADMINs always get their own (another organisation's id is FORBIDDEN).",
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId: keine gültige ID' })
  organisationId?: string | null;
}

function toType(row: PendingInvitationRow): PendingInvitationType {
  const expiresAt = new Date(row.expiresAt);
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    expiresAt,
    expired: expiresAt.getTime() <= Date.now(),
  };
}

@Resolver(() => PendingInvitationType)
export class PendingInvitationsResolver {
  constructor(
    private readonly pending: PendingInvitationsService,
    private readonly members: MemberLoader,
  ) {}

  @Query(() => PendingInvitationConnection, {
    description:
      'Open invitations (not accepted, not revoked; expired ones included and marked), newest first. ADMINs for any organisation, ORG_ADMINs for their own. Errors: FORBIDDEN (an ORG_ADMIN naming another organisation).',
  })
  @Allow.orgAdmins(SCOPE)
  async pendingInvitations(
    @Args() args: PendingInvitationsArgs,
    @CurrentPrincipal() me: Principal,
  ) {
    return mapConnection(
      await this.pending.list(me, args.organisationId, args.first, args.after),
      toType,
    );
  }

  @Mutation(() => Boolean, {
    description:
      'Revokes an open invitation: its link stops working at once; the invitee stays INVITED and can be invited again. ADMINs for any organisation, ORG_ADMINs for their own; audited. Errors: NOT_FOUND (no such open invitation, or another organisation).',
  })
  @Allow.orgAdmins(SCOPE)
  revokeInvitation(
    @Args(
      'invitationId',
      { description: 'Id (UUID) of the invitation to revoke.', type: () => ID },
      new UuidPipe('invitationId'),
    )
    invitationId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    return this.pending.revoke(me, invitationId, clientInfoOf(ctx.req).ip);
  }

  @ResolveField(() => MemberType, {
    description: 'The invited member (status INVITED); null if the account is gone.',
    nullable: true,
  })
  @Allow.orgAdmins('the parent list was scoped to the caller')
  member(@Parent() row: PendingInvitationType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, row.memberId);
  }

  @ResolveField(() => MemberType, {
    description: 'Who issued the invitation; null for the bootstrap or a deleted account.',
    nullable: true,
  })
  @Allow.orgAdmins('the parent list was scoped to the caller')
  invitedBy(@Parent() row: PendingInvitationType, @Context() ctx: GraphqlContext) {
    return row.invitedById ? this.members.load(ctx, row.invitedById) : null;
  }
}
