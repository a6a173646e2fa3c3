import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TlpLabel } from '../../advisories/advisory.enums';
import { PLATFORM_NAMESPACE } from '../../advisories/advisory-content';
import { validateCsaf } from '../../advisories/csaf/csaf-validator';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../common/access/authenticated-member';
import { AppError, forbidden } from '../../common/errors/app-error';
import { Organisation } from '../../organisations/organisation.entity';
import type { Incident } from '../incident.entity';
import { IncidentStatus } from '../incident.enums';
import { incidentToCsaf } from './incident-csaf';
import { ResponseAccess } from './response-access';
import { IncidentTask, ShareClearance } from './response.entities';
import { TaskStatus } from './response.enums';
import { ReportInput, situationReportMarkdown } from './situation-report';

const SHAREABLE = ['CLEAR', 'GREEN'];

export interface SituationReport {
  incidentId: string;
  reportMarkdown: string;
  generatedAt: Date;
  tlp: TlpLabel;
  clearance: (ShareClearance & { clearedByName: string }) | null;
  exportable: boolean;
}

/**
 * The Lagebericht: generated on request from the incident, its affected organisations, tasks,
 * MIRT deployments and timeline, for participants and the CERT duty roster only (it carries the
 * incident's label). The part cleared for sharing in an explicit review by the duty roster is
 * exported as CSAF, and only while the label is CLEAR or GREEN.
 */
