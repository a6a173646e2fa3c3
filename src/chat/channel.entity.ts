import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelKind } from './chat.enums';

/**
 * A chat channel. `lastSeq` numbers the messages (gapless per channel); `lastChangeSeq` numbers
 * every change of a message (new, edit, delete, reaction) so that catch-up returns all of them in order.
 */
@Entity('channels')
export class Channel {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: ChannelKind, enumName: 'channel_kind' })
  kind: ChannelKind;

  /** Null for DIRECT channels (clients show the member names). */
  @Column({ type: 'varchar', length: 80, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 250, nullable: true })
  topic: string | null;

  /** TLP label of the channel content; INCIDENT channels are RED by default. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  tlp: string | null;

  /** DIRECT only: the sorted member ids, so that one set of members has one channel. */
  @Index('uq_channels_direct_key', { unique: true })
  @Column({ type: 'varchar', length: 400, nullable: true })
  directKey: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'integer', default: 0 })
  lastSeq: number;

  @Column({ type: 'integer', default: 0 })
  lastChangeSeq: number;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
