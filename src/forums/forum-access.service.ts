import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { notFound } from '../common/errors/app-error';
import { EntityRows, NamedStatement } from '../database/entity-rows';
import { Member } from '../members/member.entity';
import { PlatformRole } from '../members/member.enums';
import { OrganisationKind } from '../organisations/organisation.enums';
import { ForumCategory, ForumPost, ForumTopic } from './forum.entities';

/** The part of a principal the audience rule looks at (also built for mention/watch recipients). */
export interface ForumViewer {
  memberId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  platformRole: PlatformRole;
}

export interface TopicReadOptions {
  /** Extra columns on the topic row (alias `t`): [sql, alias]. */
  columns?: Array<[sql: string, alias: string]>;
  params?: Record<string, unknown>;
  manager?: EntityManager;
  /** Lock the topic row (FOR UPDATE of `t`) until the transaction ends. */
  lock?: boolean;
  /** Join the author's member row too. */
  withAuthor?: boolean;
}

export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * MODERATORs and ADMINs read every category and see hidden posts: a flagged post in a closed
 * category must be reviewable, and moderation is their job (they are vetted platform staff).
 * Posting is never widened: staff post only where their organisation is in the audience.
 */
export function isForumStaff(v: Pick<ForumViewer, 'platformRole'>): boolean {
  return v.platformRole === PlatformRole.MODERATOR || v.platformRole === PlatformRole.ADMIN;
}

function inAudience(v: ForumViewer, kinds: string[], c: ForumCategory): boolean {
  return (
    kinds.includes(v.organisationKind) &&
    (c.organisationIds.length === 0 || c.organisationIds.includes(v.organisationId))
  );
}

/**
 * The one place that decides who reads and who posts in the forums. Object checks answer
 * NOT_FOUND for forbidden and missing alike; list, search and count queries use `readableCategorySql`
 * and `visiblePostSql` so every path applies the same rule in SQL.
 */
@Injectable()
export class ForumAccessService {
  private readonly db: DataSource;
  private readonly rows: {
    topic: EntityRows<ForumTopic>;
    category: EntityRows<ForumCategory>;
    author: EntityRows<Member>;
  };
  private readonly topicStatements = new Map<string, NamedStatement>();

  constructor(
    @InjectRepository(ForumCategory) private readonly categories: Repository<ForumCategory>,
    @InjectRepository(ForumTopic) private readonly topics: Repository<ForumTopic>,
    @InjectRepository(ForumPost) private readonly posts: Repository<ForumPost>,
  ) {
    this.db = topics.manager.connection;
    this.rows = {
      topic: new EntityRows(this.db, ForumTopic, 't'),
      category: new EntityRows(this.db, ForumCategory, 'c'),
      author: new EntityRows(this.db, Member, 'a'),
    };
  }

  canRead(v: ForumViewer, c: ForumCategory): boolean {
    return isForumStaff(v) || inAudience(v, c.readKinds, c);
  }

  canPost(v: ForumViewer, c: ForumCategory): boolean {
    return inAudience(v, c.readKinds, c) && inAudience(v, c.postKinds, c);
  }

  /** WHERE fragment: the category aliased `alias` is readable by the viewer. */
  readableCategorySql(v: ForumViewer, alias: string): SqlFragment {
    if (isForumStaff(v)) return { sql: 'TRUE', params: {} };
    return {
      sql: `(:fa_kind = ANY(${alias}.read_kinds) AND (cardinality(${alias}.organisation_ids) = 0 OR CAST(:fa_org AS uuid) = ANY(${alias}.organisation_ids)))`,
      params: { fa_kind: v.organisationKind, fa_org: v.organisationId },
    };
  }

  /** WHERE fragment: the post aliased `alias` is shown to the viewer (never deleted; hidden only to staff). */
  visiblePostSql(v: ForumViewer, alias: string): string {
    return isForumStaff(v)
      ? `${alias}.deleted_at IS NULL`
      : `(${alias}.deleted_at IS NULL AND ${alias}.hidden_at IS NULL)`;
  }

  isPostVisible(v: ForumViewer, p: ForumPost): boolean {
    return !p.deletedAt && (!p.hiddenAt || isForumStaff(v));
  }

