import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of security-relevant events (DESIGN.md capability 9). */
@Entity('audit_events')
export class AuditEvent {
  /** Monotonic: the log is paged and ordered by it, newest first. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Index('ix_audit_events_created')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Null for anonymous actors (failed logins of unknown accounts). */
  @Index('ix_audit_events_actor')
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Index('ix_audit_events_action')
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  targetType: string | null;

  @Index('ix_audit_events_target')
  @Column({ type: 'varchar', length: 64, nullable: true })
  targetId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
