import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { notFound } from '../common/errors/app-error';
import { OrganisationKind } from '../organisations/organisation.enums';
import { CertDuty } from './cert-duty.entity';
import { Incident } from './incident.entity';
import { IncidentParticipant } from './incident-participant.entity';

/**
 * The one read rule of incidents, for every path (by id, lists, counts, timeline, affected
 * organisations, notifications, socket events, exports): a member reads an incident when they are
 * one of its participants (incident_participants) or on the CERT duty roster. Whatever the TLP
 * label says, nobody else does: lowering the label documents what may be shared, the sharing
 * itself happens through the situation report, not through this rule. Platform ADMINs get no bypass.
 */
export const NOT_FOUND_INCIDENT = () => notFound('Der Vorfall');

/**
 * SQL condition "member `member` may read incident alias `i`" (for lists and counts), with the
 * member id bound as a parameter by the caller.
 */
export function incidentReadableWhere(member: string, i = 'i'): string {
  return `(EXISTS (SELECT 1 FROM incident_participants ip WHERE ip.incident_id = ${i}.id AND ip.member_id = ${member})
    OR EXISTS (SELECT 1 FROM cert_duty_roster cd JOIN members cm ON cm.id = cd.member_id
                JOIN organisations co ON co.id = cm.organisation_id
               WHERE cd.member_id = ${member} AND cm.status = 'ACTIVE' AND co.kind = 'CERT'))`;
}

@Injectable()
export class IncidentAccess {
  constructor(private readonly db: DataSource) {}

  /** The incident if the caller may read it; NOT_FOUND otherwise (its existence is sensitive). */
  async readable(
    p: Principal,
    incidentId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<Incident> {
    const incident = await manager.getRepository(Incident).findOneBy({ id: incidentId });
    if (!incident) throw NOT_FOUND_INCIDENT();
    if (await this.isParticipant(p.memberId, incidentId, manager)) return incident;
    if (await this.isOnDuty(p, manager)) return incident;
    throw NOT_FOUND_INCIDENT();
  }

  /** Like `readable`, but locks the incident row (FOR UPDATE) to serialise changes to it. */
  async lockedReadable(
    p: Principal,
    incidentId: string,
    manager: EntityManager,
  ): Promise<Incident> {
    const incident = await manager
      .getRepository(Incident)
      .findOne({ where: { id: incidentId }, lock: { mode: 'pessimistic_write' } });
    if (!incident) throw NOT_FOUND_INCIDENT();
    if (await this.isParticipant(p.memberId, incidentId, manager)) return incident;
    if (await this.isOnDuty(p, manager)) return incident;
    throw NOT_FOUND_INCIDENT();
  }

  /** On the CERT duty roster (and still a member of a CERT organisation). */
  async isOnDuty(p: Principal, manager: EntityManager = this.db.manager): Promise<boolean> {
    if (p.organisationKind !== OrganisationKind.CERT) return false;
    return manager
      .getRepository(CertDuty)
      .exists({ where: { memberId: p.memberId, organisationId: p.organisationId } });
  }

  async isParticipant(
    memberId: string,
    incidentId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    return manager.getRepository(IncidentParticipant).exists({ where: { incidentId, memberId } });
  }

  /** Every participant's member id (the CERT duty roster included while the incident is open). */
  async participantIds(incidentId: string, manager: EntityManager): Promise<string[]> {
    const rows = await manager
      .getRepository(IncidentParticipant)
      .find({ select: { memberId: true }, where: { incidentId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => r.memberId);
  }
}
