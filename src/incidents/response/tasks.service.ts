import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../../common/access/authenticated-member';
import { badInput, conflict, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../../common/graphql/pagination';
import { Member } from '../../members/member.entity';
import { Notification } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { IncidentTimeline, TimelineEntryType } from '../incident-timeline.service';
import { ResponseAccess } from './response-access';
import { IncidentTask, TaskTemplate } from './response.entities';
import { TaskStatus } from './response.enums';
import type {
  CreateIncidentTaskInput,
  FulfilReportingObligationInput,
  UpdateIncidentTaskInput,
} from './response.types';

export const STATUS_TEXT: Record<TaskStatus, string> = {
  OPEN: 'offen',
  IN_PROGRESS: 'in Arbeit',
  DONE: 'erledigt',
};
const HOUR = 3_600_000;

const berlin = (d: Date) =>
  d.toLocaleString('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' });

/**
 * Tasks and reporting obligations of an incident. Every change writes a TASK timeline entry (a
 * fulfilled obligation a REPORTING_OBLIGATION entry) in the same transaction; the assignee is
 * notified when assigned.
 */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ResponseAccess,
    private readonly timeline: IncidentTimeline,
    private readonly notifications: NotificationsService,
  ) {}

  async list(
    p: Principal,
    incidentId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<IncidentTask>> {
    await this.access.readable(p, incidentId);
    const qb = this.db
      .getRepository(IncidentTask)
      .createQueryBuilder('t')
      .where('t.incident_id = :incidentId', { incidentId });
    const total = await qb.getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2, ['timestamp', 'uuid']);
      qb.andWhere('(t.created_at, t.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb
      .orderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, total, (t) => [t.createdAt.toISOString(), t.id], after);
  }

  async create(p: Principal, input: CreateIncidentTaskInput): Promise<IncidentTask> {
    let created: Notification[] = [];
    const task = await this.db.transaction(async (manager) => {
      const incident = await this.access.readable(p, input.incidentId, manager);
      if (input.assigneeId) await this.checkAssignee(manager, incident.id, input.assigneeId);
      const task = await manager.getRepository(IncidentTask).save({
        incidentId: incident.id,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        assigneeId: input.assigneeId ?? null,
        dueAt: input.dueAt ?? null,
        status: TaskStatus.OPEN,
        obligation: null,
        fulfilledAt: null,
        fulfilmentNote: null,
        templateId: null,
        createdById: p.memberId,
      });
      await this.timeline.append(manager, {
        incidentId: incident.id,
        type: TimelineEntryType.TASK,
        actorId: p.memberId,
        text: `Aufgabe angelegt: ${task.title}`,
        data: { taskId: task.id, assigneeId: task.assigneeId },
      });
      created = await this.notifyAssignee(manager, p, task);
      return task;
    });
    this.notifications.publish(created);
    return task;
  }

  async update(p: Principal, input: UpdateIncidentTaskInput): Promise<IncidentTask> {
    let created: Notification[] = [];
    const task = await this.db.transaction(async (manager) => {
      const task = await this.lockedTask(manager, p, input.id);
      const changes: string[] = [];
      if (input.title && input.title.trim() !== task.title) {
        changes.push(`Titel „${input.title.trim()}“`);
        task.title = input.title.trim();
      }
      if (input.status && input.status !== task.status) {
        if (task.obligation && input.status === TaskStatus.DONE && !task.fulfilledAt)
          throw badInput(
            'status',
            'Eine Meldepflicht wird über „Meldung erfolgt“ mit einem Vermerk erledigt.',
          );
        changes.push(`Status ${STATUS_TEXT[input.status]}`);
        task.status = input.status;
      }
      let newAssignee = false;
      if (input.unassign && task.assigneeId) {
        changes.push('Zuständigkeit entfernt');
        task.assigneeId = null;
      } else if (input.assigneeId && input.assigneeId !== task.assigneeId) {
        const name = await this.checkAssignee(manager, task.incidentId, input.assigneeId);
        changes.push(`zuständig: ${name}`);
        task.assigneeId = input.assigneeId;
        newAssignee = true;
      }
      if (input.dueAt && input.dueAt.getTime() !== task.dueAt?.getTime()) {
        changes.push(`fällig ${berlin(input.dueAt)}`);
        task.dueAt = input.dueAt;
      }
      if (!changes.length) return task;
      const saved = await manager.getRepository(IncidentTask).save(task);
      await this.timeline.append(manager, {
        incidentId: task.incidentId,
        type: TimelineEntryType.TASK,
        actorId: p.memberId,
        text: `Aufgabe „${task.title}“ geändert: ${changes.join(', ')}`,
        data: { taskId: task.id, status: task.status, assigneeId: task.assigneeId },
      });
      if (newAssignee) created = await this.notifyAssignee(manager, p, saved);
      return saved;
    });
    this.notifications.publish(created);
    return task;
  }

  /** Creates the template's tasks; due times count from the incident's report time. */
  async applyTemplate(
    p: Principal,
    incidentId: string,
    templateId: string,
  ): Promise<IncidentTask[]> {
    return this.db.transaction(async (manager) => {
      const incident = await this.access.readable(p, incidentId, manager);
      const template = await manager.getRepository(TaskTemplate).findOneBy({ id: templateId });
      if (!template) throw notFound('Die Vorlage');
      const reportedAt = incident.createdAt.getTime();
      const tasks = await manager.getRepository(IncidentTask).save(
        template.items.map((item) => ({
          incidentId: incident.id,
          title: item.title,
          description: item.description,
          assigneeId: null,
          dueAt:
            item.dueAfterHours == null ? null : new Date(reportedAt + item.dueAfterHours * HOUR),
          status: TaskStatus.OPEN,
          obligation: item.obligation,
          fulfilledAt: null,
          fulfilmentNote: null,
          templateId: template.id,
          createdById: p.memberId,
        })),
      );
      await this.timeline.append(manager, {
        incidentId: incident.id,
        type: TimelineEntryType.TASK,
        actorId: p.memberId,
        text: `Vorlage „${template.name}“ angewendet: ${tasks.length} Aufgaben angelegt`,
        data: { templateId: template.id, taskIds: tasks.map((t) => t.id) },
      });
      return tasks;
    });
  }

  async fulfil(p: Principal, input: FulfilReportingObligationInput): Promise<IncidentTask> {
    return this.db.transaction(async (manager) => {
      const task = await this.lockedTask(manager, p, input.taskId);
      if (!task.obligation) throw badInput('taskId', 'Diese Aufgabe ist keine Meldepflicht.');
      if (task.fulfilledAt) throw conflict('Die Meldung ist bereits als erfolgt vermerkt.');
      task.fulfilledAt = new Date();
      task.fulfilmentNote = input.note.trim();
      task.status = TaskStatus.DONE;
      const saved = await manager.getRepository(IncidentTask).save(task);
      const late = task.dueAt && task.fulfilledAt > task.dueAt;
      await this.timeline.append(manager, {
        incidentId: task.incidentId,
        type: TimelineEntryType.REPORTING_OBLIGATION,
        actorId: p.memberId,
        text: `Meldepflicht erfüllt: ${task.title}${late ? ' (nach Fristablauf)' : ''}. ${task.fulfilmentNote}`,
        data: { taskId: task.id, obligation: task.obligation, dueAt: task.dueAt, late: !!late },
      });
      return saved;
    });
  }

  async names(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .getRepository(Member)
      .find({ where: { id: In(ids) }, select: { id: true, displayName: true } });
    return new Map(rows.map((m) => [m.id, m.displayName]));
  }

  /** NOT_FOUND for a task of an incident the caller may not read, as for a missing one. */
  private async lockedTask(manager: EntityManager, p: Principal, id: string) {
    const task = await manager
      .getRepository(IncidentTask)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!task) throw notFound('Die Aufgabe');
    try {
      await this.access.readable(p, task.incidentId, manager);
    } catch {
      throw notFound('Die Aufgabe');
    }
    return task;
  }

  private async checkAssignee(manager: EntityManager, incidentId: string, memberId: string) {
    const ids = await this.access.participantIds(incidentId, manager);
    const member = ids.includes(memberId)
      ? await manager.getRepository(Member).findOneBy({ id: memberId })
      : null;
    if (!member)
      throw badInput('assigneeId', 'Zuständig kann nur sein, wer am Vorfall beteiligt ist.');
    return member.displayName;
  }

  private notifyAssignee(manager: EntityManager, p: Principal, task: IncidentTask) {
    if (!task.assigneeId || task.assigneeId === p.memberId) return Promise.resolve([]);
    return this.notifications.create(manager, [
      {
        memberId: task.assigneeId,
        kind: 'INCIDENT_TASK',
        title: `${p.displayName} hat Ihnen eine Aufgabe im Vorfall zugewiesen: ${task.title}`,
        targetType: 'incident',
        targetId: task.incidentId,
        actorId: p.memberId,
      },
    ]);
  }
}
