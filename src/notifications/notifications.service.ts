import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { Notification } from './notification.entity';

export interface NewNotification {
  memberId: string;
  kind: string;
  title: string;
  body?: string | null;
  targetType: string;
  targetId: string;
  actorId?: string | null;
}

/** Emitted after the creating transaction committed; the socket gateway pushes it to the member. */
export const NOTIFICATIONS_CREATED = 'notifications.created';
export interface NotificationsCreatedEvent {
  notifications: Notification[];
}

/** Turns new notifications into e-mails inside the same transaction (src/mail/content). */
export interface NotificationMailHook {
  enqueueFor(manager: EntityManager, created: Notification[]): Promise<void>;
}

/**
 * Stores notifications. Callers decide who is notified and must only pick members who may read
 * the target (TLP, category audience, channel membership): this service does not know the rules.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly events: EventEmitter2,
  ) {}

  /** Registered by the mail module at start; without it (no mail module) nothing is mailed. */
  private mailer: NotificationMailHook | null = null;

  setMailer(mailer: NotificationMailHook): void {
    this.mailer = mailer;
  }

  /**
   * Must follow every insert of notification rows, also those written by a bulk INSERT ... SELECT
   * (advisories), so that their e-mails are enqueued in the same transaction.
   */
  async created(manager: EntityManager, rows: Notification[]): Promise<void> {
    if (this.mailer && rows.length) await this.mailer.enqueueFor(manager, rows);
  }

  /** Writes inside the caller's transaction; call `publish` with the result after it commits. */
  async create(manager: EntityManager, items: NewNotification[]): Promise<Notification[]> {
    if (!items.length) return [];
    const repo = manager.getRepository(Notification);
    const rows = items.map((i) =>
      repo.create({
        ...i,
        title: i.title.slice(0, 300),
        body: i.body?.slice(0, 1000) ?? null,
        actorId: i.actorId ?? null,
        readAt: null,
      }),
    );
    const saved = await repo.save(rows);
    await this.created(manager, saved);
    return saved;
  }

  publish(created: Notification[]): void {
    if (created.length)
      this.events.emit(NOTIFICATIONS_CREATED, {
        notifications: created,
      } satisfies NotificationsCreatedEvent);
  }

  async listFor(
    memberId: string,
    first: number,
    after: string | null | undefined,
    unreadOnly: boolean,
  ): Promise<Connection<Notification>> {
    const qb = this.notifications
      .createQueryBuilder('n')
      .where('n.member_id = :memberId', { memberId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after, 2, ['timestamp', 'uuid']);
      qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    const rows = await qb
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (n) => [n.createdAt.toISOString(), n.id], after);
  }

  unreadCount(memberId: string): Promise<number> {
    return this.notifications.countBy({ memberId, readAt: IsNull() });
  }

  /** Marks the given notifications (or all, when `ids` is null) of the member as read. */
  async markRead(memberId: string, ids: string[] | null): Promise<number> {
    const where = ids
      ? { memberId, readAt: IsNull(), id: In(ids) }
      : { memberId, readAt: IsNull() };
    const result = await this.notifications.update(where, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
