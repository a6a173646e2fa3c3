import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { requestLoader } from '../common/graphql/graphql-context';
import { ForumCategoryType, ForumQuoteType, ReactionSummaryType } from './dto/forum.types';
import { CategoriesService } from './categories.service';
import { ForumPostRevision } from './forum.entities';
import { ForumAccessService, ForumViewer } from './forum-access.service';
import { ReactionKind } from './forum.enums';
import { queryNamed } from './forum-sql';
import { excerpt } from './post-content';

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

  /** The category of listed topics with the viewer's figures; null if the viewer may not read it. */
  category(ctx: GraphqlContext, v: ForumViewer, categoryId: string): Promise<ForumCategoryType | null> {
    const loader = requestLoader(ctx, 'forum.categories', () =>
      new DataLoader<string, ForumCategoryType | null>(async (ids) => {
        const byId = await this.categories.byIds(v, ids);
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
    return loader.load(categoryId);
  }

  reactions(ctx: GraphqlContext, v: ForumViewer, postId: string): Promise<ReactionSummaryType[]> {
    const loader = requestLoader(ctx, 'forum.reactions', () =>
      new DataLoader<string, ReactionSummaryType[]>(async (ids) => {
        const rows = await queryNamed<{ post_id: string; kind: ReactionKind; count: number; mine: boolean }>(
          this.db,
          `SELECT post_id, kind, count(*)::int AS count, bool_or(member_id = :me) AS mine
             FROM forum_reactions WHERE post_id IN (:...ids) GROUP BY post_id, kind ORDER BY post_id, kind`,
          { ids: [...ids], me: v.memberId },
        );
        const byPost = new Map<string, ReactionSummaryType[]>();
        for (const r of rows) {
          const list = byPost.get(r.post_id) ?? [];
          list.push({ kind: r.kind, count: r.count, reactedByMe: r.mine });
          byPost.set(r.post_id, list);
        }
        return ids.map((id) => byPost.get(id) ?? []);
      }),
    );
    return loader.load(postId);
  }

  /** The quoted post, filtered by the viewer's access in SQL: what they may not read resolves to null. */
  quote(ctx: GraphqlContext, v: ForumViewer, postId: string): Promise<ForumQuoteType | null> {
    const loader = requestLoader(ctx, 'forum.quotes', () =>
      new DataLoader<string, ForumQuoteType | null>(async (ids) => {
        const readable = this.access.readableCategorySql(v, 'c');
        const rows = await queryNamed<{ id: string; topic_id: string; post_number: number; plain: string; author_id: string }>(
          this.db,
          `SELECT p.id, p.topic_id, p.post_number, p.plain, p.author_id
             FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id JOIN forum_categories c ON c.id = t.category_id
            WHERE p.id IN (:...ids) AND ${this.access.visiblePostSql(v, 'p')} AND ${readable.sql}`,
          { ...readable.params, ids: [...ids] },
        );
        const byId = new Map(rows.map((r) => [r.id, { postId: r.id, topicId: r.topic_id, postNumber: r.post_number, excerpt: excerpt(r.plain), authorId: r.author_id }]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
    return loader.load(postId);
  }

  /** Revisions of the posts on a page, oldest first (at most 100 per post are returned). */
  revisions(ctx: GraphqlContext, postId: string): Promise<ForumPostRevision[]> {
    const loader = requestLoader(ctx, 'forum.revisions', () =>
      new DataLoader<string, ForumPostRevision[]>(async (ids) => {
        const rows = await this.db.getRepository(ForumPostRevision).find({ where: { postId: In([...ids]) }, order: { postId: 'ASC', revision: 'ASC' } });
        const byPost = new Map<string, ForumPostRevision[]>();
        for (const r of rows) byPost.set(r.postId, [...(byPost.get(r.postId) ?? []), r]);
        return ids.map((id) => (byPost.get(id) ?? []).slice(-100));
      }),
    );
    return loader.load(postId);
  }
}
