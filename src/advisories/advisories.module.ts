import { Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
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
import { AdvisoriesResolver } from './advisories.resolver';
import { preloadCsafValidator } from './csaf/csaf-validator';
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
    AdvisoriesResolver,
    AdvisoryAcknowledgementsResolver,
  ],
  controllers: [PublicFeedController],
  exports: [AdvisoryAccessService],
})
export class AdvisoriesModule implements OnModuleInit {
  private readonly logger = new Logger(AdvisoriesModule.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * The CSAF validator compiles its schemas synchronously for 8-13 s, blocking the event loop. In
   * production that happens before the server listens (start is slower, but no request waits behind
   * it, and readiness means ready); elsewhere it happens on first use, so that development starts and
   * every test app do not stall for seconds (measured: chat joins timed out behind it in bench P7).
   */
  async onModuleInit(): Promise<void> {
    if (!this.config.production || this.config.skipWarmUp) return;
    const started = Date.now();
    await preloadCsafValidator().catch((error) =>
      this.logger.warn(`CSAF validator preload failed: ${String(error)}`),
    );
    this.logger.log(`CSAF validator ready after ${Date.now() - started} ms`);
  }
}
