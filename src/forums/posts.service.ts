import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, conflict, forbidden } from '../common/errors/app-error';
import { Connection, decodeCursor, PageArgs, toConnection } from '../common/graphql/pagination';
import { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { type CreateForumPostInput, markdownOf } from './dto/forum.inputs';
import { ForumAccessService, ForumViewer, viewerOf } from './forum-access.service';
import { Member } from '../members/member.entity';
import { EntityRows, NamedStatement } from '../database/entity-rows';
import type { ReactionSummaryType } from './dto/forum.types';
import { ForumPost, ForumPostRevision, ForumTopic } from './forum.entities';
import { reactionSummariesSql } from './forum-sql';
import { PostNotifier } from './post-notifier';
import { preparePostBody } from './post-content';
import { ReadStateService } from './read-state.service';

/** What a topic page query reads besides the posts (the caller selected those fields). */
export interface PostPageIncludes {
  authors?: boolean;
  reactions?: boolean;
}

export interface PostPage {
  connection: Connection<ForumPost>;
  /** The authors' member rows as MemberLoader reads them (empty unless included). */
  authors: Member[];
  /** The viewer's reaction summaries per post id (null unless included). */
  reactions: Map<string, ReactionSummaryType[]> | null;
}

@Injectable()
export class PostsService {
  private readonly rows: { post: EntityRows<ForumPost>; author: EntityRows<Member> };
  private readonly pageStatements = new Map<string, NamedStatement>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
    private readonly notifier: PostNotifier,
    private readonly notifications: NotificationsService,
    private readonly readState: ReadStateService,
  ) {
    this.rows = {
      post: new EntityRows(db, ForumPost, 'p'),
      author: new EntityRows(db, Member, 'a'),
    };
  }

  /**
   * Posts of a topic the caller has already been allowed to read, ascending by post number.
   * `knownTotal` is the topic's visible-post count for this viewer when the caller has it already
   * (ForumTopic.postCount counts with the same rule), which saves a COUNT per topic page.
   * With `include`, the same statement also reads the authors' member rows and the viewer's
   * reaction summaries of each post, for the caller to prime the loaders of those fields.
   */
  async listOfTopic(
    v: ForumViewer,
    topicId: string,
    page: PageArgs,
    knownTotal?: number,
    include: PostPageIncludes = {},
  ): Promise<PostPage> {
    const visible = this.access.visiblePostSql(v, 'p');
    const totalCount =
      knownTotal ??
      (
        await this.db.query<Array<{ count: number }>>(
          `SELECT count(*)::int AS count FROM forum_posts p WHERE p.topic_id = $1 AND ${visible}`,
          [topicId],
        )
      )[0].count;
    const after = page.after ? Number(decodeCursor(page.after, 1)[0]) : null;
    const statement = this.pageStatement(visible, after !== null, include);
    const raw: Array<Record<string, unknown>> = await this.db.query(
      statement.text,
      statement.values({ topicId, number: after, limit: page.first + 1, me: v.memberId }),
    );
    const entities = raw.map((row) => this.rows.post.read(row)!);
    const authors: Member[] = [];
    if (include.authors)
      for (const row of raw) {
        const author = this.rows.author.read(row);
        if (author) authors.push(author);
      }
    const reactions = include.reactions
      ? new Map(raw.map((r) => [r.p_id as string, r.reactions as ReactionSummaryType[]]))
      : null;
    return {
      connection: toConnection(entities, page.first, totalCount, (p) => [p.postNumber], page.after),
      authors,
      reactions,
    };
  }

  /**
   * The page statement of listOfTopic, made once per shape (visibility rule, cursor, joins): the
   * query builder generated the same SQL for every request, a measurable share of the topic
   * page's CPU (bench/README.md, P1). Rows are hydrated as the query builder did (EntityRows).
   */
  private pageStatement(
    visible: string,
    after: boolean,
    include: PostPageIncludes,
  ): NamedStatement {
    const key = `${after}|${!!include.authors}|${!!include.reactions}|${visible}`;
    let statement = this.pageStatements.get(key);
    if (!statement) {
      const select = [this.rows.post.select];
      if (include.authors) select.push(this.rows.author.select);
      if (include.reactions) select.push(`${reactionSummariesSql('p.id')} AS "reactions"`);
      statement = new NamedStatement(
        this.db,
        `SELECT ${select.join(', ')}
           FROM forum_posts p${include.authors ? '\n           LEFT JOIN members a ON a.id = p.author_id' : ''}
          WHERE p.topic_id = :topicId AND ${visible}${after ? ' AND p.post_number > :number' : ''}
          ORDER BY p.post_number ASC
          LIMIT :limit`,
        ['topicId', 'number', 'limit', 'me'],
      );
      this.pageStatements.set(key, statement);
    }
    return statement;
  }

  async get(v: ForumViewer, id: string): Promise<ForumPost> {
    return (await this.access.readablePost(v, id)).post;
  }

  async create(me: Principal, input: CreateForumPostInput): Promise<ForumPost> {
    const v = viewerOf(me);
    const body = markdownOf(input);
    const content = preparePostBody(body.markdown, body.field);
    let created: Notification[] = [];
    const post = await this.db.transaction(async (manager) => {
      // The row lock serialises numbering of concurrent replies to one topic.
      const { topic, category } = await this.access.readableTopic(v, input.topicId, manager, true);
      if (!this.access.canPost(v, category))
        throw forbidden('In dieser Kategorie dürfen Sie nicht schreiben.');
      if (topic.lockedAt)
        throw conflict('Das Thema ist gesperrt; Antworten sind nicht möglich.', 'topicId');
      if (input.replyToPostId) {
        const target = await manager
          .getRepository(ForumPost)
          .findOneBy({ id: input.replyToPostId, topicId: topic.id });
        if (!target || !this.access.isPostVisible(v, target))
          throw badInput(
            'replyToPostId',
            'Der Beitrag, auf den geantwortet wird, gehört nicht zu diesem Thema.',
          );
      }
      if (input.quotedPostId) {
        // Readers see the quote only if they may read its source (checked again at read time).
        await this.access.readablePost(v, input.quotedPostId, manager).catch(() => {
          throw badInput('quotedPostId', 'Der zitierte Beitrag wurde nicht gefunden.');
        });
      }
      const number = topic.lastPostNumber + 1;
      const now = new Date();
      const saved = await manager.getRepository(ForumPost).save({
        topicId: topic.id,
        authorId: me.memberId,
        postNumber: number,
        ...content,
        replyToPostId: input.replyToPostId ?? null,
        quotedPostId: input.quotedPostId ?? null,
        editedAt: null,
        hiddenAt: null,
        hiddenById: null,
        deletedAt: null,
        createdAt: now,
      });
      await manager
        .getRepository(ForumTopic)
        .update(topic.id, { lastPostNumber: number, lastPostAt: now });
      await this.readState.advance(manager, me.memberId, topic.id, number);
      created = await this.notifications.create(
        manager,
        await this.notifier.notificationsFor(manager, saved, topic, category),
      );
      return saved;
    });
    this.notifications.publish(created);
    return post;
  }

  /** Only the author edits; the previous text is kept as a revision. Only newly mentioned members are notified. */
  async edit(
    me: Principal,
    id: string,
    body: { markdown: string; field: string },
  ): Promise<ForumPost> {
    const v = viewerOf(me);
    const content = preparePostBody(body.markdown, body.field);
    let created: Notification[] = [];
    const saved = await this.db.transaction(async (manager) => {
      const { post, topic, category } = await this.access.readablePost(v, id, manager);
      if (post.authorId !== me.memberId)
        throw forbidden('Nur die Autorin oder der Autor kann den Beitrag bearbeiten.');
      // After a move into a category where the author may only read, their posts are frozen too.
      if (!this.access.canPost(v, category))
        throw forbidden('In dieser Kategorie dürfen Sie nicht schreiben.');
      const revisions = manager.getRepository(ForumPostRevision);
      const count = await revisions.countBy({ postId: post.id });
      await revisions.insert({
        postId: post.id,
        revision: count + 1,
        raw: post.raw,
        editedById: me.memberId,
      });
      const previousRaw = post.raw;
      Object.assign(post, content, { editedAt: new Date() });
      const updated = await manager.getRepository(ForumPost).save(post);
      created = await this.notifications.create(
        manager,
        await this.notifier.notificationsFor(manager, updated, topic, category, previousRaw),
      );
      return updated;
    });
    this.notifications.publish(created);
    return saved;
  }

  /** Soft delete by the author: the row keeps its number (replies stay ordered), the text and its history go. */
  async delete(me: Principal, id: string): Promise<boolean> {
    const v = viewerOf(me);
    await this.db.transaction(async (manager) => {
      const { post } = await this.access.readablePost(v, id, manager);
      if (post.authorId !== me.memberId)
        throw forbidden('Nur die Autorin oder der Autor kann den Beitrag löschen.');
      await manager
        .getRepository(ForumPost)
        .update(post.id, { raw: '', html: '', plain: '', deletedAt: new Date() });
      await manager.getRepository(ForumPostRevision).delete({ postId: post.id });
    });
    return true;
  }
}
