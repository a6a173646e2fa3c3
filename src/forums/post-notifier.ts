import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { extractMentions } from '../common/markdown/mentions';
import { PlatformRole } from '../members/member.enums';
import { NewNotification } from '../notifications/notifications.service';
import { OrganisationKind } from '../organisations/organisation.enums';
import { ForumAccessService, ForumViewer } from './forum-access.service';
import { ForumCategory, ForumPost, ForumTopic } from './forum.entities';
import { excerpt } from './post-content';
import { queryNamed } from './forum-sql';

/** Upper bound of NEW_POST notifications per post; watching is opt-in, so this is generous. */
const MAX_WATCHER_NOTIFICATIONS = 2000;

interface RecipientRow {
  id: string;
  organisation_id: string;
  kind: OrganisationKind;
  platform_role: PlatformRole;
}

const asViewer = (r: RecipientRow): ForumViewer => ({
  memberId: r.id,
  organisationId: r.organisation_id,
  organisationKind: r.kind,
  platformRole: r.platform_role,
});

/**
 * Decides who hears about a new post: mentioned members and watchers, and only those who may read
 * the topic's category (checked with the same rule as every read). The author is never notified.
 */
@Injectable()
export class PostNotifier {
  constructor(private readonly access: ForumAccessService) {}

  /**
   * For a new post: mentioned members and watchers. For an edit (`previousRaw` given): only members
   * newly mentioned by the edit, so fixing a typo does not notify everyone again.
   */
  async notificationsFor(
    manager: EntityManager,
    post: ForumPost,
    topic: ForumTopic,
    category: ForumCategory,
    previousRaw?: string,
  ): Promise<NewNotification[]> {
    const before = new Set(previousRaw === undefined ? [] : extractMentions(previousRaw));
    const handles = extractMentions(post.raw).filter((h) => !before.has(h));
    const mentioned = handles.length
      ? await queryNamed<RecipientRow>(
          manager,
          `SELECT m.id, m.organisation_id, o.kind, m.platform_role FROM members m JOIN organisations o ON o.id = m.organisation_id
            WHERE lower(m.handle) IN (:...handles) AND m.status = 'ACTIVE'`,
          { handles },
        )
      : [];
    const watchers =
      previousRaw !== undefined
        ? []
        : await queryNamed<RecipientRow>(
            manager,
            `SELECT m.id, m.organisation_id, o.kind, m.platform_role FROM members m JOIN organisations o ON o.id = m.organisation_id
         LEFT JOIN forum_topic_watches tw ON tw.member_id = m.id AND tw.topic_id = :topicId
         LEFT JOIN forum_category_watches cw ON cw.member_id = m.id AND cw.category_id = :categoryId
        WHERE m.status = 'ACTIVE' AND (tw.level = 'WATCHING' OR (tw.level IS NULL AND cw.level = 'WATCHING'))
        ORDER BY m.id LIMIT :limit`,
            { topicId: topic.id, categoryId: category.id, limit: MAX_WATCHER_NOTIFICATIONS },
          );
    const text = excerpt(post.plain, 200);
    const items: NewNotification[] = [];
    const notified = new Set<string>([post.authorId]);
    for (const m of mentioned) {
      if (notified.has(m.id) || !this.access.canRead(asViewer(m), category)) continue;
      notified.add(m.id);
      items.push({
        memberId: m.id,
        kind: 'MENTION',
        title: `Erwähnung in „${topic.title}“`,
        body: text,
        targetType: 'forum_post',
        targetId: post.id,
        actorId: post.authorId,
      });
    }
    for (const m of watchers) {
      if (notified.has(m.id) || !this.access.canRead(asViewer(m), category)) continue;
      notified.add(m.id);
      items.push({
        memberId: m.id,
        kind: 'NEW_POST',
        title: `Neuer Beitrag in „${topic.title}“`,
        body: text,
        targetType: 'forum_post',
        targetId: post.id,
        actorId: post.authorId,
      });
    }
    return items;
  }
}
