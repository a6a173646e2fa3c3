import {
  Inject,
  Injectable,
  Logger,
  OnApplicationShutdown,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PgBoss } from 'pg-boss' with { 'resolution-mode': 'import' };
import type { JobWithMetadata, JobResult } from 'pg-boss' with { 'resolution-mode': 'import' };
import { PG_BOSS_SCHEMA } from '../../migrations/1796002634401-MailOutbox';
import { APP_CONFIG } from '../config/app-config';
import { DatabaseOutage } from '../database/database-outage';
import type { AppConfig } from '../config/app-config';

export const MAIL_QUEUE = 'mail.send';

export interface MailJob {
  outboxId: string;
}

export type MailBatchHandler = (jobs: JobWithMetadata<MailJob>[]) => Promise<JobResult[]>;

/**
 * pg-boss, the PostgreSQL job queue that carries the outbox's mails to the worker: jobs survive
 * restarts and crashes (they are rows), are fetched with SKIP LOCKED (one instance per job) and
 * retried with exponential backoff. Its schema is installed by the MailOutbox migration.
 */
@Injectable()
export class MailQueue implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown {
  private readonly log = new Logger('MailQueue');
  private boss?: PgBoss;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outage: DatabaseOutage,
  ) {}

  async onModuleInit(): Promise<void> {
    // pg-boss is ESM-only: a real dynamic import (kept as-is by tsc and by our swc setup).
    const { PgBoss } = await import('pg-boss');
    const url = (this.db.options as { url?: string }).url!;
    const boss = new PgBoss({
      connectionString: url,
      schema: PG_BOSS_SCHEMA,
      application_name: 'sicherheitsnetz-mail',
      // Few connections: fetching and completing jobs; the sending itself uses the app's pool.
      max: 3,
      // Cron is not used; maintenance (expiry of stuck jobs, retention) runs on every instance.
      schedule: false,
      supervise: true,
      superviseIntervalSeconds: this.config.mail.maintenanceIntervalSeconds,
      // Expiry of jobs whose instance died runs in pg-boss's queue monitor, which by default runs
      // at most once a minute per queue: a killed instance's mails then waited up to a minute
      // longer than MAIL_JOB_TIMEOUT_SECONDS.
      monitorIntervalSeconds: this.config.mail.maintenanceIntervalSeconds,
      useListenNotify: true,
    });
    // While the database is unreachable, pg-boss's polling fails every few seconds: the outage is
    // logged once (DatabaseOutage), not once per failed poll.
    boss.on('error', (e: Error) => {
      if (!this.outage.report(e)) this.log.error(`pg-boss: ${e.message}`);
    });
    await boss.start();
    const { retryLimit, retryDelaySeconds, retryDelayMaxSeconds } = this.config.mail;
    const queue = {
      retryLimit,
      retryDelay: retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: retryDelayMaxSeconds,
      // A job whose worker died mid-send is handed out again after this (the outbox row lock
      // makes the second attempt see whether the first one got through).
      expireInSeconds: this.config.mail.jobTimeoutSeconds,
      notify: true,
    };
    if (await boss.getQueue(MAIL_QUEUE)) await boss.updateQueue(MAIL_QUEUE, queue);
    else await boss.createQueue(MAIL_QUEUE, queue).catch(() => boss.updateQueue(MAIL_QUEUE, queue));
    this.boss = boss;
  }

  /** Adds the job in the caller's transaction: it exists exactly when the transaction commits. */
  async add(manager: EntityManager, outboxId: string): Promise<void> {
    const client = await this.transactionClient(manager);
    await this.started().send(MAIL_QUEUE, { outboxId } satisfies MailJob, {
      db: { executeSql: (text, values) => client.query(text, values) },
    });
  }

  /** One statement for many jobs (a mail to every member of an advisory's audience). */
  async addMany(manager: EntityManager, outboxIds: string[]): Promise<void> {
    if (outboxIds.length === 0) return;
    const client = await this.transactionClient(manager);
    await this.started().insert(
      MAIL_QUEUE,
      outboxIds.map((outboxId) => ({ data: { outboxId } satisfies MailJob })),
      { db: { executeSql: (text, values) => client.query(text, values) } },
    );
  }

  async work(handler: MailBatchHandler, options: { batchSize: number }): Promise<void> {
    await this.started().work(
      MAIL_QUEUE,
      {
        batchSize: options.batchSize,
        includeMetadata: true as const,
        perJobResults: true as const,
        pollingIntervalSeconds: 1,
        // NOTIFY wakes the worker for new jobs only; retries come due by polling.
        notifyPollingIntervalSeconds: 1,
        burstWhenBatchFull: true,
      },
      handler,
    );
  }

  /** Workers finish the mails they hold; nothing new is fetched. */
  async onModuleDestroy(): Promise<void> {
    if (!this.boss || this.stopped) return;
    this.stopped = true;
    await this.boss.stop({ graceful: true, timeout: 15_000 });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.onModuleDestroy();
  }

  private started(): PgBoss {
    if (!this.boss || this.stopped) throw new Error('mail queue is not running');
    return this.boss;
  }

  /** The pg client of the caller's transaction (TypeORM's query runner holds it). */
  private async transactionClient(
    manager: EntityManager,
  ): Promise<{ query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> }> {
    const runner = manager.queryRunner;
    if (!runner || !runner.isTransactionActive) {
      throw new Error('MailQueue.add needs the manager of an open transaction');
    }
    return (await runner.connect()) as {
      query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
    };
  }
}
