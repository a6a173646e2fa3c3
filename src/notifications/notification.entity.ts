import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app notification for one member; pushed over the socket when created. */
@Entity('notifications')
@Index('ix_notifications_member_created', ['memberId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  /** MENTION, REPLY, ADVISORY, INCIDENT_INVITATION, ... */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** German text the member reads; never more than the member may see of the target. */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  body: string | null;

  @Column({ type: 'varchar', length: 40 })
  targetType: string;

  @Column({ type: 'varchar', length: 64 })
  targetId: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** Millisecond precision, so that a JavaScript Date in a keyset cursor is exact. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
