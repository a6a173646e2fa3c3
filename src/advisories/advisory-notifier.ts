import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { readableWhere } from './advisory-access.service';
import { Advisory } from './advisory.entity';
import { TlpLabel, tlpText } from './advisory.enums';

export const ADVISORY_NOTIFICATION = 'ADVISORY';

export interface NotifyOptions {
  actorId: string;
  /** Only members who have not been notified about this advisory before (new readers after a recipient change). */
  onlyNew?: boolean;
}

/**
 * Notifies every active member who may read the advisory, chosen by the same rule as every read
 * (readableWhere over member columns), in one INSERT ... SELECT: no cap is needed for GREEN
 * advisories that reach the whole community. The text names the label and tracking id; the title
 * only for CLEAR and GREEN, because a notification outlives a later change of recipients. The
 * acting member and the advisory's author are not notified about their own work.
 */
@Injectable()
export class AdvisoryNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  titleFor(a: Advisory, update: boolean): string {
    const what = update
      ? `Aktualisierte Sicherheitswarnung ${a.trackingId} (Version ${a.version})`
      : `Neue Sicherheitswarnung ${a.trackingId}`;
    const open = a.tlp === TlpLabel.CLEAR || a.tlp === TlpLabel.GREEN;
    return open ? `${what}: ${a.title}` : `${what} (${tlpText(a.tlp)})`;
  }

  async notifyReaders(
    manager: EntityManager,
    a: Advisory,
    title: string,
    options: NotifyOptions,
  ): Promise<Notification[]> {
    const onlyNew = options.onlyNew
      ? `AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.member_id = m.id AND n.kind = '${ADVISORY_NOTIFICATION}' AND n.target_id = a.id::text)`
      : '';
    const rows: Array<Record<string, unknown>> = await manager.query(
      `INSERT INTO notifications (member_id, kind, title, body, target_type, target_id, actor_id)
       SELECT m.id, '${ADVISORY_NOTIFICATION}', $2, NULL, 'advisory', a.id::text, $3
         FROM members m, advisories a
        WHERE a.id = $1 AND m.status = 'ACTIVE' AND m.id <> $3 AND m.id <> a.author_id
          AND ${readableWhere({ member: 'm.id', organisation: 'm.organisation_id' })} ${onlyNew}
       RETURNING id, member_id, kind, title, body, target_type, target_id, actor_id, created_at, read_at`,
      [a.id, title.slice(0, 300), options.actorId],
    );
    const created = rows.map((r) =>
      Object.assign(new Notification(), {
        id: r.id,
        memberId: r.member_id,
        kind: r.kind,
        title: r.title,
        body: r.body,
        targetType: r.target_type,
        targetId: r.target_id,
        actorId: r.actor_id,
        createdAt: r.created_at,
        readAt: r.read_at,
      }),
    );
    // Their e-mails (TLP-aware, per preference) are enqueued in this same transaction.
    await this.notifications.created(manager, created);
    return created;
  }

  /** After the transaction committed. */
  publish(created: Notification[]): void {
    this.notifications.publish(created);
  }
}
