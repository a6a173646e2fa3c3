import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { AppError, conflict } from '../common/errors/app-error';
import { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Organisation } from '../organisations/organisation.entity';
import { AdvisoryAccessService, readableWhere } from './advisory-access.service';
import { expectedOrganisationWhere } from './advisory-acknowledgements.service';
import { Advisory } from './advisory.entity';
import { AdvisoryStatus, TlpLabel, tlpText } from './advisory.enums';

export const ADVISORY_REMINDER_NOTIFICATION = 'ADVISORY_REMINDER';
/** At most one reminder per advisory in this interval, whoever of the CERT sends it. */
export const REMINDER_INTERVAL_SECONDS = 3600;
const REMINDER_ACTION = 'advisory.reminder_sent';

export interface ReminderResult {
  organisations: Organisation[];
  notifiedMembers: number;
  nextReminderAllowedAt: Date;
}

/**
 * The managing CERT reminds the expected organisations that have not answered an advisory: an
 * in-app notification to each of their active members who may read it (the same rule as every
 * read), in one transaction with the audit entry that also carries the rate limit.
 */
@Injectable()
export class AdvisoryRemindersService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AdvisoryAccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** German text; the title of the advisory only where its label lets a notification carry it. */
  private titleFor(a: Advisory): string {
    const open = a.tlp === TlpLabel.CLEAR || a.tlp === TlpLabel.GREEN;
    const what = open ? `${a.trackingId}: ${a.title}` : `${a.trackingId} (${tlpText(a.tlp)})`;
    return `Erinnerung: Bitte Rückmeldung zur Sicherheitswarnung ${what}`;
  }

  async remind(me: Principal, id: string, ip: string | null): Promise<ReminderResult> {
    const { result, created } = await this.db.transaction(async (manager) => {
      // Locks the advisory row: two reminders at once are serialised, so the limit holds.
      const advisory = await this.access.manageable(me, id, manager);
      if (advisory.status === AdvisoryStatus.DRAFT)
        throw conflict(
          'Zu einem Entwurf gibt es keine Rückmeldungen, an die erinnert werden kann.',
        );
      const [last] = await manager.query<Array<{ age: number | null }>>(
        `SELECT extract(epoch FROM (now() - max(created_at)))::float8 AS age FROM audit_events
          WHERE action = $1 AND target_type = 'advisory' AND target_id = $2`,
        [REMINDER_ACTION, id],
      );
      if (last?.age != null && last.age < REMINDER_INTERVAL_SECONDS) {
        const retryAfterSeconds = Math.ceil(REMINDER_INTERVAL_SECONDS - last.age);
        throw new AppError(
          'RATE_LIMITED',
          `Zu dieser Sicherheitswarnung wurde bereits erinnert. Die nächste Erinnerung ist in ${Math.ceil(retryAfterSeconds / 60)} Minuten möglich.`,
          undefined,
          { retryAfterSeconds },
        );
      }

      const rows: Array<Record<string, unknown>> = await manager.query(
        `INSERT INTO notifications (member_id, kind, title, body, target_type, target_id, actor_id)
         SELECT m.id, $2, $3, $4, 'advisory', a.id::text, $5
           FROM advisories a
           JOIN organisations o ON ${expectedOrganisationWhere('o.id')}
           JOIN members m ON m.organisation_id = o.id AND m.status = 'ACTIVE' AND m.id <> $5
          WHERE a.id = $1
            AND NOT EXISTS (SELECT 1 FROM advisory_acknowledgements k WHERE k.advisory_id = a.id AND k.organisation_id = o.id)
            AND ${readableWhere({ member: 'm.id', organisation: 'm.organisation_id' })}
         RETURNING id, member_id, kind, title, body, target_type, target_id, actor_id, created_at, read_at`,
        [
          id,
          ADVISORY_REMINDER_NOTIFICATION,
          this.titleFor(advisory).slice(0, 300),
          'Das CERT bittet Ihre Organisation um eine Rückmeldung (gelesen, betroffen, nicht betroffen oder gepatcht).',
          me.memberId,
        ],
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
      await this.notifications.created(manager, created);
      const memberIds = created.map((n) => n.memberId);
      const organisations = memberIds.length
        ? await manager
            .getRepository(Organisation)
            .createQueryBuilder('o')
            .where('o.id IN (SELECT organisation_id FROM members WHERE id IN (:...memberIds))', {
              memberIds,
            })
            .orderBy('o.name')
            .getMany()
        : [];
      await this.audit.record(
        {
          actorId: me.memberId,
          action: REMINDER_ACTION,
          targetType: 'advisory',
          targetId: id,
          ip,
          details: {
            trackingId: advisory.trackingId,
            organisationIds: organisations.map((o) => o.id),
            notifiedMembers: created.length,
          },
        },
        manager,
      );
      const [{ now }] = await manager.query<Array<{ now: Date }>>('SELECT now() AS now');
      return {
        created,
        result: {
          organisations,
          notifiedMembers: created.length,
          nextReminderAllowedAt: new Date(
            new Date(now).getTime() + REMINDER_INTERVAL_SECONDS * 1000,
          ),
        },
      };
    });
    this.notifications.publish(created);
    return result;
  }
}
