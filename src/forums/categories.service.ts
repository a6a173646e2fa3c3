import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { badInput, conflict, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationKind } from '../organisations/organisation.enums';
import type { ForumCategoryInput } from './dto/forum.inputs';
import { ForumCategoryType, toCategoryType } from './dto/forum.types';
import { ForumAccessService, ForumViewer } from './forum-access.service';
import { ForumCategory } from './forum.entities';
import { WatchLevel } from './forum.enums';
import { queryNamed } from './forum-sql';

const { MUNICIPALITY, IT_PROVIDER, CERT } = OrganisationKind;

/** The seed set (DESIGN.md); the lead's seed script inserts these when no category exists. */
export function defaultCategories(): Pick<
  ForumCategory,
  'name' | 'description' | 'readKinds' | 'postKinds' | 'organisationIds' | 'position'
>[] {
  return [
    {
      name: 'Allgemein',
      description: 'Austausch aller Teilnehmenden.',
      readKinds: [MUNICIPALITY, IT_PROVIDER, CERT],
      postKinds: [MUNICIPALITY, IT_PROVIDER, CERT],
      organisationIds: [],
      position: 10,
    },
    {
      name: 'Kommunen unter sich',
      description: 'Nur für Mitglieder der Kommunen.',
      readKinds: [MUNICIPALITY],
      postKinds: [MUNICIPALITY],
      organisationIds: [],
      position: 20,
    },
    {
      name: 'Dienstleister',
      description: 'IT-Dienstleister und CERT.',
      readKinds: [IT_PROVIDER, CERT],
      postKinds: [IT_PROVIDER, CERT],
      organisationIds: [],
      position: 30,
    },
    {
      name: 'CERT-Lagebild',
      description: 'Alle lesen, das CERT schreibt.',
      readKinds: [MUNICIPALITY, IT_PROVIDER, CERT],
      postKinds: [CERT],
      organisationIds: [],
      position: 40,
    },
  ];
}

/** Per-viewer figures of a category, resolved per field (CategoriesResolver) and only when selected. */
export type CategoryFigure = 'topicCount' | 'unreadTopicCount' | 'watchLevel';
export type CategoryFigures = Partial<{
  topicCount: number;
  unreadTopicCount: number;
  watchLevel: WatchLevel;
}>;

/**
 * The SQL of each figure on a category row (alias c). `unreadTopicCount` uses the same rule as the
 * topic list's unreadCount: a topic counts when it has a visible post after the viewer's last read
 * post number. It visits every topic of the category, which is why no read path computes it
 * unless the client asks for it (bench/README.md, P6).
 */
function figureSql(access: ForumAccessService, v: ForumViewer): Record<CategoryFigure, string> {
  const visible = access.visiblePostSql(v, 'p');
  return {
    topicCount: `(SELECT count(*)::int FROM forum_topics t WHERE t.category_id = c.id)`,
    unreadTopicCount: `(SELECT count(*)::int FROM forum_topics t
       LEFT JOIN forum_read_states rs ON rs.topic_id = t.id AND rs.member_id = :me
      WHERE t.category_id = c.id
        AND EXISTS (SELECT 1 FROM forum_posts p WHERE p.topic_id = t.id AND ${visible} AND p.post_number > COALESCE(rs.last_read_post_number, 0)))`,
    watchLevel: `(SELECT cw.level FROM forum_category_watches cw WHERE cw.category_id = c.id AND cw.member_id = :me)`,
  };
}

