import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ForumAccessService, ForumViewer } from '../../forums/forum-access.service';
import { PlatformRole } from '../../members/member.enums';
import { Notification } from '../../notifications/notification.entity';
import { OrganisationKind } from '../../organisations/organisation.enums';
import { readableWhere } from '../../advisories/advisory-access.service';
import { tlpText } from '../../advisories/advisory.enums';
import { MailOutbox } from '../mail-outbox.service';
import { DigestLine, digestMail, SEVERITY_TEXT } from '../templates/content-mails';
import { MailFrequency, MailKind, MAIL_KIND_RULES } from './mail-kinds';
import { MailPreferencesService } from './mail-preferences.service';
import { isOpenTlp, mailKindOf, NotificationMailer, targetPath } from './notification-mailer';

/** Upper bound of lines per digest section: a digest is a pointer to the platform, not an archive. */
const MAX_LINES = 50;

interface MemberRow {
  id: string;
  email: string;
  display_name: string;
  organisation_id: string;
  organisation_kind: OrganisationKind;
  platform_role: PlatformRole;
}

/**
 * Daily (07:00 German time) and weekly (Monday 07:00) digests: deferred notifications of the kinds
 * the member set to that frequency, and new posts in watched forum categories and topics. Access
 * is checked again when the digest is written (forum audiences, advisory readers), and advisories
 * above GREEN appear only with label and severity. Once per member and period across instances:
 * the first instance to insert the mail_digest_runs row sends it, in the same transaction.
 */
@Injectable()
export class MailDigestService {
  private readonly logger = new Logger(MailDigestService.name);

  constructor(
    private readonly db: DataSource,
    private readonly outbox: MailOutbox,
    private readonly preferences: MailPreferencesService,
    private readonly mailer: NotificationMailer,
    private readonly forumAccess: ForumAccessService,
  ) {}

  /** Returns how many digests were enqueued. `stop` is asked before each member (shutdown). */
  async run(
    frequency: MailFrequency.DAILY | MailFrequency.WEEKLY,
    stop: () => boolean = () => false,
  ): Promise<number> {
    const [{ period_start: periodStart }] = await this.db.query<Array<{ period_start: Date }>>(
      frequency === MailFrequency.DAILY
        ? `SELECT (CASE WHEN local >= date_trunc('day', local) + interval '7 hours'
                   THEN date_trunc('day', local) ELSE date_trunc('day', local) - interval '1 day' END
                   + interval '7 hours') AT TIME ZONE 'Europe/Berlin' AS period_start
             FROM (SELECT now() AT TIME ZONE 'Europe/Berlin' AS local) x`
        : `SELECT (CASE WHEN local >= date_trunc('week', local) + interval '7 hours'
                   THEN date_trunc('week', local) ELSE date_trunc('week', local) - interval '7 days' END
                   + interval '7 hours') AT TIME ZONE 'Europe/Berlin' AS period_start
             FROM (SELECT now() AT TIME ZONE 'Europe/Berlin' AS local) x`,
    );
    const due = await this.db.query<MemberRow[]>(
      `SELECT m.id, m.email, m.display_name, m.organisation_id, o.kind AS organisation_kind, m.platform_role
         FROM members m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM mail_digest_runs r
                           WHERE r.member_id = m.id AND r.frequency = $1 AND r.period_start = $2)`,
      [frequency, periodStart],
    );
    let sent = 0;
    for (const member of due) {
      if (stop()) break;
      try {
        if (await this.digestFor(member, frequency, periodStart)) sent++;
      } catch (error) {
        this.logger.warn(`digest for ${member.id} failed: ${String(error)}`);
      }
    }
    return sent;
  }

