import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, forbidden, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import type { CreateForumTopicInput, ForumTopicsArgs } from './dto/forum.inputs';
import { ForumTopicType, toTopicType } from './dto/forum.types';
import { ForumAccessService, ForumViewer, viewerOf } from './forum-access.service';
import { ForumCategory, ForumPost, ForumTopic, ForumTopicWatch } from './forum.entities';
import { WatchLevel } from './forum.enums';
import { queryNamed } from './forum-sql';
import { PostNotifier } from './post-notifier';
import { preparePostBody } from './post-content';
import { ReadStateService } from './read-state.service';

/** Per-viewer columns of a topic row (alias t): visible post count, unread count, read state, watch level. */
function topicStats(access: ForumAccessService, v: ForumViewer): Array<[sql: string, alias: string]> {
  const visible = access.visiblePostSql(v, 'p');
  const lastRead = `COALESCE((SELECT rs.last_read_post_number FROM forum_read_states rs WHERE rs.topic_id = t.id AND rs.member_id = :me), 0)`;
  return [
    [`(SELECT count(*)::int FROM forum_posts p WHERE p.topic_id = t.id AND ${visible})`, 'post_count'],
    [`(SELECT count(*)::int FROM forum_posts p WHERE p.topic_id = t.id AND ${visible} AND p.post_number > ${lastRead})`, 'unread_count'],
    [lastRead, 'last_read'],
    [`(SELECT tw.level FROM forum_topic_watches tw WHERE tw.topic_id = t.id AND tw.member_id = :me)`, 'watch_level'],
  ];
}

function topicStatsSql(access: ForumAccessService, v: ForumViewer): string {
  return topicStats(access, v)
    .map(([sql, alias]) => `${sql} AS ${alias}`)
    .join(',\n    ');
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
   */
  async list(v: ForumViewer, args: ForumTopicsArgs): Promise<Connection<ForumTopicType>> {
    const readable = this.access.readableCategorySql(v, 'c');
    const where = [readable.sql];
    const params: Record<string, unknown> = { ...readable.params, me: v.memberId, limit: args.first + 1 };
    if (args.categoryId) {
      await this.access.readableCategory(v, args.categoryId);
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
      where.push(`NOT EXISTS (SELECT 1 FROM forum_category_watches mw WHERE mw.category_id = t.category_id AND mw.member_id = :me AND mw.level = 'MUTED')`);
      where.push(`NOT EXISTS (SELECT 1 FROM forum_topic_watches mt WHERE mt.topic_id = t.id AND mt.member_id = :me AND mt.level = 'MUTED')`);
    }
    const pin = args.categoryId ? 't.pinned::int' : 'CAST(0 AS int)';
    const from = `FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id WHERE ${where.join(' AND ')}`;
    const [{ count }] = await queryNamed<{ count: number }>(this.db, `SELECT count(*)::int AS count ${from}`, params);
    let keyset = '';
    if (args.after) {
      const [pinned, at, id] = decodeCursor(args.after, 3);
      keyset = `AND (${pin}, t.last_post_at, t.id) < (CAST(:cPin AS int), CAST(:cAt AS timestamptz), CAST(:cId AS uuid))`;
      Object.assign(params, { cPin: pinned, cAt: at, cId: id });
    }
    const rows = await queryNamed<Record<string, any>>(
      this.db,
      `SELECT t.id, ${topicStatsSql(this.access, v)} ${from} ${keyset} ORDER BY ${args.categoryId ? 't.pinned DESC,' : ''} t.last_post_at DESC, t.id DESC LIMIT :limit`,
      params,
    );
    const topics = await this.byIds(rows.map((r) => r.id));
    const nodes = rows.map((r) => this.toType(topics.get(r.id)!, r));
    return toConnection(nodes, args.first, count, (t) => [args.categoryId && t.pinned ? 1 : 0, t.lastPostAt.toISOString(), t.id]);
  }

  async get(v: ForumViewer, id: string): Promise<ForumTopicType> {
    // Access check, topic and the viewer's figures in one statement.
    const { topic, raw } = await this.access.readableTopicWith(v, id, topicStats(this.access, v), { me: v.memberId });
    return this.toType(topic, raw);
  }

  private async byIds(ids: string[]): Promise<Map<string, ForumTopic>> {
    const rows = ids.length ? await this.db.getRepository(ForumTopic).findBy({ id: In(ids) }) : [];
    return new Map(rows.map((t) => [t.id, t]));
  }

  private toType(t: ForumTopic, r: Record<string, any>): ForumTopicType {
    return toTopicType(t, { postCount: r.post_count, unreadCount: r.unread_count, lastReadPostNumber: r.last_read, watchLevel: (r.watch_level as WatchLevel) ?? WatchLevel.NORMAL });
  }

  async create(me: Principal, input: CreateForumTopicInput): Promise<ForumTopicType> {
    const v = viewerOf(me);
    const title = input.title.trim();
    if (!title) throw badInput('title', 'Der Titel darf nicht leer sein.');
    const content = preparePostBody(input.body, 'body');
    let created: Notification[] = [];
    const topicId = await this.db.transaction(async (manager) => {
      const category = await this.postableCategory(manager, v, input.categoryId);
      const now = new Date();
      const topic = await manager.getRepository(ForumTopic).save({ categoryId: category.id, authorId: me.memberId, title, lastPostNumber: 1, lastPostAt: now, lockedAt: null, pinned: false });
      const post = await manager.getRepository(ForumPost).save({ topicId: topic.id, authorId: me.memberId, postNumber: 1, ...content, replyToPostId: null, quotedPostId: null, editedAt: null, hiddenAt: null, hiddenById: null, deletedAt: null, createdAt: now });
      // As in Discourse, the creator watches their own topic and has read their own post.
      await manager.getRepository(ForumTopicWatch).save({ memberId: me.memberId, topicId: topic.id, level: WatchLevel.WATCHING });
      await this.readState.advance(manager, me.memberId, topic.id, 1);
      created = await this.notifications.create(manager, await this.notifier.notificationsFor(manager, post, topic, category));
      return topic.id;
    });
    this.notifications.publish(created);
    return this.get(v, topicId);
  }

  /** Unknown and unreadable categories answer the same; readable but not postable is FORBIDDEN. */
  private async postableCategory(manager: EntityManager, v: ForumViewer, id: string): Promise<ForumCategory> {
    const category = await manager.getRepository(ForumCategory).findOneBy({ id });
    if (!category || !this.access.canRead(v, category)) throw notFound('Die Kategorie');
    if (!this.access.canPost(v, category)) throw forbidden('In dieser Kategorie dürfen Sie keine Themen eröffnen.');
    return category;
  }
}
