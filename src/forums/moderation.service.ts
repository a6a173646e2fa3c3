import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, PageArgs, toConnection } from '../common/graphql/pagination';
import type { FlagForumPostInput, MoveForumTopicArgs } from './dto/forum.inputs';
import { ForumAccessService, viewerOf } from './forum-access.service';
import { ForumCategory, ForumFlag, ForumPost, ForumTopic } from './forum.entities';
import { FlagStatus } from './forum.enums';

type Req = { ip?: string; headers?: Record<string, string | string[] | undefined> } | undefined;

/** A category's readers are a subset of another's (kinds and sharing group). */
function audienceWithin(inner: ForumCategory, outer: ForumCategory): boolean {
  const kindsOk = inner.readKinds.every((k) => outer.readKinds.includes(k));
  if (!kindsOk) return false;
  if (outer.organisationIds.length === 0) return true;
  return (
    inner.organisationIds.length > 0 &&
    inner.organisationIds.every((o) => outer.organisationIds.includes(o))
  );
}

/**
 * Flags by members; hide, lock, pin and move by MODERATORs/ADMINs (the resolver's policy). Every
 * moderation action writes an audit entry in the same transaction.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
    private readonly audit: AuditService,
  ) {}

  async flag(me: Principal, input: FlagForumPostInput): Promise<ForumFlag> {
    return this.db.transaction(async (manager) => {
      await this.access.readablePost(viewerOf(me), input.postId, manager);
      // The partial unique index allows one OPEN flag per member and post; a repeat is a CONFLICT.
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO forum_flags (post_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (post_id, reporter_id) WHERE status = 'OPEN' DO NOTHING RETURNING id`,
        [input.postId, me.memberId, input.reason, input.note?.trim() || null],
      );
      if (!row) throw conflict('Sie haben diesen Beitrag bereits gemeldet.', 'postId');
      return manager.getRepository(ForumFlag).findOneByOrFail({ id: row.id });
    });
  }

  /** Open flags, oldest first. */
  async queue(page: PageArgs): Promise<Connection<ForumFlag>> {
    const qb = this.db
      .getRepository(ForumFlag)
      .createQueryBuilder('f')
      .where('f.status = :open', { open: FlagStatus.OPEN });
    const totalCount = await qb.clone().getCount();
    if (page.after) {
      const [at, id] = decodeCursor(page.after, 2);
      qb.andWhere('(f.created_at, f.id) > (CAST(:at AS timestamptz), CAST(:id AS uuid))', {
        at,
        id,
      });
    }
    const rows = await qb
      .orderBy('f.created_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(
      rows,
      page.first,
      totalCount,
      (f) => [f.createdAt.toISOString(), f.id],
      page.after,
    );
  }

  /** Hiding resolves the post's open flags; unhiding leaves flags as they are. */
  async setHidden(me: Principal, postId: string, hidden: boolean, req: Req): Promise<ForumPost> {
    return this.db.transaction(async (manager) => {
      const post = await manager.getRepository(ForumPost).findOneBy({ id: postId });
      if (!post || post.deletedAt) throw notFound('Der Beitrag');
      if (hidden === (post.hiddenAt !== null))
        throw conflict(
          hidden ? 'Der Beitrag ist bereits ausgeblendet.' : 'Der Beitrag ist nicht ausgeblendet.',
        );
      post.hiddenAt = hidden ? new Date() : null;
      post.hiddenById = hidden ? me.memberId : null;
      await manager
        .getRepository(ForumPost)
        .update(post.id, { hiddenAt: post.hiddenAt, hiddenById: post.hiddenById });
      if (hidden) await this.closeFlags(manager, me, postId, FlagStatus.RESOLVED);
      await this.record(
        manager,
        me,
        hidden ? 'forum.post.hide' : 'forum.post.unhide',
        'forum_post',
        postId,
        req,
        { topicId: post.topicId },
      );
      return post;
    });
  }

  async dismissFlags(me: Principal, postId: string, req: Req): Promise<number> {
    return this.db.transaction(async (manager) => {
      const closed = await this.closeFlags(manager, me, postId, FlagStatus.DISMISSED);
      if (!closed) throw notFound('Eine offene Meldung');
      await this.record(manager, me, 'forum.flags.dismiss', 'forum_post', postId, req, {
        count: closed,
      });
      return closed;
    });
  }

  private async closeFlags(
    manager: EntityManager,
    me: Principal,
    postId: string,
    status: FlagStatus,
  ): Promise<number> {
    const result = await manager
      .getRepository(ForumFlag)
      .update(
        { postId, status: FlagStatus.OPEN },
        { status, resolvedById: me.memberId, resolvedAt: new Date() },
      );
    return result.affected ?? 0;
  }

  async setLocked(me: Principal, topicId: string, locked: boolean, req: Req): Promise<ForumTopic> {
    return this.updateTopic(
      me,
      topicId,
      req,
      locked ? 'forum.topic.lock' : 'forum.topic.unlock',
      (t) => {
        if (locked === (t.lockedAt !== null))
          throw conflict(
            locked ? 'Das Thema ist bereits gesperrt.' : 'Das Thema ist nicht gesperrt.',
          );
        return { lockedAt: locked ? new Date() : null };
      },
    );
  }

  async setPinned(me: Principal, topicId: string, pinned: boolean, req: Req): Promise<ForumTopic> {
    return this.updateTopic(
      me,
      topicId,
      req,
      pinned ? 'forum.topic.pin' : 'forum.topic.unpin',
      (t) => {
        if (pinned === t.pinned)
          throw conflict(
            pinned ? 'Das Thema ist bereits angeheftet.' : 'Das Thema ist nicht angeheftet.',
          );
        return { pinned };
      },
    );
  }

  /**
   * Read access follows the topic: after the move exactly the new category's audience reads it.
   * Moving into a wider audience would publish closed discussion, so it needs `allowWiderAudience`.
   */
  async move(me: Principal, args: MoveForumTopicArgs, req: Req): Promise<ForumTopic> {
    return this.db.transaction(async (manager) => {
      const topic = await manager.getRepository(ForumTopic).findOneBy({ id: args.topicId });
      if (!topic) throw notFound('Das Thema');
      const categories = manager.getRepository(ForumCategory);
      const target = await categories.findOneBy({ id: args.categoryId });
      if (!target) throw notFound('Die Kategorie');
      if (target.id === topic.categoryId)
        throw conflict('Das Thema ist bereits in dieser Kategorie.', 'categoryId');
      const source = await categories.findOneByOrFail({ id: topic.categoryId });
      const wider = !audienceWithin(target, source);
      if (wider && !args.allowWiderAudience) {
        throw conflict(
          'Die Zielkategorie hat ein größeres Publikum; zum Verschieben allowWiderAudience setzen.',
          'allowWiderAudience',
        );
      }
      await manager.getRepository(ForumTopic).update(topic.id, { categoryId: target.id });
      await this.record(manager, me, 'forum.topic.move', 'forum_topic', topic.id, req, {
        from: source.id,
        to: target.id,
        widerAudience: wider,
      });
      return { ...topic, categoryId: target.id };
    });
  }

  private async updateTopic(
    me: Principal,
    topicId: string,
    req: Req,
    action: string,
    change: (t: ForumTopic) => Partial<ForumTopic>,
  ): Promise<ForumTopic> {
    return this.db.transaction(async (manager) => {
      const topic = await manager.getRepository(ForumTopic).findOneBy({ id: topicId });
      if (!topic) throw notFound('Das Thema');
      const values = change(topic);
      await manager.getRepository(ForumTopic).update(topic.id, values);
      await this.record(manager, me, action, 'forum_topic', topic.id, req);
      return { ...topic, ...values };
    });
  }

  private record(
    manager: EntityManager,
    me: Principal,
    action: string,
    targetType: string,
    targetId: string,
    req: Req,
    details: Record<string, unknown> = {},
  ) {
    return this.audit.record(
      { actorId: me.memberId, action, targetType, targetId, ip: clientInfoOf(req).ip, details },
      manager,
    );
  }
}
