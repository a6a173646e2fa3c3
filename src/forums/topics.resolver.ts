import {
  Args,
  Context,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Principal } from '../common/access/authenticated-member';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { mapConnection, PageArgs } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MemberLoader } from '../members/member.loader';
import { MemberType } from '../members/member.type';
import { CreateForumTopicInput, ForumTopicsArgs } from './dto/forum.inputs';
import {
  ForumCategoryType,
  ForumPostConnection,
  ForumTopicConnection,
  ForumTopicType,
  toPostType,
} from './dto/forum.types';
import { ForumLoaders } from './forum.loaders';
import { viewerOf } from './forum-access.service';
import { WatchLevel } from './forum.enums';
import { PostsService } from './posts.service';
import { ReadStateService } from './read-state.service';
import { selects } from './selection';
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

  @Query(() => ForumTopicConnection, {
    description:
      'Latest topics in readable categories (without muted categories and topics); with categoryId pinned first; with authorId the topics of a member. totalCount counts up to 1,000 (see totalCountIsExact) and is computed only when totalCount or totalCountIsExact is selected.',
  })
  @Allow.members('filtered by the category audience in SQL')
  async forumTopics(
    @Args() args: ForumTopicsArgs,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const v = viewerOf(me);
    // Authors and the count are read by the list statement only when selected (selection.ts).
    const page = await this.topics.list(v, args, {
      authors: selects(info, 'nodes', 'author'),
      count: selects(info, 'totalCount') || selects(info, 'totalCountIsExact'),
    });
    // The page statement read these already; the author and category fields (and their policies) still run.
    this.members.prime(ctx, page.authors);
    this.loaders.primeCategories(ctx, v, page.categories);
    return page.connection;
  }

  @Query(() => ForumTopicType, {
    description:
      "One topic by id. Any active member within the category's audience; MODERATORs and ADMINs read all. Errors: NOT_FOUND (also when not readable).",
  })
  @Allow.members(AUDIENCE)
  async forumTopic(
    @Args('id', { description: 'Topic id (UUID).', type: () => ID }, new UuidPipe('id')) id: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const v = viewerOf(me);
    const { topic, category, author } = await this.topics.read(v, id, selects(info, 'author'));
    if (author) this.members.prime(ctx, [author]);
    this.loaders.primeCategories(ctx, v, [category]);
    return topic;
  }

  @Mutation(() => ForumTopicType, {
    description:
      'Starts a topic with its first post (Markdown). Any active member who may read and post in the category. Errors: NOT_FOUND (category not readable), FORBIDDEN (category not postable), BAD_USER_INPUT (empty or too long title or body).',
  })
  @Allow.members('category readable (else NOT_FOUND) and postable (else FORBIDDEN)')
  createForumTopic(
    @Args('input', { description: 'Category, title and the Markdown of the first post.' })
    input: CreateForumTopicInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.topics.create(me, input);
  }

  @Mutation(() => ForumTopicType, {
    description:
      "Moves the caller's read position forward to postNumber (never back). Any active member who may read the topic. Errors: NOT_FOUND, BAD_USER_INPUT (postNumber below 1).",
  })
  @Allow.members(AUDIENCE)
  async markForumTopicRead(
    @Args('topicId', { description: 'Topic id (UUID).', type: () => ID }, new UuidPipe('topicId'))
    topicId: string,
    @Args('postNumber', {
      description:
        'Number of the last post read (1-based); larger numbers are capped at the last post.',
      type: () => Int,
    })
    postNumber: number,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.readState.markTopicRead(viewerOf(me), topicId, postNumber);
    return this.topics.get(viewerOf(me), topicId);
  }

  @Mutation(() => ForumTopicType, {
    description:
      "Sets the caller's notification level for one topic (overrides the category's). Any active member who may read the topic. Errors: NOT_FOUND.",
  })
  @Allow.members(AUDIENCE)
  async watchForumTopic(
    @Args('topicId', { description: 'Topic id (UUID).', type: () => ID }, new UuidPipe('topicId'))
    topicId: string,
    @Args('level', { description: 'The new notification level.', type: () => WatchLevel })
    level: WatchLevel,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.readState.watchTopic(viewerOf(me), topicId, level);
    return this.topics.get(viewerOf(me), topicId);
  }

  @ResolveField(() => MemberType, {
    description:
      'The member who started the topic; null if the account is gone. Same readers as the topic.',
    nullable: true,
  })
  @Allow.members('the parent topic was access-checked')
  author(@Parent() topic: ForumTopicType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, topic.authorId);
  }

  @ResolveField(() => ForumCategoryType, {
    description: "The topic's category; same readers as the topic.",
    nullable: true,
  })
  @Allow.members(
    'the parent topic was access-checked; the category is filtered by the audience again',
  )
  category(
    @Parent() topic: ForumTopicType,
    @Context() ctx: GraphqlContext,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.loaders.category(ctx, viewerOf(me), topic.categoryId);
  }

  @ResolveField(() => ForumPostConnection, {
    description:
      "The topic's posts, ascending by post number; hidden posts only for MODERATORs and ADMINs. Same readers as the topic.",
  })
  @Allow.members('the parent topic was access-checked; hidden posts only for staff')
  async posts(
    @Parent() topic: ForumTopicType,
    @Args() page: PageArgs,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const v = viewerOf(me);
    // postCount was counted for this viewer with the same visibility rule: no second COUNT.
    // Authors and reactions are read by the page statement only when selected: a page asked for
    // ids only (reply forms, the first post's id) should not pay the joins.
    const include = {
      authors: selects(info, 'nodes', 'author'),
      reactions: selects(info, 'nodes', 'reactions'),
    };
    const { connection, authors, reactions } = await this.postList.listOfTopic(
      v,
      topic.id,
      page,
      topic.postCount,
      include,
    );
    this.members.prime(ctx, authors);
    if (reactions) this.loaders.primeReactions(ctx, v, reactions);
    return mapConnection(connection, toPostType);
  }
}
