import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ChannelMember } from '../chat/channel-member.entity';
import { ChatEvents } from '../chat/chat-events';
import { ChannelRole } from '../chat/chat.enums';
import { IncidentParticipant } from './incident-participant.entity';
import type { Incident } from './incident.entity';
import { ParticipantReason } from './incident.enums';

/** Bounds the participants of one incident (and so the fan-out of its notifications). */
export const MAX_PARTICIPANTS = 1000;

export interface ParticipantChange {
  channelId: string;
  /** New participants (to be notified by the caller). */
  added: string[];
  removed: string[];
  /** Room membership changes, for the socket events after commit. */
  joined: string[];
  left: string[];
}

const PRIORITY: ParticipantReason[] = [
  ParticipantReason.REPORTING_ORGANISATION,
  ParticipantReason.AFFECTED_ORGANISATION,
  ParticipantReason.PROVIDER,
  ParticipantReason.CERT_DUTY,
  ParticipantReason.MIRT_TEAM,
];

/**
 * Participants follow from the incident, never from hand edits:
 * - every active member of the reporting organisation (on this platform they are its security
 *   contacts: ISB, IT staff, ORG_ADMINs; an ISB is often not the ORG_ADMIN, so a subset would
 *   leave the person doing the work out);
 * - every active member of each affected organisation (same reason);
 * - the active staff of the IT providers (register) of each affected organisation that consented;
 * - the active members on the CERT duty roster;
 * - the active CERT members assigned to a MIRT deployment of the incident (response/mirt.service.ts).
 * `sync` recomputes that set inside the caller's transaction (which has locked the incident row)
 * and makes the participant table and the incident's chat room membership equal to it, both ways.
 * A removed membership row fires the database signal that makes every instance drop the member's
 * sockets from the room (src/chat/database-signals.ts).
 */
@Injectable()
export class IncidentParticipants {
  constructor(private readonly events: ChatEvents) {}

  async desired(
    manager: EntityManager,
    incident: Incident,
  ): Promise<Map<string, ParticipantReason>> {
    const rows: Array<{ member_id: string; reason: ParticipantReason }> = await manager.query(
      `WITH aff AS (SELECT organisation_id, consent_to_provider FROM incident_affected_organisations WHERE incident_id = $1)
       SELECT m.id AS member_id, 'REPORTING_ORGANISATION' AS reason FROM members m
        WHERE m.organisation_id = $2 AND m.status = 'ACTIVE'
       UNION ALL
       SELECT m.id, 'AFFECTED_ORGANISATION' FROM aff JOIN members m ON m.organisation_id = aff.organisation_id
        WHERE m.status = 'ACTIVE'
       UNION ALL
       SELECT m.id, 'PROVIDER' FROM aff
         JOIN service_relations r ON r.municipality_id = aff.organisation_id
         JOIN members m ON m.organisation_id = r.provider_id
        WHERE aff.consent_to_provider AND m.status = 'ACTIVE'
       UNION ALL
       SELECT m.id, 'CERT_DUTY' FROM cert_duty_roster d JOIN members m ON m.id = d.member_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE m.status = 'ACTIVE' AND o.kind = 'CERT'
       UNION ALL
       SELECT m.id, 'MIRT_TEAM' FROM mirt_deployments md
         JOIN mirt_team_members t ON t.deployment_id = md.id
         JOIN members m ON m.id = t.member_id
        WHERE md.incident_id = $1 AND m.status = 'ACTIVE'
       LIMIT ${MAX_PARTICIPANTS * 4}`,
      [incident.id, incident.organisationId],
    );
    const out = new Map<string, ParticipantReason>();
    for (const r of rows) {
      const had = out.get(r.member_id);
      if (!had || PRIORITY.indexOf(r.reason) < PRIORITY.indexOf(had))
        out.set(r.member_id, r.reason);
    }
    // The reporter always takes part (also when their account was disabled meanwhile, they stay listed).
    out.set(incident.reporterId, ParticipantReason.REPORTING_ORGANISATION);
    return new Map([...out].slice(0, MAX_PARTICIPANTS));
  }

  async sync(manager: EntityManager, incident: Incident): Promise<ParticipantChange> {
    const want = await this.desired(manager, incident);
    const participants = manager.getRepository(IncidentParticipant);
    const have = new Map(
      (await participants.findBy({ incidentId: incident.id })).map((p) => [p.memberId, p.reason]),
    );
    const added = [...want.keys()].filter((id) => !have.has(id));
    const removed = [...have.keys()].filter((id) => !want.has(id));
    if (added.length)
      await participants.insert(
        added.map((memberId) => ({
          incidentId: incident.id,
          memberId,
          reason: want.get(memberId)!,
        })),
      );
    if (removed.length)
      await participants.delete({ incidentId: incident.id, memberId: In(removed) });
    for (const [memberId, reason] of want)
      if (have.has(memberId) && have.get(memberId) !== reason)
        await participants.update({ incidentId: incident.id, memberId }, { reason });

    const members = manager.getRepository(ChannelMember);
    const inRoom = new Set(
      (
        await members.find({ select: { memberId: true }, where: { channelId: incident.channelId } })
      ).map((m) => m.memberId),
    );
    const joined = [...want.keys()].filter((id) => !inRoom.has(id));
    const left = [...inRoom].filter((id) => !want.has(id));
    if (joined.length)
      await members.insert(
        joined.map((memberId) => ({
          channelId: incident.channelId,
          memberId,
          // The reporter and the CERT duty run the room; everyone else takes part.
          role:
            memberId === incident.reporterId || want.get(memberId) === ParticipantReason.CERT_DUTY
              ? ChannelRole.ADMIN
              : ChannelRole.MEMBER,
          lastReadSeq: 0,
        })),
      );
    if (left.length) await members.delete({ channelId: incident.channelId, memberId: In(left) });
    return { channelId: incident.channelId, added, removed, joined, left };
  }

  /** After commit: the room's sockets learn about joins and leaves. */
  publish(changes: ParticipantChange[]): void {
    for (const c of changes) {
      this.events.membersAdded(c.channelId, c.joined);
      this.events.membersRemoved(c.channelId, c.left);
    }
  }
}
