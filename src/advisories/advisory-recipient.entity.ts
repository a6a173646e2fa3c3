import {
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  Column,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { Advisory } from './advisory.entity';

/** An organisation that receives an AMBER or AMBER+STRICT advisory. */
@Entity('advisory_recipient_organisations')
@Index('ix_advisory_recipient_organisations_org', ['organisationId'])
export class AdvisoryRecipientOrganisation {
  @PrimaryColumn({ type: 'uuid' })
  advisoryId: string;

  @ManyToOne(() => Advisory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advisory_id' })
  advisory?: Advisory;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  addedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A named person who receives a RED advisory. */
@Entity('advisory_recipient_members')
@Index('ix_advisory_recipient_members_member', ['memberId'])
export class AdvisoryRecipientMember {
  @PrimaryColumn({ type: 'uuid' })
  advisoryId: string;

  @ManyToOne(() => Advisory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advisory_id' })
  advisory?: Advisory;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'uuid' })
  addedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
