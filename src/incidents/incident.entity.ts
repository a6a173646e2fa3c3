import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum IncidentStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(IncidentStatus, {
  name: 'IncidentStatus',
  description: 'Lifecycle of an incident report.',
  valuesMap: { OPEN: { description: 'Being handled.' }, CLOSED: { description: 'Closed.' } },
});

/** Minimal incident record: who reported what for which organisation, and its chat room. */
@Entity('incidents')
export class Incident {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_incidents_organisation')
  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  reporterId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 4000 })
  description: string;

  @Column({
    type: 'enum',
    enum: IncidentStatus,
    enumName: 'incident_status',
    default: IncidentStatus.OPEN,
  })
  status: IncidentStatus;

  @Column({ type: 'boolean' })
  consentToProvider: boolean;

  @Index('uq_incidents_channel', { unique: true })
  @Column({ type: 'uuid' })
  channelId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
