import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, conflict, forbidden, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationKind, ServiceKind } from '../organisations/organisation.enums';
import { ServiceRelation } from '../organisations/service-relation.entity';
import { IncidentAccess } from './incident-access.service';
import { IncidentAffectedOrganisation } from './incident-affected-organisation.entity';
import { IncidentNotifier } from './incident-notifier';
import { IncidentParticipants } from './incident-participants.service';
import { IncidentTimeline, TimelineEntryType } from './incident-timeline.service';
import {
  AFFECTED_SITUATION_LABEL,
  AffectedReason,
  AffectedSituation,
  ParticipantReason,
} from './incident.enums';
import { IncidentsService } from './incidents.service';
import { IncidentParticipant } from './incident-participant.entity';

/**
 * The organisations affected by an incident and their own answers. Managers (reporting
 * organisation, CERT duty roster) add and remove organisations; each affected organisation's
 * members answer for it, like an advisory acknowledgement (any member of the organisation who may
 * read the incident: the ISB doing the work is often not the ORG_ADMIN).
 */
@Injectable()
export class IncidentAffectedService {
  constructor(
    private readonly db: DataSource,
    private readonly access: IncidentAccess,
    private readonly incidents: IncidentsService,
    private readonly timeline: IncidentTimeline,
    private readonly participants: IncidentParticipants,
    private readonly notifier: IncidentNotifier,
    private readonly audit: AuditService,
  ) {}

  async add(
    p: Principal,
    incidentId: string,
    organisationId: string,
    ip: string | null,
  ): Promise<IncidentAffectedOrganisation> {
    const { row, after } = await this.db.transaction(async (manager) => {
      const incident = await this.incidents.lockForManager(p, incidentId, manager);
      const organisation = await manager
        .getRepository(Organisation)
        .findOneBy({ id: organisationId });
      if (!organisation || organisation.kind === OrganisationKind.CERT)
        throw badInput('organisationId', 'Keine Kommune und kein IT-Dienstleister.');
      const repo = manager.getRepository(IncidentAffectedOrganisation);
      if (await repo.existsBy({ incidentId, organisationId }))
        throw conflict('Die Organisation ist bereits als betroffen eingetragen.', 'organisationId');
      // The services come from the register when the reporting organisation serves it.
      const relation = await manager
        .getRepository(ServiceRelation)
        .findOneBy({ providerId: incident.organisationId, municipalityId: organisationId });
      await repo.insert({
        incidentId,
        organisationId,
        reason: AffectedReason.ADDED,
        services: relation?.services ?? [],
        consentToProvider: false,
        addedById: p.memberId,
      });
      await this.timeline.append(manager, {
        incidentId,
        type: TimelineEntryType.AFFECTED_ORGANISATION,
        actorId: p.memberId,
        text: `Betroffene Organisation hinzugefügt: ${organisation.name}`,
        data: { organisationId, added: true },
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.affected_added',
          targetType: 'incident',
          targetId: incidentId,
          ip,
          details: { organisationId },
        },
        manager,
      );
      const change = await this.participants.sync(manager, incident);
      const newMembers = await manager
        .getRepository(IncidentParticipant)
        .findBy({ incidentId, reason: ParticipantReason.AFFECTED_ORGANISATION });
      const ofOrg = new Set(
        (
          await manager.query<{ id: string }[]>(
            `SELECT id FROM members WHERE organisation_id = $1`,
            [organisationId],
          )
        ).map((r) => r.id),
      );
      const notified = await this.notifier.affected(
        manager,
        p,
        incident,
        newMembers
          .map((m) => m.memberId)
          .filter((id) => ofOrg.has(id) && change.added.includes(id)),
      );
      const row = await repo.findOneByOrFail({ incidentId, organisationId });
      return { row, after: { notified, changes: [change] } };
    });
    this.incidents.afterCommit(after);
    return row;
  }

  async remove(
    p: Principal,
    incidentId: string,
    organisationId: string,
    ip: string | null,
  ): Promise<boolean> {
    const after = await this.db.transaction(async (manager) => {
      const incident = await this.incidents.lockForManager(p, incidentId, manager);
      if (organisationId === incident.organisationId)
        throw badInput('organisationId', 'Die meldende Organisation bleibt betroffen.');
      const repo = manager.getRepository(IncidentAffectedOrganisation);
      const row = await repo.findOneBy({ incidentId, organisationId });
      if (!row) throw notFound('Die betroffene Organisation');
      await repo.delete({ incidentId, organisationId });
      const organisation = await manager
        .getRepository(Organisation)
        .findOneBy({ id: organisationId });
      await this.timeline.append(manager, {
        incidentId,
        type: TimelineEntryType.AFFECTED_ORGANISATION,
        actorId: p.memberId,
        text: `Betroffene Organisation entfernt: ${organisation?.name ?? organisationId}`,
        data: { organisationId, removed: true },
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.affected_removed',
          targetType: 'incident',
          targetId: incidentId,
          ip,
          details: { organisationId },
        },
        manager,
      );
      return { notified: [], changes: [await this.participants.sync(manager, incident)] };
    });
    this.incidents.afterCommit(after);
    return true;
  }