  async readableCategory(
    v: ForumViewer,
    id: string,
    manager?: EntityManager,
  ): Promise<ForumCategory> {
    const repo = manager ? manager.getRepository(ForumCategory) : this.categories;
    const category = await repo.findOneBy({ id });
    if (!category || !this.canRead(v, category)) throw notFound('Die Kategorie');
    return category;
  }

  /** The topic and its category, or NOT_FOUND when missing or outside the viewer's audience. */
  async readableTopic(
    v: ForumViewer,
    id: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<{ topic: ForumTopic; category: ForumCategory }> {
    const { topic, category } = await this.readableTopicWith(v, id, { manager, lock });
    return { topic, category };
  }

  /**
   * readableTopic plus extra columns computed on the topic row (alias `t`), e.g. per-viewer figures,
   * and optionally the author's member row (alias `a`, as MemberLoader reads it), all in one
   * statement (every topic read starts here; bench/README.md, P2). The author is returned only
   * after the access check passed.
   */
  async readableTopicWith(
    v: ForumViewer,
    id: string,
    options: TopicReadOptions = {},
  ): Promise<{
    topic: ForumTopic;
    category: ForumCategory;
    author: Member | null;
    raw: Record<string, unknown>;
  }> {
    const { columns = [], params = {}, manager, lock = false, withAuthor = false } = options;
    const statement = this.topicStatement(columns, Object.keys(params), withAuthor, lock);
    const values = statement.values({ ...params, id });
    const rows: Array<Record<string, unknown>> = await (manager ?? this.db).query(
      statement.text,
      values,
    );
    const row = rows[0];
    const topic = row && this.rows.topic.read(row);
    if (!topic) throw notFound('Das Thema');
    const category = this.rows.category.read(row);
    if (!category || !this.canRead(v, category)) throw notFound('Das Thema');
    const author = withAuthor ? (this.rows.author.read(row) ?? null) : null;
    return { topic, category, author, raw: row };
  }

  /**
   * The statement of readableTopicWith, made once per shape (extra columns, parameter names,
   * author, lock): the SQL text is fixed, only the values change per request. The rows are
   * hydrated as the query builder did before (EntityRows; the priming tests compare them).
   */
  private topicStatement(
    columns: Array<[sql: string, alias: string]>,
    names: string[],
    withAuthor: boolean,
    lock: boolean,
  ): NamedStatement {
    const key = `${withAuthor}|${lock}|${names.join(',')}|${columns.map(([sql, alias]) => `${alias}=${sql}`).join('|')}`;
    let statement = this.topicStatements.get(key);
    if (!statement) {
      const { topic, category, author } = this.rows;
      const select = [topic.select, category.select];
      if (withAuthor) select.push(author.select);
      for (const [sql, alias] of columns) select.push(`${sql} AS "${alias}"`);
      statement = new NamedStatement(
        this.db,
        `SELECT ${select.join(', ')}
           FROM forum_topics t
           JOIN forum_categories c ON c.id = t.category_id${withAuthor ? '\n           LEFT JOIN members a ON a.id = t.author_id' : ''}
          WHERE t.id = :id${lock ? '\n          FOR UPDATE OF t' : ''}`,
        [...names, 'id'],
      );
      // Bounded: the shapes come from code (a few per caller), never from input.
      this.topicStatements.set(key, statement);
    }
    return statement;
  }

  /** The post with its topic and category; hidden posts only for staff, deleted posts for nobody. */
  async readablePost(
    v: ForumViewer,
    id: string,
    manager?: EntityManager,
  ): Promise<{ post: ForumPost; topic: ForumTopic; category: ForumCategory }> {
    const repo = manager ? manager.getRepository(ForumPost) : this.posts;
    const post = await repo.findOneBy({ id });
    if (!post || !this.isPostVisible(v, post)) throw notFound('Der Beitrag');
    try {
      const { topic, category } = await this.readableTopic(v, post.topicId, manager);
      return { post, topic, category };
    } catch {
      throw notFound('Der Beitrag');
    }
  }
}

export function viewerOf(p: Principal): ForumViewer {
  return {
    memberId: p.memberId,
    organisationId: p.organisationId,
    organisationKind: p.organisationKind,
    platformRole: p.platformRole,
  };
}
