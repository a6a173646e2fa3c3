import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MailFrequency } from './mail-kinds';

/** A member's choice for one mail kind; without a row the kind's default applies. */
@Entity('mail_preferences')
export class MailPreference {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  /** A MailKind value. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'enum', enum: MailFrequency, enumName: 'mail_frequency' })
  frequency: MailFrequency;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The member's OpenPGP public key: mails with AMBER/RED content go encrypted to it. */
@Entity('member_openpgp_keys')
export class MemberOpenPgpKey {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  /** Upper-case hex fingerprint of the primary key. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  /** The armored public key as validated on upload (only public key material is stored). */
  @Column({ type: 'text' })
  armoredKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One row per member, digest frequency and period: the unique key lets several instances run the
 * digest job at once, and only the one that inserts the row sends that member's digest.
 */
@Entity('mail_digest_runs')
export class MailDigestRun {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  /** DAILY or WEEKLY. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  frequency: string;

  @PrimaryColumn({ type: 'timestamptz' })
  periodStart: Date;

  /** The digest covers what happened between the previous run's ranAt and this one. */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  ranAt: Date;
}

/** A critical advisory's escalation to one organisation's ORG_ADMINs, sent once. */
@Entity('mail_escalations')
export class MailEscalation {
  @PrimaryColumn({ type: 'uuid' })
  advisoryId: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}

export const MAIL_CONTENT_ENTITIES = [
  MailPreference,
  MemberOpenPgpKey,
  MailDigestRun,
  MailEscalation,
];
