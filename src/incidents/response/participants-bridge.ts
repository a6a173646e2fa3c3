import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/authenticated-member';
import { Incident } from '../incident.entity';
import { IncidentParticipants } from '../incident-participants.service';
import { IncidentTimeline, TimelineEntryType } from '../incident-timeline.service';

/**
 * Makes assigned MIRT members participants of the incident and members of its room, through the
 * core's own mechanism: IncidentParticipants derives participants from the incident (the MIRT team
 * is one of its sources, reason MIRT_TEAM), so a later sync keeps them instead of dropping them.
 */
@Injectable()
export class ParticipantsBridge {
  constructor(
    private readonly participants: IncidentParticipants,
    private readonly timeline: IncidentTimeline,
  ) {}

  /** Call after the team rows are written; returns what to announce after the commit. */
  async add(
    manager: EntityManager,
    p: Principal,
    incident: Incident,
    memberIds: string[],
  ): Promise<() => void> {
    // sync expects the incident row locked, as every other writer of participants does.
    const locked = await manager
      .getRepository(Incident)
      .findOneOrFail({ where: { id: incident.id }, lock: { mode: 'pessimistic_write' } });
    const change = await this.participants.sync(manager, locked);
    const added = change.added.filter((id) => memberIds.includes(id));
    if (added.length)
      await this.timeline.append(manager, {
        incidentId: incident.id,
        type: TimelineEntryType.PARTICIPANT,
        actorId: p.memberId,
        text: `${added.length === 1 ? 'Ein MIRT-Mitglied' : `${added.length} MIRT-Mitglieder`} als Beteiligte aufgenommen`,
        data: { memberIds: added, reason: 'MIRT_TEAM' },
      });
    return () => this.participants.publish([change]);
  }
}
