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
    description:
      "The caller's channels (at most 200) with unread and mention counts. Any active member, own memberships only.",
  })
  @Allow.members('own memberships only')
  async channels(
    @Args('includeArchived', { description: 'Also list archived channels.', defaultValue: false })
    includeArchived: boolean,
    @CurrentPrincipal() me: Principal,
  ) {
    return (await this.views.listMine(me, includeArchived)).map(toChannelType);
  }

  @Query(() => ChannelType, {
    description:
      'One channel by id. Its members; PUBLIC channels any active member. Errors: NOT_FOUND (also when not readable).',
  })
  @Allow.members(MEMBERS_ONLY)
  async channel(
    @Args('id', { description: 'Channel id (UUID).', type: () => ID }, new UuidPipe('id'))
    id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return toChannelType(await this.views.one(me, id));
  }

  @Query(() => [ChannelType], {
    description: 'PUBLIC channels any member may join, by name. Any active member.',
  })
  @Allow.members()
  async publicChannels(
    @Args('first', {
      description: 'How many to return, 1 to 100 (values outside are clamped).',
      type: () => Int,
      defaultValue: 50,
    })
    first: number,
  ) {
    return (await this.views.publicChannels(Math.max(1, Math.min(100, first)))).map(toChannelType);
  }

  @ResolveField(() => [ChannelMembershipType], {
    description: "The channel's members; only for channel members (empty otherwise).",
  })
  @Allow.members(MEMBERS_ONLY)
  async members(
    @Parent() channel: ChannelType,
    @CurrentPrincipal() me: Principal,
  ): Promise<ChannelMembershipType[]> {
    return this.views.membersOf(me, channel.id);
  }

  @Mutation(() => ChannelType, {
    description:
      'Creates a PUBLIC or PRIVATE channel; the caller becomes its ADMIN. Any active member. Errors: BAD_USER_INPUT (kind DIRECT or INCIDENT, name).',
  })
  @Allow.members('creator becomes channel ADMIN')
  async createChannel(
    @Args('input', { description: 'Kind, name and topic.' }) input: CreateChannelInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toChannelType(await this.channelsService.create(me, input, clientInfoOf(ctx.req).ip));
  }

  @Mutation(() => ChannelType, {
    description:
      "Changes a channel's name and/or topic. Channel ADMINs; for PUBLIC channels also MODERATORs and ADMINs. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (DIRECT channels have no name), CONFLICT (archived).",
  })
  @Allow.members('channel ADMIN; PUBLIC channels also MODERATOR/ADMIN')
  async renameChannel(
    @Args('input', { description: 'The channel and its new name and/or topic.' })
    input: RenameChannelInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return toChannelType(await this.channelsService.rename(me, input.channelId, input));
  }

  @Mutation(() => ChannelType, {
    description:
      'Archives a channel; archived channels are read-only. Channel ADMINs; for PUBLIC channels also MODERATORs and ADMINs. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (DIRECT channel), CONFLICT (already archived).',
  })
  @Allow.members('channel ADMIN; PUBLIC channels also MODERATOR/ADMIN')
  async archiveChannel(
    @Args(
      'channelId',
      { description: 'Channel id (UUID).', type: () => ID },
      new UuidPipe('channelId'),
    )
    channelId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toChannelType(
      await this.channelsService.archive(me, channelId, clientInfoOf(ctx.req).ip),
    );
  }

  @Mutation(() => ChannelType, {
    description:
      'Adds members to a channel; they are notified. PUBLIC: any channel member; PRIVATE: channel ADMINs. Errors: NOT_FOUND, FORBIDDEN (not a channel ADMIN), BAD_USER_INPUT (DIRECT or INCIDENT channel: an incident room follows its participants; unknown or inactive member), CONFLICT (archived).',
  })
  @Allow.members('PUBLIC: channel members; PRIVATE: channel ADMIN; INCIDENT: refused')
  async inviteToChannel(
    @Args('input', { description: 'The channel and the members to add.' })
    input: InviteToChannelInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return toChannelType(await this.channelsService.invite(me, input.channelId, input.memberIds));
  }

  @Mutation(() => ChannelType, {
    description:
      'Removes a member from a channel; their sockets leave the channel room at once. Channel ADMINs; for PUBLIC channels also MODERATORs and ADMINs. Errors: NOT_FOUND (channel, or the member is not in it), FORBIDDEN, BAD_USER_INPUT (oneself: use leaveChannel; DIRECT channel).',
  })
  @Allow.members('channel ADMIN; PUBLIC channels also MODERATOR/ADMIN')
  async removeFromChannel(
    @Args(
      'channelId',
      { description: 'Channel id (UUID).', type: () => ID },
      new UuidPipe('channelId'),
    )
    channelId: string,
    @Args(
      'memberId',
      { description: 'Id (UUID) of the member to remove.', type: () => ID },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toChannelType(
      await this.channelsService.removeMember(me, channelId, memberId, clientInfoOf(ctx.req).ip),
    );
  }

  @Mutation(() => Boolean, {
    description:
      'The caller leaves a channel; returns true. Errors: NOT_FOUND (not a member), BAD_USER_INPUT (DIRECT channels cannot be left).',
  })
  @Allow.members('own membership only')
  leaveChannel(
    @Args(
      'channelId',
      { description: 'Channel id (UUID).', type: () => ID },
      new UuidPipe('channelId'),
    )
    channelId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.channelsService.leave(me, channelId);
  }

  @Mutation(() => ChannelType, {
    description:
      'The caller joins a PUBLIC channel as MEMBER. Any active member. Errors: NOT_FOUND (no such PUBLIC channel), CONFLICT (archived).',
  })
  @Allow.members('PUBLIC channels only')
  async joinPublicChannel(
    @Args(
      'channelId',
      { description: 'Channel id (UUID).', type: () => ID },
      new UuidPipe('channelId'),
    )
    channelId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return toChannelType(await this.channelsService.joinPublic(me, channelId));
  }

  @Mutation(() => ChannelType, {
    description:
      'The one DIRECT channel of the caller and these members (created on first use). Any active member. Errors: BAD_USER_INPUT (not 2 to 8 people in all, unknown or inactive member).',
  })
  @Allow.members('caller is always one of the members')
  async openDirectChannel(@Args() args: OpenDirectChannelArgs, @CurrentPrincipal() me: Principal) {
    return toChannelType(await this.channelsService.openDirect(me, args.memberIds));
  }

  @Mutation(() => ChannelType, {
    description:
      "Moves the caller's read marker forward (never back, never past the last message). Channel members only. Errors: NOT_FOUND, BAD_USER_INPUT (`seq` negative).",
  })
  @Allow.members('own membership only')
  async markChannelRead(
    @Args(
      'channelId',
      { description: 'Channel id (UUID).', type: () => ID },
      new UuidPipe('channelId'),
    )
    channelId: string,
    @Args('seq', { description: 'The seq of the last message read (0 or more).', type: () => Int })
    seq: number,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.messagesService.markRead(me, channelId, seq);
    return toChannelType(await this.views.one(me, channelId));
  }
}

@Resolver(() => ChannelMembershipType)
export class ChannelMembershipResolver {
  constructor(private readonly members: MemberLoader) {}

  @ResolveField(() => MemberType, {
    description: 'The member; null if the account is gone. Listed only to channel members.',
    nullable: true,
  })
  @Allow.members('listed only for channel members')
  member(@Parent() m: ChannelMembershipType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, m.memberId);
  }
}
