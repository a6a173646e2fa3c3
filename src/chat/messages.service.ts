import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import {
  AppError,
  badInput,
  conflict,
  forbidden,
  notFound,
  unauthenticated,
} from '../common/errors/app-error';
import { extractMentions } from '../common/markdown/mentions';
import { Member } from '../members/member.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Channel } from './channel.entity';
import { ChannelMember } from './channel-member.entity';
import {
  assertNotArchived,
  requireMember,
  sessionIsActive,
  validateBody,
  validateClientMessageId,
  validateId,
} from './chat-access';
import { CATCHUP_LIMIT, ChannelKind, ChannelRole } from './chat.enums';
import {
  groupReactions,
  MessageType,
  ReactionRow,
  ReactionType,
  toMessageType,
} from './chat.types';
import { Message } from './message.entity';
import { MessageMention } from './message-mention.entity';
import { MessageReaction } from './message-reaction.entity';
import { sendStatement, SendStatementRow, toSendRow } from './send-statement';

export interface SendInput {
  channelId: string;
  clientMessageId: string;
  body: string;
  threadRootId?: string | null;
}

export interface SendResult {
  message: MessageType;
  /** False when this was a retry of a message already stored (nothing new was written). */
  created: boolean;
}

const EMOJI = /^[^\s]{1,32}$/u;

/** A message's reactions in the order of `reactionsOf` (oldest first), as one JSON column of the page. */
const REACTIONS_JSON = `(SELECT json_agg(json_build_object('emoji', r.emoji, 'memberId', r.member_id) ORDER BY r.created_at, r.member_id, r.emoji)
    FROM message_reactions r WHERE r.message_id = m.id)`;

