import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { IncidentAccess } from './incident-access.service';
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

/** The entry types members write by hand; the others are written by the change they record. */
export const MANUAL_ENTRY_TYPES: TimelineEntryType[] = [
  TimelineEntryType.OBSERVATION,
  TimelineEntryType.MEASURE,
  TimelineEntryType.DECISION,
  TimelineEntryType.CONTACT,
  TimelineEntryType.REPORTING_OBLIGATION,
  TimelineEntryType.CORRECTION,
];

/**
 * An incident's timeline: append-only typed entries with who and when. `append` writes inside the
 * caller's transaction (callers have checked access); every change of an incident (status, label,
 * affected organisations, tasks, MIRT, …) writes its entry through it. Entries are never changed
 * (a trigger refuses UPDATE): a correction is a new entry of type CORRECTION whose refersToId
 * names the corrected entry of the same incident.
 */
@Injectable()
export class IncidentTimeline {
  constructor(
    private readonly db: DataSource,
    private readonly access: IncidentAccess,
    private readonly audit: AuditService,
  ) {}

  async append(manager: EntityManager, entry: NewTimelineEntry): Promise<IncidentTimelineEntry> {
    const repo = manager.getRepository(IncidentTimelineEntry);
    const saved = await repo.save(
      repo.create({
        incidentId: entry.incidentId,
        type: entry.type,
        actorId: entry.actorId,
        text: entry.text.slice(0, 4000),
        refersToId: entry.refersToId ?? null,
        data: entry.data ?? {},
      }),
    );
    // The database set created_at (clock_timestamp()); read it back for the caller.
    return repo.findOneByOrFail({ id: saved.id });
  }

  /** A member's entry: any reader of the incident (participant or CERT duty). */
  async add(
    p: Principal,
    incidentId: string,
    input: { type: TimelineEntryType; text: string; refersToId?: string | null },
    ip: string | null,
  ): Promise<IncidentTimelineEntry> {
    if (!MANUAL_ENTRY_TYPES.includes(input.type))
      throw badInput('type', 'Diese Art von Eintrag schreibt die Plattform selbst.');
    const text = input.text.trim();
    if (!text) throw badInput('text', 'darf nicht leer sein');
    if (input.type === TimelineEntryType.CORRECTION && !input.refersToId)
      throw badInput('refersToId', 'Eine Korrektur nennt den korrigierten Eintrag.');
    return this.db.transaction(async (manager) => {
      await this.access.lockedReadable(p, incidentId, manager);
      if (
        input.refersToId &&
        !(await manager
          .getRepository(IncidentTimelineEntry)
          .existsBy({ id: input.refersToId, incidentId }))
      )
        throw badInput('refersToId', 'Kein Eintrag dieses Vorfalls.');
      const entry = await this.append(manager, {
        incidentId,
        type: input.type,
        actorId: p.memberId,
        text,
        refersToId: input.refersToId ?? null,
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.timeline_added',
          targetType: 'incident',
          targetId: incidentId,
          ip,
          details: { entryId: entry.id, type: input.type },
        },
        manager,
      );
      return entry;
    });
  }

  /** Oldest first (the order things happened); the incident was checked as readable. */
  async list(
    incidentId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<IncidentTimelineEntry>> {
    const qb = this.db
      .getRepository(IncidentTimelineEntry)
      .createQueryBuilder('e')
      .where('e.incident_id = :incidentId', { incidentId });
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after, 2, ['timestamp', 'uuid']);
      qb.andWhere('(e.created_at, e.id) > (:at::timestamptz, :id::uuid)', { at, id });
    }
    const rows = await qb
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (e) => [e.createdAt.toISOString(), e.id], after);
  }
}
