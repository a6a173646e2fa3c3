import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ChannelRole } from './chat.enums';

/** Membership is the only way into a channel's messages and its socket room. */
@Entity('channel_members')
@Index('ix_channel_members_member', ['memberId'])
export class ChannelMember {
  @PrimaryColumn({ type: 'uuid' })
  channelId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({
    type: 'enum',
    enum: ChannelRole,
    enumName: 'channel_role',
    default: ChannelRole.MEMBER,
  })
  role: ChannelRole;

  @Column({ type: 'integer', default: 0 })
  lastReadSeq: number;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;
}
