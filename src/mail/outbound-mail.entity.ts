import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** QUEUED: waiting for (another) attempt; SENT: accepted by the SMTP server; FAILED: given up. */
export enum MailState {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
  /**
   * Only for a PGP/MIME message (src/mail/content/pgp-mime.ts): its multipart/encrypted body is the
   * only node, so it becomes the root; it must stay 7bit and inline, not base64 like a file.
   */
  contentTransferEncoding?: '7bit';
  contentDisposition?: 'inline';
}

/**
 * One mail of the outbox. Written in the transaction of the event that causes it; the worker sends
 * it and records the outcome on this row (under a row lock, so it is sent once per Message-ID).
 */
@Entity('mail_outbox')
@Index('ix_mail_outbox_state_created', ['state', 'createdAt'])
export class OutboundMail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Fixed at enqueue time, so a retry or a resend is recognisable as the same message. */
  @Index('uq_mail_outbox_message_id', { unique: true })
  @Column({ type: 'varchar', length: 255 })
  messageId: string;

  @Column({ type: 'varchar', length: 320 })
  toAddress: string;

  @Index('ix_mail_outbox_member')
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  /** INVITATION, PASSWORD_RESET, ADVISORY, ... */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  headers: Record<string, string>;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: MailAttachment[];

  /** Makes enqueue idempotent: a second mail with the same key is not written. */
  @Index('uq_mail_outbox_dedupe_key', { unique: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'varchar', length: 10, default: MailState.QUEUED })
  state: MailState;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  /** Millisecond precision, so that a JavaScript Date in a keyset cursor is exact. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
