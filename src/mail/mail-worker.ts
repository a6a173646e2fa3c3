import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { JobResult, JobWithMetadata } from 'pg-boss' with { 'resolution-mode': 'import' };
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { MailQueue, type MailJob } from './mail-queue';
import { MailTransport, PermanentMailError, type SendableMail } from './mail-transport';
import { MailState, type MailAttachment, type OutboundMail } from './outbound-mail.entity';

type Outcome = 'sent' | 'skipped' | 'retry' | 'failed';

/** An outbox row as the batch reads it with one plain statement (no entity hydration). */
type BatchMail = SendableMail & Pick<OutboundMail, 'id' | 'state' | 'attempts'>;

/**
 * Sends the outbox's mails. A batch of jobs is delivered in one transaction: its outbox rows are
 * locked (SELECT … FOR UPDATE, in id order so that two instances cannot deadlock), the queued ones
 * are sent over `concurrency` SMTP connections, and all of them are marked SENT in the same
 * transaction. A second instance or a second job for the same row waits for the lock and then
 * sees SENT: once per Message-ID. A crash between the SMTP server's acceptance and the commit is
 * the one window for a repeat (of that batch, with the same Message-IDs).
 *
 * One transaction per batch rather than per mail: four round trips and an entity hydration per
 * mail were most of the worker's CPU when thousands of mails go out at once (bench/mail.js).
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap {
  private readonly log = new Logger('MailWorker');

  constructor(
    private readonly db: DataSource,
    private readonly queue: MailQueue,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.mail.workerEnabled) return;
    if (!this.transport.canSend) {
      // Not a start failure: the mails are safe in the outbox and go out once SMTP_URL is set.
      this.log.error(
        'SMTP_URL is not set (NODE_ENV=production): e-mails stay queued, none is sent',
      );
      return;
    }
    await this.queue.work((jobs) => this.handle(jobs), {
      batchSize: this.config.mail.concurrency * 4,
    });
  }

  /** One outcome per job; a job's mail is sent at most once even when the batch holds it twice. */
  private async handle(jobs: JobWithMetadata<MailJob>[]): Promise<JobResult[]> {
    const lastAttempt = new Map<string, boolean>();
    for (const job of jobs) {
      const last = job.retryCount >= job.retryLimit;
      lastAttempt.set(job.data.outboxId, (lastAttempt.get(job.data.outboxId) ?? false) || last);
    }
    const outcomes = await this.deliverBatch(lastAttempt).catch((e: Error) => {
      // Nothing of the batch was committed: every job is retried (mails the SMTP server accepted
      // before the failure go out again with the same Message-ID).
      this.log.error(`mail batch of ${jobs.length}: ${e.message}`);
      return new Map<string, Outcome>();
    });
    return jobs.map((job) => {
      const outcome = outcomes.get(job.data.outboxId) ?? 'retry';
      return { id: job.id, status: outcome === 'retry' ? 'failed' : 'completed' };
    });
  }

  private deliverBatch(lastAttempt: Map<string, boolean>): Promise<Map<string, Outcome>> {
    return this.db.transaction(async (manager) => {
      const ids = [...lastAttempt.keys()].sort();
      const rows = await manager.query<Record<string, unknown>[]>(
        `SELECT id, message_id, to_address, kind, subject, text_body, html_body, headers,
                attachments, state, attempts
           FROM mail_outbox WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [ids],
      );
      const outcomes = new Map<string, Outcome>(ids.map((id) => [id, 'skipped']));
      const queued = rows.map(toSendable).filter((m) => m.state === MailState.QUEUED);
      const sent: string[] = [];
      let next = 0;
      const lane = async () => {
        while (next < queued.length) {
          const mail = queued[next++];
          const outcome = await this.sendOne(manager, mail, lastAttempt.get(mail.id) ?? false);
          if (outcome === 'sent') sent.push(mail.id);
          outcomes.set(mail.id, outcome);
        }
      };
      await Promise.all(
        Array.from({ length: Math.min(this.config.mail.concurrency, queued.length) }, lane),
      );
      if (sent.length) {
        await manager.query(
          `UPDATE mail_outbox
              SET state = $2, attempts = attempts + 1, sent_at = now(), last_error = NULL,
                  updated_at = now()
            WHERE id = ANY($1::uuid[])`,
          [sent, MailState.SENT],
        );
      }
      return outcomes;
    });
  }

  /** Hands one mail to the transport; a refusal is written to its row at once. */
  private async sendOne(
    manager: EntityManager,
    mail: BatchMail,
    lastAttempt: boolean,
  ): Promise<Outcome> {
    try {
      await this.transport.send(mail);
      return 'sent';
    } catch (e) {
      const permanent = e instanceof PermanentMailError;
      const failed = permanent || lastAttempt;
      await manager.query(
        `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2, state = $3,
                updated_at = now()
          WHERE id = $1`,
        [
          mail.id,
          (e as Error).message.slice(0, 1000),
          failed ? MailState.FAILED : MailState.QUEUED,
        ],
      );
      this.log.warn(
        `mail ${mail.id} (${mail.kind}) to ${mail.toAddress}: ${failed ? 'failed' : 'will retry'}: ${(e as Error).message}`,
      );
      return failed ? 'failed' : 'retry';
    }
  }
}

function toSendable(row: Record<string, unknown>): BatchMail {
  return {
    id: row.id as string,
    messageId: row.message_id as string,
    toAddress: row.to_address as string,
    kind: row.kind as string,
    subject: row.subject as string,
    textBody: row.text_body as string,
    htmlBody: row.html_body as string,
    headers: row.headers as Record<string, string>,
    attachments: row.attachments as MailAttachment[],
    state: row.state as MailState,
    attempts: row.attempts as number,
  };
}