@Injectable()
export class SituationReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ResponseAccess,
    private readonly audit: AuditService,
  ) {}

  async report(p: Principal, incidentId: string): Promise<SituationReport> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const incident = await this.access.readable(p, incidentId, manager);
      const input = await this.collect(manager, incident);
      const clearance = await this.currentClearance(manager, incident);
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.situation_report',
          targetType: 'incident',
          targetId: incident.id,
          details: { tlp: incident.tlp },
        },
        manager,
      );
      return {
        incidentId: incident.id,
        reportMarkdown: situationReportMarkdown(input),
        generatedAt: input.generatedAt,
        tlp: incident.tlp,
        clearance,
        exportable: !!clearance && SHAREABLE.includes(incident.tlp),
      };
    });
  }

  /** The review step: the duty roster states what may be shared (label CLEAR or GREEN only). */
  async clear(p: Principal, incidentId: string, summary: string): Promise<SituationReport> {
    await this.db.transaction(async (manager) => {
      const incident = await this.access.onDuty(p, incidentId, manager);
      if (!SHAREABLE.includes(incident.tlp))
        throw forbidden(
          `Freigegeben werden kann nur ein Vorfall mit TLP:CLEAR oder TLP:GREEN (dieser: TLP:${incident.tlp.replace('_', '+')}).`,
        );
      const saved = await manager.getRepository(ShareClearance).save({
        incidentId: incident.id,
        summary: summary.trim(),
        tlp: incident.tlp,
        clearedById: p.memberId,
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.cleared_for_sharing',
          targetType: 'incident',
          targetId: incident.id,
          details: { clearanceId: saved.id, tlp: incident.tlp },
        },
        manager,
      );
    });
    return this.report(p, incidentId);
  }

  /** The CSAF document of the cleared part, validated like an import; refused for AMBER and RED. */
  async exportCsaf(p: Principal, incidentId: string): Promise<Record<string, unknown>> {
    const doc = await this.db.transaction(async (manager) => {
      const incident = await this.access.readable(p, incidentId, manager);
      if (!SHAREABLE.includes(incident.tlp))
        throw forbidden(
          `TLP:${incident.tlp.replace('_', '+')}: der Vorfall ist nicht zur Weitergabe freigegeben.`,
        );
      const clearance = await this.currentClearance(manager, incident);
      if (!clearance)
        throw forbidden('Der Lagebericht ist noch nicht zur Weitergabe geprüft und freigegeben.');
      const clearer: Array<{ name: string }> = await manager.query(
        `SELECT o.name FROM members m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1`,
        [clearance.clearedById],
      );
      const measures = await manager.getRepository(IncidentTask).find({
        where: { incidentId: incident.id, status: TaskStatus.DONE },
        order: { updatedAt: 'ASC' },
        select: { title: true, obligation: true },
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.csaf_export',
          targetType: 'incident',
          targetId: incident.id,
          details: { clearanceId: clearance.id, tlp: incident.tlp },
        },
        manager,
      );
      return incidentToCsaf({
        incidentId: incident.id,
        title: incident.title,
        kind: incident.kind,
        severity: incident.severity,
        tlp: incident.tlp as 'CLEAR' | 'GREEN',
        reportedAt: incident.createdAt,
        clearedAt: clearance.clearedAt,
        summary: clearance.summary,
        // Task titles come from templates or participants; only measures, not obligations, leave.
        measures: measures.filter((t) => !t.obligation).map((t) => t.title),
        publisherName: clearer[0]?.name ?? 'CERT',
        publisherNamespace: PLATFORM_NAMESPACE,
      });
    });
    const errors = await validateCsaf(doc);
    if (errors.length)
      throw new AppError('INTERNAL', 'Das CSAF-Dokument ist ungültig.', undefined, { errors });
    return doc;
  }

  private async currentClearance(manager: EntityManager, incident: Incident) {
    const clearance = await manager
      .getRepository(ShareClearance)
      .findOne({ where: { incidentId: incident.id }, order: { clearedAt: 'DESC' } });
    // A clearance was given for a label; after a change of label it no longer holds.
    if (!clearance || clearance.tlp !== String(incident.tlp)) return null;
    const rows: Array<{ display_name: string }> = await manager.query(
      `SELECT display_name FROM members WHERE id = $1`,
      [clearance.clearedById],
    );
    const row = rows[0];
    return { ...clearance, tlp: clearance.tlp as TlpLabel, clearedByName: row?.display_name ?? '' };
  }

  private async collect(manager: EntityManager, incident: Incident): Promise<ReportInput> {
    const reporter = await manager
      .getRepository(Organisation)
      .findOneBy({ id: incident.organisationId });
    const affected: Array<{ name: string; situation: string | null; note: string | null }> =
      await manager.query(
        `SELECT o.name, a.situation, a.note FROM incident_affected_organisations a
           JOIN organisations o ON o.id = a.organisation_id
          WHERE a.incident_id = $1 ORDER BY o.name`,
        [incident.id],
      );
    const tasks: Array<{
      title: string;
      status: TaskStatus;
      due_at: Date | null;
      assignee: string | null;
      obligation: ReportInput['tasks'][number]['obligation'];
      fulfilled_at: Date | null;
    }> = await manager.query(
      `SELECT t.title, t.status, t.due_at, m.display_name AS assignee, t.obligation, t.fulfilled_at
         FROM incident_tasks t LEFT JOIN members m ON m.id = t.assignee_id
        WHERE t.incident_id = $1 ORDER BY t.due_at NULLS LAST, t.created_at`,
      [incident.id],
    );
    const timeline: Array<{ created_at: Date; actor: string | null; type: string; text: string }> =
      await manager.query(
        `SELECT e.created_at, m.display_name AS actor, e.type, e.text
           FROM incident_timeline_entries e LEFT JOIN members m ON m.id = e.actor_id
          WHERE e.incident_id = $1 ORDER BY e.created_at, e.id LIMIT 500`,
        [incident.id],
      );
    const mirt: Array<{ status: string; organisation: string; team: string[] | null }> =
      await manager.query(
        `SELECT d.status, o.name AS organisation,
                (SELECT array_agg(m.display_name ORDER BY m.display_name) FROM mirt_team_members t
                   JOIN members m ON m.id = t.member_id WHERE t.deployment_id = d.id) AS team
           FROM mirt_deployments d JOIN organisations o ON o.id = d.requesting_organisation_id
          WHERE d.incident_id = $1 ORDER BY d.created_at`,
        [incident.id],
      );
    return {
      incident: {
        title: incident.title,
        description: incident.description,
        kind: incident.kind,
        severity: incident.severity,
        status: incident.status ?? IncidentStatus.REPORTED,
        tlp: incident.tlp,
        reportedAt: incident.createdAt,
        reportingOrganisation: reporter?.name ?? '',
      },
      affected,
      tasks: tasks.map((t) => ({
        title: t.title,
        status: t.status,
        dueAt: t.due_at,
        assignee: t.assignee,
        obligation: t.obligation,
        fulfilledAt: t.fulfilled_at,
      })),
      timeline: timeline.map((e) => ({
        at: e.created_at,
        actor: e.actor,
        type: e.type,
        text: e.text,
      })),
      mirt: mirt.map((m) => ({ ...m, team: m.team ?? [] })),
      generatedAt: new Date(),
    };
  }
}
