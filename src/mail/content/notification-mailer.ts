import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AdvisorySeverity, TlpLabel } from '../../advisories/advisory.enums';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { Notification } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { MailOutbox, OutgoingMail } from '../mail-outbox.service';
import type { MailAttachment } from '../outbound-mail.entity';
import {
  AdvisoryFacts,
  closedAdvisoryMail,
  closedIncidentMail,
  fullAdvisoryMail,
  fullIncidentMail,
  MailText,
  notificationMail,
  openAdvisoryMail,
} from '../templates/content-mails';
import { MAIL_KIND_RULES, MailFrequency, MailKind } from './mail-kinds';
import { effectiveFrequency } from './mail-preferences.service';
import { pgpMime } from './pgp-mime';
import { unsubscribeToken, unsubscribeUrl } from './unsubscribe-token';

const ADVISORY_KIND_BY_SEVERITY: Record<AdvisorySeverity, MailKind> = {
  [AdvisorySeverity.KRITISCH]: MailKind.ADVISORY_CRITICAL,
  [AdvisorySeverity.HOCH]: MailKind.ADVISORY_HIGH,
  [AdvisorySeverity.MITTEL]: MailKind.ADVISORY_MEDIUM,
  [AdvisorySeverity.NIEDRIG]: MailKind.ADVISORY_LOW,
};

export const isOpenTlp = (tlp: TlpLabel) => tlp === TlpLabel.CLEAR || tlp === TlpLabel.GREEN;

/** What the mailer knows about the targets of a batch of notifications (loaded once per batch). */
export interface TargetFacts {
  advisories: Map<string, AdvisoryFacts & { id: string }>;
  /** Chat targets (channel or message id) that belong to an INCIDENT channel (TLP:RED). */
  incidentChat: Set<string>;
}

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
}

/** Notifications that make the recipient a participant of an incident (src/incidents/incident-notifier.ts). */
const INVITATION_KINDS = new Set([
  'INCIDENT_INVITATION',
  'CHANNEL_INVITATION',
  'INCIDENT_REPORTED',
  'INCIDENT_AFFECTED',
  'INCIDENT_PARTICIPANT',
]);

/** Which configurable mail kind an in-app notification belongs to; null: never mailed. */
export function mailKindOf(n: Notification, facts: TargetFacts): MailKind | null {
  if (n.kind === 'ADVISORY') {
    const a = facts.advisories.get(n.targetId);
    return a ? ADVISORY_KIND_BY_SEVERITY[a.severity] : null;
  }
  if (n.kind === 'ADVISORY_REMINDER') return MailKind.ACK_REMINDER;
  if (n.kind.startsWith('INCIDENT') || n.kind.startsWith('MIRT') || n.targetType === 'incident')
    return MailKind.INCIDENT;
  if (facts.incidentChat.has(n.targetId)) return MailKind.INCIDENT;
  if (n.kind === 'MENTION') return MailKind.MENTION;
  if (n.kind === 'CHANNEL_INVITATION') return MailKind.CHANNEL_INVITATION;
  if (n.kind === 'NEW_POST') return MailKind.FORUM_WATCH;
  return null;
}

export function targetPath(targetType: string, targetId: string): string {
  const id = encodeURIComponent(targetId);
  switch (targetType) {
    case 'forum_post':
      return `/foren/beitrag/${id}`;
    case 'forum_topic':
      return `/foren/thema/${id}`;
    case 'advisory':
      return `/warnungen/${id}`;
    case 'channel':
      return `/chat/${id}`;
    case 'incident':
      return `/vorfaelle/${id}`;
    default:
      return '/benachrichtigungen';
  }
}

