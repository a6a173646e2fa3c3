import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { Advisory } from './advisory.entity';
import { AcknowledgementStatus } from './advisory.enums';

/** The current status an organisation reported for an advisory. */
@Entity('advisory_acknowledgements')
@Index('ix_advisory_acknowledgements_org', ['organisationId'])
export class AdvisoryAcknowledgement {
  @PrimaryColumn({ type: 'uuid' })
  advisoryId: string;

  @ManyToOne(() => Advisory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advisory_id' })
  advisory?: Advisory;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'enum', enum: AcknowledgementStatus, enumName: 'acknowledgement_status' })
  status: AcknowledgementStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  memberId: string;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** Every status change, kept as history. */
@Entity('advisory_acknowledgement_events')
@Index('ix_advisory_acknowledgement_events', ['advisoryId', 'organisationId', 'createdAt'])
export class AdvisoryAcknowledgementEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  advisoryId: string;

  @ManyToOne(() => Advisory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advisory_id' })
  advisory?: Advisory;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'enum', enum: AcknowledgementStatus, enumName: 'acknowledgement_status' })
  status: AcknowledgementStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  memberId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
