import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readableWhere } from '../../advisories/advisory-access.service';
import { expectedOrganisationWhere } from '../../advisories/advisory-acknowledgements.service';
import { AdvisorySeverity, TlpLabel } from '../../advisories/advisory.enums';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { MailOutbox } from '../mail-outbox.service';
import { escalationMail } from '../templates/content-mails';
import { NotificationMailer, targetPath } from './notification-mailer';

/** Advisories older than this are not escalated any more (no flood when the feature is switched on). */
const MAX_AGE_DAYS = 30;

/**
 * A critical advisory without an acknowledgement from an expected organisation after
 * MAIL_ESCALATION_HOURS: that organisation's active ORG_ADMINs who may read it get one mail. Once per
 * advisory and organisation, across instances: the mail_escalations row is inserted in the same
 * transaction as the outbox rows, and only the inserting instance sends.
 */
@Injectable()
export class AdvisoryEscalationService {
  private readonly logger = new Logger(AdvisoryEscalationService.name);

  constructor(
    private readonly db: DataSource,
    private readonly outbox: MailOutbox,
    private readonly mailer: NotificationMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns how many mails were enqueued. */
  async run(hours = this.config.mailEscalationHours): Promise<number> {
    const due = await this.db.query<Array<{ advisory_id: string; organisation_id: string }>>(
      `SELECT a.id AS advisory_id, o.id AS organisation_id
         FROM advisories a JOIN organisations o ON ${expectedOrganisationWhere('o.id')}
        WHERE a.severity = $1 AND a.status <> 'DRAFT'
          AND a.initial_release_date <= now() - make_interval(hours => $2)
          AND a.initial_release_date > now() - make_interval(days => $3)
          AND NOT EXISTS (SELECT 1 FROM advisory_acknowledgements k WHERE k.advisory_id = a.id AND k.organisation_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM mail_escalations e WHERE e.advisory_id = a.id AND e.organisation_id = o.id)
        LIMIT 1000`,
      [AdvisorySeverity.KRITISCH, hours, MAX_AGE_DAYS],
    );
    let mails = 0;
    for (const d of due) {
      try {
        mails += await this.escalate(d.advisory_id, d.organisation_id, hours);
      } catch (error) {
        this.logger.warn(
          `escalation ${d.advisory_id}/${d.organisation_id} failed: ${String(error)}`,
        );
      }
    }
    return mails;
  }

  private escalate(advisoryId: string, organisationId: string, hours: number): Promise<number> {
    return this.db.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO mail_escalations (advisory_id, organisation_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING advisory_id`,
        [advisoryId, organisationId],
      );
      if (!claimed.length) return 0;
      const admins = await manager.query<
        Array<{
          id: string;
          email: string;
          display_name: string;
          tlp: TlpLabel;
          severity: AdvisorySeverity;
          tracking_id: string;
          title: string;
        }>
      >(
        `SELECT m.id, m.email, m.display_name, a.tlp, a.severity, a.tracking_id, a.title
           FROM advisories a JOIN members m ON m.organisation_id = $2
          WHERE a.id = $1 AND m.status = 'ACTIVE' AND m.organisation_role = 'ORG_ADMIN'
            AND ${readableWhere({ member: 'm.id', organisation: 'm.organisation_id' })}`,
        [advisoryId, organisationId],
      );
      const mails = admins.map((m) => {
        const mail = escalationMail({
          name: m.display_name,
          facts: { tlp: m.tlp, severity: m.severity, trackingId: m.tracking_id, title: m.title },
          hours,
          url: this.mailer.url(targetPath('advisory', advisoryId)),
        });
        return {
          to: m.email,
          memberId: m.id,
          kind: 'ADVISORY_ESCALATION',
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          dedupeKey: `escalation:${advisoryId}:${organisationId}:${m.id}`,
        };
      });
      if (mails.length) await this.outbox.enqueueMany(manager, mails);
      return admins.length;
    });
  }
}
