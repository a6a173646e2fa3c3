import { registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Incident } from './incident.entity';

export enum TimelineEntryType {
  STATUS_CHANGE = 'STATUS_CHANGE',
  OBSERVATION = 'OBSERVATION',
  MEASURE = 'MEASURE',
  DECISION = 'DECISION',
  CONTACT = 'CONTACT',
  REPORTING_OBLIGATION = 'REPORTING_OBLIGATION',
  AFFECTED_ORGANISATION = 'AFFECTED_ORGANISATION',
  PARTICIPANT = 'PARTICIPANT',
  TASK = 'TASK',
  MIRT = 'MIRT',
  TLP_CHANGE = 'TLP_CHANGE',
  CORRECTION = 'CORRECTION',
}
registerEnumType(TimelineEntryType, {
  name: 'TimelineEntryType',
  description:
    'Type of an incident timeline entry. Members add OBSERVATION, MEASURE, DECISION, CONTACT, REPORTING_OBLIGATION and CORRECTION; the others are written by the platform when something changes.',
  valuesMap: {
    STATUS_CHANGE: { description: 'The status changed (written by the status change).' },
    OBSERVATION: { description: 'Something was observed.' },
    MEASURE: { description: 'A measure was taken.' },
    DECISION: { description: 'A decision was made.' },
    CONTACT: { description: 'Someone was contacted (authority, police, insurer, vendor, …).' },
    REPORTING_OBLIGATION: { description: 'A reporting obligation was fulfilled.' },
    AFFECTED_ORGANISATION: {
      description: 'An affected organisation was added or removed, or stated its situation.',
    },
    PARTICIPANT: { description: 'Participants changed.' },
    TASK: { description: 'A task was created or changed.' },
    MIRT: { description: 'A step of a mobile incident response team deployment.' },
    TLP_CHANGE: { description: 'The TLP label was changed (lowering needs a reason).' },
    CORRECTION: {
      description: 'Corrects an earlier entry (refersToId); the earlier entry stays as it was.',
    },
  },
});
export const TIMELINE_ENTRY_TYPE_LABEL: Record<TimelineEntryType, string> = {
  STATUS_CHANGE: 'Statusänderung',
  OBSERVATION: 'Beobachtung',
  MEASURE: 'Maßnahme',
  DECISION: 'Entscheidung',
  CONTACT: 'Kontakt',
  REPORTING_OBLIGATION: 'Meldepflicht erfüllt',
  AFFECTED_ORGANISATION: 'Betroffene Organisation',
  PARTICIPANT: 'Beteiligte',
  TASK: 'Aufgabe',
  MIRT: 'MIRT',
  TLP_CHANGE: 'TLP-Änderung',
  CORRECTION: 'Korrektur',
};

/**
 * One entry of an incident's timeline. Append-only: a trigger (migration IncidentResponse) refuses
 * UPDATE; a correction is a new entry of type CORRECTION whose refersToId names the corrected one.
 */
@Entity('incident_timeline_entries')
@Index('ix_incident_timeline_incident_created', ['incidentId', 'createdAt'])
export class IncidentTimelineEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Incident;

  @Column({ type: 'enum', enum: TimelineEntryType, enumName: 'incident_timeline_entry_type' })
  type: TimelineEntryType;

  /** Null when the platform wrote it (e.g. a change of the duty roster). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 4000 })
  text: string;

  @ManyToOne(() => IncidentTimelineEntry, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'refers_to_id' })
  refersTo?: IncidentTimelineEntry | null;

  @Column({ type: 'uuid', nullable: true })
  refersToId: string | null;

  /** Structured details (old/new status, organisation id, task id, …). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  /**
   * clock_timestamp(), not now(): the time the entry was written, after the incident row lock was
   * granted, so that the order of entries is the order in which the changes happened.
   */
  @CreateDateColumn({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt: Date;
}