  private digestFor(m: MemberRow, frequency: MailFrequency, periodStart: Date): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const claimed = await manager.query<Array<{ ran_at: Date }>>(
        `INSERT INTO mail_digest_runs (member_id, frequency, period_start) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING ran_at`,
        [m.id, frequency, periodStart],
      );
      if (!claimed.length) return false;
      const until = claimed[0].ran_at;
      const [{ since }] = await manager.query<Array<{ since: Date }>>(
        `SELECT coalesce(max(ran_at), $3::timestamptz - $4::interval) AS since FROM mail_digest_runs
          WHERE member_id = $1 AND frequency = $2 AND period_start < $5`,
        [
          m.id,
          frequency,
          until,
          frequency === MailFrequency.DAILY ? '1 day' : '7 days',
          periodStart,
        ],
      );
      const sections: Array<{ heading: string; lines: DigestLine[] }> = [];
      const deferred = await this.deferredLines(manager, m, frequency, since, until);
      if (deferred.length) sections.push({ heading: 'Benachrichtigungen', lines: deferred });
      const freq = await this.preferences.frequencies(manager, [m.id], [MailKind.FORUM_WATCH]);
      if (freq(m.id, MailKind.FORUM_WATCH) === frequency) {
        const posts = await this.forumLines(manager, m, since, until);
        if (posts.length)
          sections.push({ heading: 'Neue Beiträge in beobachteten Foren', lines: posts });
      }
      if (!sections.length) return false;
      const kind = frequency === MailFrequency.DAILY ? 'DIGEST_DAILY' : 'DIGEST_WEEKLY';
      const mail = digestMail({
        name: m.display_name,
        weekly: frequency === MailFrequency.WEEKLY,
        sections,
        unsubscribeUrl: null,
      });
      await this.outbox.enqueue(manager, {
        to: m.email,
        memberId: m.id,
        kind,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        dedupeKey: `digest:${m.id}:${frequency}:${new Date(periodStart).toISOString()}`,
      });
      return true;
    });
  }

  /** Unread notifications of kinds set to this frequency; forum posts come from the watch query instead. */
  private async deferredLines(
    manager: EntityManager,
    m: MemberRow,
    frequency: MailFrequency,
    since: Date,
    until: Date,
  ): Promise<DigestLine[]> {
    const items = await manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.member_id = :id AND n.read_at IS NULL AND n.kind <> :newPost', {
        id: m.id,
        newPost: 'NEW_POST',
      })
      .andWhere('n.created_at > :since AND n.created_at <= :until', { since, until })
      .orderBy('n.created_at', 'ASC')
      .limit(500)
      .getMany();
    if (!items.length) return [];
    const facts = await this.mailer.loadFacts(manager, items);
    const kinds = items.map((n) => mailKindOf(n, facts));
    const freq = await this.preferences.frequencies(
      manager,
      [m.id],
      [...new Set(kinds.filter((k): k is MailKind => k !== null))],
    );
    // The advisory may have lost this reader since (recipients changed): ask the rule again.
    const readable = new Set(
      (
        await manager.query<Array<{ id: string }>>(
          `SELECT a.id::text AS id FROM advisories a WHERE a.id = ANY($1::uuid[]) AND ${readableWhere({ member: '$2::uuid', organisation: '$3::uuid' })}`,
          [[...facts.advisories.keys()], m.id, m.organisation_id],
        )
      ).map((r) => r.id),
    );
    const lines: DigestLine[] = [];
    items.forEach((n, i) => {
      const kind = kinds[i];
      if (!kind || MAIL_KIND_RULES[kind].locked || freq(m.id, kind) !== frequency) return;
      if (kind === MailKind.INCIDENT) return;
      const url = this.mailer.url(targetPath(n.targetType, n.targetId));
      if (n.targetType === 'advisory') {
        const a = facts.advisories.get(n.targetId);
        if (!a || !readable.has(a.id)) return;
        const what =
          n.kind === 'ADVISORY_REMINDER' ? 'Erinnerung an Rückmeldung' : 'Sicherheitswarnung';
        lines.push({
          text: isOpenTlp(a.tlp)
            ? `${what} ${a.trackingId} (${SEVERITY_TEXT[a.severity]}, ${tlpText(a.tlp)}): ${a.title}`
            : `${what} für Ihre Organisation (${SEVERITY_TEXT[a.severity]}, ${tlpText(a.tlp)})`,
          url,
        });
        return;
      }
      lines.push({ text: n.title, url });
    });
    return lines.slice(0, MAX_LINES);
  }

  /** New visible posts in topics and categories the member watches and may read now. */
  private async forumLines(
    manager: EntityManager,
    m: MemberRow,
    since: Date,
    until: Date,
  ): Promise<DigestLine[]> {
    const viewer: ForumViewer = {
      memberId: m.id,
      organisationId: m.organisation_id,
      organisationKind: m.organisation_kind,
      platformRole: m.platform_role,
    };
    const readable = this.forumAccess.readableCategorySql(viewer, 'c');
    const rows = await manager
      .createQueryBuilder()
      .select(['p.id AS id', 't.title AS topic', 'c.name AS category'])
      .from('forum_posts', 'p')
      .innerJoin('forum_topics', 't', 't.id = p.topic_id')
      .innerJoin('forum_categories', 'c', 'c.id = t.category_id')
      .leftJoin('forum_topic_watches', 'tw', 'tw.member_id = :mid AND tw.topic_id = t.id')
      .leftJoin('forum_category_watches', 'cw', 'cw.member_id = :mid AND cw.category_id = c.id')
      .where(`(tw.level = 'WATCHING' OR (tw.level IS NULL AND cw.level = 'WATCHING'))`)
      .andWhere('p.author_id <> :mid AND p.deleted_at IS NULL AND p.hidden_at IS NULL')
      .andWhere('p.created_at > :since AND p.created_at <= :until')
      // A topic's last_post_at is the creation time of its newest post (set with every post, never
      // lowered): only topics active since the last digest can hold new posts. Without this the
      // statement read every topic, for every member and digest (88 ms at 1M posts, 6,000 members:
      // minutes of database time each morning, bench/README.md); with it, an index range.
      .andWhere('t.last_post_at > :since')
      .andWhere(readable.sql)
      .setParameters({ ...readable.params, mid: m.id, since, until })
      .orderBy('p.created_at', 'ASC')
      .limit(MAX_LINES)
      .getRawMany<{ id: string; topic: string; category: string }>();
    return rows.map((r) => ({
      text: `${r.category} › ${r.topic}`,
      url: this.mailer.url(targetPath('forum_post', r.id)),
    }));
  }
}
