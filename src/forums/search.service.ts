import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import type { ForumSearchArgs } from './dto/forum.inputs';
import { ForumSearchHitType, toPostType } from './dto/forum.types';
import { ForumAccessService, ForumViewer } from './forum-access.service';
import { ForumPost } from './forum.entities';
import { queryNamed } from './forum-sql';
import { escapeHtml } from './post-content';

// Control characters never occur in the indexed text (htmlToPlain strips them), so a post cannot
// forge a highlight: the excerpt is escaped first and only these markers become <mark>.
const START = '\u0001';
const STOP = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Escapes a ts_headline result and turns its markers into <mark> tags. */
export function safeHeadline(raw: string): string {
  return escapeHtml(raw).split(START).join('<mark>').split(STOP).join('</mark>');
}

/**
 * German full-text search over post text and topic titles (expression GIN indexes), filtered by
 * the audience rule and post visibility in SQL, so hits and totalCount never include what the
 * viewer may not read. Ordered by rank, then post id (keyset).
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
  ) {}

  async search(v: ForumViewer, args: ForumSearchArgs): Promise<Connection<ForumSearchHitType>> {
    const readable = this.access.readableCategorySql(v, 'c');
    const where = [
      readable.sql,
      this.access.visiblePostSql(v, 'p'),
      // Candidates from both GIN indexes (a plain OR across two tables could use neither).
      `p.id IN (SELECT sp.id FROM forum_posts sp WHERE to_tsvector('german', sp.plain) @@ websearch_to_tsquery('german', :q)
                UNION
                SELECT sp.id FROM forum_topics st JOIN forum_posts sp ON sp.topic_id = st.id AND sp.post_number = 1
                 WHERE to_tsvector('german', st.title) @@ websearch_to_tsquery('german', :q))`,
    ];
    const params: Record<string, unknown> = { ...readable.params, q: args.query, opts: HEADLINE_OPTIONS, limit: args.first + 1 };
    if (args.categoryId) {
      where.push('t.category_id = :categoryId');
      params.categoryId = args.categoryId;
    }
    if (args.authorId) {
      where.push('p.author_id = :authorId');
      params.authorId = args.authorId;
    }
    if (args.from) {
      where.push('p.created_at >= :from');
      params.from = args.from;
    }
    if (args.to) {
      where.push('p.created_at <= :to');
      params.to = args.to;
    }
    const from = `FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id JOIN forum_categories c ON c.id = t.category_id WHERE ${where.join(' AND ')}`;
    const [{ count }] = await queryNamed<{ count: number }>(this.db, `SELECT count(*)::int AS count ${from}`, params);
    let keyset = '';
    if (args.after) {
      const [rank, id] = decodeCursor(args.after, 2);
      keyset = 'WHERE (s.rank < CAST(:cRank AS real) OR (s.rank = CAST(:cRank AS real) AND s.post_id > CAST(:cId AS uuid)))';
      Object.assign(params, { cRank: rank, cId: id });
    }
    const rows = await queryNamed<{ post_id: string; topic_title: string; category_id: string; rank: number; headline: string }>(
      this.db,
      // Headlines are cut only for the rows of this page (the innermost query may match many).
      `SELECT x.*, ts_headline('german', x.plain, websearch_to_tsquery('german', :q), :opts) AS headline FROM (
         SELECT s.* FROM (
           SELECT p.id AS post_id, p.plain, t.title AS topic_title, t.category_id,
                  (ts_rank(to_tsvector('german', p.plain), websearch_to_tsquery('german', :q))
                    + CASE WHEN p.post_number = 1 THEN ts_rank(to_tsvector('german', t.title), websearch_to_tsquery('german', :q)) ELSE 0 END)::real AS rank
           ${from}) s ${keyset}
         ORDER BY s.rank DESC, s.post_id ASC LIMIT :limit) x
       ORDER BY x.rank DESC, x.post_id ASC`,
      params,
    );
    const posts = rows.length ? await this.db.getRepository(ForumPost).findBy({ id: In(rows.map((r) => r.post_id)) }) : [];
    const byId = new Map(posts.map((p) => [p.id, p]));
    const hits = rows.map((r) => {
      const post = byId.get(r.post_id)!;
      return { post: toPostType(post), topicId: post.topicId, topicTitle: r.topic_title, categoryId: r.category_id, headline: safeHeadline(r.headline), rank: Number(r.rank) };
    });
    return toConnection(hits, args.first, count, (h) => [h.rank, h.post.id]);
  }
}
