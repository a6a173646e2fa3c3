import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, conflict, forbidden, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { Member } from '../members/member.entity';
import { MemberStatus, OrganisationRole, PlatformRole } from '../members/member.enums';
import { OrganisationKind } from '../organisations/organisation.enums';
import { CertDuty } from './cert-duty.entity';
import { Incident } from './incident.entity';
import { IncidentParticipant } from './incident-participant.entity';
import { OPEN_INCIDENT_STATUSES, ParticipantReason } from './incident.enums';
import { IncidentParticipants, ParticipantChange } from './incident-participants.service';
import { IncidentTimeline, TimelineEntryType } from './incident-timeline.service';

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
    private readonly timeline: IncidentTimeline,
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
      const open = await manager
        .getRepository(Incident)
        .find({ where: { status: In(OPEN_INCIDENT_STATUSES) }, order: { id: 'ASC' } });
      const changes = await this.resync(
        manager,
        open,
        `${member.displayName} hat Bereitschaft und ist hinzugekommen`,
      );
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
      const ids = (
        await manager
          .getRepository(IncidentParticipant)
          .findBy({ memberId, reason: ParticipantReason.CERT_DUTY })
      ).map((r) => r.incidentId);
      const incidents = ids.length
        ? await manager
            .getRepository(Incident)
            .find({ where: { id: In(ids) }, order: { id: 'ASC' } })
        : [];
      const member = await manager.getRepository(Member).findOneBy({ id: memberId });
      return this.resync(
        manager,
        incidents,
        `${member?.displayName ?? 'Ein Mitglied'} hat keine Bereitschaft mehr`,
      );
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

  private async resync(
    manager: EntityManager,
    incidents: Incident[],
    text: string,
  ): Promise<ParticipantChange[]> {
    const changes: ParticipantChange[] = [];
    for (const i of incidents) {
      // Same lock as every incident change, taken in id order.
      const locked = await manager
        .getRepository(Incident)
        .findOne({ where: { id: i.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) continue;
      const change = await this.participants.sync(manager, locked);
      if (change.added.length || change.removed.length)
        await this.timeline.append(manager, {
          incidentId: i.id,
          type: TimelineEntryType.PARTICIPANT,
          actorId: null,
          text: `CERT-Bereitschaft: ${text}`,
          data: { added: change.added, removed: change.removed },
        });
      changes.push(change);
    }
    return changes;
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
