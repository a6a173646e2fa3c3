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
import { AdvisoryStatus, TlpLabel } from './advisory.enums';

/** One published (or imported) version of an advisory, with the content as it was then. */
@Entity('advisory_revisions')
@Index('uq_advisory_revisions_version', ['advisoryId', 'version'], { unique: true })
export class AdvisoryRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  advisoryId: string;

  @ManyToOne(() => Advisory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advisory_id' })
  advisory?: Advisory;

  @Column({ type: 'varchar', length: 40 })
  version: string;

  @Column({ type: 'enum', enum: AdvisoryStatus, enumName: 'advisory_status' })
  status: AdvisoryStatus;

  @Column({ type: 'enum', enum: TlpLabel, enumName: 'tlp_label' })
  tlp: TlpLabel;

  /** What changed, in the author's words (German). */
  @Column({ type: 'varchar', length: 1000 })
  changeSummary: string;

  /** Title, summary, body, CVEs, products, ... of this version. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ type: 'uuid' })
  publishedById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
