import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationKind } from './organisation.enums';

@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Index('uq_organisations_name', { unique: true })
  // Plus a unique index on lower(name), created by migration (TypeORM cannot express it).
  @Index('uq_organisations_name_lower', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Amtlicher Gemeindeschlüssel, 8 digits; municipalities only. */
  @Index('uq_organisations_ags', { unique: true })
  @Column({ type: 'char', length: 8, nullable: true })
  municipalityKey: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  district: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  governmentRegion: string | null;

  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
