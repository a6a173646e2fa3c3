import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Who a message mentions (channel members only); counted for the unread mention badge. */
@Entity('message_mentions')
@Index('ix_message_mentions_member_channel_seq', ['memberId', 'channelId', 'seq'])
export class MessageMention {
  @PrimaryColumn({ type: 'uuid' })
  messageId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'uuid' })
  channelId: string;

  @Column({ type: 'integer' })
  seq: number;
}
