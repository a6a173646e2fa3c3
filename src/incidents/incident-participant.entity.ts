import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Incident } from './incident.entity';
import { ParticipantReason } from './incident.enums';

/**
 * Who takes part in an incident: derived from the affected organisations, the provider consent
 * and the CERT duty roster by IncidentParticipants.sync, never edited directly. The incident's
 * chat room membership mirrors this table.
 */
@Entity('incident_participants')
@Index('ix_incident_participants_member', ['memberId'])
export class IncidentParticipant {
  @PrimaryColumn({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Incident;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'enum', enum: ParticipantReason, enumName: 'incident_participant_reason' })
  reason: ParticipantReason;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
