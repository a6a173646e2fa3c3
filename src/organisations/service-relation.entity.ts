import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ServiceKind } from './organisation.enums';
import { Organisation } from './organisation.entity';

/** The register: provider serves municipality with these services. */
@Entity('service_relations')
@Index('uq_service_relations_pair', ['providerId', 'municipalityId'], { unique: true })
export class ServiceRelation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Organisation;

  @Index('ix_service_relations_municipality')
  @Column({ type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Organisation;

  @Column({ type: 'enum', enum: ServiceKind, enumName: 'service_kind', array: true })
  services: ServiceKind[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
