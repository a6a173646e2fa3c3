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

  @Query(() => ForumPostType, {
    description:
      'One post by id. Any active member who may read its topic; hidden posts only for MODERATORs and ADMINs. Errors: NOT_FOUND (also when not readable).',
  })
  @Allow.members(AUDIENCE)
  async forumPost(
    @Args('id', { description: 'Post id (UUID).', type: () => ID }, new UuidPipe('id')) id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return toPostType(await this.posts.get(viewerOf(me), id));
  }

  @Query(() => ForumSearchConnection, {
    description:
      'German full-text search (stemming, stop words) over the posts and topic titles the caller may read, best match first. Any active member; the category audience and post visibility are applied in SQL, so counts reveal nothing.',
  })
  @Allow.members('filtered by the category audience and post visibility in SQL')
  forumSearch(@Args() args: ForumSearchArgs, @CurrentPrincipal() me: Principal) {
    return this.search.search(viewerOf(me), args);
  }

  @Mutation(() => ForumPostType, {
    description:
      'Replies in a topic (Markdown, rendered and sanitised on the server); @handle mentions notify. Any active member who may read the topic and post in its category. Errors: NOT_FOUND (topic not readable), FORBIDDEN (category not postable), CONFLICT (topic locked), BAD_USER_INPUT (body empty or too long, replyToPostId of another topic, quotedPostId not readable).',
  })
  @Allow.members(
    'topic readable (else NOT_FOUND), category postable (else FORBIDDEN), topic not locked (else CONFLICT)',
  )
  async createForumPost(
    @Args('input', {
      description: 'The topic, the Markdown body and optional reply and quote targets.',
    })
    input: CreateForumPostInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return toPostType(await this.posts.create(me, input));
  }

  @Mutation(() => ForumPostType, {
    description:
      "Replaces the Markdown of the caller's own post; the old version is kept as a revision. The author only, while they may still read the post. Errors: NOT_FOUND (post not readable), FORBIDDEN (not the author, or may no longer post in the category), BAD_USER_INPUT (body empty or too long).",
  })
  @Allow.members('author of a readable post only')
  async editForumPost(
    @Args(
      'id',
      { description: 'Id (UUID) of the post to edit.', type: () => ID },
      new UuidPipe('id'),
    )
    id: string,
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

  @Mutation(() => Boolean, {
    description:
      "Deletes the caller's own post (soft delete; the post number stays); returns true. The author only, while they may still read the post. Errors: NOT_FOUND (post not readable), FORBIDDEN (not the author).",
  })
  @Allow.members('author of a readable post only')
  deleteForumPost(
    @Args(
      'id',
      { description: 'Id (UUID) of the post to delete.', type: () => ID },
      new UuidPipe('id'),
    )
    id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.posts.delete(me, id);
  }

  @Mutation(() => ForumPostType, {
    description:
      "Adds the caller's reaction of a kind to a post. Any active member who may read the post. Errors: NOT_FOUND, CONFLICT (already reacted with this kind).",
  })
  @Allow.members(AUDIENCE)
  async reactToForumPost(
    @Args('postId', { description: 'Id (UUID) of the post.', type: () => ID }, PostId())
    postId: string,
    @Args('kind', { description: 'The reaction to add.', type: () => ReactionKind })
    kind: ReactionKind,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.reactionWriter.react(viewerOf(me), postId, kind);
    return toPostType(await this.posts.get(viewerOf(me), postId));
  }

  @Mutation(() => ForumPostType, {
    description:
      "Removes the caller's reaction of a kind from a post. Any active member who may read the post. Errors: NOT_FOUND (post not readable, or no such reaction).",
  })
  @Allow.members(AUDIENCE)
  async unreactToForumPost(
    @Args('postId', { description: 'Id (UUID) of the post.', type: () => ID }, PostId())
    postId: string,
    @Args('kind', { description: 'The reaction to remove.', type: () => ReactionKind })
    kind: ReactionKind,
    @CurrentPrincipal() me: Principal,
  ) {
    await this.reactionWriter.unreact(viewerOf(me), postId, kind);
    return toPostType(await this.posts.get(viewerOf(me), postId));
  }

  @ResolveField(() => MemberType, {
    description: "The post's author; null if the account is gone. Same readers as the post.",
    nullable: true,
  })
  @Allow.members('the parent post was access-checked')
  author(@Parent() post: ForumPostType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, post.authorId);
  }

  @ResolveField(() => [ReactionSummaryType], {
    description:
      'One summary per reaction kind given to the post (kinds without reactions left out). Same readers as the post.',
  })
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
    description:
      'The quoted post as the viewer may see it now; null when the viewer may not read it (or it is gone). Same readers as the post.',
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
    description:
      'Earlier versions of the post, oldest first; only for the author and MODERATORs/ADMINs (empty otherwise).',
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

  @ResolveField(() => MemberType, {
    description:
      'Author of the quoted post; null if the account is gone. Same readers as the quote.',
    nullable: true,
  })
  @Allow.members('the quote was access-checked')
  author(@Parent() quote: ForumQuoteType, @Context() ctx: GraphqlContext) {
    return this.members.load(ctx, quote.authorId);
  }
}
