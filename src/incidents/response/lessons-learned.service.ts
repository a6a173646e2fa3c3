import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../common/access/authenticated-member';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../../common/graphql/pagination';
import { ForumAccessService, viewerOf } from '../../forums/forum-access.service';
import { ForumCategory } from '../../forums/forum.entities';
import { TopicsService } from '../../forums/topics.service';
import { Member } from '../../members/member.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { OrganisationKind } from '../../organisations/organisation.enums';
import { IncidentStatus } from '../incident.enums';
import { IncidentTimeline, TimelineEntryType } from '../incident-timeline.service';
import { pseudonymise } from './pseudonymise';
import { ResponseAccess } from './response-access';
import { LessonsLearned } from './response.entities';
import { LessonsLearnedStatus } from './response.enums';
import type { LessonsLearnedInput } from './response.types';

/**
 * Lessons learned after closing: a participant drafts a post for a forum category (optionally
 * pseudonymised: no affected municipality named), submits it, the CERT duty roster reviews it and
 * publishing creates the forum topic through the forums' own service, as the author.
 */
@Injectable()
export class LessonsLearnedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ResponseAccess,
    private readonly forumAccess: ForumAccessService,
    private readonly topics: TopicsService,
    private readonly timeline: IncidentTimeline,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async list(
    p: Principal,
    incidentId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<LessonsLearned>> {
    await this.access.readable(p, incidentId);
    const qb = this.db
      .getRepository(LessonsLearned)
      .createQueryBuilder('l')
      .where('l.incident_id = :incidentId', { incidentId });
    const total = await qb.getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2, ['timestamp', 'uuid']);
      qb.andWhere('(l.created_at, l.id) > (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb
      .orderBy('l.created_at', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, total, (l) => [l.createdAt.toISOString(), l.id], after);
  }

  async draft(
    p: Principal,
    incidentId: string,
    input: LessonsLearnedInput,
  ): Promise<LessonsLearned> {
    return this.db.transaction(async (manager) => {
      const incident = await this.access.readable(p, incidentId, manager);
      if (incident.status !== IncidentStatus.CLOSED)
        throw conflict('Lessons learned entstehen nach dem Abschluss des Vorfalls.');
      await this.postableCategory(manager, p, input.categoryId);
      return manager.getRepository(LessonsLearned).save({
        incidentId: incident.id,
        authorId: p.memberId,
        categoryId: input.categoryId,
        title: input.title.trim(),
        bodyMarkdown: input.bodyMarkdown.trim(),
        pseudonymised: input.pseudonymised,
        status: LessonsLearnedStatus.DRAFT,
        reviewedById: null,
        reviewNote: null,
        topicId: null,
        publishedAt: null,
      });
    });
  }

  async update(p: Principal, id: string, input: LessonsLearnedInput): Promise<LessonsLearned> {
    return this.db.transaction(async (manager) => {
      const draft = await this.ownDraft(manager, p, id);
      await this.postableCategory(manager, p, input.categoryId);
      Object.assign(draft, {
        categoryId: input.categoryId,
        title: input.title.trim(),
        bodyMarkdown: input.bodyMarkdown.trim(),
        pseudonymised: input.pseudonymised,
      });
      return manager.getRepository(LessonsLearned).save(draft);
    });
  }

  async submit(p: Principal, id: string): Promise<LessonsLearned> {
    const { saved, notes } = await this.db.transaction(async (manager) => {
      const draft = await this.ownDraft(manager, p, id);
      draft.status = LessonsLearnedStatus.IN_REVIEW;
      const saved = await manager.getRepository(LessonsLearned).save(draft);
      const duty: Array<{ member_id: string }> = await manager.query(
        `SELECT member_id FROM cert_duty_roster WHERE member_id <> $1`,
        [p.memberId],
      );
      const notes = await this.notifications.create(
        manager,
        duty.map((d) => ({
          memberId: d.member_id,
          kind: 'INCIDENT_LESSONS_LEARNED',
          title: `Lessons learned zur Prüfung: ${saved.title}`,
          targetType: 'incident',
          targetId: saved.incidentId,
          actorId: p.memberId,
        })),
      );
      return { saved, notes };
    });
    this.notifications.publish(notes);
    return saved;
  }

  /** Review by the CERT duty roster: publish as a forum topic, or send back with a note. */
  async review(
    p: Principal,
    id: string,
    approve: boolean,
    note: string | null,
  ): Promise<LessonsLearned> {
    const item = await this.db.transaction(async (manager) => {
      const item = await this.locked(manager, p, id);
      await this.access.onDuty(p, item.incidentId, manager);
      if (item.status !== LessonsLearnedStatus.IN_REVIEW)
        throw conflict('Der Beitrag liegt nicht zur Prüfung vor.');
      if (!approve) {
        if (!note?.trim()) throw badInput('note', 'Bitte sagen Sie dem Autor, was zu ändern ist.');
        item.status = LessonsLearnedStatus.DRAFT;
        item.reviewedById = p.memberId;
        item.reviewNote = note.trim();
        const saved = await manager.getRepository(LessonsLearned).save(item);
        const notes = await this.notifications.create(manager, [
          {
            memberId: item.authorId,
            kind: 'INCIDENT_LESSONS_LEARNED',
            title: `Ihr Lessons-learned-Beitrag braucht Änderungen: ${item.title}`,
            targetType: 'incident',
            targetId: item.incidentId,
            actorId: p.memberId,
          },
        ]);
        this.notifications.publish(notes);
        return saved;
      }
      return item;
    });
    if (!approve) return item;
    return this.publish(p, item.id, note);
  }

  /** The text that is (or would be) published: pseudonymised on request. */
  async publishedMarkdown(item: LessonsLearned): Promise<string> {
    if (!item.pseudonymised) return item.bodyMarkdown;
    return pseudonymise(
      item.bodyMarkdown,
      await this.municipalityNames(this.db.manager, item.incidentId),
    );
  }

  async publishedTitle(item: LessonsLearned): Promise<string> {
    if (!item.pseudonymised) return item.title;
    return pseudonymise(item.title, await this.municipalityNames(this.db.manager, item.incidentId));
  }

  /**
   * Creates the forum topic through TopicsService (its audience rule, notifications and read
   * state), as the author. The topic is created in its own transaction; the lessons-learned row
   * is then marked published under a lock, so a second approval cannot publish twice.
   */
  private async publish(p: Principal, id: string, note: string | null): Promise<LessonsLearned> {
    const item = await this.db.getRepository(LessonsLearned).findOneByOrFail({ id });
    const author = await this.authorPrincipal(item.authorId);
    const topic = await this.topics.create(author, {
      categoryId: item.categoryId,
      title: (await this.publishedTitle(item)).slice(0, 200),
      bodyMarkdown: await this.publishedMarkdown(item),
    });
    return this.db.transaction(async (manager) => {
      const locked = await manager
        .getRepository(LessonsLearned)
        .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      locked.status = LessonsLearnedStatus.PUBLISHED;
      locked.reviewedById = p.memberId;
      locked.reviewNote = note?.trim() || null;
      locked.topicId = topic.id;
      locked.publishedAt = new Date();
      const saved = await manager.getRepository(LessonsLearned).save(locked);
      await this.timeline.append(manager, {
        incidentId: item.incidentId,
        type: TimelineEntryType.DECISION,
        actorId: p.memberId,
        text: `Lessons learned veröffentlicht: ${locked.pseudonymised ? 'pseudonymisiert, ' : ''}„${await this.publishedTitle(locked)}“`,
        data: { lessonsLearnedId: id, topicId: topic.id },
      });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'incident.lessons_learned_published',
          targetType: 'incident',
          targetId: item.incidentId,
          details: { lessonsLearnedId: id, topicId: topic.id, pseudonymised: item.pseudonymised },
        },
        manager,
      );
      return saved;
    });
  }

  async authorPrincipal(memberId: string): Promise<Principal> {
    const m = await this.db
      .getRepository(Member)
      .findOneOrFail({ where: { id: memberId }, relations: { organisation: true } });
    return {
      memberId: m.id,
      sessionId: '',
      organisationId: m.organisationId,
      organisationKind: m.organisation!.kind,
      organisationRole: m.organisationRole,
      platformRole: m.platformRole,
      displayName: m.displayName,
      handle: m.handle,
      mfaPending: false,
    };
  }

  private async municipalityNames(manager: EntityManager, incidentId: string): Promise<string[]> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT o.name FROM organisations o
        WHERE o.kind = $2 AND (o.id IN (SELECT organisation_id FROM incident_affected_organisations WHERE incident_id = $1)
           OR o.id = (SELECT organisation_id FROM incidents WHERE id = $1))
        ORDER BY o.name`,
      [incidentId, OrganisationKind.MUNICIPALITY],
    );
    return rows.map((r) => r.name);
  }

  private async locked(manager: EntityManager, p: Principal, id: string) {
    const item = await manager
      .getRepository(LessonsLearned)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw notFound('Der Beitrag');
    try {
      await this.access.readable(p, item.incidentId, manager);
    } catch {
      throw notFound('Der Beitrag');
    }
    return item;
  }

  private async ownDraft(manager: EntityManager, p: Principal, id: string) {
    const item = await this.locked(manager, p, id);
    if (item.authorId !== p.memberId) throw forbidden('Nur der Autor ändert seinen Entwurf.');
    if (item.status !== LessonsLearnedStatus.DRAFT)
      throw conflict(
        'Der Beitrag ist eingereicht oder veröffentlicht und kann nicht mehr geändert werden.',
      );
    return item;
  }

  /** The author must be able to post in the category (same rule the forum applies). */
  private async postableCategory(manager: EntityManager, p: Principal, categoryId: string) {
    const category = await manager.getRepository(ForumCategory).findOneBy({ id: categoryId });
    const v = viewerOf(p);
    if (!category || !this.forumAccess.canRead(v, category)) throw notFound('Die Kategorie');
    if (!this.forumAccess.canPost(v, category))
      throw badInput('categoryId', 'In dieser Kategorie dürfen Sie keine Themen eröffnen.');
  }
}