/** Writing messages: one transaction each, sequence numbers under the channel row lock. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Writes a new message in one statement (see send-statement.ts for how the contract holds) and
   * answers the stored message; a retry of a stored client id answers that message unchanged.
   * Throws UNAUTHENTICATED when the session ended (the socket caller then closes the socket).
   */
  async send(p: Principal, input: SendInput): Promise<SendResult> {
    validateId('channelId', input.channelId);
    validateClientMessageId(input.clientMessageId);
    if (input.threadRootId !== undefined && input.threadRootId !== null)
      validateId('threadRootId', input.threadRootId);
    const body = validateBody(input.body);
    const handles = extractMentions(body);
    const statement = sendStatement({
      ...input,
      body,
      handles,
      memberId: p.memberId,
      sessionId: p.sessionId,
      threadRootId: input.threadRootId ?? null,
    });
    // A failed check writes nothing; find out which outside the lock. Another round only when the
    // state changed in between (e.g. the caller was added to the channel just now).
    for (let attempt = 0; attempt < 3; attempt++) {
      const written = await this.writeNew(p, statement, handles.length > 0);
      if (written) return { message: toMessageType(written, []), created: true };
      const stored = await this.whyNotWritten(p, input);
      if (stored) return { message: await this.withReactions(stored), created: false };
    }
    throw conflict(
      'Die Nachricht konnte nicht gespeichert werden, bitte erneut senden.',
      'clientMessageId',
    );
  }

  /**
   * Without mentions the statement auto-commits on its own (no BEGIN/COMMIT round trips under the
   * lock). With mentions the notifications are written in the same transaction as the message.
   * Null when nothing was written (a check failed, or the client id is already stored).
   */
  private async writeNew(
    p: Principal,
    [sql, params]: [string, unknown[]],
    withMentions: boolean,
  ): Promise<Message | null> {
    if (!withMentions) {
      const rows: Array<Record<string, unknown>> = await this.db.query(sql, params);
      return rows.length ? toSendRow(rows[0]).message : null;
    }
    const { message, notified } = await this.db.transaction(async (manager) => {
      const rows: Array<Record<string, unknown>> = await manager.query(sql, params);
      if (!rows.length) return { message: null, notified: [] };
      const row = toSendRow(rows[0]);
      return { message: row.message, notified: await this.notifyMentioned(manager, p, row) };
    });
    this.notifications.publish(notified);
    return message;
  }

  /** The slow path after a send wrote nothing, with the checks in the order of the contract. */
  private async whyNotWritten(p: Principal, input: SendInput): Promise<Message | null> {
    if (!(await sessionIsActive(this.db, p))) throw unauthenticated('Die Sitzung ist beendet.');
    const manager = this.db.manager;
    const { channel } = await requireMember(manager, input.channelId, p.memberId);
    const existing = await manager.getRepository(Message).findOneBy({
      channelId: channel.id,
      senderId: p.memberId,
      clientMessageId: input.clientMessageId,
    });
    if (existing) return existing;
    assertNotArchived(channel);
    await this.threadRootOf(manager, channel.id, input.threadRootId ?? null);
    return null;
  }

  async edit(p: Principal, messageId: string, rawBody: string): Promise<MessageType> {
    validateId('messageId', messageId);
    const body = validateBody(rawBody);
    const { message, notified } = await this.db.transaction(async (manager) => {
      const { channel, message } = await this.lockOwnMessage(manager, p, messageId, false);
      const previous = (await manager.getRepository(MessageMention).findBy({ messageId })).map(
        (m) => m.memberId,
      );
      const [, changeSeq] = await this.nextSeq(manager, channel.id, false);
      await manager
        .getRepository(Message)
        .update(message.id, { body, editedAt: new Date(), changeSeq });
      const updated = await manager.getRepository(Message).findOneByOrFail({ id: message.id });
      const notified = await this.recordMentions(manager, p, channel, updated, previous);
      return { message: updated, notified };
    });
    this.notifications.publish(notified);
    return this.withReactions(message);
  }

  /** Soft delete: the text is removed, the sequence number stays so histories keep no gaps. */
  async remove(p: Principal, messageId: string): Promise<MessageType> {
    validateId('messageId', messageId);
    const message = await this.db.transaction(async (manager) => {
      const { channel, message } = await this.lockOwnMessage(manager, p, messageId, true);
      const [, changeSeq] = await this.nextSeq(manager, channel.id, false);
      await manager
        .getRepository(Message)
        .update(message.id, { body: null, deletedAt: new Date(), changeSeq });
      await manager.getRepository(MessageMention).delete({ messageId });
      await manager.getRepository(MessageReaction).delete({ messageId });
      return manager.getRepository(Message).findOneByOrFail({ id: message.id });
    });
    return this.withReactions(message);
  }

  async react(p: Principal, messageId: string, emoji: string, add: boolean): Promise<MessageType> {
    validateId('messageId', messageId);
    if (typeof emoji !== 'string' || !EMOJI.test(emoji))
      throw badInput('emoji', '1 bis 32 Zeichen ohne Leerzeichen.');
    const message = await this.db.transaction(async (manager) => {
      const found = await manager.getRepository(Message).findOneBy({ id: messageId });
      if (!found) throw notFound('Die Nachricht');
      const { channel } = await requireMember(manager, found.channelId, p.memberId, true).catch(
        () => {
          throw notFound('Die Nachricht');
        },
      );
      assertNotArchived(channel);
      if (found.deletedAt) throw notFound('Die Nachricht');
      const repo = manager.getRepository(MessageReaction);
      const changed = add
        ? (
            (
              await repo
                .createQueryBuilder()
                .insert()
                .values({ messageId, memberId: p.memberId, emoji })
                .orIgnore()
                .execute()
            ).raw as unknown[]
          ).length > 0
        : ((await repo.delete({ messageId, memberId: p.memberId, emoji })).affected ?? 0) > 0;
      if (!changed) return found;
      const [, changeSeq] = await this.nextSeq(manager, channel.id, false);
      await manager.getRepository(Message).update(found.id, { changeSeq });
      return { ...found, changeSeq };
    });
    return this.withReactions(message);
  }

  /** Everything changed after `afterChangeSeq` (new, edited, deleted), in change order. */
  async catchUp(p: Principal, channelId: string, afterChangeSeq: number, limit = CATCHUP_LIMIT) {
    validateId('channelId', channelId);
    if (!Number.isInteger(afterChangeSeq) || afterChangeSeq < 0)
      throw badInput('afterChangeSeq', 'Ganze Zahl ab 0 erwartet.');
    const manager = this.db.manager;
    const { channel } = await requireMember(manager, channelId, p.memberId);
    const rows = await manager
      .getRepository(Message)
      .createQueryBuilder('m')
      .where('m.channel_id = :channelId AND m.change_seq > :after', {
        channelId,
        after: afterChangeSeq,
      })
      .orderBy('m.change_seq', 'ASC')
      .limit(limit + 1)
      .getMany();
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    await this.auditRedRead(p, channel, page.length);
    return {
      messages: await this.withReactionsMany(page),
      hasMore,
      lastChangeSeq: channel.lastChangeSeq,
    };
  }

  /**
   * History by sequence cursor: `after` pages forward, `before` (or neither: the newest) backward.
   * One statement for the page: the senders are joined (for the caller to prime the MemberLoader
   * with, so `sender` costs no statement of its own) and the reactions aggregated per message.
   * The senders are joined whether or not the client selects `sender`: a primary-key join of at
   * most 100 rows costs less than a round trip, and a history view nearly always shows senders.
   */
  async history(
    p: Principal,
    channelId: string,
    args: { before?: number | null; after?: number | null; first: number },
  ) {
    const manager = this.db.manager;
    const { channel } = await requireMember(manager, channelId, p.memberId);
    const qb = manager
      .getRepository(Message)
      .createQueryBuilder('m')
      .leftJoinAndMapOne('m.sender', Member, 'sender', 'sender.id = m.sender_id')
      .addSelect(REACTIONS_JSON, 'm_reaction_rows')
      .where('m.channel_id = :channelId', { channelId });
    const forward = args.after !== undefined && args.after !== null;
    if (forward) qb.andWhere('m.seq > :after', { after: args.after });
    if (args.before !== undefined && args.before !== null)
      qb.andWhere('m.seq < :before', { before: args.before });
    const { entities, raw } = await qb
      .orderBy('m.seq', forward ? 'ASC' : 'DESC')
      .limit(args.first + 1)
      .getRawAndEntities();
    const reactionRows = new Map(
      raw.map((r: Record<string, unknown>) => [
        r.m_id as string,
        (r.m_reaction_rows ?? []) as ReactionRow[],
      ]),
    );
    const hasMore = entities.length > args.first;
    const page = (entities as Array<Message & { sender?: Member | null }>)
      .slice(0, args.first)
      .sort((a, b) => a.seq - b.seq);
    await this.auditRedRead(p, channel, page.length);
    const senders = page.flatMap(({ sender }) => (sender ? [sender] : []));
    const nodes = page.map(({ sender: _sender, ...m }) =>
      toMessageType(m, groupReactions(reactionRows.get(m.id) ?? [])),
    );
    return { nodes, hasMore, senders };
  }

  async markRead(p: Principal, channelId: string, seq: number): Promise<void> {
    if (!Number.isInteger(seq) || seq < 0) throw badInput('seq', 'Ganze Zahl ab 0 erwartet.');
    await this.db.transaction(async (manager) => {
      const { channel } = await requireMember(manager, channelId, p.memberId);
      await manager
        .getRepository(ChannelMember)
        .createQueryBuilder()
        .update()
        .set({ lastReadSeq: () => `GREATEST(last_read_seq, LEAST(:seq::int, :last::int))` })
        .setParameters({ seq, last: channel.lastSeq })
        .where('channel_id = :channelId AND member_id = :memberId', {
          channelId,
          memberId: p.memberId,
        })
        .execute();
    });
  }

  /** DESIGN.md: reads of RED content (incident rooms) are written to the audit log. */
  private async auditRedRead(p: Principal, channel: Channel, count: number): Promise<void> {
    if (channel.tlp !== 'RED' || !count) return;
    await this.audit.record({
      actorId: p.memberId,
      action: 'chat.red_read',
      targetType: 'channel',
      targetId: channel.id,
      details: { messages: count },
    });
  }

  private async threadRootOf(
    manager: EntityManager,
    channelId: string,
    rootId: string | null,
  ): Promise<string | null> {
    if (!rootId) return null;
    const root = await manager.getRepository(Message).findOneBy({ id: rootId, channelId });
    if (!root)
      throw badInput(
        'threadRootId',
        'Die Nachricht, auf die geantwortet wird, gibt es in diesem Kanal nicht.',
      );
    // Threads are one level deep: a reply to a reply joins the root's thread.
    return root.threadRootId ?? root.id;
  }

  /** Bumps the channel counters under its row lock; returns [seq, changeSeq]. */
  private async nextSeq(
    manager: EntityManager,
    channelId: string,
    newMessage: boolean,
  ): Promise<[number, number]> {
    const result: unknown[] = await manager.query(
      `UPDATE channels SET last_seq = last_seq + $2, last_change_seq = last_change_seq + 1 WHERE id = $1 RETURNING last_seq, last_change_seq`,
      [channelId, newMessage ? 1 : 0],
    );
    // The postgres driver answers an UPDATE ... RETURNING with [rows, affectedCount].
    const rows = (Array.isArray(result[0]) ? result[0] : result) as Array<{
      last_seq: number;
      last_change_seq: number;
    }>;
    const row = rows[0];
    return [row.last_seq, row.last_change_seq];
  }

  /** Author edits and deletes; channel admins may also delete (moderation). */
  private async lockOwnMessage(
    manager: EntityManager,
    p: Principal,
    messageId: string,
    adminMayDo: boolean,
  ) {
    const found = await manager.getRepository(Message).findOneBy({ id: messageId });
    if (!found) throw notFound('Die Nachricht');
    const access = await requireMember(manager, found.channelId, p.memberId, true).catch(
      (e: unknown) => {
        throw e instanceof AppError && e.code === 'NOT_FOUND' ? notFound('Die Nachricht') : e;
      },
    );
    const message = await manager.getRepository(Message).findOneByOrFail({ id: messageId });
    if (message.deletedAt) throw notFound('Die Nachricht');
    assertNotArchived(access.channel);
    const mayModerate = adminMayDo && access.membership.role === ChannelRole.ADMIN;
    if (message.senderId !== p.memberId && !mayModerate)
      throw forbidden('Nur die Autorin oder der Autor darf diese Nachricht ändern.');
    return { channel: access.channel, message };
  }

  /** Mentions count only for channel members; each newly mentioned member gets one notification. */
  private async recordMentions(
    manager: EntityManager,
    p: Principal,
    channel: Channel,
    message: Message,
    previous: string[],
  ) {
    await manager.getRepository(MessageMention).delete({ messageId: message.id });
    const handles = extractMentions(message.body ?? '');
    if (!handles.length) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT m.id FROM members m JOIN channel_members cm ON cm.member_id = m.id AND cm.channel_id = $1
        WHERE lower(m.handle) = ANY($2) AND m.status = 'ACTIVE' AND m.id <> $3`,
      [channel.id, handles, p.memberId],
    );
    if (!rows.length) return [];
    await manager.getRepository(MessageMention).insert(
      rows.map((r) => ({
        messageId: message.id,
        memberId: r.id,
        channelId: channel.id,
        seq: message.seq,
      })),
    );
    const fresh = rows.filter((r) => !previous.includes(r.id)).map((r) => r.id);
    return this.notifyFresh(manager, p, channel, message, fresh);
  }

  /** The mention rows of a new message were written by the send statement itself. */
  private notifyMentioned(manager: EntityManager, p: Principal, row: SendStatementRow) {
    return this.notifyFresh(
      manager,
      p,
      { kind: row.channelKind as ChannelKind, name: row.channelName },
      row.message,
      row.mentioned,
    );
  }

  /** One notification per newly mentioned member, inside the writing transaction. */
  private notifyFresh(
    manager: EntityManager,
    p: Principal,
    channel: Pick<Channel, 'kind' | 'name'>,
    message: Message,
    memberIds: string[],
  ) {
    // RED (incident) content stays out of notification texts: they may be mailed later.
    const excerpt =
      channel.kind === ChannelKind.INCIDENT ? null : (message.body ?? '').slice(0, 200);
    return this.notifications.create(
      manager,
      memberIds.map((memberId) => ({
        memberId,
        kind: 'MENTION',
        title:
          `${p.displayName} hat Sie im Chat erwähnt${channel.name ? ` (${channel.name})` : ''}`.slice(
            0,
            300,
          ),
        body: excerpt,
        targetType: 'chat_message',
        targetId: message.id,
        actorId: p.memberId,
      })),
    );
  }

  private async withReactions(m: Message): Promise<MessageType> {
    return (await this.withReactionsMany([m]))[0];
  }

  async withReactionsMany(messages: Message[]): Promise<MessageType[]> {
    const reactions = await this.reactionsOf(
      this.db.manager,
      messages.map((m) => m.id),
    );
    return messages.map((m) => toMessageType(m, reactions.get(m.id) ?? []));
  }

  private async reactionsOf(
    manager: EntityManager,
    messageIds: string[],
  ): Promise<Map<string, ReactionType[]>> {
    const map = new Map<string, ReactionType[]>();
    if (!messageIds.length) return map;
    const rows = await manager.getRepository(MessageReaction).find({
      where: { messageId: In(messageIds) },
      order: { createdAt: 'ASC', memberId: 'ASC', emoji: 'ASC' },
    });
    const byMessage = new Map<string, ReactionRow[]>();
    for (const r of rows)
      byMessage.set(r.messageId, [
        ...(byMessage.get(r.messageId) ?? []),
        { emoji: r.emoji, memberId: r.memberId },
      ]);
    for (const [id, list] of byMessage) map.set(id, groupReactions(list));
    return map;
  }
}
