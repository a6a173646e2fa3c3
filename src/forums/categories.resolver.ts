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
import { PageArgs } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { CategoriesService } from './categories.service';
import { ForumCategoryInput } from './dto/forum.inputs';
import { ForumCategoryConnection, ForumCategoryType } from './dto/forum.types';
import { viewerOf } from './forum-access.service';
import { ForumLoaders } from './forum.loaders';
import { WatchLevel } from './forum.enums';
import { ReadStateService } from './read-state.service';

const AUDIENCE = 'category audience (readKinds, sharing group); MODERATOR/ADMIN read all';
const FIGURES =
  'the parent category was access-checked; the figures query applies the audience in SQL again';

@Resolver(() => ForumCategoryType)
export class CategoriesResolver {
  constructor(
    private readonly categories: CategoriesService,
    private readonly readState: ReadStateService,
    private readonly loaders: ForumLoaders,
  ) {}

  @Query(() => ForumCategoryConnection, {
    description:
      'Forum categories the caller may read (by readKinds and sharing group), ordered by position. Any active member; MODERATORs and ADMINs see all.',
  })
  @Allow.members(AUDIENCE)
  forumCategories(@Args() page: PageArgs, @CurrentPrincipal() me: Principal) {
    return this.categories.list(viewerOf(me), page.first, page.after);
  }

  @Query(() => ForumCategoryType, {
    description:
      "One category by id. Any active member within the category's audience; MODERATORs and ADMINs read all. Errors: NOT_FOUND (also when not readable).",
  })
  @Allow.members(AUDIENCE)
  forumCategory(
    @Args('id', { description: 'Category id (UUID).', type: () => ID }, new UuidPipe('id'))
    id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.categories.get(viewerOf(me), id);
  }

  @Mutation(() => ForumCategoryType, {
    description:
      'Creates a category with its audience. ADMINs only; audited. Errors: BAD_USER_INPUT (empty name, postKinds not within readKinds, unknown organisation in organisationIds), CONFLICT (name taken).',
  })
  @Allow.admins()
  async createForumCategory(
    @Args('input', { description: 'Name, description, audience and position of the new category.' })
    input: ForumCategoryInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const saved = await this.categories.create(me, input, ctx.req);
    return this.categories.get(viewerOf(me), saved.id);
  }

  @Mutation(() => ForumCategoryType, {
    description:
      "Replaces a category's name, description, audience and position. ADMINs only; audited. Errors: NOT_FOUND, BAD_USER_INPUT (as createForumCategory), CONFLICT (name taken).",
  })
  @Allow.admins()
  async updateForumCategory(
    @Args(
      'id',
      { description: 'Id (UUID) of the category to change.', type: () => ID },
      new UuidPipe('id'),
    )
    id: string,
    @Args('input', { description: 'All its properties, as they should be.' })
    input: ForumCategoryInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    await this.categories.update(me, id, input, ctx.req);
    return this.categories.get(viewerOf(me), id);
  }

  @Mutation(() => ForumCategoryType, {
    description:
      "Sets the caller's notification level for a category (applies to its topics unless a topic has its own level). Any active member within the category's audience. Errors: NOT_FOUND.",
  })
  @Allow.members(AUDIENCE)
  async watchForumCategory(
    @Args(
      'categoryId',
      { description: 'Category id (UUID).', type: () => ID },
      new UuidPipe('categoryId'),
    )
    categoryId: string,
    @Args('level', { description: 'The new notification level.', type: () => WatchLevel })
    level: WatchLevel,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.readState.watchCategory(viewerOf(me), categoryId, level);
    return this.categories.get(viewerOf(me), categoryId);
  }

  // The per-viewer figures are fields of their own so that a category asked for by name (e.g.
  // `category { id name }` in the topic list) costs nothing; when selected, the figures of all
  // categories of the response come in one statement (ForumLoaders.categoryFigure).
  @ResolveField(() => Int, {
    description:
      'Number of topics in this category the caller can read. Same readers as the category.',
  })
  @Allow.members(FIGURES)
  topicCount(
    @Parent() c: ForumCategoryType,
    @Context() ctx: GraphqlContext,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.loaders.categoryFigure(ctx, viewerOf(me), c.id, 'topicCount');
  }

  @ResolveField(() => Int, {
    description:
      'Topics with visible posts the caller has not read (same rule as ForumTopic.unreadCount > 0). Same readers as the category.',
  })
  @Allow.members(FIGURES)
  unreadTopicCount(
    @Parent() c: ForumCategoryType,
    @Context() ctx: GraphqlContext,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.loaders.categoryFigure(ctx, viewerOf(me), c.id, 'unreadTopicCount');
  }

  @ResolveField(() => WatchLevel, {
    description:
      "The caller's notification level for this category (NORMAL unless set). Same readers as the category.",
  })
  @Allow.members(FIGURES)
  watchLevel(
    @Parent() c: ForumCategoryType,
    @Context() ctx: GraphqlContext,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.loaders.categoryFigure(ctx, viewerOf(me), c.id, 'watchLevel');
  }
}
