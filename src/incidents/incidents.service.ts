import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TlpLabel, tlpRank, tlpText } from '../advisories/advisory.enums';
import { AuditService } from '../audit/audit.service';
import { Channel } from '../chat/channel.entity';
import { ChannelsService } from '../chat/channels.service';
import { ChannelKind } from '../chat/chat.enums';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, conflict, forbidden } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { Notification } from '../notifications/notification.entity';
import { OrganisationKind } from '../organisations/organisation.enums';
import { ProviderRegisterService } from '../organisations/provider-register.service';
import { IncidentAccess, incidentReadableWhere } from './incident-access.service';
import { IncidentAffectedOrganisation } from './incident-affected-organisation.entity';
import { IncidentNotifier } from './incident-notifier';
import { IncidentParticipants, ParticipantChange } from './incident-participants.service';
import { IncidentTimeline, TimelineEntryType } from './incident-timeline.service';
import { Incident } from './incident.entity';
import {
  AffectedReason,
  INCIDENT_KIND_LABEL,
  INCIDENT_SEVERITY_LABEL,
  INCIDENT_STATUS_LABEL,
  IncidentKind,
  IncidentSeverity,
  IncidentStatus,
  OPEN_INCIDENT_STATUSES,
} from './incident.enums';

export interface ReportInput {
  kind: IncidentKind;
  severity: IncidentSeverity;
  tlp: TlpLabel;
  title: string;
  description: string;
  consentToProvider: boolean;
}

export interface IncidentFilter {
  status?: IncidentStatus[] | null;
  open?: boolean | null;
  severity?: IncidentSeverity[] | null;
  kind?: IncidentKind[] | null;
  organisationId?: string | null;
  mine?: boolean | null;
}

/** What a write leaves to do after its transaction committed. */
export interface AfterCommit {
  notified: Notification[];
  changes: ParticipantChange[];
}

