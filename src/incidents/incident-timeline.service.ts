import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IncidentTimelineEntry, TimelineEntryType } from './incident-timeline-entry.entity';

export { TimelineEntryType } from './incident-timeline-entry.entity';

export interface NewTimelineEntry {
  incidentId: string;
  type: TimelineEntryType;
  /** Null when the platform writes it. */
  actorId: string | null;
  text: string;
  /** For CORRECTION: the corrected entry (same incident). */
  refersToId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Appends to an incident's timeline inside the caller's transaction. Callers have checked access;
 * every change of an incident (status, label, affected organisations, tasks, MIRT, …) writes its
 * entry through here. Entries are never changed: corrections are new CORRECTION entries with
 * refersToId.
 */
@Injectable()
export class IncidentTimeline {
  async append(manager: EntityManager, entry: NewTimelineEntry): Promise<IncidentTimelineEntry> {
    const repo = manager.getRepository(IncidentTimelineEntry);
    return repo.save(
      repo.create({
        incidentId: entry.incidentId,
        type: entry.type,
        actorId: entry.actorId,
        text: entry.text.slice(0, 4000),
        refersToId: entry.refersToId ?? null,
        data: entry.data ?? {},
      }),
    );
  }
}
