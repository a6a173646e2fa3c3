import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JobResult, JobWithMetadata } from 'pg-boss' with { 'resolution-mode': 'import' };
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { MailQueue, type MailJob } from './mail-queue';
import { MailTransport, PermanentMailError } from './mail-transport';
import { MailState, OutboundMail } from './outbound-mail.entity';

type Outcome = 'sent' | 'skipped' | 'retry' | 'failed';

/**
 * Sends the outbox's mails. Each mail is sent while its outbox row is locked (SELECT … FOR
 * UPDATE) and marked SENT in the same transaction, so a second instance or a second job for the
 * same row waits and then sees SENT: once per Message-ID. A crash between the SMTP server's
 * acceptance and the commit is the one window for a repeat, with the same Message-ID.
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

  /** Up to `concurrency` mails of the batch at a time; each job gets its own outcome. */
  private async handle(jobs: JobWithMetadata<MailJob>[]): Promise<JobResult[]> {
    const results: JobResult[] = [];
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const lastAttempt = job.retryCount >= job.retryLimit;
        const outcome = await this.deliver(job.data.outboxId, lastAttempt).catch((e: Error) => {
          this.log.error(`mail ${job.data.outboxId}: ${e.message}`);
          return 'retry' as const;
        });
        results.push({ id: job.id, status: outcome === 'retry' ? 'failed' : 'completed' });
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.config.mail.concurrency, jobs.length) }, lane),
    );
    return results;
  }

  private deliver(outboxId: string, lastAttempt: boolean): Promise<Outcome> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(OutboundMail);
      const mail = await repo
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :id', { id: outboxId })
        .getOne();
      if (!mail || mail.state !== MailState.QUEUED) return 'skipped';
      try {
        await this.transport.send(mail);
      } catch (e) {
        const permanent = e instanceof PermanentMailError;
        const failed = permanent || lastAttempt;
        await repo.update(
          { id: mail.id },
          {
            attempts: mail.attempts + 1,
            lastError: (e as Error).message.slice(0, 1000),
            state: failed ? MailState.FAILED : MailState.QUEUED,
          },
        );
        this.log.warn(
          `mail ${mail.id} (${mail.kind}) to ${mail.toAddress}: ${failed ? 'failed' : 'will retry'}: ${(e as Error).message}`,
        );
        return failed ? 'failed' : 'retry';
      }
      await repo.update(
        { id: mail.id },
        { attempts: mail.attempts + 1, state: MailState.SENT, sentAt: new Date(), lastError: null },
      );
      return 'sent';
    });
  }
}
