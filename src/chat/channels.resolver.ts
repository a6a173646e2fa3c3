import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MemberLoader } from '../members/member.loader';
import { MemberType } from '../members/member.type';
import { ChannelViewsService } from './channel-views.service';
import { ChannelsService } from './channels.service';
import {
  CreateChannelInput,
  InviteToChannelInput,
  OpenDirectChannelArgs,
  RenameChannelInput,
} from './chat.inputs';
import { ChannelMembershipType, ChannelType, toChannelType } from './chat.types';
import { MessagesService } from './messages.service';

const MEMBERS_ONLY =
  'channel members only (PUBLIC channels: any active member); NOT_FOUND otherwise';

@Resolver(() => ChannelType)
export class ChannelsResolver {
  constructor(
    private readonly channelsService: ChannelsService,
    private readonly views: ChannelViewsService,
    private readonly messagesService: MessagesService,
  ) {}

  @Query(() => [ChannelType], {
    description: 'The caller’s channels (at most 200) with unread and mention counts.',
  })
  @Allow.members('own memberships only')
  async channels(
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @CurrentPrincipal() me: Principal,
  ) {
    return (await this.views.listMine(me, includeArchived)).map(toChannelType);
  }

  @Query(() => ChannelType)
  @Allow.members(MEMBERS_ONLY)
  async channel(
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return toChannelType(await this.views.one(me, id));
  }

  @Query(() => [ChannelType], { description: 'PUBLIC channels any member may join, by name.' })
  @Allow.members()
  async publicChannels(@Args('first', { type: () => Int, defaultValue: 50 }) first: number) {
    return (await this.views.publicChannels(Math.max(1, Math.min(100, first)))).map(toChannelType);
  }

  @ResolveField(() => [ChannelMembershipType], {
    description: 'Only for channel members (empty otherwise).',
  })
  @Allow.members(MEMBERS_ONLY)
  async members(
    @Parent() channel: ChannelType,
    @CurrentPrincipal() me: Principal,
  ): Promise<ChannelMembershipType[]> {
    return this.views.membersOf(me, channel.id);
  }

  @Mutation(() => ChannelType)
  @Allow.members('creator becomes channel ADMIN')
  async createChannel(
    @Args('input') input: CreateChannelInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toChannelType(await this.channelsService.create(me, input, clientInfoOf(ctx.req).ip));
  }

  @Mutation(() => ChannelType)
  @Allow.members('channel ADMIN; PUBLIC channels also MODERATOR/ADMIN')
  async renameChannel(@Args('input') input: RenameChannelInput, @CurrentPrincipal() me: Principal) {
    return toChannelType(await this.channelsService.rename(me, input.channelId, input));
  }

  @Mutation(() => ChannelType, { description: 'Archived channels are read-only.' })
  @Allow.members('channel ADMIN; PUBLIC channels also MODERATOR/ADMIN')
  async archiveChannel(
    @Args('channelId', { type: () => ID }, new UuidPipe('channelId')) channelId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toChannelType(
      await this.channelsService.archive(me, channelId, clientInfoOf(ctx.req).ip),
    );
  }

  @Mutation(() => ChannelType)
  @Allow.members('PUBLIC: channel members; PRIVATE and INCIDENT: channel ADMIN')
  async inviteToChannel(
    @Args('input') input: InviteToChannelInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return toChannelType(await this.channelsService.invite(me, input.channelId, input.memberIds));
  }

  @Mutation(() => ChannelType, {
    description: 'The removed member’s sockets leave the channel room at once.',
  })
  @Allow.members('channel ADMIN; PUBLIC channels also MODERATOR/ADMIN')
  async removeFromChannel(
    @Args('channelId', { type: () => ID }, new UuidPipe('channelId')) channelId: string,
    @Args('memberId', { type: () => ID }, new UuidPipe('memberId')) memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toChannelType(
      await this.channelsService.removeMember(me, channelId, memberId, clientInfoOf(ctx.req).ip),
    );
  }

  @Mutation(() => Boolean)
  @Allow.members('own membership only')
  leaveChannel(
    @Args('channelId', { type: () => ID }, new UuidPipe('channelId')) channelId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.channelsService.leave(me, channelId);
  }

  @Mutation(() => ChannelType)
  @Allow.members('PUBLIC channels only')
  async joinPublicChannel(
    @Args('channelId', { type: () => ID }, new UuidPipe('channelId')) channelId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return toChannelType(await this.channelsService.joinPublic(me, channelId));
  }

  @Mutation(() => ChannelType, {
    description: 'The one DIRECT channel of the caller and these members (created on first use).',
  })
  @Allow.members('caller is always one of the members')
  async openDirectChannel(@Args() args: OpenDirectChannelArgs, @CurrentPrincipal() me: Principal) {
    return toChannelType(await this.channelsService.openDirect(me, args.memberIds));
  }

  @Mutation(() => ChannelType, {
    description: 'Moves the read marker forward (never back, never past the last message).',
  })
  @Allow.members('own membership only')
  async markChannelRead(
    @Args('channelId', { type: () => ID }, new UuidPipe('channelId')) channelId: string,
    @Args('seq', { type: () => Int }) seq: number,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.messagesService.markRead(me, channelId, seq);
    return toChannelType(await this.views.one(me, channelId));
  }
}

@Resolver(() => ChannelMembershipType)
export class ChannelMembershipResolver {
  constructor(private readonly members: MemberLoader) {}

  @ResolveField(() => MemberType, { nullable: true })
  @Allow.members('listed only for channel members')
  member(@Parent() m: ChannelMembershipType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, m.memberId);
  }
}
