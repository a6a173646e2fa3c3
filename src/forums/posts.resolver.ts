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
import { CreateForumPostInput, ForumSearchArgs, markdownOf } from './dto/forum.inputs';
import {
  ForumPostRevisionType,
  ForumPostType,
  ForumQuoteType,
  ForumSearchConnection,
  ReactionSummaryType,
  toPostType,
  toRevisionType,
} from './dto/forum.types';
import { isForumStaff, viewerOf } from './forum-access.service';
import { ReactionKind } from './forum.enums';
import { ForumLoaders } from './forum.loaders';
import { PostsService } from './posts.service';
import { ReactionsService } from './reactions.service';
import { SearchService } from './search.service';

const AUDIENCE =
  'post readable through its topic category audience and not hidden (staff excepted), else NOT_FOUND';
const PostId = () => new UuidPipe('postId');

@Resolver(() => ForumPostType)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly reactionWriter: ReactionsService,
    private readonly search: SearchService,
    private readonly loaders: ForumLoaders,
    private readonly members: MemberLoader,
  ) {}

  @Query(() => ForumPostType)
  @Allow.members(AUDIENCE)
  async forumPost(
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return toPostType(await this.posts.get(viewerOf(me), id));
  }

  @Query(() => ForumSearchConnection, {
    description: 'German full-text search over readable posts and topic titles.',
  })
  @Allow.members('filtered by the category audience and post visibility in SQL')
  forumSearch(@Args() args: ForumSearchArgs, @CurrentPrincipal() me: Principal) {
    return this.search.search(viewerOf(me), args);
  }

  @Mutation(() => ForumPostType)
  @Allow.members(
    'topic readable (else NOT_FOUND), category postable (else FORBIDDEN), topic not locked (else CONFLICT)',
  )
  async createForumPost(
    @Args('input') input: CreateForumPostInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return toPostType(await this.posts.create(me, input));
  }

  @Mutation(() => ForumPostType)
  @Allow.members('author of a readable post only')
  async editForumPost(
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
    @Args('bodyMarkdown', {
      type: () => String,
      nullable: true,
      description:
        'The new Markdown, rendered and sanitised on the server. Required (or the deprecated body).',
    })
    bodyMarkdown: string | null,
    @Args('body', {
      type: () => String,
      nullable: true,
      description: 'The new Markdown.',
      deprecationReason: 'Use bodyMarkdown.',
    })
    body: string | null,
    @CurrentPrincipal() me: Principal,
  ) {
    return toPostType(await this.posts.edit(me, id, markdownOf({ bodyMarkdown, body })));
  }

  @Mutation(() => Boolean)
  @Allow.members('author of a readable post only')
  deleteForumPost(
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.posts.delete(me, id);
  }

  @Mutation(() => ForumPostType)
  @Allow.members(AUDIENCE)
  async reactToForumPost(
    @Args('postId', { type: () => ID }, PostId()) postId: string,
    @Args('kind', { type: () => ReactionKind }) kind: ReactionKind,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.reactionWriter.react(viewerOf(me), postId, kind);
    return toPostType(await this.posts.get(viewerOf(me), postId));
  }

  @Mutation(() => ForumPostType)
  @Allow.members(AUDIENCE)
  async unreactToForumPost(
    @Args('postId', { type: () => ID }, PostId()) postId: string,
    @Args('kind', { type: () => ReactionKind }) kind: ReactionKind,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.reactionWriter.unreact(viewerOf(me), postId, kind);
    return toPostType(await this.posts.get(viewerOf(me), postId));
  }

  @ResolveField(() => MemberType, { nullable: true })
  @Allow.members('the parent post was access-checked')
  author(@Parent() post: ForumPostType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, post.authorId);
  }

  @ResolveField(() => [ReactionSummaryType])
  @Allow.members('the parent post was access-checked')
  reactions(
    @Parent() post: ForumPostType,
    @Context() ctx: GraphqlContext,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.loaders.reactions(ctx, viewerOf(me), post.id);
  }

  @ResolveField(() => ForumQuoteType, {
    nullable: true,
    description: 'Null when the viewer may not read the quoted post (or it is gone).',
  })
  @Allow.members('the quoted post is checked against the viewer in SQL')
  quotedPost(
    @Parent() post: ForumPostType,
    @Context() ctx: GraphqlContext,
    @CurrentPrincipal() me: Principal,
  ) {
    return post.quotedSourceId ? this.loaders.quote(ctx, viewerOf(me), post.quotedSourceId) : null;
  }

  /** Through the same per-viewer loader as quotedPost: the id alone would reveal the source. */
  @ResolveField(() => ID, {
    nullable: true,
    description:
      'Id of the quoted post; null when there is none or the viewer may not read it (as quotedPost).',
  })
  @Allow.members('the quoted post is checked against the viewer in SQL')
  async quotedPostId(
    @Parent() post: ForumPostType,
    @Context() ctx: GraphqlContext,
    @CurrentPrincipal() me: Principal,
  ): Promise<string | null> {
    if (!post.quotedSourceId) return null;
    return (await this.loaders.quote(ctx, viewerOf(me), post.quotedSourceId))?.postId ?? null;
  }

  @ResolveField(() => [ForumPostRevisionType], {
    description: 'Earlier versions; only for the author and MODERATOR/ADMIN (empty otherwise).',
  })
  @Allow.members('author or staff, empty list otherwise')
  async revisions(
    @Parent() post: ForumPostType,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    if (post.authorId !== me.memberId && !isForumStaff(me)) return [];
    return (await this.loaders.revisions(ctx, post.id)).map(toRevisionType);
  }
}

@Resolver(() => ForumQuoteType)
export class QuoteResolver {
  constructor(private readonly members: MemberLoader) {}

  @ResolveField(() => MemberType, { nullable: true })
  @Allow.members('the quote was access-checked')
  author(@Parent() quote: ForumQuoteType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, quote.authorId);
  }
}
