import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Principal } from '../common/access/authenticated-member';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MemberLoader } from '../members/member.loader';
import { MemberType } from '../members/member.type';
import { ChatEvents } from './chat-events';
import { MessagesArgs, ReactArgs, SendMessageInput } from './chat.inputs';
import { MessagePageType, MessageType } from './chat.types';
import { MessagesService } from './messages.service';

const MEMBERS_ONLY = 'channel members only; NOT_FOUND otherwise';

/** The same service as the socket gateway; these mutations broadcast to the channel room too. */
@Resolver(() => MessageType)
export class MessagesResolver {
  constructor(
    private readonly messagesService: MessagesService,
    private readonly events: ChatEvents,
    private readonly members: MemberLoader,
  ) {}

  @Query(() => MessagePageType, {
    description:
      'History by sequence: `after` pages forward, `before` (or neither: newest) backward.',
  })
  @Allow.members(MEMBERS_ONLY)
  async messages(
    @Args() args: MessagesArgs,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const { nodes, hasMore, senders } = await this.messagesService.history(
      me,
      args.channelId,
      args,
    );
    // The page statement joined the senders: `sender` (its resolver and policy still run) finds
    // them in this request's MemberLoader instead of issuing a statement of its own.
    this.members.prime(ctx, senders);
    return { nodes, hasMore };
  }

  @Mutation(() => MessageType, {
    description:
      'Idempotent per (channel, sender, clientMessageId): a retry returns the stored message.',
  })
  @Allow.members(MEMBERS_ONLY)
  async sendMessage(@Args('input') input: SendMessageInput, @CurrentPrincipal() me: Principal) {
    // A retry is broadcast too (see ChatGateway.send): nobody may have been told about it yet.
    const { message } = await this.messagesService.send(me, input);
    this.events.messageNew(message);
    return message;
  }

  @Mutation(() => MessageType)
  @Allow.members('author only')
  async editMessage(
    @Args('messageId', { type: () => ID }, new UuidPipe('messageId')) messageId: string,
    @Args('body') body: string,
    @CurrentPrincipal() me: Principal,
  ) {
    const message = await this.messagesService.edit(me, messageId, body);
    this.events.messageUpdated(message);
    return message;
  }

  @Mutation(() => MessageType, {
    description: 'Soft delete: the text is removed, the sequence number stays.',
  })
  @Allow.members('author or channel ADMIN')
  async deleteMessage(
    @Args('messageId', { type: () => ID }, new UuidPipe('messageId')) messageId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    const message = await this.messagesService.remove(me, messageId);
    this.events.messageUpdated(message);
    return message;
  }

  @Mutation(() => MessageType)
  @Allow.members(MEMBERS_ONLY)
  async reactToMessage(@Args() args: ReactArgs, @CurrentPrincipal() me: Principal) {
    const message = await this.messagesService.react(me, args.messageId, args.emoji, args.add);
    this.events.messageUpdated(message);
    return message;
  }

  @ResolveField(() => MemberType, { nullable: true })
  @Allow.members('visible with the message')
  sender(@Parent() message: MessageType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, message.senderId);
  }
}
