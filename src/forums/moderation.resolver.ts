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
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { mapConnection, PageArgs } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MemberLoader } from '../members/member.loader';
import { MemberType } from '../members/member.type';
import { FlagForumPostInput, MoveForumTopicArgs } from './dto/forum.inputs';
import {
  ForumFlagConnection,
  ForumFlagType,
  ForumPostType,
  ForumTopicType,
  toFlagType,
  toPostType,
} from './dto/forum.types';
import { viewerOf } from './forum-access.service';
import { ModerationService } from './moderation.service';
import { PostsService } from './posts.service';
import { TopicsService } from './topics.service';

const TopicId = () => new UuidPipe('topicId');
const PostId = () => new UuidPipe('postId');

@Resolver(() => ForumFlagType)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly topics: TopicsService,
    private readonly posts: PostsService,
    private readonly members: MemberLoader,
  ) {}

  @Mutation(() => ForumFlagType, {
    description:
      'Reports a post to the moderators; one open flag per member and post. Any active member who may read the post. Errors: NOT_FOUND (post missing or not readable), CONFLICT (already flagged by the caller).',
  })
  @Allow.members('post readable by the reporter, else NOT_FOUND')
  async flagForumPost(
    @Args('input', { description: 'The post, the reason and an optional note.' })
    input: FlagForumPostInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return toFlagType(await this.moderation.flag(me, input));
  }

  @Query(() => ForumFlagConnection, {
    description: 'Open flags, oldest first. MODERATORs and ADMINs only.',
  })
  @Allow.moderators()
  async forumFlagQueue(@Args() page: PageArgs) {
    const result = await this.moderation.queue(page);
    return mapConnection(result, toFlagType);
  }

  @Mutation(() => Int, {
    description:
      'Closes the open flags of a post without action (status DISMISSED); returns how many. MODERATORs and ADMINs only; audited. Errors: NOT_FOUND (no open flag on the post).',
  })
  @Allow.moderators()
  dismissForumFlags(
    @Args('postId', { description: 'Id (UUID) of the flagged post.', type: () => ID }, PostId())
    postId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.moderation.dismissFlags(me, postId, ctx.req);
  }

  @Mutation(() => ForumPostType, {
    description:
      'Hides a post from everyone but staff and resolves its open flags. MODERATORs and ADMINs only; audited. Errors: NOT_FOUND, CONFLICT (already hidden).',
  })
  @Allow.moderators()
  async hideForumPost(
    @Args('postId', { description: 'Id (UUID) of the post to hide.', type: () => ID }, PostId())
    postId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toPostType(await this.moderation.setHidden(me, postId, true, ctx.req));
  }

  @Mutation(() => ForumPostType, {
    description:
      'Shows a hidden post again. MODERATORs and ADMINs only; audited. Errors: NOT_FOUND, CONFLICT (not hidden).',
  })
  @Allow.moderators()
  async unhideForumPost(
    @Args('postId', { description: 'Id (UUID) of the hidden post.', type: () => ID }, PostId())
    postId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toPostType(await this.moderation.setHidden(me, postId, false, ctx.req));
  }

  @Mutation(() => ForumTopicType, {
    description:
      'Locks a topic: no more replies. MODERATORs and ADMINs only; audited. Errors: NOT_FOUND, CONFLICT (already locked).',
  })
  @Allow.moderators()
  async lockForumTopic(
    @Args('topicId', { description: 'Id (UUID) of the topic to lock.', type: () => ID }, TopicId())
    topicId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.moderation.setLocked(me, topicId, true, ctx.req);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType, {
    description:
      'Unlocks a topic. MODERATORs and ADMINs only; audited. Errors: NOT_FOUND, CONFLICT (not locked).',
  })
  @Allow.moderators()
  async unlockForumTopic(
    @Args('topicId', { description: 'Id (UUID) of the locked topic.', type: () => ID }, TopicId())
    topicId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.moderation.setLocked(me, topicId, false, ctx.req);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType, {
    description:
      'Pins a topic to the top of its category. MODERATORs and ADMINs only; audited. Errors: NOT_FOUND, CONFLICT (already pinned).',
  })
  @Allow.moderators()
  async pinForumTopic(
    @Args('topicId', { description: 'Id (UUID) of the topic to pin.', type: () => ID }, TopicId())
    topicId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.moderation.setPinned(me, topicId, true, ctx.req);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType, {
    description:
      'Unpins a topic. MODERATORs and ADMINs only; audited. Errors: NOT_FOUND, CONFLICT (not pinned).',
  })
  @Allow.moderators()
  async unpinForumTopic(
    @Args('topicId', { description: 'Id (UUID) of the pinned topic.', type: () => ID }, TopicId())
    topicId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.moderation.setPinned(me, topicId, false, ctx.req);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType, {
    description:
      'Moves a topic to another category; read access follows the new category. MODERATORs and ADMINs only; audited. Errors: NOT_FOUND (topic or category), CONFLICT (same category; a wider audience without allowWiderAudience).',
  })
  @Allow.moderators()
  async moveForumTopic(
    @Args() args: MoveForumTopicArgs,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.moderation.move(me, args, ctx.req);
    return this.topics.get(viewerOf(me), args.topicId);
  }

  @ResolveField(() => ForumPostType, {
    nullable: true,
    description: 'The flagged post (moderators see hidden posts too). MODERATORs and ADMINs only.',
  })
  @Allow.moderators()
  async post(@Parent() flag: ForumFlagType, @CurrentPrincipal() me: Principal) {
    const post = await this.posts.get(viewerOf(me), flag.postId).catch(() => null);
    return post ? toPostType(post) : null;
  }

  @ResolveField(() => MemberType, {
    description:
      'The member who flagged the post; null if the account is gone. MODERATORs and ADMINs only.',
    nullable: true,
  })
  @Allow.moderators()
  reporter(@Parent() flag: ForumFlagType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, flag.reporterId);
  }
}