  /** The caller's organisation states its situation (and whether its IT providers may take part). */
  async answer(
    p: Principal,
    incidentId: string,
    input: {
      situation: AffectedSituation;
      note?: string | null;
      consentToProvider?: boolean | null;
    },
    ip: string | null,
  ): Promise<IncidentAffectedOrganisation> {
    const { row, after } = await this.db.transaction(async (manager) => {
      const incident = await this.access.lockedReadable(p, incidentId, manager);
      const repo = manager.getRepository(IncidentAffectedOrganisation);
      const row = await repo.findOneBy({ incidentId, organisationId: p.organisationId });
      if (!row)
        throw forbidden(
          'Ihre Organisation ist bei diesem Vorfall nicht als betroffen eingetragen.',
        );
      const note = input.note?.trim() || null;
      row.situation = input.situation;
      row.note = note;
      row.answeredById = p.memberId;
      row.answeredAt = new Date();
      const consentChanged =
        input.consentToProvider != null && input.consentToProvider !== row.consentToProvider;
      if (input.consentToProvider != null) row.consentToProvider = input.consentToProvider;
      await repo.save(row);
      const organisation = await manager
        .getRepository(Organisation)
        .findOneByOrFail({ id: p.organisationId });
      await this.timeline.append(manager, {
        incidentId,
        type: TimelineEntryType.AFFECTED_ORGANISATION,
        actorId: p.memberId,
        text: `${organisation.name}: ${AFFECTED_SITUATION_LABEL[input.situation]}${note ? ` (${note})` : ''}${
          consentChanged
            ? row.consentToProvider
              ? '; IT-Dienstleister hinzugezogen'
              : '; IT-Dienstleister nicht mehr hinzugezogen'
            : ''
        }`,
        data: {
          organisationId: p.organisationId,
          situation: input.situation,
          consentToProvider: row.consentToProvider,
        },
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.situation_answered',
          targetType: 'incident',
          targetId: incidentId,
          ip,
          details: { organisationId: p.organisationId, situation: input.situation },
        },
        manager,
      );
      const change = await this.participants.sync(manager, incident);
      const notified = await this.notifier.joined(manager, p, incident, change.added);
      return { row, after: { notified, changes: [change] } };
    });
    this.incidents.afterCommit(after);
    return row;
  }

  /** Sorted by organisation name; the incident was checked as readable by the caller. */
  async list(
    incidentId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<AffectedRow>> {
    const [{ count }] = await this.db.query<{ count: string }[]>(
      'SELECT count(*) FROM incident_affected_organisations WHERE incident_id = $1',
      [incidentId],
    );
    const params: unknown[] = [incidentId, first + 1];
    let keyset = '';
    if (after) {
      const [name, id] = decodeCursor(after, 2, ['text', 'uuid']);
      params.push(name, id);
      keyset = 'AND (lower(o.name), o.id) > ($3, $4::uuid)';
    }
    const rows = await this.query(keyset, params);
    return toConnection(
      rows,
      first,
      Number(count),
      (n) => [n.organisationName.toLowerCase(), n.organisationId],
      after,
    );
  }

  /** One organisation's entry (null when it is not affected). */
  async one(incidentId: string, organisationId: string): Promise<AffectedRow | null> {
    const [row] = await this.query('AND a.organisation_id = $3', [incidentId, 1, organisationId]);
    return row ?? null;
  }

  private async query(condition: string, params: unknown[]): Promise<AffectedRow[]> {
    const keyset = condition;
    const raw = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT a.*, o.name AS organisation_name FROM incident_affected_organisations a
         JOIN organisations o ON o.id = a.organisation_id
        WHERE a.incident_id = $1 ${keyset}
        ORDER BY lower(o.name), o.id LIMIT $2`,
      params,
    );
    const rows: AffectedRow[] = raw.map((r) => ({
      incidentId: r.incident_id as string,
      organisationId: r.organisation_id as string,
      organisationName: r.organisation_name as string,
      reason: r.reason as AffectedReason,
      services: parseEnumArray(r.services) as ServiceKind[],
      consentToProvider: r.consent_to_provider as boolean,
      situation: (r.situation as AffectedSituation | null) ?? null,
      note: (r.note as string | null) ?? null,
      answeredById: (r.answered_by_id as string | null) ?? null,
      answeredAt: (r.answered_at as Date | null) ?? null,
      addedById: (r.added_by_id as string | null) ?? null,
      createdAt: r.created_at as Date,
    }));
    return rows;
  }
}

export type AffectedRow = IncidentAffectedOrganisation & { organisationName: string };

/** node-postgres returns arrays of enum types as the literal "{A,B}". */
function parseEnumArray(v: unknown): string[] {
  if (Array.isArray(v)) return v as string[];
  if (typeof v !== 'string' || v === '{}') return [];
  return v
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}
