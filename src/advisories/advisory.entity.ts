import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AdvisoryProduct, AdvisoryReference, RevisionEntry } from './csaf/csaf.types';
import { AdvisorySeverity, AdvisoryStatus, TlpLabel } from './advisory.enums';

/**
 * A security advisory in its current version. Earlier published versions live in
 * advisory_revisions as snapshots; who may read it is decided by AdvisoryAccessService only.
 */
@Entity('advisories')
@Index('ix_advisories_listed', ['listedAt', 'id'])
/** GIN index on search_vector, written by hand in the migration (TypeORM cannot declare GIN). */
@Index('ix_advisories_search_vector', { synchronize: false })
export class Advisory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** CSAF document.tracking.id, e.g. "SN-2026-0001" or "BSI-2022-0001". */
  @Index('uq_advisories_tracking_id', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  trackingId: string;

  /** CSAF document.tracking.version of the current (last published) version; "0" before the first publication. */
  @Column({ type: 'varchar', length: 40 })
  version: string;

  @Column({
    type: 'enum',
    enum: AdvisoryStatus,
    enumName: 'advisory_status',
    default: AdvisoryStatus.DRAFT,
  })
  status: AdvisoryStatus;

  @Column({ type: 'enum', enum: TlpLabel, enumName: 'tlp_label' })
  tlp: TlpLabel;

  @Column({ type: 'enum', enum: AdvisorySeverity, enumName: 'advisory_severity' })
  severity: AdvisorySeverity;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 4000 })
  summary: string;

  @Column({ type: 'text' })
  bodyMarkdown: string;

  /** Rendered and sanitised on write. */
  @Column({ type: 'text' })
  bodyHtml: string;

  /**
   * German tsvector of tracking id, CVEs and title (weight A), summary (B) and body (C), kept by a
   * trigger (migration AdvisorySearchVector) in the statement that writes the text. Search matches
   * and ranks with it. Never selected, never written by the app.
   */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  cves: string[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  cvssVector: string | null;

  @Column({ type: 'double precision', nullable: true })
  cvssScore: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  products: AdvisoryProduct[];

  /** Named reference_links because REFERENCES is an SQL keyword. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  referenceLinks: AdvisoryReference[];

  @Column({ type: 'text', nullable: true })
  remediation: string | null;

  /** The CSAF revision history (imported entries plus one per publication here). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  revisionHistory: RevisionEntry[];

  @Column({ type: 'varchar', length: 200 })
  publisherName: string;

  @Column({ type: 'varchar', length: 300 })
  publisherNamespace: string;

  @Column({ type: 'uuid' })
  authorId: string;

  /** The CERT organisation that owns the advisory: its members manage it and count as recipients. */
  @Index('ix_advisories_author_organisation')
  @Column({ type: 'uuid' })
  authorOrganisationId: string;

  @Column({ type: 'timestamptz', nullable: true })
  initialReleaseDate: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  currentReleaseDate: Date | null;

  /** Sort key of lists: creation, then every publication. Millisecond precision for exact cursors. */
  @Column({ type: 'timestamptz', precision: 3 })
  listedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