/**
 * Reporting, changing and listing incidents. Who may read: IncidentAccess. Who may change status,
 * label, severity and the affected organisations ("managers"): the members of the reporting
 * organisation and the CERT duty roster; other participants read, answer for their own
 * organisation and write timeline entries. Every change locks the incident row first
 * (SELECT … FOR UPDATE), writes its timeline entry, re-syncs the participants and room, and
 * notifies after commit.
 */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly db: DataSource,
    private readonly channels: ChannelsService,
    private readonly register: ProviderRegisterService,
    private readonly access: IncidentAccess,
    private readonly timeline: IncidentTimeline,
    private readonly participants: IncidentParticipants,
    private readonly notifier: IncidentNotifier,
    private readonly audit: AuditService,
  ) {}

  async report(p: Principal, input: ReportInput, ip: string | null): Promise<Incident> {
    const { incident, after } = await this.db.transaction(async (manager) => {
      const title = input.title.trim();
      const channel = await this.channels.insertChannel(manager, {
        kind: ChannelKind.INCIDENT,
        name: `Vorfall: ${title}`.slice(0, 80),
        topic: null,
        tlp: input.tlp,
        createdById: p.memberId,
        members: new Map(),
      });
      const repo = manager.getRepository(Incident);
      const incident = await repo.save(
        repo.create({
          kind: input.kind,
          severity: input.severity,
          tlp: input.tlp,
          organisationId: p.organisationId,
          reporterId: p.memberId,
          title,
          description: input.description.trim(),
          status: IncidentStatus.REPORTED,
          consentToProvider: input.consentToProvider,
          channelId: channel.id,
          closedAt: null,
        }),
      );
      const affected = manager.getRepository(IncidentAffectedOrganisation);
      await affected.insert({
        incidentId: incident.id,
        organisationId: p.organisationId,
        reason: AffectedReason.REPORTER,
        services: [],
        consentToProvider: input.consentToProvider,
        addedById: p.memberId,
      });
      // An IT provider (data centres are IT providers in the register) that is hit takes its
      // municipalities down with it: every one the register says it serves, and only those.
      let served = 0;
      if (p.organisationKind === OrganisationKind.IT_PROVIDER) {
        const relations = await this.register.relationsOf(p.organisationId, manager);
        served = relations.length;
        if (relations.length)
          await affected.insert(
            relations.map((r) => ({
              incidentId: incident.id,
              organisationId: r.municipalityId,
              reason: AffectedReason.SERVED_BY_PROVIDER,
              services: r.services,
              consentToProvider: false,
              addedById: p.memberId,
            })),
          );
      }
      await this.timeline.append(manager, {
        incidentId: incident.id,
        type: TimelineEntryType.STATUS_CHANGE,
        actorId: p.memberId,
        text: `Vorfall gemeldet (${INCIDENT_KIND_LABEL[input.kind]}, Schweregrad ${INCIDENT_SEVERITY_LABEL[input.severity]}, ${tlpText(input.tlp)})`,
        data: { to: IncidentStatus.REPORTED, servedMunicipalities: served },
      });
      const change = await this.participants.sync(manager, incident);
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.reported',
          targetType: 'incident',
          targetId: incident.id,
          ip,
          details: {
            channelId: channel.id,
            participants: change.added.length,
            servedMunicipalities: served,
          },
        },
        manager,
      );
      const notified = await this.notifier.reported(manager, p, incident, change.added);
      return { incident, after: { notified, changes: [change] } };
    });
    this.afterCommit(after);
    return incident;
  }

  /** One incident for its page; reads of an incident are audited (TLP:RED by default). */
  async get(p: Principal, id: string): Promise<Incident> {
    const incident = await this.access.readable(p, id);
    await this.audit.record({
      actorId: p.memberId,
      action: 'incident.read',
      targetType: 'incident',
      targetId: id,
    });
    return incident;
  }

  async canManage(p: Principal, incident: Incident, manager?: EntityManager): Promise<boolean> {
    return p.organisationId === incident.organisationId || this.access.isOnDuty(p, manager);
  }

  /** Locks the incident, checks read access (NOT_FOUND) and the manager rule (FORBIDDEN). */
  async lockForManager(p: Principal, id: string, manager: EntityManager): Promise<Incident> {
    const incident = await this.access.lockedReadable(p, id, manager);
    if (!(await this.canManage(p, incident, manager)))
      throw forbidden(
        'Nur die meldende Organisation und der CERT-Bereitschaftsdienst dürfen das ändern.',
      );
    return incident;
  }

  async updateStatus(
    p: Principal,
    id: string,
    status: IncidentStatus,
    note: string | null,
    ip: string | null,
  ): Promise<Incident> {
    const { incident, after } = await this.db.transaction(async (manager) => {
      const incident = await this.lockForManager(p, id, manager);
      const from = incident.status;
      if (from === status)
        throw conflict(`Der Vorfall ist bereits „${INCIDENT_STATUS_LABEL[status]}“.`, 'status');
      const reopened = from === IncidentStatus.CLOSED;
      incident.status = status;
      incident.closedAt = status === IncidentStatus.CLOSED ? new Date() : null;
      await manager.getRepository(Incident).save(incident);
      const text = `${reopened ? 'Wieder eröffnet' : 'Status'}: ${INCIDENT_STATUS_LABEL[from]} → ${INCIDENT_STATUS_LABEL[status]}`;
      await this.timeline.append(manager, {
        incidentId: id,
        type: TimelineEntryType.STATUS_CHANGE,
        actorId: p.memberId,
        text: note ? `${text}. ${note}` : text,
        data: { from, to: status, reopened, note },
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: reopened ? 'incident.reopened' : 'incident.status_changed',
          targetType: 'incident',
          targetId: id,
          ip,
          details: { from, to: status },
        },
        manager,
      );
      const change = await this.participants.sync(manager, incident);
      const notified = await this.notifier.statusChanged(
        manager,
        p,
        incident,
        await this.access.participantIds(id, manager),
        status,
      );
      return { incident, after: { notified, changes: [change] } };
    });
    this.afterCommit(after);
    return incident;
  }

  /** Kind, severity, title, description: managers; each change is on the timeline. */
  async update(
    p: Principal,
    id: string,
    input: {
      kind?: IncidentKind | null;
      severity?: IncidentSeverity | null;
      title?: string | null;
      description?: string | null;
    },
    ip: string | null,
  ): Promise<Incident> {
    return this.db.transaction(async (manager) => {
      const incident = await this.lockForManager(p, id, manager);
      const changes: string[] = [];
      if (input.kind && input.kind !== incident.kind) {
        changes.push(
          `Art: ${INCIDENT_KIND_LABEL[incident.kind]} → ${INCIDENT_KIND_LABEL[input.kind]}`,
        );
        incident.kind = input.kind;
      }
      if (input.severity && input.severity !== incident.severity) {
        changes.push(
          `Schweregrad: ${INCIDENT_SEVERITY_LABEL[incident.severity]} → ${INCIDENT_SEVERITY_LABEL[input.severity]}`,
        );
        incident.severity = input.severity;
      }
      if (input.title?.trim() && input.title.trim() !== incident.title) {
        changes.push('Titel geändert');
        incident.title = input.title.trim();
        await manager
          .getRepository(Channel)
          .update(incident.channelId, { name: `Vorfall: ${incident.title}`.slice(0, 80) });
      }
      if (input.description?.trim() && input.description.trim() !== incident.description) {
        changes.push('Beschreibung geändert');
        incident.description = input.description.trim();
      }
      if (!changes.length) return incident;
      await manager.getRepository(Incident).save(incident);
      await this.timeline.append(manager, {
        incidentId: id,
        type: TimelineEntryType.DECISION,
        actorId: p.memberId,
        text: changes.join('; '),
        data: { changed: changes },
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.updated',
          targetType: 'incident',
          targetId: id,
          ip,
          details: { changes },
        },
        manager,
      );
      return incident;
    });
  }

  /**
   * Raising the label is always allowed to managers; lowering widens what may be shared from the
   * incident (situation report, CSAF export) and needs a reason, like lowerAdvisoryTlp.
   */
  async changeTlp(
    p: Principal,
    id: string,
    tlp: TlpLabel,
    reason: string | null,
    ip: string | null,
  ): Promise<Incident> {
    return this.db.transaction(async (manager) => {
      const incident = await this.lockForManager(p, id, manager);
      if (tlp === incident.tlp) throw conflict(`Der Vorfall ist bereits ${tlpText(tlp)}.`, 'tlp');
      const lowering = tlpRank(tlp) < tlpRank(incident.tlp);
      if (lowering && (!reason || reason.length < 3))
        throw badInput(
          'reason',
          'Zum Herabstufen ist eine Begründung (mindestens 3 Zeichen) nötig.',
        );
      const from = incident.tlp;
      incident.tlp = tlp;
      await manager.getRepository(Incident).save(incident);
      await manager.getRepository(Channel).update(incident.channelId, { tlp });
      await this.timeline.append(manager, {
        incidentId: id,
        type: TimelineEntryType.TLP_CHANGE,
        actorId: p.memberId,
        text: `${lowering ? 'Herabgestuft' : 'Hochgestuft'}: ${tlpText(from)} → ${tlpText(tlp)}${reason ? `. Begründung: ${reason}` : ''}`,
        data: { from, to: tlp, reason },
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: lowering ? 'incident.tlp_lowered' : 'incident.tlp_raised',
          targetType: 'incident',
          targetId: id,
          ip,
          details: { from, to: tlp, reason },
        },
        manager,
      );
      return incident;
    });
  }

  /** Only what the caller may read; totalCount counts the same set. */
  async list(
    p: Principal,
    filter: IncidentFilter,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<Incident>> {
    const qb = this.db
      .getRepository(Incident)
      .createQueryBuilder('i')
      .where(incidentReadableWhere(':me', 'i'), { me: p.memberId });
    if (filter.mine)
      qb.andWhere(
        'EXISTS (SELECT 1 FROM incident_participants mp WHERE mp.incident_id = i.id AND mp.member_id = :me)',
      );
    if (filter.status?.length) qb.andWhere('i.status IN (:...status)', { status: filter.status });
    if (filter.open === true)
      qb.andWhere('i.status IN (:...open)', { open: OPEN_INCIDENT_STATUSES });
    if (filter.open === false) qb.andWhere("i.status = 'CLOSED'");
    if (filter.severity?.length)
      qb.andWhere('i.severity IN (:...severity)', { severity: filter.severity });
    if (filter.kind?.length) qb.andWhere('i.kind IN (:...kind)', { kind: filter.kind });
    if (filter.organisationId)
      qb.andWhere(
        'EXISTS (SELECT 1 FROM incident_affected_organisations fa WHERE fa.incident_id = i.id AND fa.organisation_id = :org)',
        { org: filter.organisationId },
      );
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [at, cid] = decodeCursor(after, 2, ['timestamp', 'uuid']);
      qb.andWhere('(i.created_at, i.id) < (:at::timestamptz, :cid::uuid)', { at, cid });
    }
    const rows = await qb
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (i) => [i.createdAt.toISOString(), i.id], after);
  }

  afterCommit(after: AfterCommit): void {
    this.participants.publish(after.changes);
    this.notifier.publish(after.notified);
  }
}
