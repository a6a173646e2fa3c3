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
    description: 'Reports a post to the moderators; one open flag per member and post.',
  })
  @Allow.members('post readable by the reporter, else NOT_FOUND')
  async flagForumPost(@Args('input') input: FlagForumPostInput, @CurrentPrincipal() me: Principal) {
    return toFlagType(await this.moderation.flag(me, input));
  }

  @Query(() => ForumFlagConnection, { description: 'Open flags, oldest first.' })
  @Allow.moderators()
  async forumFlagQueue(@Args() page: PageArgs) {
    const result = await this.moderation.queue(page);
    return mapConnection(result, toFlagType);
  }

  @Mutation(() => Int, {
    description: 'Closes the open flags of a post without action; returns how many.',
  })
  @Allow.moderators()
  dismissForumFlags(
    @Args('postId', { type: () => ID }, PostId()) postId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.moderation.dismissFlags(me, postId, ctx.req);
  }

  @Mutation(() => ForumPostType)
  @Allow.moderators()
  async hideForumPost(
    @Args('postId', { type: () => ID }, PostId()) postId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toPostType(await this.moderation.setHidden(me, postId, true, ctx.req));
  }

  @Mutation(() => ForumPostType)
  @Allow.moderators()
  async unhideForumPost(
    @Args('postId', { type: () => ID }, PostId()) postId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toPostType(await this.moderation.setHidden(me, postId, false, ctx.req));
  }

  @Mutation(() => ForumTopicType)
  @Allow.moderators()
  async lockForumTopic(
    @Args('topicId', { type: () => ID }, TopicId()) topicId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.moderation.setLocked(me, topicId, true, ctx.req);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType)
  @Allow.moderators()
  async unlockForumTopic(
    @Args('topicId', { type: () => ID }, TopicId()) topicId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.moderation.setLocked(me, topicId, false, ctx.req);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType)
  @Allow.moderators()
  async pinForumTopic(
    @Args('topicId', { type: () => ID }, TopicId()) topicId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.moderation.setPinned(me, topicId, true, ctx.req);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType)
  @Allow.moderators()
  async unpinForumTopic(
    @Args('topicId', { type: () => ID }, TopicId()) topicId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.moderation.setPinned(me, topicId, false, ctx.req);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType, {
    description: 'Read access follows the new category; a wider audience needs allowWiderAudience.',
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
    description: 'The flagged post (moderators see hidden posts too).',
  })
  @Allow.moderators()
  async post(@Parent() flag: ForumFlagType, @CurrentPrincipal() me: Principal) {
    const post = await this.posts.get(viewerOf(me), flag.postId).catch(() => null);
    return post ? toPostType(post) : null;
  }

  @ResolveField(() => MemberType, { nullable: true })
  @Allow.moderators()
  reporter(@Parent() flag: ForumFlagType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, flag.reporterId);
  }
}
