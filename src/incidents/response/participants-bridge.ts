import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/authenticated-member';
import { ChatEvents } from '../../chat/chat-events';
import type { Incident } from '../incident.entity';
import { ParticipantReason } from '../incident.enums';
import { TimelineEntryType } from '../incident-timeline.service';
import { IncidentTimeline } from '../incident-timeline.service';

/**
 * Makes assigned MIRT members participants of the incident and members of its room.
 *
 * The core derives participants in its own sync and exposes no way to add someone; until it does,
 * this writes the participant row (reason CERT_DUTY: MIRT members are CERT staff acting for the
 * duty roster) and the room membership in the caller's transaction, so both never disagree, and
 * announces the room change after the commit.
 */
@Injectable()
export class ParticipantsBridge {
  constructor(
    private readonly events: ChatEvents,
    private readonly timeline: IncidentTimeline,
  ) {}

  async add(
    manager: EntityManager,
    p: Principal,
    incident: Incident,
    memberIds: string[],
  ): Promise<() => void> {
    const inserted: Array<{ member_id: string }> = await manager.query(
      `INSERT INTO incident_participants (incident_id, member_id, reason)
       SELECT $1, unnest($2::uuid[]), $3
       ON CONFLICT DO NOTHING RETURNING member_id`,
      [incident.id, memberIds, ParticipantReason.CERT_DUTY],
    );
    await manager.query(
      `INSERT INTO channel_members (channel_id, member_id, role)
       SELECT $1, unnest($2::uuid[]), 'MEMBER' ON CONFLICT DO NOTHING`,
      [incident.channelId, memberIds],
    );
    const added = inserted.map((r) => r.member_id);
    if (added.length)
      await this.timeline.append(manager, {
        incidentId: incident.id,
        type: TimelineEntryType.PARTICIPANT,
        actorId: p.memberId,
        text: `${added.length} MIRT-Mitglied(er) als Beteiligte aufgenommen`,
        data: { memberIds: added, reason: 'MIRT' },
      });
    return () => this.events.membersAdded(incident.channelId, memberIds);
  }
}
