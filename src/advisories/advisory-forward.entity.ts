import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { Advisory } from './advisory.entity';

/**
 * An AMBER advisory extended by a recipient IT provider to a municipality it serves. It counts
 * only while the provider is still a recipient and the label is still AMBER (see the access rule).
 */
@Entity('advisory_forwards')
@Index('uq_advisory_forwards', ['advisoryId', 'providerId', 'organisationId'], { unique: true })
@Index('ix_advisory_forwards_org', ['organisationId'])
export class AdvisoryForward {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  advisoryId: string;

  @ManyToOne(() => Advisory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advisory_id' })
  advisory?: Advisory;

  /** The forwarding recipient IT provider. */
  @Column({ type: 'uuid' })
  providerId: string;

  /** The municipality reached. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  forwardedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
