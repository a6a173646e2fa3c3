import { Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdvisoryAccessService } from './advisory-access.service';
import { ADVISORY_ENTITIES } from './advisory.entities';
import { AdvisoryAcknowledgementsResolver } from './advisory-acknowledgements.resolver';
import { AdvisoryAcknowledgementsService } from './advisory-acknowledgements.service';
import { AdvisoryAuthoringService } from './advisory-authoring.service';
import { AdvisoryCsafService } from './advisory-csaf.service';
import { AdvisoryDistributionService } from './advisory-distribution.service';
import { AdvisoryNotifier } from './advisory-notifier';
import { AdvisoryQueriesService } from './advisory-queries.service';
import { AdvisoryRemindersService } from './advisory-reminders.service';
import { AdvisoriesResolver } from './advisories.resolver';
import { closeCsafValidator, preloadCsafValidator } from './csaf/csaf-validator';
import { PublicFeedController } from './public-feed.controller';

@Module({
  imports: [TypeOrmModule.forFeature(ADVISORY_ENTITIES)],
  providers: [
    AdvisoryAccessService,
    AdvisoryNotifier,
    AdvisoryQueriesService,
    AdvisoryAuthoringService,
    AdvisoryDistributionService,
    AdvisoryCsafService,
    AdvisoryAcknowledgementsService,
    AdvisoryRemindersService,
    AdvisoriesResolver,
    AdvisoryAcknowledgementsResolver,
  ],
  controllers: [PublicFeedController],
  exports: [AdvisoryAccessService],
})
export class AdvisoriesModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(AdvisoriesModule.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * The CSAF validator compiles its schemas for 8-21 s, in its worker thread (csaf-validator.ts), so
   * no request waits behind it. In production it warms up right after start, in the background;
   * elsewhere on first use, so that development starts and every test app do not spend the CPU.
   */
  onModuleInit(): void {
    if (!this.config.production || this.config.skipWarmUp) return;
    const started = Date.now();
    preloadCsafValidator().then(
      () => this.logger.log(`CSAF validator ready after ${Date.now() - started} ms`),
      (error) => this.logger.warn(`CSAF validator preload failed: ${String(error)}`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await closeCsafValidator();
  }
}
