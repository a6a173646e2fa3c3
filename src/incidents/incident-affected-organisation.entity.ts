import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { ServiceKind } from '../organisations/organisation.enums';
import { Incident } from './incident.entity';
import { AffectedReason, AffectedSituation } from './incident.enums';

/** An organisation on an incident's list of affected organisations, with its own answer. */
@Entity('incident_affected_organisations')
@Index('ix_incident_affected_org', ['organisationId'])
export class IncidentAffectedOrganisation {
  @PrimaryColumn({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Incident;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'enum', enum: AffectedReason, enumName: 'incident_affected_reason' })
  reason: AffectedReason;

  /** The services the reporting provider runs for it (register), empty otherwise. */
  @Column({ type: 'enum', enum: ServiceKind, enumName: 'service_kind', array: true, default: '{}' })
  services: ServiceKind[];

  /** The organisation lets the staff of its IT providers (register) take part. */
  @Column({ type: 'boolean', default: false })
  consentToProvider: boolean;

  @Column({
    type: 'enum',
    enum: AffectedSituation,
    enumName: 'incident_affected_situation',
    nullable: true,
  })
  situation: AffectedSituation | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  addedById: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