@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ForumCategory) private readonly categories: Repository<ForumCategory>,
    private readonly access: ForumAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Readable categories by position; rows and totalCount in one statement. */
  async list(
    v: ForumViewer,
    first: number,
    after?: string | null,
  ): Promise<Connection<ForumCategoryType>> {
    const readable = this.access.readableCategorySql(v, 'c');
    const countSql = `SELECT count(*)::int FROM forum_categories c WHERE ${readable.sql}`;
    const qb = this.categories
      .createQueryBuilder('c')
      .where(readable.sql, readable.params)
      .addSelect(`(${countSql})`, 'total_count');
    if (after) {
      const [position, id] = decodeCursor(after, 2, ['bigint', 'uuid']);
      qb.andWhere('(c.position, c.id) > (CAST(:pos AS int), CAST(:cId AS uuid))', {
        pos: position,
        cId: id,
      });
    }
    const { entities, raw } = await qb
      .orderBy('c.position', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(first + 1)
      .getRawAndEntities<{ total_count: number }>();
    // An empty page past the end still reports the total; without a cursor an empty page means none.
    const total = raw.length
      ? raw[0].total_count
      : after
        ? (await queryNamed<{ count: number }>(this.db, countSql, readable.params))[0].count
        : 0;
    return toConnection(
      entities.map((c) => this.toType(v, c)),
      first,
      total,
      (c) => [c.position, c.id],
      after,
    );
  }

  async get(v: ForumViewer, id: string): Promise<ForumCategoryType> {
    return this.toType(v, await this.access.readableCategory(v, id));
  }

  /** Several categories, for the topic.category field (one batch per request); unreadable ones are left out. */
  async byIds(v: ForumViewer, ids: readonly string[]): Promise<Map<string, ForumCategoryType>> {
    const readable = this.access.readableCategorySql(v, 'c');
    const rows = await this.categories
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids: [...ids] })
      .andWhere(readable.sql, readable.params)
      .getMany();
    return new Map(rows.map((c) => [c.id, this.toType(v, c)]));
  }

  /**
   * The wanted figures of several categories for the viewer, in one statement; categories the
   * viewer may not read are left out (the caller answers them with zero figures).
   */
  async figures(
    v: ForumViewer,
    ids: readonly string[],
    wanted: ReadonlySet<CategoryFigure>,
  ): Promise<Map<string, CategoryFigures>> {
    const readable = this.access.readableCategorySql(v, 'c');
    const sql = figureSql(this.access, v);
    const figures = [...wanted];
    const rows = await queryNamed<Record<string, unknown>>(
      this.db,
      `SELECT c.id, ${figures.map((f) => `${sql[f]} AS "${f}"`).join(', ')} FROM forum_categories c WHERE c.id IN (:...ids) AND ${readable.sql}`,
      { ...readable.params, ids: [...ids], me: v.memberId },
    );
    return new Map(
      rows.map((r) => [
        r.id as string,
        Object.fromEntries(figures.map((f) => [f, r[f]])) as CategoryFigures,
      ]),
    );
  }

  /** The category as the viewer sees it; the per-viewer figures are separate fields. */
  toType(v: ForumViewer, c: ForumCategory): ForumCategoryType {
    return toCategoryType(c, { canPost: this.access.canPost(v, c) });
  }

  /**
   * Inserts the default categories that do not exist yet (by name) and returns how many were
   * added; for the seed script and first start. Existing categories are never changed.
   */
  async ensureDefaults(): Promise<number> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(ForumCategory);
      const existing = new Set((await repo.find({ select: { name: true } })).map((c) => c.name));
      const missing = defaultCategories().filter((c) => !existing.has(c.name));
      if (missing.length) await repo.save(missing.map((c) => repo.create(c)));
      return missing.length;
    });
  }

  async create(me: Principal, input: ForumCategoryInput, req: unknown): Promise<ForumCategory> {
    return this.db.transaction(async (manager) => {
      await this.validate(manager.getRepository(Organisation), input);
      const repo = manager.getRepository(ForumCategory);
      if (await repo.existsBy({ name: input.name.trim() }))
        throw conflict('Eine Kategorie mit diesem Namen gibt es schon.', 'name');
      const saved = await repo.save(repo.create({ ...this.values(input) }));
      await this.audit.record(
        {
          actorId: me.memberId,
          action: 'forum.category.create',
          targetType: 'forum_category',
          targetId: saved.id,
          ip: clientInfoOf(req as never).ip,
          details: { ...this.values(input) },
        },
        manager,
      );
      return saved;
    });
  }

  async update(
    me: Principal,
    id: string,
    input: ForumCategoryInput,
    req: unknown,
  ): Promise<ForumCategory> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(ForumCategory);
      const category = await repo.findOneBy({ id });
      if (!category) throw notFound('Die Kategorie');
      await this.validate(manager.getRepository(Organisation), input);
      const clash = await repo.findOneBy({ name: input.name.trim() });
      if (clash && clash.id !== id)
        throw conflict('Eine Kategorie mit diesem Namen gibt es schon.', 'name');
      const before = {
        readKinds: category.readKinds,
        postKinds: category.postKinds,
        organisationIds: category.organisationIds,
      };
      Object.assign(category, this.values(input));
      const saved = await repo.save(category);
      await this.audit.record(
        {
          actorId: me.memberId,
          action: 'forum.category.update',
          targetType: 'forum_category',
          targetId: id,
          ip: clientInfoOf(req as never).ip,
          details: { before, after: this.values(input) },
        },
        manager,
      );
      return saved;
    });
  }

  private values(input: ForumCategoryInput) {
    return {
      name: input.name.trim(),
      description: input.description.trim(),
      readKinds: input.readKinds,
      postKinds: input.postKinds,
      organisationIds: input.organisationIds,
      position: input.position,
    };
  }

  private async validate(orgs: Repository<Organisation>, input: ForumCategoryInput): Promise<void> {
    if (!input.name.trim()) throw badInput('name', 'Der Name darf nicht leer sein.');
    // Posting without reading makes no sense and would hide the audience from the poster.
    if (input.postKinds.some((k) => !input.readKinds.includes(k)))
      throw badInput('postKinds', 'Wer schreibt, muss auch lesen dürfen.');
    if (input.organisationIds.length) {
      const found = await orgs.countBy({ id: In(input.organisationIds) });
      if (found !== input.organisationIds.length)
        throw badInput('organisationIds', 'Unbekannte Organisation.');
    }
  }
}
