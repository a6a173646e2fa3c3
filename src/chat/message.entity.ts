import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A chat message. (channel, seq) orders the history without gaps; (channel, sender, clientMessageId)
 * makes a retried send idempotent (per sender: nobody else can claim an id first); `changeSeq` is the channel change number of its latest change.
 */
@Entity('messages')
@Index('uq_messages_channel_seq', ['channelId', 'seq'], { unique: true })
@Index('uq_messages_channel_sender_client_id', ['channelId', 'senderId', 'clientMessageId'], {
  unique: true,
})
@Index('uq_messages_channel_change_seq', ['channelId', 'changeSeq'], { unique: true })
export class Message {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  channelId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'integer' })
  changeSeq: number;

  @Column({ type: 'varchar', length: 64 })
  clientMessageId: string;

  @Column({ type: 'uuid' })
  senderId: string;

  /** Null once deleted (soft delete removes the text). */
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Index('ix_messages_thread_root')
  @Column({ type: 'uuid', nullable: true })
  threadRootId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
