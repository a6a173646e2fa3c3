import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Member } from '../members/member.entity';

/** A password-reset link: short-lived, single use; only the token's SHA-256 is stored. */
@Entity('password_resets')
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_password_resets_member')
  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  /** The ADMIN or ORG_ADMIN who started the reset; null when the member asked for it. */
  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @Index('uq_password_resets_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when used, or when a newer link or a password change made it void. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
