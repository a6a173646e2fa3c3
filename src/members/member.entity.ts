import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { ContactVisibility, MemberStatus, OrganisationRole, PlatformRole } from './member.enums';

@Entity('members')
export class Member {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_members_organisation')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** Stored lower-cased; the unique index makes e-mail the login name. */
  @Index('uq_members_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** The @handle used for mentions. */
  @Index('uq_members_handle', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  handle: string;

  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  position: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertiseTags: string[];

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  bio: string | null;

  @Column({
    type: 'enum',
    enum: ContactVisibility,
    enumName: 'contact_visibility',
    default: ContactVisibility.ALL_MEMBERS,
  })
  contactVisibility: ContactVisibility;

  @Column({
    type: 'enum',
    enum: OrganisationRole,
    enumName: 'organisation_role',
    default: OrganisationRole.MEMBER,
  })
  organisationRole: OrganisationRole;

  @Column({
    type: 'enum',
    enum: PlatformRole,
    enumName: 'platform_role',
    default: PlatformRole.USER,
  })
  platformRole: PlatformRole;

  @Column({
    type: 'enum',
    enum: MemberStatus,
    enumName: 'member_status',
    default: MemberStatus.INVITED,
  })
  status: MemberStatus;

  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  passwordHash: string | null;

  /** AES-GCM encrypted with a key derived from the server secret (see TotpService). */
  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  totpSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code works once. */
  @Column({ type: 'bigint', nullable: true, select: false })
  totpLastStep: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'", select: false })
  recoveryCodeHashes: string[];

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
