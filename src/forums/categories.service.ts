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
export function defaultCategories(): Pick<ForumCategory, 'name' | 'description' | 'readKinds' | 'postKinds' | 'organisationIds' | 'position'>[] {
  return [
    { name: 'Allgemein', description: 'Austausch aller Teilnehmenden.', readKinds: [MUNICIPALITY, IT_PROVIDER, CERT], postKinds: [MUNICIPALITY, IT_PROVIDER, CERT], organisationIds: [], position: 10 },
    { name: 'Kommunen unter sich', description: 'Nur für Mitglieder der Kommunen.', readKinds: [MUNICIPALITY], postKinds: [MUNICIPALITY], organisationIds: [], position: 20 },
    { name: 'Dienstleister', description: 'IT-Dienstleister und CERT.', readKinds: [IT_PROVIDER, CERT], postKinds: [IT_PROVIDER, CERT], organisationIds: [], position: 30 },
    { name: 'CERT-Lagebild', description: 'Alle lesen, das CERT schreibt.', readKinds: [MUNICIPALITY, IT_PROVIDER, CERT], postKinds: [CERT], organisationIds: [], position: 40 },
  ];
}

/**
 * Per-viewer category figures. `unread` uses the same rule as the topic list's unreadCount:
 * a topic counts when it has a visible post after the viewer's last read post number.
 */
export function categoryStatsSql(access: ForumAccessService, v: ForumViewer): string {
  const visible = access.visiblePostSql(v, 'p');
  return `
    (SELECT count(*)::int FROM forum_topics t WHERE t.category_id = c.id) AS topic_count,
    (SELECT count(*)::int FROM forum_topics t
       LEFT JOIN forum_read_states rs ON rs.topic_id = t.id AND rs.member_id = :me
      WHERE t.category_id = c.id
        AND EXISTS (SELECT 1 FROM forum_posts p WHERE p.topic_id = t.id AND ${visible} AND p.post_number > COALESCE(rs.last_read_post_number, 0))
    ) AS unread_topic_count,
    (SELECT cw.level FROM forum_category_watches cw WHERE cw.category_id = c.id AND cw.member_id = :me) AS watch_level`;
}

@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ForumCategory) private readonly categories: Repository<ForumCategory>,
    private readonly access: ForumAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(v: ForumViewer, first: number, after?: string | null): Promise<Connection<ForumCategoryType>> {
    const readable = this.access.readableCategorySql(v, 'c');
    const params: Record<string, unknown> = { ...readable.params, me: v.memberId, limit: first + 1 };
    const [{ count }] = await queryNamed<{ count: number }>(this.db, `SELECT count(*)::int AS count FROM forum_categories c WHERE ${readable.sql}`, params);
    let keyset = '';
    if (after) {
      const [position, id] = decodeCursor(after, 2);
      keyset = 'AND (c.position, c.id) > (CAST(:pos AS int), CAST(:id AS uuid))';
      Object.assign(params, { pos: position, id });
    }
    const rows = await queryNamed<Record<string, any>>(
      this.db,
      `SELECT c.id, ${categoryStatsSql(this.access, v)} FROM forum_categories c WHERE ${readable.sql} ${keyset} ORDER BY c.position, c.id LIMIT :limit`,
      params,
    );
    const entities = new Map((await this.categories.findBy({ id: In(rows.map((r) => r.id)) })).map((c) => [c.id, c]));
    const nodes = rows.map((r) => this.toType(v, entities.get(r.id)!, r));
    return toConnection(nodes, first, count, (c) => [c.position, c.id]);
  }

  async get(v: ForumViewer, id: string): Promise<ForumCategoryType> {
    const category = await this.access.readableCategory(v, id);
    const [row] = await queryNamed(this.db, `SELECT ${categoryStatsSql(this.access, v)} FROM forum_categories c WHERE c.id = :id`, { id, me: v.memberId });
    return this.toType(v, category, row);
  }

  /** Several categories with the viewer's figures, for the topic.category field (one batch per request). */
  async byIds(v: ForumViewer, ids: readonly string[]): Promise<Map<string, ForumCategoryType>> {
    const readable = this.access.readableCategorySql(v, 'c');
    const rows = await queryNamed<Record<string, any>>(
      this.db,
      `SELECT c.id, ${categoryStatsSql(this.access, v)} FROM forum_categories c WHERE c.id IN (:...ids) AND ${readable.sql}`,
      { ...readable.params, ids: [...ids], me: v.memberId },
    );
    const entities = new Map((await this.categories.findBy({ id: In(rows.map((r) => r.id)) })).map((c) => [c.id, c]));
    return new Map(rows.map((r) => [r.id as string, this.toType(v, entities.get(r.id)!, r)]));
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

  private toType(v: ForumViewer, c: ForumCategory, r: Record<string, any>): ForumCategoryType {
    return toCategoryType(c, {
      canPost: this.access.canPost(v, c),
      topicCount: r.topic_count,
      unreadTopicCount: r.unread_topic_count,
      watchLevel: (r.watch_level as WatchLevel) ?? WatchLevel.NORMAL,
    });
  }

  async create(me: Principal, input: ForumCategoryInput, req: unknown): Promise<ForumCategory> {
    return this.db.transaction(async (manager) => {
      await this.validate(manager.getRepository(Organisation), input);
      const repo = manager.getRepository(ForumCategory);
      if (await repo.existsBy({ name: input.name.trim() })) throw conflict('Eine Kategorie mit diesem Namen gibt es schon.', 'name');
      const saved = await repo.save(repo.create({ ...this.values(input) }));
      await this.audit.record({ actorId: me.memberId, action: 'forum.category.create', targetType: 'forum_category', targetId: saved.id, ip: clientInfoOf(req as never).ip, details: { ...this.values(input) } }, manager);
      return saved;
    });
  }

  async update(me: Principal, id: string, input: ForumCategoryInput, req: unknown): Promise<ForumCategory> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(ForumCategory);
      const category = await repo.findOneBy({ id });
      if (!category) throw notFound('Die Kategorie');
      await this.validate(manager.getRepository(Organisation), input);
      const clash = await repo.findOneBy({ name: input.name.trim() });
      if (clash && clash.id !== id) throw conflict('Eine Kategorie mit diesem Namen gibt es schon.', 'name');
      const before = { readKinds: category.readKinds, postKinds: category.postKinds, organisationIds: category.organisationIds };
      Object.assign(category, this.values(input));
      const saved = await repo.save(category);
      await this.audit.record({ actorId: me.memberId, action: 'forum.category.update', targetType: 'forum_category', targetId: id, ip: clientInfoOf(req as never).ip, details: { before, after: this.values(input) } }, manager);
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
    if (input.postKinds.some((k) => !input.readKinds.includes(k))) throw badInput('postKinds', 'Wer schreibt, muss auch lesen dürfen.');
    if (input.organisationIds.length) {
      const found = await orgs.countBy({ id: In(input.organisationIds) });
      if (found !== input.organisationIds.length) throw badInput('organisationIds', 'Unbekannte Organisation.');
    }
  }
}
