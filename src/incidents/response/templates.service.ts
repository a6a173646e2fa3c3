import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../common/access/authenticated-member';
import { notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../../common/graphql/pagination';
import { TaskTemplate, TemplateItem } from './response.entities';
import type { TaskTemplateInput } from './response.types';

/** Checklist templates: any member reads them (no incident data), ADMINs maintain them. */
@Injectable()
export class TemplatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    incidentKind: string | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<TaskTemplate>> {
    const qb = this.db.getRepository(TaskTemplate).createQueryBuilder('t');
    // Templates for the kind and those for any kind.
    if (incidentKind)
      qb.where('(t.incident_kind = :kind OR t.incident_kind IS NULL)', { kind: incidentKind });
    const total = await qb.getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2, ['text', 'uuid']);
      qb.andWhere('(t.name, t.id) > (:name, :id)', { name, id });
    }
    const rows = await qb
      .orderBy('t.name', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, total, (t) => [t.name, t.id], after);
  }

  async save(p: Principal, id: string | null, input: TaskTemplateInput): Promise<TaskTemplate> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(TaskTemplate);
      const existing = id ? await repo.findOneBy({ id }) : null;
      if (id && !existing) throw notFound('Die Vorlage');
      const items: TemplateItem[] = input.items.map((i) => ({
        title: i.title.trim(),
        description: i.description?.trim() || null,
        dueAfterHours: i.dueAfterHours ?? null,
        obligation: i.obligation ?? null,
      }));
      const saved = await repo.save({
        ...(existing ?? {}),
        name: input.name.trim(),
        incidentKind: input.incidentKind || null,
        description: input.description?.trim() || null,
        items,
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: existing ? 'incident_template.updated' : 'incident_template.created',
          targetType: 'incident_template',
          targetId: saved.id,
          details: { name: saved.name, items: items.length },
        },
        manager,
      );
      return saved;
    });
  }

  async remove(p: Principal, id: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const result = await manager.getRepository(TaskTemplate).delete({ id });
      if (!result.affected) throw notFound('Die Vorlage');
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident_template.deleted',
          targetType: 'incident_template',
          targetId: id,
        },
        manager,
      );
      return true;
    });
  }
}
