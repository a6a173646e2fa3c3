import { Controller, Get, Header, NotFoundException, Param, UseFilters } from '@nestjs/common';
import { Allow } from '../common/access/policy.decorator';
import { DatabaseOutageFilter } from '../common/errors/database-outage.filter';
import { AdvisoryCsafService } from './advisory-csaf.service';
import { AdvisoryQueriesService } from './advisory-queries.service';

/**
 * Caches may store the feed but must revalidate before every use: a label raised from CLEAR takes
 * the advisory out of the feed at once, and a copy kept for minutes would go on publishing it.
 * Express tags each body (ETag) and answers a matching If-None-Match with 304, so revalidation
 * costs the query but not the transfer.
 */
const FEED_CACHE_CONTROL = 'public, no-cache';

/**
 * The unauthenticated feed of TLP:CLEAR advisories (DESIGN.md: "anyone, also public feeds").
 * It shows published CLEAR advisories only; anything else answers 404 like a missing one.
 */
@Controller('public')
@UseFilters(DatabaseOutageFilter)
export class PublicFeedController {
  constructor(
    private readonly queries: AdvisoryQueriesService,
    private readonly csaf: AdvisoryCsafService,
  ) {}

  @Get('advisories.json')
  @Allow.public()
  @Header('cache-control', FEED_CACHE_CONTROL)
  async feed() {
    const advisories = await this.queries.publicFeed();
    return {
      title: 'Sicherheitsnetz NRW: öffentliche Sicherheitswarnungen (TLP:CLEAR)',
      advisories: advisories.map((a) => ({
        trackingId: a.trackingId,
        version: a.version,
        status: a.status,
        title: a.title,
        summary: a.summary,
        severity: a.severity,
        cves: a.cves,
        initialReleaseDate: a.initialReleaseDate,
        currentReleaseDate: a.currentReleaseDate,
        csafUrl: `/public/advisories/${encodeURIComponent(a.trackingId)}/csaf.json`,
      })),
    };
  }

  @Get('advisories/:trackingId/csaf.json')
  @Allow.public()
  @Header('cache-control', FEED_CACHE_CONTROL)
  async csafDocument(@Param('trackingId') trackingId: string) {
    const advisory =
      trackingId.length <= 100 ? await this.queries.publicByTrackingId(trackingId) : null;
    if (!advisory) throw new NotFoundException('Sicherheitswarnung nicht gefunden.');
    return this.csaf.toCsaf(advisory);
  }
}
