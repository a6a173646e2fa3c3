import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/access/authenticated-member';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Allow } from '../../common/access/policy.decorator';
import { mapConnection, PageArgs } from '../../common/graphql/pagination';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { IncidentTask, TaskTemplate } from './response.entities';
import {
  CreateIncidentTaskInput,
  FulfilReportingObligationInput,
  IncidentTaskConnection,
  IncidentTaskType,
  TaskTemplateConnection,
  TaskTemplateInput,
  TaskTemplateType,
  UpdateIncidentTaskInput,
} from './response.types';
import { TasksService } from './tasks.service';
import { TemplatesService } from './templates.service';

const PARTICIPANTS = 'participants of the incident and the CERT duty roster; NOT_FOUND otherwise';

const templateType = (t: TaskTemplate): TaskTemplateType => ({
  id: t.id,
  name: t.name,
  incidentKind: t.incidentKind,
  description: t.description,
  items: t.items,
  updatedAt: t.updatedAt,
});

@Resolver(() => IncidentTaskType)
export class TasksResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly templates: TemplatesService,
  ) {}

  private async withNames(rows: IncidentTask[]): Promise<IncidentTaskType[]> {
    const names = await this.tasks.names(
      rows.map((r) => r.assigneeId).filter((id): id is string => !!id),
    );
    return rows.map((t) => ({
      ...t,
      assigneeName: t.assigneeId ? (names.get(t.assigneeId) ?? null) : null,
    }));
  }

  @Query(() => IncidentTaskConnection, {
    description:
      'Tasks and reporting obligations of an incident, oldest first. Participants and the CERT duty roster; NOT_FOUND otherwise.',
  })
  @Allow.members(PARTICIPANTS)
  async incidentTasks(
    @Args(
      'incidentId',
      { type: () => ID, description: 'Incident id (UUID).' },
      new UuidPipe('incidentId'),
    )
    incidentId: string,
    @Args() page: PageArgs,
    @CurrentPrincipal() me: Principal,
  ) {
    const conn = await this.tasks.list(me, incidentId, page.first, page.after);
    const typed = await this.withNames(conn.nodes);
    const byId = new Map(typed.map((t) => [t.id, t]));
    return mapConnection(conn, (n) => byId.get(n.id)!);
  }

  @Mutation(() => IncidentTaskType, {
    description:
      'Adds a task to an incident (on the timeline; the assignee is notified). Participants and duty; NOT_FOUND otherwise; BAD_USER_INPUT for an assignee who is not a participant.',
  })
  @Allow.members(PARTICIPANTS)
  async createIncidentTask(
    @Args('input', { description: 'The task.' }) input: CreateIncidentTaskInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return (await this.withNames([await this.tasks.create(me, input)]))[0];
  }

  @Mutation(() => IncidentTaskType, {
    description:
      'Changes title, status, assignee or due time of a task (on the timeline). Participants and duty; NOT_FOUND otherwise.',
  })
  @Allow.members(PARTICIPANTS)
  async updateIncidentTask(
    @Args('input', { description: 'The changes.' }) input: UpdateIncidentTaskInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return (await this.withNames([await this.tasks.update(me, input)]))[0];
  }

  @Mutation(() => [IncidentTaskType], {
    description:
      "Creates the tasks of a checklist template; due times count from the incident's report time. Participants and duty; NOT_FOUND otherwise.",
  })
  @Allow.members(PARTICIPANTS)
  async applyTaskTemplate(
    @Args(
      'incidentId',
      { type: () => ID, description: 'Incident id (UUID).' },
      new UuidPipe('incidentId'),
    )
    incidentId: string,
    @Args(
      'templateId',
      { type: () => ID, description: 'Template id (UUID).' },
      new UuidPipe('templateId'),
    )
    templateId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.withNames(await this.tasks.applyTemplate(me, incidentId, templateId));
  }

  @Mutation(() => IncidentTaskType, {
    description:
      'Records that a reporting obligation was fulfilled (REPORTING_OBLIGATION timeline entry). Participants and duty; NOT_FOUND otherwise; CONFLICT when already recorded.',
  })
  @Allow.members(PARTICIPANTS)
  async fulfilReportingObligation(
    @Args('input', { description: 'Task and what was reported.' })
    input: FulfilReportingObligationInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return (await this.withNames([await this.tasks.fulfil(me, input)]))[0];
  }

  @Query(() => TaskTemplateConnection, {
    description:
      'Checklist templates, by name; with a kind, those for the kind and those for any kind. Any member (no incident data).',
  })
  @Allow.members('templates hold no incident data')
  async taskTemplates(
    @Args('incidentKind', {
      nullable: true,
      type: () => String,
      description: 'IncidentKind value to filter by.',
    })
    incidentKind: string | null,
    @Args() page: PageArgs,
  ) {
    return mapConnection(
      await this.templates.list(incidentKind, page.first, page.after),
      templateType,
    );
  }

  @Mutation(() => TaskTemplateType, { description: 'Creates a checklist template. ADMIN only.' })
  @Allow.admins()
  async createTaskTemplate(
    @Args('input', { description: 'The template.' }) input: TaskTemplateInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return templateType(await this.templates.save(me, null, input));
  }

  @Mutation(() => TaskTemplateType, {
    description: 'Replaces a checklist template. ADMIN only; NOT_FOUND for an unknown id.',
  })
  @Allow.admins()
  async updateTaskTemplate(
    @Args('id', { type: () => ID, description: 'Template id (UUID).' }, new UuidPipe('id'))
    id: string,
    @Args('input', { description: 'The template.' }) input: TaskTemplateInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return templateType(await this.templates.save(me, id, input));
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a checklist template (tasks created from it stay). ADMIN only; NOT_FOUND for an unknown id.',
  })
  @Allow.admins()
  deleteTaskTemplate(
    @Args('id', { type: () => ID, description: 'Template id (UUID).' }, new UuidPipe('id'))
    id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.templates.remove(me, id);
  }
}
