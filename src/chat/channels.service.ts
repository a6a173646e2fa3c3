import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, forbidden, notFound } from '../common/errors/app-error';
import { MemberStatus } from '../members/member.enums';
import { Member } from '../members/member.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Channel } from './channel.entity';
import { ChannelMember } from './channel-member.entity';
import { ChannelViewsService } from './channel-views.service';
import {
  assertCanManage,
  assertNotArchived,
  channelAccess,
  channelNotFound,
  validateId,
} from './chat-access';
import { ChatEvents } from './chat-events';
import { ChannelKind, ChannelRole, DIRECT_MAX_MEMBERS, DIRECT_MIN_MEMBERS } from './chat.enums';
import { ChannelView } from './chat.types';

export interface NewChannel {
  kind: ChannelKind;
  name: string | null;
  topic?: string | null;
  tlp?: string | null;
  directKey?: string | null;
  createdById: string;
  /** memberId -> role */
  members: Map<string, ChannelRole>;
}

/** Channel life cycle and membership. Every change is one transaction, then one domain event. */
@Injectable()
export class ChannelsService {
  constructor(
    private readonly db: DataSource,
    private readonly views: ChannelViewsService,
    private readonly events: ChatEvents,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(
    p: Principal,
    input: { kind: ChannelKind; name: string; topic?: string | null },
    ip: string | null,
  ): Promise<ChannelView> {
    if (input.kind !== ChannelKind.PUBLIC && input.kind !== ChannelKind.PRIVATE) {
      throw badInput(
        'kind',
        'Nur PUBLIC oder PRIVATE; Direktnachrichten über openDirectChannel, Vorfallräume über reportIncident.',
      );
    }
    return this.db.transaction(async (manager) => {
      const channel = await this.insertChannel(manager, {
        kind: input.kind,
        name: input.name.trim(),
        topic: input.topic?.trim() || null,
        createdById: p.memberId,
        members: new Map([[p.memberId, ChannelRole.ADMIN]]),
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'chat.channel_created',
          targetType: 'channel',
          targetId: channel.id,
          ip,
          details: { kind: channel.kind },
        },
        manager,
      );
      return this.views.one(p, channel.id, manager);
    });
  }

  /** Writes a channel with its members inside the caller's transaction (also used for incidents). */
  async insertChannel(manager: EntityManager, c: NewChannel): Promise<Channel> {
    const repo = manager.getRepository(Channel);
    const channel = await repo.save(
      repo.create({
        kind: c.kind,
        name: c.name,
        topic: c.topic ?? null,
        tlp: c.tlp ?? null,
        directKey: c.directKey ?? null,
        createdById: c.createdById,
        lastSeq: 0,
        lastChangeSeq: 0,
        archivedAt: null,
      }),
    );
    await manager.getRepository(ChannelMember).insert(
      [...c.members].map(([memberId, role]) => ({
        channelId: channel.id,
        memberId,
        role,
        lastReadSeq: 0,
      })),
    );
    return channel;
  }

  async rename(
    p: Principal,
    channelId: string,
    input: { name?: string | null; topic?: string | null },
  ): Promise<ChannelView> {
    validateId('channelId', channelId);
    const view = await this.db.transaction(async (manager) => {
      const access = await channelAccess(manager, channelId, p.memberId, {
        lock: true,
        allowPublicViewer: true,
      });
      if (access.channel.kind === ChannelKind.DIRECT)
        throw badInput('channelId', 'Direktnachrichten haben keinen Namen.');
      assertCanManage(p, access);
      assertNotArchived(access.channel);
      const changes: Partial<Channel> = {};
      if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
      if (input.topic !== undefined) changes.topic = input.topic?.trim() || null;
      if (Object.keys(changes).length)
        await manager.getRepository(Channel).update(channelId, changes);
      return this.views.one(p, channelId, manager);
    });
    this.publishUpdate(view);
    return view;
  }

  async archive(p: Principal, channelId: string, ip: string | null): Promise<ChannelView> {
    validateId('channelId', channelId);
    const view = await this.db.transaction(async (manager) => {
      const access = await channelAccess(manager, channelId, p.memberId, {
        lock: true,
        allowPublicViewer: true,
      });
      if (access.channel.kind === ChannelKind.DIRECT)
        throw badInput('channelId', 'Direktnachrichten können nicht archiviert werden.');
      assertCanManage(p, access);
      assertNotArchived(access.channel);
      await manager.getRepository(Channel).update(channelId, { archivedAt: new Date() });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'chat.channel_archived',
          targetType: 'channel',
          targetId: channelId,
          ip,
        },
        manager,
      );
      return this.views.one(p, channelId, manager);
    });
    this.publishUpdate(view);
    return view;
  }

  async invite(p: Principal, channelId: string, memberIds: string[]): Promise<ChannelView> {
    validateId('channelId', channelId);
    const ids = [...new Set(memberIds)];
    const { view, added, notified } = await this.db.transaction(async (manager) => {
      const access = await channelAccess(manager, channelId, p.memberId, { lock: true });
      if (access.channel.kind === ChannelKind.DIRECT)
        throw badInput(
          'channelId',
          'In Direktnachrichten kann niemand eingeladen werden; öffnen Sie eine neue.',
        );
      // An incident room's membership follows the incident's participants (src/incidents).
      if (access.channel.kind === ChannelKind.INCIDENT)
        throw badInput(
          'channelId',
          'Wer im Vorfallraum ist, folgt aus den Beteiligten des Vorfalls.',
        );
      assertNotArchived(access.channel);
      // PUBLIC: any member may bring others in; PRIVATE and INCIDENT (TLP:RED, named people): channel admins.
      if (
        access.channel.kind !== ChannelKind.PUBLIC &&
        access.membership?.role !== ChannelRole.ADMIN
      )
        throw forbidden('Nur Kanal-Administratoren dürfen einladen.');
      await this.assertActiveMembers(manager, ids, 'memberIds');
      const existing = await manager
        .getRepository(ChannelMember)
        .findBy({ channelId, memberId: In(ids) });
      const added = ids.filter((id) => !existing.some((e) => e.memberId === id));
      if (added.length)
        await manager.getRepository(ChannelMember).insert(
          added.map((memberId) => ({
            channelId,
            memberId,
            role: ChannelRole.MEMBER,
            lastReadSeq: 0,
          })),
        );
      const notified = await this.notifications.create(
        manager,
        added.map((memberId) => ({
          memberId,
          kind: 'CHANNEL_INVITATION',
          title:
            `${p.displayName} hat Sie in den Kanal ${access.channel.name ?? ''} eingeladen`.slice(
              0,
              300,
            ),
          targetType: 'channel',
          targetId: channelId,
          actorId: p.memberId,
        })),
      );
      return { view: await this.views.one(p, channelId, manager), added, notified };
    });
    this.notifications.publish(notified);
    this.events.membersAdded(channelId, added);
    return view;
  }

  async removeMember(
    p: Principal,
    channelId: string,
    memberId: string,
    ip: string | null,
  ): Promise<ChannelView> {
    validateId('channelId', channelId);
    validateId('memberId', memberId);
    if (memberId === p.memberId)
      throw badInput('memberId', 'Zum Verlassen eines Kanals leaveChannel verwenden.');
    const view = await this.db.transaction(async (manager) => {
      const access = await channelAccess(manager, channelId, p.memberId, {
        lock: true,
        allowPublicViewer: true,
      });
      if (access.channel.kind === ChannelKind.DIRECT)
        throw badInput('channelId', 'Aus Direktnachrichten kann niemand entfernt werden.');
      if (access.channel.kind === ChannelKind.INCIDENT)
        throw badInput(
          'channelId',
          'Wer im Vorfallraum ist, folgt aus den Beteiligten des Vorfalls.',
        );
      assertCanManage(p, access);
      const result = await manager.getRepository(ChannelMember).delete({ channelId, memberId });
      if (!result.affected) throw notFound('Das Kanalmitglied');
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'chat.member_removed',
          targetType: 'channel',
          targetId: channelId,
          ip,
          details: { memberId },
        },
        manager,
      );
      return this.views.one(p, channelId, manager);
    });
    this.events.membersRemoved(channelId, [memberId]);
    return view;
  }

  async leave(p: Principal, channelId: string): Promise<boolean> {
    validateId('channelId', channelId);
    await this.db.transaction(async (manager) => {
      const access = await channelAccess(manager, channelId, p.memberId, { lock: true });
      if (access.channel.kind === ChannelKind.DIRECT)
        throw badInput('channelId', 'Direktnachrichten können nicht verlassen werden.');
      if (access.channel.kind === ChannelKind.INCIDENT)
        throw badInput(
          'channelId',
          'Wer im Vorfallraum ist, folgt aus den Beteiligten des Vorfalls.',
        );
      await manager.getRepository(ChannelMember).delete({ channelId, memberId: p.memberId });
      // A channel is never left without an admin while it has members: the longest-standing one takes over.
      if (
        access.membership?.role === ChannelRole.ADMIN &&
        !(await manager
          .getRepository(ChannelMember)
          .countBy({ channelId, role: ChannelRole.ADMIN }))
      ) {
        const next = await manager
          .getRepository(ChannelMember)
          .findOne({ where: { channelId }, order: { joinedAt: 'ASC', memberId: 'ASC' } });
        if (next)
          await manager
            .getRepository(ChannelMember)
            .update({ channelId, memberId: next.memberId }, { role: ChannelRole.ADMIN });
      }
    });
    this.events.membersRemoved(channelId, [p.memberId]);
    return true;
  }

  async joinPublic(p: Principal, channelId: string): Promise<ChannelView> {
    validateId('channelId', channelId);
    const view = await this.db.transaction(async (manager) => {
      const channel = await manager.getRepository(Channel).findOneBy({ id: channelId });
      if (!channel || channel.kind !== ChannelKind.PUBLIC) throw channelNotFound();
      assertNotArchived(channel);
      await manager
        .getRepository(ChannelMember)
        .createQueryBuilder()
        .insert()
        .values({ channelId, memberId: p.memberId, role: ChannelRole.MEMBER, lastReadSeq: 0 })
        .orIgnore()
        .execute();
      return this.views.one(p, channelId, manager);
    });
    this.events.membersAdded(channelId, [p.memberId]);
    return view;
  }

  /** One DIRECT channel per set of 2 to 8 members (the caller included); opening it again returns it. */
  async openDirect(p: Principal, memberIds: string[]): Promise<ChannelView> {
    const ids = [...new Set([p.memberId, ...memberIds])].sort();
    if (ids.length < DIRECT_MIN_MEMBERS || ids.length > DIRECT_MAX_MEMBERS) {
      throw badInput(
        'memberIds',
        `Eine Direktnachricht hat ${DIRECT_MIN_MEMBERS} bis ${DIRECT_MAX_MEMBERS} Teilnehmende (Sie eingeschlossen).`,
      );
    }
    const key = ids.join(',');
    const { view, created } = await this.db.transaction(async (manager) => {
      await this.assertActiveMembers(manager, ids, 'memberIds');
      const existing = await manager.getRepository(Channel).findOneBy({ directKey: key });
      if (existing) return { view: await this.views.one(p, existing.id, manager), created: false };
      // Serialise concurrent opens of the same set: the second waits and then finds the first.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
      const raced = await manager.getRepository(Channel).findOneBy({ directKey: key });
      if (raced) return { view: await this.views.one(p, raced.id, manager), created: false };
      const channel = await this.insertChannel(manager, {
        kind: ChannelKind.DIRECT,
        name: null,
        directKey: key,
        createdById: p.memberId,
        members: new Map(ids.map((id) => [id, ChannelRole.MEMBER])),
      });
      return { view: await this.views.one(p, channel.id, manager), created: true };
    });
    if (created) this.events.membersAdded(view.channel.id, ids);
    return view;
  }

  private async assertActiveMembers(
    manager: EntityManager,
    ids: string[],
    field: string,
  ): Promise<void> {
    if (!ids.length) throw badInput(field, 'Mindestens ein Mitglied angeben.');
    const count = await manager
      .getRepository(Member)
      .countBy({ id: In(ids), status: MemberStatus.ACTIVE });
    if (count !== ids.length) throw badInput(field, 'Unbekanntes oder nicht aktives Mitglied.');
  }

  private publishUpdate(view: ChannelView): void {
    const c = view.channel;
    this.events.channelUpdated({
      channelId: c.id,
      name: c.name,
      topic: c.topic,
      archivedAt: c.archivedAt?.toISOString() ?? null,
    });
  }
}
