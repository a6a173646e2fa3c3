import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { Channel } from './channel.entity';
import { ChannelMember } from './channel-member.entity';
import { channelAccess, validateId } from './chat-access';
import { ChannelKind } from './chat.enums';
import { ChannelView } from './chat.types';

/** Most channels one list returns (a member's own channels; bounded). */
export const CHANNEL_LIST_LIMIT = 200;

/**
 * Reading channels with the caller's read state. Unread = messages after the last read sequence,
 * by others, not deleted: the same rows the history shows, so counts and history agree.
 */
@Injectable()
export class ChannelViewsService {
  constructor(private readonly db: DataSource) {}

  async listMine(p: Principal, includeArchived: boolean): Promise<ChannelView[]> {
    const qb = this.db
      .getRepository(Channel)
      .createQueryBuilder('c')
      .innerJoin(ChannelMember, 'cm', 'cm.channel_id = c.id AND cm.member_id = :me', {
        me: p.memberId,
      });
    if (!includeArchived) qb.andWhere('c.archived_at IS NULL');
    const channels = await qb
      .orderBy('c.last_change_seq', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .addOrderBy('c.id')
      .limit(CHANNEL_LIST_LIMIT)
      .getMany();
    return this.viewsOf(this.db.manager, p.memberId, channels);
  }

  /** A channel the caller is in, or any PUBLIC channel; NOT_FOUND otherwise. */
  async one(
    p: Principal,
    channelId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ChannelView> {
    validateId('channelId', channelId);
    const { channel } = await channelAccess(manager, channelId, p.memberId, {
      allowPublicViewer: true,
    });
    return (await this.viewsOf(manager, p.memberId, [channel]))[0];
  }

  async publicChannels(first: number): Promise<ChannelView[]> {
    const channels = await this.db
      .getRepository(Channel)
      .createQueryBuilder('c')
      .where('c.kind = :kind AND c.archived_at IS NULL', { kind: ChannelKind.PUBLIC })
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id')
      .limit(first)
      .getMany();
    return channels.map((channel) => ({
      channel,
      role: null,
      lastReadSeq: 0,
      unreadCount: 0,
      mentionCount: 0,
    }));
  }

  async membersOf(p: Principal, channelId: string): Promise<ChannelMember[]> {
    const { membership } = await channelAccess(this.db.manager, channelId, p.memberId, {
      allowPublicViewer: true,
    });
    if (!membership) return [];
    return this.db
      .getRepository(ChannelMember)
      .find({ where: { channelId }, order: { joinedAt: 'ASC', memberId: 'ASC' }, take: 1000 });
  }

  private async viewsOf(
    manager: EntityManager,
    memberId: string,
    channels: Channel[],
  ): Promise<ChannelView[]> {
    if (!channels.length) return [];
    const rows: Array<{
      channel_id: string;
      role: ChannelView['role'];
      last_read_seq: number;
      unread: number;
      mentions: number;
    }> = await manager.query(
      `SELECT cm.channel_id, cm.role, cm.last_read_seq,
              (SELECT count(*) FROM messages m
                WHERE m.channel_id = cm.channel_id AND m.seq > cm.last_read_seq AND m.deleted_at IS NULL AND m.sender_id <> cm.member_id)::int AS unread,
              (SELECT count(*) FROM message_mentions mm JOIN messages m ON m.id = mm.message_id
                WHERE mm.member_id = cm.member_id AND mm.channel_id = cm.channel_id AND mm.seq > cm.last_read_seq AND m.deleted_at IS NULL)::int AS mentions
         FROM channel_members cm
        WHERE cm.member_id = $1 AND cm.channel_id = ANY($2)`,
      [memberId, channels.map((c) => c.id)],
    );
    const byId = new Map(rows.map((r) => [r.channel_id, r]));
    return channels.map((channel) => {
      const r = byId.get(channel.id);
      return {
        channel,
        role: r?.role ?? null,
        lastReadSeq: r?.last_read_seq ?? 0,
        unreadCount: r?.unread ?? 0,
        mentionCount: r?.mentions ?? 0,
      };
    });
  }
}