/**
 * Turns in-app notifications into e-mails, inside the transaction that created them (the outbox
 * row commits or rolls back with the event). Immediate kinds are enqueued here; daily and weekly
 * ones are collected later by MailDigestService from the notifications table.
 *
 * TLP: advisories at CLEAR/GREEN carry their summary; AMBER, AMBER+STRICT and RED only label,
 * severity and a link, unless the recipient stored an OpenPGP key: then the full text goes
 * PGP/MIME-encrypted to that key. Incidents (and chat in incident rooms) are RED alike.
 */
@Injectable()
export class NotificationMailer implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.notifications.setMailer(this);
  }

  async loadFacts(manager: EntityManager, items: Notification[]): Promise<TargetFacts> {
    const advisoryIds = [
      ...new Set(items.filter((n) => n.targetType === 'advisory').map((n) => n.targetId)),
    ];
    const advisories = new Map<string, AdvisoryFacts & { id: string }>();
    if (advisoryIds.length) {
      const rows = await manager.query<
        Array<{
          id: string;
          tlp: TlpLabel;
          severity: AdvisorySeverity;
          tracking_id: string;
          title: string;
          summary: string;
          body_markdown: string;
          version: string;
        }>
      >(
        `SELECT id, tlp, severity, tracking_id, title, summary, body_markdown, version
           FROM advisories WHERE id = ANY($1::uuid[])`,
        [advisoryIds],
      );
      for (const r of rows)
        advisories.set(r.id, {
          id: r.id,
          tlp: r.tlp,
          severity: r.severity,
          trackingId: r.tracking_id,
          title: r.title,
          summary: r.summary,
          bodyMarkdown: r.body_markdown,
          version: r.version,
        });
    }
    const chatIds = [
      ...new Set(
        items
          .filter((n) => n.targetType === 'channel' || n.targetType === 'chat_message')
          .map((n) => n.targetId)
          .filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
      ),
    ];
    const incidentChat = new Set<string>();
    if (chatIds.length) {
      const rows = await manager.query<Array<{ id: string }>>(
        `SELECT c.id::text AS id FROM channels c WHERE c.id = ANY($1::uuid[]) AND c.kind = 'INCIDENT'
         UNION ALL
         SELECT m.id::text FROM messages m JOIN channels c ON c.id = m.channel_id
          WHERE m.id = ANY($1::uuid[]) AND c.kind = 'INCIDENT'`,
        [chatIds],
      );
      for (const r of rows) incidentChat.add(r.id);
    }
    return { advisories, incidentChat };
  }

  /** Active members with their OpenPGP key and stored preferences (inside the caller's transaction). */
  async recipientsWithSettings(
    manager: EntityManager,
    memberIds: string[],
  ): Promise<Map<string, Recipient & { key: string | null; preferences: Record<string, string> }>> {
    if (!memberIds.length) return new Map();
    const rows = await manager.query<
      Array<{
        id: string;
        email: string;
        display_name: string;
        armored_key: string | null;
        prefs: Record<string, string> | null;
      }>
    >(
      `SELECT m.id, m.email, m.display_name, k.armored_key,
              (SELECT jsonb_object_agg(p.kind, p.frequency) FROM mail_preferences p WHERE p.member_id = m.id) AS prefs
         FROM members m LEFT JOIN member_openpgp_keys k ON k.member_id = m.id
        WHERE m.id = ANY($1::uuid[]) AND m.status = 'ACTIVE'`,
      [memberIds],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          email: r.email,
          displayName: r.display_name,
          key: r.armored_key,
          preferences: r.prefs ?? {},
        },
      ]),
    );
  }

  url(path: string): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}${path}`;
  }

  unsubscribeHeaders(
    memberId: string,
    kind: MailKind,
  ): {
    headers: Record<string, string>;
    url: string | null;
  } {
    if (MAIL_KIND_RULES[kind].locked) return { headers: {}, url: null };
    const url = unsubscribeUrl(
      this.config.publicUrl,
      unsubscribeToken(this.config.jwtSecret, memberId, kind),
    );
    return {
      url,
      headers: {
        'List-Unsubscribe': `<${url}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  /** Called by NotificationsService for every batch of new notifications, inside its transaction. */
  async enqueueFor(manager: EntityManager, items: Notification[]): Promise<void> {
    if (!items.length) return;
    const facts = await this.loadFacts(manager, items);
    const kinds = items.map((n) => mailKindOf(n, facts));
    const wanted = items
      .map((n, i) => ({ n, kind: kinds[i] }))
      .filter((x): x is { n: Notification; kind: MailKind } => x.kind !== null);
    if (!wanted.length) return;
    // One statement for address, key and preferences: this runs inside every mention's send.
    const people = await this.recipientsWithSettings(manager, [
      ...new Set(wanted.map((w) => w.n.memberId)),
    ]);
    const now = wanted.filter((w) => {
      const to = people.get(w.n.memberId);
      return to && effectiveFrequency(to.preferences, w.kind) === MailFrequency.IMMEDIATELY;
    });
    if (!now.length) return;
    const keys = new Map([...people].map(([id, p]) => [id, p.key]));
    // Rendered first, written together: an advisory to thousands of members is a few multi-row
    // inserts inside the publish transaction, not two round trips per recipient.
    const mails: OutgoingMail[] = [];
    for (const { n, kind } of now) {
      const to = people.get(n.memberId);
      if (!to) continue;
      const mail = await this.compose(n, kind, to, facts, keys.get(n.memberId) ?? null);
      if (!mail) continue;
      mails.push({
        to: to.email,
        memberId: to.id,
        kind,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        ...(mail.attachments ? { attachments: mail.attachments } : {}),
        dedupeKey: `notification:${n.id}`,
      });
    }
    if (mails.length) await this.outbox.enqueueMany(manager, mails);
  }

  /** One immediate mail for one notification, or null when there is nothing the member may get. */
  async compose(
    n: Notification,
    kind: MailKind,
    to: Recipient,
    facts: TargetFacts,
    key: string | null,
  ): Promise<
    (MailText & { headers: Record<string, string>; attachments?: MailAttachment[] }) | null
  > {
    const unsubscribe = this.unsubscribeHeaders(to.id, kind);
    const url = this.url(targetPath(n.targetType, n.targetId));
    const name = to.displayName;
    if (n.kind === 'ADVISORY' || n.kind === 'ADVISORY_REMINDER') {
      const a = facts.advisories.get(n.targetId);
      if (!a) return null;
      const reminder = n.kind === 'ADVISORY_REMINDER';
      const update = n.title.startsWith('Aktualisierte');
      if (isOpenTlp(a.tlp))
        return {
          ...openAdvisoryMail(a, { name, update, url, unsubscribeUrl: unsubscribe.url, reminder }),
          headers: unsubscribe.headers,
        };
      const outer = closedAdvisoryMail(a, {
        name,
        update,
        url,
        unsubscribeUrl: unsubscribe.url,
        reminder,
        encrypted: !!key,
      });
      if (!key) return { ...outer, headers: unsubscribe.headers };
      const inner = fullAdvisoryMail(a, { name, update, url, reminder });
      return {
        subject: outer.subject,
        ...(await pgpMime(key, inner.subject, inner.text, inner.html)),
        headers: unsubscribe.headers,
      };
    }
    if (kind === MailKind.INCIDENT) {
      const invitation = INVITATION_KINDS.has(n.kind);
      const outer = closedIncidentMail({ name, invitation, url, encrypted: !!key });
      if (!key) return { ...outer, headers: {} };
      const inner = fullIncidentMail({ name, title: n.title, body: n.body, url });
      return {
        subject: outer.subject,
        ...(await pgpMime(key, inner.subject, inner.text, inner.html)),
        headers: {},
      };
    }
    return {
      ...notificationMail({
        name,
        title: n.title,
        body: n.body,
        url,
        unsubscribeUrl: unsubscribe.url,
      }),
      headers: unsubscribe.headers,
    };
  }
}
