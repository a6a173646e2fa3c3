import { Logger, Module, OnModuleInit } from '@nestjs/common';
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

  /** The CSAF validator compiles its schemas for seconds: warm it up without delaying the start. */
  onModuleInit(): void {
    preloadCsafValidator().catch((error) => this.logger.warn(`CSAF validator preload failed: ${String(error)}`));
  }
}
