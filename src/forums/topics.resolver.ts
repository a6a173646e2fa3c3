import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '../common/access/authenticated-member';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PageArgs } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MemberLoader } from '../members/member.loader';
import { MemberType } from '../members/member.type';
import { CreateForumTopicInput, ForumTopicsArgs } from './dto/forum.inputs';
import { ForumCategoryType, ForumPostConnection, ForumTopicConnection, ForumTopicType, toPostType } from './dto/forum.types';
import { ForumLoaders } from './forum.loaders';
import { viewerOf } from './forum-access.service';
import { WatchLevel } from './forum.enums';
import { PostsService } from './posts.service';
import { ReadStateService } from './read-state.service';
import { TopicsService } from './topics.service';

const AUDIENCE = 'topic readable through its category audience, else NOT_FOUND';

@Resolver(() => ForumTopicType)
export class TopicsResolver {
  constructor(
    private readonly topics: TopicsService,
    private readonly postList: PostsService,
    private readonly readState: ReadStateService,
    private readonly members: MemberLoader,
    private readonly loaders: ForumLoaders,
  ) {}

  @Query(() => ForumTopicConnection, { description: 'Latest topics in readable categories (without muted categories and topics); with categoryId pinned first; with authorId the topics of a member.' })
  @Allow.members('filtered by the category audience in SQL')
  forumTopics(@Args() args: ForumTopicsArgs, @CurrentPrincipal() me: Principal) {
    return this.topics.list(viewerOf(me), args);
  }

  @Query(() => ForumTopicType)
  @Allow.members(AUDIENCE)
  forumTopic(@Args('id', { type: () => ID }, new UuidPipe('id')) id: string, @CurrentPrincipal() me: Principal) {
    return this.topics.get(viewerOf(me), id);
  }

  @Mutation(() => ForumTopicType)
  @Allow.members('category readable (else NOT_FOUND) and postable (else FORBIDDEN)')
  createForumTopic(@Args('input') input: CreateForumTopicInput, @CurrentPrincipal() me: Principal) {
    return this.topics.create(me, input);
  }

  @Mutation(() => ForumTopicType, { description: 'Moves the read position forward to postNumber (never back).' })
  @Allow.members(AUDIENCE)
  async markForumTopicRead(
    @Args('topicId', { type: () => ID }, new UuidPipe('topicId')) topicId: string,
    @Args('postNumber', { type: () => Int }) postNumber: number,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.readState.markTopicRead(viewerOf(me), topicId, postNumber);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType)
  @Allow.members(AUDIENCE)
  async watchForumTopic(
    @Args('topicId', { type: () => ID }, new UuidPipe('topicId')) topicId: string,
    @Args('level', { type: () => WatchLevel }) level: WatchLevel,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.readState.watchTopic(viewerOf(me), topicId, level);
    return this.topics.get(viewerOf(me), topicId);
  }

  @ResolveField(() => MemberType, { nullable: true })
  @Allow.members('the parent topic was access-checked')
  author(@Parent() topic: ForumTopicType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, topic.authorId);
  }

  @ResolveField(() => ForumCategoryType, { nullable: true })
  @Allow.members('the parent topic was access-checked; the category is filtered by the audience again')
  category(@Parent() topic: ForumTopicType, @Context() ctx: GraphqlContext, @CurrentPrincipal() me: Principal) {
    return this.loaders.category(ctx, viewerOf(me), topic.categoryId);
  }

  @ResolveField(() => ForumPostConnection, { description: 'Posts ascending by post number.' })
  @Allow.members('the parent topic was access-checked; hidden posts only for staff')
  async posts(@Parent() topic: ForumTopicType, @Args() page: PageArgs, @CurrentPrincipal() me: Principal) {
    // postCount was counted for this viewer with the same visibility rule: no second COUNT.
    const result = await this.postList.listOfTopic(viewerOf(me), topic.id, page, topic.postCount);
    return { ...result, nodes: result.nodes.map(toPostType) };
  }
}
