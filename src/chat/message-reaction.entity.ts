import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('message_reactions')
export class MessageReaction {
  @PrimaryColumn({ type: 'uuid' })
  messageId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  emoji: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
