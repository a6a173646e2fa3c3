import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, forbidden, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { type CreateForumTopicInput, type ForumTopicsArgs, markdownOf } from './dto/forum.inputs';
import { ForumTopicType, TOPIC_COUNT_CAP, toTopicType } from './dto/forum.types';
import { ForumAccessService, ForumViewer, viewerOf } from './forum-access.service';
import type { Member } from '../members/member.entity';
import { ForumCategory, ForumPost, ForumTopic, ForumTopicWatch } from './forum.entities';
import { WatchLevel } from './forum.enums';
import { queryNamed } from './forum-sql';
import { PostNotifier } from './post-notifier';
import { preparePostBody } from './post-content';
import { ReadStateService } from './read-state.service';

/** Per-viewer columns of a topic row (alias t): visible post count, unread count, read state, watch level. */
function topicStats(
  access: ForumAccessService,
  v: ForumViewer,
): Array<[sql: string, alias: string]> {
  const visible = access.visiblePostSql(v, 'p');
  const lastRead = `COALESCE((SELECT rs.last_read_post_number FROM forum_read_states rs WHERE rs.topic_id = t.id AND rs.member_id = :me), 0)`;
  return [
    [
      `(SELECT count(*)::int FROM forum_posts p WHERE p.topic_id = t.id AND ${visible})`,
      'post_count',
    ],
    [
      `(SELECT count(*)::int FROM forum_posts p WHERE p.topic_id = t.id AND ${visible} AND p.post_number > ${lastRead})`,
      'unread_count',
    ],
    [lastRead, 'last_read'],
    [
      `(SELECT tw.level FROM forum_topic_watches tw WHERE tw.topic_id = t.id AND tw.member_id = :me)`,
      'watch_level',
    ],
  ];
}

/** The columns topicStats adds to a topic row, by alias. */
type TopicStatsRow = {
  post_count: number;
  unread_count: number;
  last_read: number;
  watch_level: WatchLevel | null;
};

/** What a topic list statement reads besides the page (the resolver looks at the selection). */
export interface TopicListInclude {
  /** The authors' member rows (for the author field's loader). */
  authors?: boolean;
  /** totalCount and totalCountIsExact; without it both are left at 0 / true (not selected). */
  count?: boolean;
}

/** A page of the topic list with what was joined for the loaders of its fields. */
export interface TopicPage {
  connection: Connection<ForumTopicType>;
  /** The categories of the listed topics (readable: the list is filtered by the audience rule). */
  categories: ForumCategory[];
  /** The authors' member rows, when asked for. */
  authors: Member[];
}

