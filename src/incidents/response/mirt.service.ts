import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../../common/access/authenticated-member';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../../common/graphql/pagination';
import { Member } from '../../members/member.entity';
import { MemberStatus } from '../../members/member.enums';
import { Notification } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { Organisation } from '../../organisations/organisation.entity';
import { OrganisationKind } from '../../organisations/organisation.enums';
import type { Incident } from '../incident.entity';
import { IncidentTimeline, TimelineEntryType } from '../incident-timeline.service';
import { ResponseAccess } from './response-access';
import { MirtDeployment, MirtTeamMember } from './response.entities';
import { MirtStatus } from './response.enums';
import type {
  AdvanceMirtInput,
  AssignMirtTeamInput,
  DecideMirtInput,
  RequestMirtInput,
} from './response.types';
import { ParticipantsBridge } from './participants-bridge';

export const MIRT_STATUS_TEXT: Record<MirtStatus, string> = {
  REQUESTED: 'angefordert',
  ACCEPTED: 'angenommen',
  ON_SITE: 'vor Ort',
  COMPLETED: 'abgeschlossen',
  DECLINED: 'abgelehnt',
};
const OPEN = [MirtStatus.REQUESTED, MirtStatus.ACCEPTED, MirtStatus.ON_SITE];
const MAX_TEAM = 10;

/**
 * The MIRT (mobile incident response team): a municipality or provider taking part in the
 * incident requests it; the CERT duty roster accepts or declines, assigns CERT members and moves
 * the deployment on. Every step is a MIRT timeline entry and a notification to the participants.
 */
