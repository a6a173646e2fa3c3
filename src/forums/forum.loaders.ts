import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { requestLoader } from '../common/graphql/graphql-context';
import { ForumCategoryType, ForumQuoteType, ReactionSummaryType } from './dto/forum.types';
import { CategoriesService, CategoryFigure, CategoryFigures } from './categories.service';
import { ForumCategory, ForumPostRevision } from './forum.entities';
import { ForumAccessService, ForumViewer } from './forum-access.service';
import { WatchLevel } from './forum.enums';
import { queryNamed, reactionSummariesSql } from './forum-sql';
import { excerpt } from './post-content';

/** What a figure is for a category the viewer may not read (never reached: parents are access-checked). */
const FIGURE_DEFAULTS: Required<CategoryFigures> = {
  topicCount: 0,
  unreadTopicCount: 0,
  watchLevel: WatchLevel.NORMAL,
};

/**
 * Per-request batch loaders for the topic page, so that a page costs the same number of SQL
 * statements whatever its size (asserted by the query-count test).
 */
@Injectable()
export class ForumLoaders {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
    private readonly categories: CategoriesService,
  ) {}

  private categoryLoader(
    ctx: GraphqlContext,
    v: ForumViewer,
  ): DataLoader<string, ForumCategoryType | null> {
    return requestLoader(
      ctx,
      'forum.categories',
      () =>
        new DataLoader<string, ForumCategoryType | null>(async (ids) => {
          const byId = await this.categories.byIds(v, ids);
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** The category of listed topics; null if the viewer may not read it. */
  category(
    ctx: GraphqlContext,
    v: ForumViewer,
    categoryId: string,
  ): Promise<ForumCategoryType | null> {
    return this.categoryLoader(ctx, v).load(categoryId);
  }

  /**
   * Seeds the category loader with categories a page query has joined already. Each is checked
   * with the audience rule here again (the same rule `byIds` applies in SQL), so a caller cannot
   * prime what the loader would have answered with null.
   */
  primeCategories(ctx: GraphqlContext, v: ForumViewer, categories: Iterable<ForumCategory>): void {
    const loader = this.categoryLoader(ctx, v);
    for (const c of categories)
      if (this.access.canRead(v, c)) loader.prime(c.id, this.categories.toType(v, c));
  }

  /**
   * One per-viewer figure of a category. The figures asked for in one tick (all categories of a
   * response, any mix of fields) are computed in one statement with only the selected figures.
   */
  categoryFigure<F extends CategoryFigure>(
    ctx: GraphqlContext,
    v: ForumViewer,
    categoryId: string,
    figure: F,
  ): Promise<CategoryFigures[F]> {
    const loader = requestLoader(
      ctx,
      'forum.categoryFigures',
      () =>
        new DataLoader<string, unknown>(async (keys) => {
          const parsed = keys.map((k) => k.split(':') as [CategoryFigure, string]);
          const wanted = new Set(parsed.map(([f]) => f));
          const byId = await this.categories.figures(
            v,
            [...new Set(parsed.map(([, id]) => id))],
            wanted,
          );
          return parsed.map(([f, id]) => byId.get(id)?.[f] ?? FIGURE_DEFAULTS[f]);
        }),
    );
    return loader.load(`${figure}:${categoryId}`) as Promise<CategoryFigures[F]>;
  }

  private reactionsLoader(
    ctx: GraphqlContext,
    v: ForumViewer,
  ): DataLoader<string, ReactionSummaryType[]> {
    return requestLoader(
      ctx,
      'forum.reactions',
      () =>
        new DataLoader<string, ReactionSummaryType[]>(async (ids) => {
          const rows = await queryNamed<{ id: string; reactions: ReactionSummaryType[] }>(
            this.db,
            `SELECT x.id, ${reactionSummariesSql('x.id')} AS reactions FROM unnest(CAST(:ids AS uuid[])) AS x(id)`,
            { ids: [...ids], me: v.memberId },
          );
          const byPost = new Map(rows.map((r) => [r.id, r.reactions]));
          return ids.map((id) => byPost.get(id) ?? []);
        }),
    );
  }

  reactions(ctx: GraphqlContext, v: ForumViewer, postId: string): Promise<ReactionSummaryType[]> {
    return this.reactionsLoader(ctx, v).load(postId);
  }

  /**
   * Seeds the reactions loader with summaries the topic page query computed with the same SQL
   * (reactionSummariesSql) for the same viewer, so the reactions field costs no statement.
   */
  primeReactions(
    ctx: GraphqlContext,
    v: ForumViewer,
    byPost: ReadonlyMap<string, ReactionSummaryType[]>,
  ): void {
    const loader = this.reactionsLoader(ctx, v);
    for (const [postId, summaries] of byPost) loader.prime(postId, summaries);
  }

  /** The quoted post, filtered by the viewer's access in SQL: what they may not read resolves to null. */
  quote(ctx: GraphqlContext, v: ForumViewer, postId: string): Promise<ForumQuoteType | null> {
    const loader = requestLoader(
      ctx,
      'forum.quotes',
      () =>
        new DataLoader<string, ForumQuoteType | null>(async (ids) => {
          const readable = this.access.readableCategorySql(v, 'c');
          const rows = await queryNamed<{
            id: string;
            topic_id: string;
            post_number: number;
            plain: string;
            author_id: string;
          }>(
            this.db,
            `SELECT p.id, p.topic_id, p.post_number, p.plain, p.author_id
             FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id JOIN forum_categories c ON c.id = t.category_id
            WHERE p.id IN (:...ids) AND ${this.access.visiblePostSql(v, 'p')} AND ${readable.sql}`,
            { ...readable.params, ids: [...ids] },
          );
          const byId = new Map(
            rows.map((r) => [
              r.id,
              {
                postId: r.id,
                topicId: r.topic_id,
                postNumber: r.post_number,
                excerpt: excerpt(r.plain),
                authorId: r.author_id,
              },
            ]),
          );
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
    return loader.load(postId);
  }

  /** Revisions of the posts on a page, oldest first (at most 100 per post are returned). */
  revisions(ctx: GraphqlContext, postId: string): Promise<ForumPostRevision[]> {
    const loader = requestLoader(
      ctx,
      'forum.revisions',
      () =>
        new DataLoader<string, ForumPostRevision[]>(async (ids) => {
          const rows = await this.db
            .getRepository(ForumPostRevision)
            .find({ where: { postId: In([...ids]) }, order: { postId: 'ASC', revision: 'ASC' } });
          const byPost = new Map<string, ForumPostRevision[]>();
          for (const r of rows) byPost.set(r.postId, [...(byPost.get(r.postId) ?? []), r]);
          return ids.map((id) => (byPost.get(id) ?? []).slice(-100));
        }),
    );
    return loader.load(postId);
  }
}
