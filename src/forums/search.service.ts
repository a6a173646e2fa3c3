import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import type { ForumSearchArgs } from './dto/forum.inputs';
import { ForumSearchHitType, SEARCH_HIT_LIMIT, toPostType } from './dto/forum.types';
import { ForumAccessService, ForumViewer } from './forum-access.service';
import { ForumPost } from './forum.entities';
import { queryNamed } from './forum-sql';
import { HEADLINE_OPTIONS, safeHeadline } from '../common/search/headline';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const Q = `websearch_to_tsquery('german', :q)`;

interface SearchRow {
  total: number;
  post_id: string | null;
  topic_title: string;
  category_id: string;
  rank: number;
  headline: string;
}

/**
 * German full-text search over post text and topic titles, filtered by the audience rule and post
 * visibility in SQL, so hits and totalCount never include what the viewer may not read. Ordered by
 * rank, then post id (keyset).
 *
 * One statement does the work (bench/README.md, P5): the stored tsvectors (forum_posts.search_vector,
 * forum_topics.title_vector) are matched through their GIN indexes and ranked without recomputing
 * to_tsvector; each candidate is counted and ranked once; headlines are cut only for the page's rows.
 * At most SEARCH_HIT_LIMIT hits are counted and ranked (totalCountIsExact says whether there are
 * more), so the cost of a search is bounded whatever the size of the forum.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
  ) {}

  async search(
    v: ForumViewer,
    args: ForumSearchArgs,
  ): Promise<Connection<ForumSearchHitType> & { totalCountIsExact: boolean }> {
    const readable = this.access.readableCategorySql(v, 'c');
    const params: Record<string, unknown> = {
      ...readable.params,
      q: args.query,
      opts: HEADLINE_OPTIONS,
      limit: args.first + 1,
      hitLimit: SEARCH_HIT_LIMIT,
      // One candidate more than is counted and ranked: its presence says "more than the limit".
      candidateLimit: SEARCH_HIT_LIMIT + 1,
    };
    // Conditions on the post itself, applied in both candidate branches below.
    const postWhere = [this.access.visiblePostSql(v, 'p')];
    if (args.authorId) {
      postWhere.push('p.author_id = :authorId');
      params.authorId = args.authorId;
    }
    if (args.from) {
      postWhere.push('p.created_at >= :from');
      params.from = args.from;
    }
    if (args.to) {
      postWhere.push('p.created_at <= :to');
      params.to = args.to;
    }
    let topicWhere = '';
    if (args.categoryId) {
      topicWhere = 'AND t.category_id = :categoryId';
      params.categoryId = args.categoryId;
    }
    let keyset = '';
    if (args.after) {
      const [rank, id] = decodeCursor(args.after, 2);
      if (
        typeof rank !== 'number' ||
        !Number.isFinite(rank) ||
        typeof id !== 'string' ||
        !UUID.test(id)
      )
        throw badInput('after', 'Ungültiger Cursor.');
      keyset =
        'WHERE h.rank < CAST(:cRank AS real) OR (h.rank = CAST(:cRank AS real) AND h.post_id > CAST(:cId AS uuid))';
      Object.assign(params, { cRank: rank, cId: id });
    }
    const postCond = postWhere.join(' AND ');
    // Candidates: posts whose text matches (GIN on search_vector), plus first posts whose topic
    // title matches but whose text does not (GIN on title_vector) — UNION ALL of disjoint sets, so
    // no de-duplication. Each hit's topic is then read by primary key and must lie in a category
    // the viewer reads (the readable ids are computed once, as an InitPlan). LATERAL ... OFFSET 0
    // keeps that a lookup per hit: misjudging the audience filter, the planner otherwise hashed all
    // readable topics (35 ms at 100k posts, against 2 ms of lookups for the 1,000 hits of a term).
    // The candidates stop at SEARCH_HIT_LIMIT + 1 readable hits (in the order the index yields them,
    // i.e. storage order): counting and ranking every hit of a frequent word read one row per hit
    // and grew linearly with the data (bench/README.md, P5 round 2). Access filters apply before
    // the limit, so a hit the viewer may not read never takes a candidate's place nor is counted.
    const sql = `
      WITH hits AS (
        SELECT p.id AS post_id, t.title AS topic_title, t.category_id,
               (ts_rank(p.search_vector, ${Q})
                 + CASE WHEN p.post_number = 1 THEN ts_rank(t.title_vector, ${Q}) ELSE 0 END)::real AS rank
          FROM (SELECT p.id, p.topic_id, p.post_number, p.search_vector FROM forum_posts p
                 WHERE p.search_vector @@ ${Q} AND ${postCond}
                UNION ALL
                SELECT p.id, p.topic_id, p.post_number, p.search_vector
                  FROM forum_topics tt JOIN forum_posts p ON p.topic_id = tt.id AND p.post_number = 1
                 WHERE tt.title_vector @@ ${Q} AND NOT (p.search_vector @@ ${Q}) AND ${postCond}) p
         CROSS JOIN LATERAL (
               SELECT t.title, t.category_id, t.title_vector FROM forum_topics t
                WHERE t.id = p.topic_id ${topicWhere}
                  AND t.category_id = ANY (ARRAY(SELECT c.id FROM forum_categories c WHERE ${readable.sql}))
               OFFSET 0) t
         LIMIT :candidateLimit
      ),
      ranked AS (SELECT * FROM hits LIMIT :hitLimit)
      SELECT n.total, h.post_id, h.topic_title, h.category_id, h.rank, ts_headline('german', hp.plain, ${Q}, :opts) AS headline,
             ${this.postColumns()}
        FROM (SELECT count(*)::int AS total FROM hits) n
        LEFT JOIN LATERAL (SELECT * FROM ranked h ${keyset} ORDER BY h.rank DESC, h.post_id ASC LIMIT :limit) h ON TRUE
        LEFT JOIN forum_posts hp ON hp.id = h.post_id
       ORDER BY h.rank DESC, h.post_id ASC`;
    const raw = await this.runSearch(sql, params);
    // Always one row at least (the count); without hits on this page its post columns are NULL.
    const found = raw[0]?.total ?? 0;
    const totalCountIsExact = found <= SEARCH_HIT_LIMIT;
    const total = Math.min(found, SEARCH_HIT_LIMIT);
    const hits = raw
      .filter((r) => r.post_id !== null)
      .map((r) => {
        const post = this.postOf(r);
        return {
          post: toPostType(post),
          topicId: post.topicId,
          topicTitle: r.topic_title,
          categoryId: r.category_id,
          headline: safeHeadline(r.headline),
          rank: Number(r.rank),
        };
      });
    return {
      ...toConnection(hits, args.first, total, (h) => [h.rank, h.post.id], args.after),
      totalCountIsExact,
    };
  }

  /**
   * One auto-committed statement: the count, the ranking and the page read one snapshot. JIT and
   * parallel workers are off for every connection of the app (src/database/data-source-options.ts).
   */
  private runSearch(sql: string, params: Record<string, unknown>): Promise<SearchRow[]> {
    return queryNamed<SearchRow>(this.db, sql, params);
  }

  /** The page's post rows come with the search (prefixed `p_`): every column the entity selects. */
  private postColumns(): string {
    const escape = (name: string) => this.db.driver.escape(name);
    return this.db
      .getMetadata(ForumPost)
      .columns.filter((c) => c.isSelect)
      .map((c) => `hp.${escape(c.databaseName)} AS ${escape(`p_${c.databaseName}`)}`)
      .join(', ');
  }

  private postOf(row: SearchRow): ForumPost {
    const metadata = this.db.getMetadata(ForumPost);
    const post = metadata.create() as ForumPost;
    for (const c of metadata.columns) {
      if (c.isSelect)
        c.setEntityValue(
          post,
          this.db.driver.prepareHydratedValue(
            (row as unknown as Record<string, unknown>)[`p_${c.databaseName}`],
            c,
          ),
        );
    }
    return post;
  }
}
