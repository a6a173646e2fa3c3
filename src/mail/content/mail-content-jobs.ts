import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { AdvisoryEscalationService } from './advisory-escalation.service';
import { MailDigestService } from './mail-digest.service';
import { MailFrequency } from './mail-kinds';

/**
 * Runs digests and escalations every MAIL_JOB_INTERVAL_SECONDS on every instance. That is safe:
 * each digest and escalation is claimed by inserting its once-only row in the sending transaction,
 * so a second instance finds the work done. (A plain timer rather than a queue schedule: the work
 * is idempotent and cheap to find, and a missed tick is caught up by the next one.)
 */
@Injectable()
export class MailContentJobs implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MailContentJobs.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly digests: MailDigestService,
    private readonly escalations: AdvisoryEscalationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const seconds = this.config.mailJobIntervalSeconds;
    if (!seconds) return;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    // A digest round over thousands of members stops after the member at hand (each one is its
    // own transaction; the next tick, here or on another instance, does the rest).
    this.stopping = true;
    await this.running;
  }

  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        await this.escalations.run();
        const stop = () => this.stopping;
        await this.digests.run(MailFrequency.DAILY, stop);
        await this.digests.run(MailFrequency.WEEKLY, stop);
      } catch (error) {
        this.logger.warn(`mail jobs failed: ${String(error)}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
