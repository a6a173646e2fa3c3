import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The CERT duty roster: CERT members an ORG_ADMIN of their CERT put on duty. Members on duty read
 * every incident and take part in every open one.
 */
@Entity('cert_duty_roster')
@Index('ix_cert_duty_roster_organisation', ['organisationId'])
export class CertDuty {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid', nullable: true })
  addedById: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