@Injectable()
export class TopicsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
    private readonly notifier: PostNotifier,
    private readonly notifications: NotificationsService,
    private readonly readState: ReadStateService,
  ) {}

  /**
   * Latest topics across the readable categories, of one category (pinned first) or of one author;
   * always filtered by the audience rule in SQL, so totalCount is what the viewer may see.
   * Page, topic rows, per-viewer figures, categories, totalCount and (include.authors) the authors'
   * member rows come from one statement (bench/README.md, P2 and P6); the caller primes the
   * category and member loaders with them. totalCount is counted only when asked for and only up
   * to TOPIC_COUNT_CAP + 1 rows (bench/README.md, P8): an exact count of a list of 500k topics
   * cost ~280 ms on every page.
   */
  async list(
    v: ForumViewer,
    args: ForumTopicsArgs,
    include: TopicListInclude = { count: true },
  ): Promise<TopicPage> {
    const readable = this.access.readableCategorySql(v, 'c');
    const where = [readable.sql];
    const params: Record<string, unknown> = { ...readable.params, me: v.memberId };
    if (args.categoryId) {
      where.push('t.category_id = :categoryId');
      params.categoryId = args.categoryId;
    }
    if (args.authorId) {
      where.push('t.author_id = :authorId');
      params.authorId = args.authorId;
    }
    if (!args.categoryId && !args.authorId) {
      // As in Discourse, the cross-category "latest" list leaves out what the viewer muted
      // (a category or a single topic); the category's own list and a member's list keep them.
      where.push(
        `NOT EXISTS (SELECT 1 FROM forum_category_watches mw WHERE mw.category_id = t.category_id AND mw.member_id = :me AND mw.level = 'MUTED')`,
      );
      where.push(
        `NOT EXISTS (SELECT 1 FROM forum_topic_watches mt WHERE mt.topic_id = t.id AND mt.member_id = :me AND mt.level = 'MUTED')`,
      );
    }
    const filter = where.join(' AND ');
    // totalCount counts the whole filtered list (not the keyset rest) up to the cap: an
    // uncorrelated subquery, evaluated once per statement and in the same snapshot as the page.
    // It stops after TOPIC_COUNT_CAP + 1 rows (more than the cap: not exact); PostgreSQL reads them
    // from the (category_id, ...) index of the readable categories, so the cost no longer grows
    // with the list.
    const countSql = `SELECT count(*)::int AS count FROM (SELECT 1 FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id WHERE ${filter} LIMIT ${TOPIC_COUNT_CAP + 1}) n`;
    const qb = this.db
      .getRepository(ForumTopic)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.category', 'c')
      .where(filter)
      .setParameters(params);
    if (include.authors) qb.leftJoinAndSelect('t.author', 'a');
    for (const [sql, alias] of topicStats(this.access, v)) qb.addSelect(sql, alias);
    if (include.count) qb.addSelect(`(${countSql})`, 'total_count');
    if (args.after) {
      const [pinned, at, id] = decodeCursor(args.after, 3, ['bigint', 'timestamp', 'uuid']);
      // The row comparison names the index columns themselves (ix_forum_topics_latest, or
      // ix_forum_topics_category_latest after category_id), so a deep page starts at the cursor in
      // the index; an expression such as pinned::int in it made PostgreSQL read and drop every row
      // before the cursor (bench P6: +150 ms at depth 500k). The cursor's pin is 0 or 1; for other
      // (forged) values the comparison is decided by it alone, as before.
      const pin = Number(pinned);
      const rest = { cAt: at, cId: id };
      const latest = 'CAST(:cAt AS timestamptz), CAST(:cId AS uuid)';
      const ownPin = args.categoryId ? null : 0; // outside a category list every pin is 0
      if (pin < (ownPin ?? 0)) qb.andWhere('false');
      else if (pin > (ownPin ?? 1)) {
        // Every row sorts before this cursor: no condition.
      } else if (ownPin === 0) qb.andWhere(`(t.last_post_at, t.id) < (${latest})`, rest);
      else
        qb.andWhere(`(t.pinned, t.last_post_at, t.id) < (CAST(:cPin AS boolean), ${latest})`, {
          ...rest,
          cPin: pin === 1,
        });
    }
    if (args.categoryId) qb.orderBy('t.pinned', 'DESC');
    qb.addOrderBy('t.lastPostAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(args.first + 1);
    const { entities, raw } = await qb.getRawAndEntities<
      TopicStatsRow & { t_id: string; total_count: number }
    >();

    let counted = 0;
    if (!raw.length) {
      // A category outside the audience answers NOT_FOUND, not an empty list (a non-empty page proves it readable).
      if (args.categoryId) await this.access.readableCategory(v, args.categoryId);
      // Past the end of a non-empty list the total still counts; without a cursor, empty means none.
      if (args.after && include.count)
        counted = (await queryNamed<{ count: number }>(this.db, countSql, params))[0].count;
    } else if (include.count) counted = raw[0].total_count;

    const rawById = new Map(raw.map((r) => [r.t_id, r]));
    const categories = new Map<string, ForumCategory>();
    const authors: Member[] = [];
    const nodes = entities.map((t) => {
      categories.set(t.category!.id, t.category!);
      if (t.author) authors.push(t.author);
      delete t.category;
      delete t.author;
      return this.toType(t, rawById.get(t.id)!);
    });
    const connection = toConnection(
      nodes,
      args.first,
      Math.min(counted, TOPIC_COUNT_CAP),
      (t) => [args.categoryId && t.pinned ? 1 : 0, t.lastPostAt.toISOString(), t.id],
      args.after,
    );
    connection.totalCountIsExact = counted <= TOPIC_COUNT_CAP;
    return { connection, categories: [...categories.values()], authors };
  }

  async get(v: ForumViewer, id: string): Promise<ForumTopicType> {
    return (await this.read(v, id)).topic;
  }

  /**
   * Access check, topic, the viewer's figures, the category and (withAuthor) the author's member
   * row in one statement; the caller may prime the loaders of the topic's fields with them.
   */
  async read(
    v: ForumViewer,
    id: string,
    withAuthor = false,
  ): Promise<{ topic: ForumTopicType; category: ForumCategory; author: Member | null }> {
    const { topic, category, author, raw } = await this.access.readableTopicWith(v, id, {
      columns: topicStats(this.access, v),
      params: { me: v.memberId },
      withAuthor,
    });
    return { topic: this.toType(topic, raw as TopicStatsRow), category, author };
  }

  private toType(t: ForumTopic, r: TopicStatsRow): ForumTopicType {
    return toTopicType(t, {
      postCount: r.post_count,
      unreadCount: r.unread_count,
      lastReadPostNumber: r.last_read,
      watchLevel: r.watch_level ?? WatchLevel.NORMAL,
    });
  }

  async create(me: Principal, input: CreateForumTopicInput): Promise<ForumTopicType> {
    const v = viewerOf(me);
    const title = input.title.trim();
    if (!title) throw badInput('title', 'Der Titel darf nicht leer sein.');
    const body = markdownOf(input);
    const content = preparePostBody(body.markdown, body.field);
    let created: Notification[] = [];
    const topicId = await this.db.transaction(async (manager) => {
      const category = await this.postableCategory(manager, v, input.categoryId);
      const now = new Date();
      const topic = await manager.getRepository(ForumTopic).save({
        categoryId: category.id,
        authorId: me.memberId,
        title,
        lastPostNumber: 1,
        lastPostAt: now,
        lockedAt: null,
        pinned: false,
      });
      const post = await manager.getRepository(ForumPost).save({
        topicId: topic.id,
        authorId: me.memberId,
        postNumber: 1,
        ...content,
        replyToPostId: null,
        quotedPostId: null,
        editedAt: null,
        hiddenAt: null,
        hiddenById: null,
        deletedAt: null,
        createdAt: now,
      });
      // As in Discourse, the creator watches their own topic and has read their own post.
      await manager
        .getRepository(ForumTopicWatch)
        .save({ memberId: me.memberId, topicId: topic.id, level: WatchLevel.WATCHING });
      await this.readState.advance(manager, me.memberId, topic.id, 1);
      created = await this.notifications.create(
        manager,
        await this.notifier.notificationsFor(manager, post, topic, category),
      );
      return topic.id;
    });
    this.notifications.publish(created);
    return this.get(v, topicId);
  }

  /** Unknown and unreadable categories answer the same; readable but not postable is FORBIDDEN. */
  private async postableCategory(
    manager: EntityManager,
    v: ForumViewer,
    id: string,
  ): Promise<ForumCategory> {
    const category = await manager.getRepository(ForumCategory).findOneBy({ id });
    if (!category || !this.access.canRead(v, category)) throw notFound('Die Kategorie');
    if (!this.access.canPost(v, category))
      throw forbidden('In dieser Kategorie dürfen Sie keine Themen eröffnen.');
    return category;
  }
}
