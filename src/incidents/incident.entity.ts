import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TlpLabel } from '../advisories/advisory.enums';
import { IncidentKind, IncidentSeverity, IncidentStatus } from './incident.enums';

export { IncidentKind, IncidentSeverity, IncidentStatus } from './incident.enums';

/**
 * A security incident: who reported what for which organisation, its lifecycle and its TLP:RED
 * (by default) chat room. Who may read it: src/incidents/incident-access.service.ts.
 */
@Entity('incidents')
@Index('ix_incidents_status_created', ['status', 'createdAt'])
export class Incident {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: IncidentKind, enumName: 'incident_kind' })
  kind: IncidentKind;

  @Column({ type: 'enum', enum: IncidentSeverity, enumName: 'incident_severity' })
  severity: IncidentSeverity;

  @Column({ type: 'enum', enum: TlpLabel, enumName: 'tlp_label', default: TlpLabel.RED })
  tlp: TlpLabel;

  @Column({
    type: 'enum',
    enum: IncidentStatus,
    enumName: 'incident_status',
    default: IncidentStatus.REPORTED,
  })
  status: IncidentStatus;

  /** The reporting organisation. */
  @Index('ix_incidents_organisation')
  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  reporterId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 4000 })
  description: string;

  /** The reporter agreed that the staff of their organisation's IT providers take part. */
  @Column({ type: 'boolean' })
  consentToProvider: boolean;

  @Index('uq_incidents_channel', { unique: true })
  @Column({ type: 'uuid' })
  channelId: string;

  /** Millisecond precision, so the list's keyset cursor (ISO 8601) matches the stored value. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;
}
