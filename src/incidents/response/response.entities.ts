import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Incident } from '../incident.entity';
import {
  LessonsLearnedStatus,
  MirtStatus,
  ReportingObligationKind,
  TaskStatus,
} from './response.enums';

/** One item of a checklist template; stored as JSON inside the template (edited as a whole). */
export interface TemplateItem {
  title: string;
  description: string | null;
  /** Due this many hours after the incident was reported; null: no due time. */
  dueAfterHours: number | null;
  /** Set for the reporting obligations (GDPR art. 33, BSI, police, insurer). */
  obligation: ReportingObligationKind | null;
}

/** A checklist per incident kind that ADMINs maintain; applying it creates the incident's tasks. */
@Entity('incident_task_templates')
export class TaskTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** IncidentKind value the template is meant for; null: any kind. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  incidentKind: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Column({ type: 'jsonb' })
  items: TemplateItem[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** A task of an incident: open -> in progress -> done; reporting obligations are tasks too. */
@Entity('incident_tasks')
@Index('ix_incident_tasks_incident', ['incidentId', 'createdAt'])
export class IncidentTask {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Incident;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'enum', enum: TaskStatus, enumName: 'incident_task_status' })
  status: TaskStatus;

  @Column({
    type: 'enum',
    enum: ReportingObligationKind,
    enumName: 'reporting_obligation_kind',
    nullable: true,
  })
  obligation: ReportingObligationKind | null;

  /** When the obligation was fulfilled (the report was made), with what was reported. */
  @Column({ type: 'timestamptz', nullable: true })
  fulfilledAt: Date | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  fulfilmentNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** A request for the mobile incident response team (MIRT) and its deployment. */
@Entity('mirt_deployments')
@Index('ix_mirt_deployments_incident', ['incidentId', 'createdAt'])
export class MirtDeployment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Incident;

  @Column({ type: 'uuid' })
  requestedById: string;

  @Column({ type: 'uuid' })
  requestingOrganisationId: string;

  @Column({ type: 'varchar', length: 2000 })
  reason: string;

  @Column({ type: 'varchar', length: 500 })
  onSiteAddress: string;

  /** Reachable by phone: e-mail may be down during the incident. */
  @Column({ type: 'varchar', length: 40, array: true })
  phoneNumbers: string[];

  @Column({ type: 'enum', enum: MirtStatus, enumName: 'mirt_status' })
  status: MirtStatus;

  /** Why the CERT accepted or declined (required for a decline). */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  decisionReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  onSiteAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** A CERT member assigned to a MIRT deployment. */
@Entity('mirt_team_members')
export class MirtTeamMember {
  @PrimaryColumn({ type: 'uuid' })
  deploymentId: string;

  @ManyToOne(() => MirtDeployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deployment_id' })
  deployment?: MirtDeployment;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'uuid' })
  assignedById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  assignedAt: Date;
}

/** A member's out-of-band phone number (mobile, private line) for when e-mail and offices are down. */
@Entity('emergency_contacts')
export class EmergencyContact {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'varchar', length: 40 })
  phone: string;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** The reviewed part of a situation report cleared for sharing (CSAF export). */
@Entity('incident_share_clearances')
@Index('ix_incident_share_clearances_incident', ['incidentId', 'clearedAt'])
export class ShareClearance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Incident;

  /** What may be shared: a summary written or checked by the reviewer (Markdown). */
  @Column({ type: 'varchar', length: 8000 })
  summary: string;

  /** The incident's TLP label when it was cleared; a later change of label needs a new review. */
  @Column({ type: 'varchar', length: 20 })
  tlp: string;

  @Column({ type: 'uuid' })
  clearedById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  clearedAt: Date;
}

/** A lessons-learned post about a closed incident: drafted, reviewed, then published in a forum. */
@Entity('incident_lessons_learned')
@Index('ix_incident_lessons_learned_incident', ['incidentId', 'createdAt'])
export class LessonsLearned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  incidentId: string;

  @ManyToOne(() => Incident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'incident_id' })
  incident?: Incident;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'uuid' })
  categoryId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  bodyMarkdown: string;

  /** Names of the affected municipalities are replaced on publication. */
  @Column({ type: 'boolean' })
  pseudonymised: boolean;

  @Column({ type: 'enum', enum: LessonsLearnedStatus, enumName: 'lessons_learned_status' })
  status: LessonsLearnedStatus;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reviewNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

export const RESPONSE_ENTITIES = [
  TaskTemplate,
  IncidentTask,
  MirtDeployment,
  MirtTeamMember,
  EmergencyContact,
  ShareClearance,
  LessonsLearned,
];