@Injectable()
export class MirtService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ResponseAccess,
    private readonly timeline: IncidentTimeline,
    private readonly notifications: NotificationsService,
    private readonly participants: ParticipantsBridge,
  ) {}

  async list(
    p: Principal,
    incidentId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<MirtDeployment>> {
    await this.access.readable(p, incidentId);
    const qb = this.db
      .getRepository(MirtDeployment)
      .createQueryBuilder('d')
      .where('d.incident_id = :incidentId', { incidentId });
    const total = await qb.getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2, ['timestamp', 'uuid']);
      qb.andWhere('(d.created_at, d.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, total, (d) => [d.createdAt.toISOString(), d.id], after);
  }

  async permissions(p: Principal, incidentId: string) {
    await this.access.readable(p, incidentId);
    return {
      onDuty: await this.access.isOnDuty(p),
      canRequest:
        p.organisationKind === OrganisationKind.MUNICIPALITY ||
        p.organisationKind === OrganisationKind.IT_PROVIDER,
    };
  }

  /** Active CERT members the duty roster may send (duty only). */
  async candidates(p: Principal, incidentId: string): Promise<Member[]> {
    await this.access.onDuty(p, incidentId);
    return this.db
      .getRepository(Member)
      .createQueryBuilder('m')
      .innerJoin(Organisation, 'o', 'o.id = m.organisation_id')
      .where('o.kind = :kind AND m.status = :status', {
        kind: OrganisationKind.CERT,
        status: MemberStatus.ACTIVE,
      })
      .orderBy('m.display_name', 'ASC')
      .take(100)
      .getMany();
  }

  async request(p: Principal, input: RequestMirtInput): Promise<MirtDeployment> {
    return this.write(async (manager) => {
      const incident = await this.access.readable(p, input.incidentId, manager);
      if (
        p.organisationKind !== OrganisationKind.MUNICIPALITY &&
        p.organisationKind !== OrganisationKind.IT_PROVIDER
      )
        throw forbidden('Das MIRT fordern Kommunen und IT-Dienstleister an.');
      // One open request per incident and organisation: a second click must not send a second team.
      const open = await manager.getRepository(MirtDeployment).findOne({
        where: {
          incidentId: incident.id,
          requestingOrganisationId: p.organisationId,
          status: In(OPEN),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (open)
        throw conflict('Ihre Organisation hat das MIRT für diesen Vorfall bereits angefordert.');
      const deployment = await manager.getRepository(MirtDeployment).save({
        incidentId: incident.id,
        requestedById: p.memberId,
        requestingOrganisationId: p.organisationId,
        reason: input.reason.trim(),
        onSiteAddress: input.onSiteAddress.trim(),
        phoneNumbers: input.phoneNumbers.map((n) => n.trim()),
        status: MirtStatus.REQUESTED,
        decisionReason: null,
        decidedById: null,
        decidedAt: null,
        onSiteAt: null,
        completedAt: null,
      });
      const org = await manager
        .getRepository(Organisation)
        .findOneByOrFail({ id: p.organisationId });
      const notes = await this.step(
        manager,
        p,
        incident,
        deployment,
        `MIRT angefordert von ${org.name} (${p.displayName}): ${deployment.reason} – Einsatzort: ${deployment.onSiteAddress}; erreichbar unter ${deployment.phoneNumbers.join(', ')}`,
        `${org.name} fordert das MIRT an: ${incident.title}`,
      );
      return { result: deployment, notes };
    });
  }

  async decide(p: Principal, input: DecideMirtInput): Promise<MirtDeployment> {
    return this.write(async (manager) => {
      const { deployment, incident } = await this.duty(manager, p, input.deploymentId);
      if (deployment.status !== MirtStatus.REQUESTED)
        throw conflict(`Die Anforderung ist bereits ${MIRT_STATUS_TEXT[deployment.status]}.`);
      const reason = input.reason?.trim() || null;
      if (!input.accept && !reason) throw badInput('reason', 'Bitte begründen Sie die Ablehnung.');
      deployment.status = input.accept ? MirtStatus.ACCEPTED : MirtStatus.DECLINED;
      deployment.decisionReason = reason;
      deployment.decidedById = p.memberId;
      deployment.decidedAt = new Date();
      const saved = await manager.getRepository(MirtDeployment).save(deployment);
      const text = input.accept
        ? `MIRT-Anforderung angenommen${reason ? `: ${reason}` : ''}`
        : `MIRT-Anforderung abgelehnt: ${reason}`;
      const notes = await this.step(
        manager,
        p,
        incident,
        saved,
        text,
        `${text} (${incident.title})`,
      );
      return { result: saved, notes };
    });
  }

  async assign(p: Principal, input: AssignMirtTeamInput): Promise<MirtDeployment> {
    return this.write(async (manager) => {
      const { deployment, incident } = await this.duty(manager, p, input.deploymentId);
      if (deployment.status !== MirtStatus.ACCEPTED && deployment.status !== MirtStatus.ON_SITE)
        throw conflict('Ein Team wird einer angenommenen Anforderung zugewiesen.');
      const ids = [...new Set(input.memberIds)];
      const members = await manager
        .getRepository(Member)
        .createQueryBuilder('m')
        .innerJoin(Organisation, 'o', 'o.id = m.organisation_id')
        .where('m.id IN (:...ids) AND o.kind = :kind AND m.status = :status', {
          ids,
          kind: OrganisationKind.CERT,
          status: MemberStatus.ACTIVE,
        })
        .getMany();
      if (members.length !== ids.length)
        throw badInput('memberIds', 'Zum MIRT gehören nur aktive Mitglieder des CERT.');
      const repo = manager.getRepository(MirtTeamMember);
      const existing = new Set(
        (await repo.findBy({ deploymentId: deployment.id })).map((m) => m.memberId),
      );
      const added = members.filter((m) => !existing.has(m.id));
      if (!added.length) return { result: deployment, notes: [] };
      if (existing.size + added.length > MAX_TEAM)
        throw badInput('memberIds', `Höchstens ${MAX_TEAM} Teammitglieder je Einsatz.`);
      await repo.save(
        added.map((m) => ({
          deploymentId: deployment.id,
          memberId: m.id,
          assignedById: p.memberId,
        })),
      );
      // Team members must read the incident and its room: they become participants.
      const announce = await this.participants.add(
        manager,
        p,
        incident,
        added.map((m) => m.id),
      );
      const names = added.map((m) => m.displayName).join(', ');
      const notes = await this.step(
        manager,
        p,
        incident,
        deployment,
        `MIRT-Team zugewiesen: ${names}`,
        `MIRT-Team für „${incident.title}“: ${names}`,
      );
      return { result: deployment, notes, after: announce };
    });
  }

  async advance(p: Principal, input: AdvanceMirtInput): Promise<MirtDeployment> {
    return this.write(async (manager) => {
      const deployment = await this.locked(manager, p, input.deploymentId);
      const incident = await this.access.readable(p, deployment.incidentId, manager);
      const onTeam = await manager
        .getRepository(MirtTeamMember)
        .existsBy({ deploymentId: deployment.id, memberId: p.memberId });
      if (!onTeam && !(await this.access.isOnDuty(p, manager)))
        throw forbidden('Den Einsatz führen der CERT-Bereitschaftsdienst und das MIRT-Team fort.');
      const next: Partial<Record<MirtStatus, MirtStatus>> = {
        [MirtStatus.ACCEPTED]: MirtStatus.ON_SITE,
        [MirtStatus.ON_SITE]: MirtStatus.COMPLETED,
      };
      if (next[deployment.status] !== input.status)
        throw badInput(
          'status',
          `Von „${MIRT_STATUS_TEXT[deployment.status]}“ geht es nicht nach „${MIRT_STATUS_TEXT[input.status]}“.`,
        );
      deployment.status = input.status;
      if (input.status === MirtStatus.ON_SITE) deployment.onSiteAt = new Date();
      else deployment.completedAt = new Date();
      const saved = await manager.getRepository(MirtDeployment).save(deployment);
      const note = input.note?.trim();
      const text = `MIRT ${MIRT_STATUS_TEXT[input.status]}${note ? `: ${note}` : ''}`;
      const notes = await this.step(
        manager,
        p,
        incident,
        saved,
        text,
        `${text} (${incident.title})`,
      );
      return { result: saved, notes };
    });
  }

  async teams(
    deploymentIds: string[],
  ): Promise<Map<string, Array<MirtTeamMember & { displayName: string }>>> {
    const map = new Map<string, Array<MirtTeamMember & { displayName: string }>>();
    if (!deploymentIds.length) return map;
    const rows: Array<{
      deployment_id: string;
      member_id: string;
      assigned_at: Date;
      assigned_by_id: string;
      display_name: string;
    }> = await this.db.query(
      `SELECT t.deployment_id, t.member_id, t.assigned_at, t.assigned_by_id, m.display_name
           FROM mirt_team_members t JOIN members m ON m.id = t.member_id
          WHERE t.deployment_id = ANY($1) ORDER BY t.assigned_at, m.display_name`,
      [deploymentIds],
    );
    for (const r of rows) {
      const list = map.get(r.deployment_id) ?? [];
      list.push({
        deploymentId: r.deployment_id,
        memberId: r.member_id,
        assignedAt: r.assigned_at,
        assignedById: r.assigned_by_id,
        displayName: r.display_name,
      });
      map.set(r.deployment_id, list);
    }
    return map;
  }

  private async write<T>(
    work: (
      manager: EntityManager,
    ) => Promise<{ result: T; notes: Notification[]; after?: () => void }>,
  ): Promise<T> {
    const { result, notes, after } = await this.db.transaction(work);
    this.notifications.publish(notes);
    after?.();
    return result;
  }

  private async locked(manager: EntityManager, p: Principal, id: string) {
    const deployment = await manager
      .getRepository(MirtDeployment)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!deployment) throw notFound('Der MIRT-Einsatz');
    try {
      await this.access.readable(p, deployment.incidentId, manager);
    } catch {
      throw notFound('Der MIRT-Einsatz');
    }
    return deployment;
  }

  private async duty(manager: EntityManager, p: Principal, id: string) {
    const deployment = await this.locked(manager, p, id);
    const incident = await this.access.onDuty(p, deployment.incidentId, manager);
    return { deployment, incident };
  }

  /** Timeline entry plus a notification to every participant but the actor (all may read it). */
  private async step(
    manager: EntityManager,
    p: Principal,
    incident: Incident,
    deployment: MirtDeployment,
    text: string,
    notification: string,
  ): Promise<Notification[]> {
    await this.timeline.append(manager, {
      incidentId: incident.id,
      type: TimelineEntryType.MIRT,
      actorId: p.memberId,
      text,
      data: { deploymentId: deployment.id, status: deployment.status },
    });
    const recipients = (await this.access.participantIds(incident.id, manager)).filter(
      (id) => id !== p.memberId,
    );
    return this.notifications.create(
      manager,
      recipients.map((memberId) => ({
        memberId,
        kind: 'INCIDENT_MIRT',
        title: notification,
        targetType: 'incident',
        targetId: incident.id,
        actorId: p.memberId,
      })),
    );
  }
}
