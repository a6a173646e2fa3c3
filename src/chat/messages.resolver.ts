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
      'Chat history by sequence: `after` pages forward, `before` (or neither: the newest) backward. Channel members (PUBLIC: any active member); reads of TLP:RED channels are audited. Errors: NOT_FOUND.',
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
      'Sends a message: stored with the next seq, acknowledged, then broadcast to the channel room. Idempotent per (channel, sender, clientMessageId): a retry returns the stored message and broadcasts it again (nobody may have been told about it yet). Channel members only. Errors: NOT_FOUND (channel not readable), BAD_USER_INPUT (empty or too long body, clientMessageId format, threadRootId not in this channel), CONFLICT (archived channel), UNAVAILABLE (database unreachable, retry).',
  })
  @Allow.members(MEMBERS_ONLY)
  async sendMessage(
    @Args('input', { description: 'Channel, client message id, text and optional thread.' })
    input: SendMessageInput,
    @CurrentPrincipal() me: Principal,
  ) {
    // A retry is broadcast too (see ChatGateway.send): nobody may have been told about it yet.
    const { message } = await this.messagesService.send(me, input);
    this.events.messageNew(message);
    return message;
  }

  @Mutation(() => MessageType, {
    description:
      "Replaces the text of the caller's own message (broadcast as message:updated). Author only. Errors: NOT_FOUND (message missing, deleted or not readable), FORBIDDEN (not the author), BAD_USER_INPUT (empty or too long body), CONFLICT (archived channel).",
  })
  @Allow.members('author only')
  async editMessage(
    @Args(
      'messageId',
      { description: 'Message id (UUID).', type: () => ID },
      new UuidPipe('messageId'),
    )
    messageId: string,
    @Args('body', { description: 'The new text, not blank, at most 16 KB.' }) body: string,
    @CurrentPrincipal() me: Principal,
  ) {
    const message = await this.messagesService.edit(me, messageId, body);
    this.events.messageUpdated(message);
    return message;
  }

  @Mutation(() => MessageType, {
    description:
      'Soft delete: the text is removed, the sequence number stays. The author or a channel ADMIN. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (archived channel).',
  })
  @Allow.members('author or channel ADMIN')
  async deleteMessage(
    @Args(
      'messageId',
      { description: 'Message id (UUID).', type: () => ID },
      new UuidPipe('messageId'),
    )
    messageId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    const message = await this.messagesService.remove(me, messageId);
    this.events.messageUpdated(message);
    return message;
  }

  @Mutation(() => MessageType, {
    description:
      "Adds or removes the caller's emoji reaction. Channel members only. Errors: NOT_FOUND (message missing, deleted or not readable), BAD_USER_INPUT (emoji), CONFLICT (archived channel).",
  })
  @Allow.members(MEMBERS_ONLY)
  async reactToMessage(@Args() args: ReactArgs, @CurrentPrincipal() me: Principal) {
    const message = await this.messagesService.react(me, args.messageId, args.emoji, args.add);
    this.events.messageUpdated(message);
    return message;
  }

  @ResolveField(() => MemberType, {
    description: 'The member who sent it; null if the account is gone. Visible with the message.',
    nullable: true,
  })
  @Allow.members('visible with the message')
  sender(@Parent() message: MessageType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, message.senderId);
  }
}
