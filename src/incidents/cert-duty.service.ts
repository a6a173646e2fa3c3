import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, conflict, forbidden, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { Member } from '../members/member.entity';
import { MemberStatus, OrganisationRole, PlatformRole } from '../members/member.enums';
import { OrganisationKind } from '../organisations/organisation.enums';
import { CertDuty } from './cert-duty.entity';
import { Incident } from './incident.entity';
import { IncidentParticipants, ParticipantChange } from './incident-participants.service';

/**
 * The CERT duty roster. An ORG_ADMIN of a CERT organisation puts members of that CERT on duty
 * and takes them off. Members on duty read every incident and join the rooms of the open ones;
 * taken off duty, they leave every room they were in only because of the duty. Only CERT members
 * see the roster.
 */
@Injectable()
export class CertDutyService {
  constructor(
    private readonly db: DataSource,
    private readonly participants: IncidentParticipants,
    private readonly audit: AuditService,
  ) {}

  private assertCertAdmin(p: Principal): void {
    if (
      p.organisationKind !== OrganisationKind.CERT ||
      p.organisationRole !== OrganisationRole.ORG_ADMIN
    )
      throw forbidden('Nur ORG_ADMINs eines CERT stellen den Bereitschaftsdienst ein.');
  }

  async putOnDuty(p: Principal, memberId: string, ip: string | null): Promise<CertDuty> {
    this.assertCertAdmin(p);
    const { duty, changes } = await this.db.transaction(async (manager) => {
      const member = await manager.getRepository(Member).findOneBy({ id: memberId });
      if (!member || member.organisationId !== p.organisationId) throw notFound('Das Mitglied');
      if (member.status !== MemberStatus.ACTIVE)
        throw badInput('memberId', 'Nur aktive Mitglieder können Bereitschaft haben.');
      const repo = manager.getRepository(CertDuty);
      if (await repo.existsBy({ memberId }))
        throw conflict('Das Mitglied hat bereits Bereitschaft.', 'memberId');
      await repo.insert({ memberId, organisationId: p.organisationId, addedById: p.memberId });
      await this.record(manager, p, 'cert.duty_added', memberId, ip);
      const changes = await this.joinOpenIncidents(manager, memberId, member.displayName);
      return { duty: await repo.findOneByOrFail({ memberId }), changes };
    });
    this.participants.publish(changes);
    return duty;
  }

  async takeOffDuty(p: Principal, memberId: string, ip: string | null): Promise<boolean> {
    this.assertCertAdmin(p);
    const changes = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(CertDuty);
      const duty = await repo.findOneBy({ memberId });
      if (!duty || duty.organisationId !== p.organisationId)
        throw notFound('Der Bereitschaftseintrag');
      await repo.delete({ memberId });
      await this.record(manager, p, 'cert.duty_removed', memberId, ip);
      const member = await manager.getRepository(Member).findOneBy({ id: memberId });
      return this.leaveIncidents(manager, memberId, member?.displayName ?? 'Ein Mitglied');
    });
    this.participants.publish(changes);
    return true;
  }

  /** The roster of the caller's CERT; CERT members only (others: FORBIDDEN). */
  async roster(
    p: Principal,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<CertDuty>> {
    if (p.organisationKind !== OrganisationKind.CERT && p.platformRole !== PlatformRole.ADMIN)
      throw forbidden('Nur CERT-Mitglieder sehen den Bereitschaftsdienst.');
    const qb = this.db.getRepository(CertDuty).createQueryBuilder('d');
    if (p.organisationKind === OrganisationKind.CERT)
      qb.where('d.organisation_id = :org', { org: p.organisationId });
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after, 2, ['timestamp', 'uuid']);
      qb.andWhere('(d.created_at, d.member_id) > (:at::timestamptz, :id::uuid)', { at, id });
    }
    const rows = await qb
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.member_id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toConnection(
      rows,
      first,
      totalCount,
      (d) => [d.createdAt.toISOString(), d.memberId],
      after,
    );
  }

  /**
   * In bulk rather than a full sync per incident (a roster change touches every open incident):
   * the open incidents are locked in one statement, in id order like every other incident
   * change, so no concurrent sync computes its participants without this change.
   */
  private async joinOpenIncidents(
    manager: EntityManager,
    memberId: string,
    name: string,
  ): Promise<ParticipantChange[]> {
    const open: Array<{ id: string; channel_id: string }> = await manager.query(
      `SELECT id, channel_id FROM incidents WHERE status <> 'CLOSED' ORDER BY id FOR UPDATE`,
    );
    if (!open.length) return [];
    const ids = open.map((i) => i.id);
    const added: Array<{ incident_id: string }> = await manager.query(
      `INSERT INTO incident_participants (incident_id, member_id, reason)
       SELECT unnest($1::uuid[]), $2, 'CERT_DUTY' ON CONFLICT DO NOTHING RETURNING incident_id`,
      [ids, memberId],
    );
    const joined: Array<{ channel_id: string }> = await manager.query(
      `INSERT INTO channel_members (channel_id, member_id, role, last_read_seq)
       SELECT unnest($1::uuid[]), $2, 'ADMIN', 0 ON CONFLICT DO NOTHING RETURNING channel_id`,
      [open.map((i) => i.channel_id), memberId],
    );
    await this.note(
      manager,
      added.map((r) => r.incident_id),
      `${name} hat Bereitschaft und ist hinzugekommen`,
      { added: [memberId] },
    );
    const joinedChannels = new Set(joined.map((r) => r.channel_id));
    const addedIncidents = new Set(added.map((r) => r.incident_id));
    return open.map((i) => ({
      channelId: i.channel_id,
      added: addedIncidents.has(i.id) ? [memberId] : [],
      removed: [],
      joined: joinedChannels.has(i.channel_id) ? [memberId] : [],
      left: [],
    }));
  }

  /**
   * Every incident where the duty is the member's stored reason: a full sync of each (locked in id
   * order), so that another reason to take part (e.g. a MIRT assignment) keeps them in.
   */
  private async leaveIncidents(
    manager: EntityManager,
    memberId: string,
    name: string,
  ): Promise<ParticipantChange[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT i.id FROM incidents i
         JOIN incident_participants p ON p.incident_id = i.id
        WHERE p.member_id = $1 AND p.reason = 'CERT_DUTY'
        ORDER BY i.id FOR UPDATE OF i`,
      [memberId],
    );
    const changes: ParticipantChange[] = [];
    const left: string[] = [];
    for (const { id } of rows) {
      const incident = await manager.getRepository(Incident).findOneByOrFail({ id });
      const change = await this.participants.sync(manager, incident);
      if (change.removed.includes(memberId)) left.push(id);
      changes.push(change);
    }
    await this.note(manager, left, `${name} hat keine Bereitschaft mehr`, { removed: [memberId] });
    return changes;
  }

  private async note(
    manager: EntityManager,
    incidentIds: string[],
    text: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    if (!incidentIds.length) return;
    await manager.query(
      `INSERT INTO incident_timeline_entries (incident_id, type, actor_id, text, data)
       SELECT unnest($1::uuid[]), 'PARTICIPANT', NULL, $2, $3::jsonb`,
      [incidentIds, `CERT-Bereitschaft: ${text}`.slice(0, 4000), JSON.stringify(data)],
    );
  }

  private record(
    manager: EntityManager,
    p: Principal,
    action: string,
    memberId: string,
    ip: string | null,
  ): Promise<unknown> {
    return this.audit.record(
      { actorId: p.memberId, action, targetType: 'member', targetId: memberId, ip, details: {} },
      manager,
    );
  }
}
