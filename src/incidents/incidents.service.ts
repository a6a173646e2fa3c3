import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { notFound } from '../common/errors/app-error';
import { ChannelsService } from '../chat/channels.service';
import { ChatEvents } from '../chat/chat-events';
import { ChannelKind, ChannelRole } from '../chat/chat.enums';
import { ChannelMember } from '../chat/channel-member.entity';
import { OrganisationRole } from '../members/member.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationKind } from '../organisations/organisation.enums';
import { ProviderRegisterService } from '../organisations/provider-register.service';
import { Incident, IncidentStatus } from './incident.entity';

/** Bounds the fan-out of one report (duty team and provider staff). */
const MAX_INVITEES = 200;

/**
 * Reporting an incident opens an INCIDENT channel (TLP:RED: the named members only) with the
 * reporter, the CERT duty team and, with the reporter's consent, the staff of the organisation's
 * IT providers from the register.
 *
 * CERT duty team (until a duty roster exists): the active ORG_ADMINs of every CERT organisation.
 */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly db: DataSource,
    private readonly channels: ChannelsService,
    private readonly register: ProviderRegisterService,
    private readonly notifications: NotificationsService,
    private readonly events: ChatEvents,
    private readonly audit: AuditService,
  ) {}

  async report(
    p: Principal,
    input: { title: string; description: string; consentToProvider: boolean },
    ip: string | null,
  ): Promise<Incident> {
    const { incident, members, notified } = await this.db.transaction(async (manager) => {
      const duty = await this.certDuty(manager);
      const providerIds = input.consentToProvider
        ? await this.register.providerIdsOf(p.organisationId, manager)
        : [];
      const providerStaff = providerIds.length
        ? await this.activeMembersOf(manager, providerIds)
        : [];
      const members = new Map<string, ChannelRole>([[p.memberId, ChannelRole.ADMIN]]);
      for (const id of duty)
        if (members.size < MAX_INVITEES) members.set(id, members.get(id) ?? ChannelRole.ADMIN);
      for (const id of providerStaff)
        if (!members.has(id) && members.size < MAX_INVITEES) members.set(id, ChannelRole.MEMBER);
      const title = input.title.trim();
      const channel = await this.channels.insertChannel(manager, {
        kind: ChannelKind.INCIDENT,
        name: `Vorfall: ${title}`.slice(0, 80),
        topic: null,
        tlp: 'RED',
        createdById: p.memberId,
        members,
      });
      const repo = manager.getRepository(Incident);
      const incident = await repo.save(
        repo.create({
          organisationId: p.organisationId,
          reporterId: p.memberId,
          title,
          description: input.description.trim(),
          status: IncidentStatus.REPORTED,
          consentToProvider: input.consentToProvider,
          channelId: channel.id,
        }),
      );
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.reported',
          targetType: 'incident',
          targetId: incident.id,
          ip,
          details: {
            channelId: channel.id,
            invitees: members.size - 1,
            providers: providerIds.length,
          },
        },
        manager,
      );
      const notified = await this.notifications.create(
        manager,
        [...members.keys()]
          .filter((id) => id !== p.memberId)
          .map((memberId) => ({
            memberId,
            kind: 'INCIDENT_INVITATION',
            title: `${p.displayName} hat Sie in einen Vorfallraum eingeladen (TLP:RED)`,
            targetType: 'channel',
            targetId: channel.id,
            actorId: p.memberId,
          })),
      );
      return { incident, members: [...members.keys()], notified };
    });
    this.notifications.publish(notified);
    this.events.membersAdded(incident.channelId, members);
    return incident;
  }

  /** Only members of the incident's channel see the incident (TLP:RED). */
  async get(p: Principal, id: string): Promise<Incident> {
    const incident = await this.db.getRepository(Incident).findOneBy({ id });
    const member =
      incident &&
      (await this.db
        .getRepository(ChannelMember)
        .findOneBy({ channelId: incident.channelId, memberId: p.memberId }));
    if (!incident || !member) throw notFound('Der Vorfall');
    await this.audit.record({
      actorId: p.memberId,
      action: 'incident.read',
      targetType: 'incident',
      targetId: id,
    });
    return incident;
  }

  private async certDuty(manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT m.id FROM members m JOIN organisations o ON o.id = m.organisation_id
        WHERE o.kind = $1 AND m.organisation_role = $2 AND m.status = 'ACTIVE' ORDER BY m.created_at LIMIT $3`,
      [OrganisationKind.CERT, OrganisationRole.ORG_ADMIN, MAX_INVITEES],
    );
    return rows.map((r) => r.id);
  }

  private async activeMembersOf(
    manager: EntityManager,
    organisationIds: string[],
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM members WHERE organisation_id = ANY($1) AND status = 'ACTIVE' ORDER BY created_at LIMIT $2`,
      [organisationIds, MAX_INVITEES],
    );
    return rows.map((r) => r.id);
  }
}
