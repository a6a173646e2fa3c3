import { mapConnection } from '../common/graphql/pagination';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { OrganisationKind } from '../organisations/organisation.enums';
import { OrganisationLoader, toOrganisationType } from '../organisations/organisation.loader';
import { AdvisoryAcknowledgementsService } from './advisory-acknowledgements.service';
import { AdvisoryQueriesService } from './advisory-queries.service';
import { AdvisoryRemindersService, REMINDER_INTERVAL_SECONDS } from './advisory-reminders.service';
import { toAcknowledgementType, toAdvisoryType } from './advisory.mapper';
import { AcknowledgeAdvisoryInput, OpenAdvisoriesArgs } from './dto/advisory.inputs';
import {
  AdvisoryAcknowledgementType,
  AdvisoryConnection,
  AdvisoryReminderResultType,
  AdvisoryStatusOverviewType,
  AdvisoryType,
} from './dto/advisory.types';

/** Per-organisation status of advisories and the CERT's view across organisations. */
@Resolver(() => AdvisoryType)
export class AdvisoryAcknowledgementsResolver {
  constructor(
    private readonly acknowledgements: AdvisoryAcknowledgementsService,
    private readonly queries: AdvisoryQueriesService,
    private readonly organisations: OrganisationLoader,
    private readonly reminders: AdvisoryRemindersService,
  ) {}

  @Mutation(() => AdvisoryAcknowledgementType, {
    description:
      "Records the status of the caller's organisation for an advisory (history kept). Any member of an expected organisation who may read it; audited. Errors: NOT_FOUND (not readable), CONFLICT (still a draft), FORBIDDEN (the organisation is not expected to respond).",
  })
  @Allow.members('readable advisory and the caller’s organisation is expected to respond')
  async acknowledgeAdvisory(
    @Args('id', { description: 'Advisory id (UUID).', type: () => ID }, new UuidPipe('id'))
    id: string,
    @Args('input', { description: 'The status and an optional note.' })
    input: AcknowledgeAdvisoryInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const k = await this.acknowledgements.acknowledge(me, id, input, clientInfoOf(ctx.req).ip);
    return toAcknowledgementType(k, await this.organisations.load(ctx, k.organisationId));
  }

  @Query(() => AdvisoryStatusOverviewType, {
    description:
      "Status of every expected organisation and who has not answered; members of the managing CERT only. Errors: NOT_FOUND, FORBIDDEN (another CERT's advisory).",
  })
  @Allow.participants(
    [OrganisationKind.CERT],
    'readable and owned by the caller’s CERT organisation',
  )
  async advisoryStatusOverview(
    @Args('id', { description: 'Advisory id (UUID).', type: () => ID }, new UuidPipe('id'))
    id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    const o = await this.acknowledgements.overview(me, id);
    return {
      ...o,
      byStatus: o.byStatus.map((g) => ({
        ...g,
        organisations: g.organisations.map(toOrganisationType),
      })),
      notResponded: o.notResponded.map(toOrganisationType),
      withoutResponder: o.withoutResponder.map(toOrganisationType),
    };
  }

  @Mutation(() => AdvisoryReminderResultType, {
    description: `Reminds the expected organisations that have not answered a published advisory: an in-app notification (German) to each of their active members who may read it. Managing CERT only; audited; at most once per advisory every ${REMINDER_INTERVAL_SECONDS / 60} minutes (RATE_LIMITED with retryAfterSeconds otherwise).`,
  })
  @Allow.participants(
    [OrganisationKind.CERT],
    'readable and owned by the caller’s CERT organisation; published; rate-limited per advisory',
  )
  async remindAdvisoryNonResponders(
    @Args(
      'id',
      { type: () => ID, description: 'The advisory (published, managed by the caller’s CERT).' },
      new UuidPipe('id'),
    )
    id: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const r = await this.reminders.remind(me, id, clientInfoOf(ctx.req).ip);
    return { ...r, organisations: r.organisations.map(toOrganisationType) };
  }

  @Query(() => AdvisoryConnection, {
    description:
      'Published advisories an organisation is expected to answer and has not closed (PATCHED or NOT_AFFECTED), newest first. Any active member for their own organisation; CERT members may name another organisation (else FORBIDDEN).',
  })
  @Allow.members(
    'own organisation; CERT members may name another organisation for advisories their CERT manages',
  )
  async openAdvisories(
    @Args() args: OpenAdvisoriesArgs,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const page = await this.queries.open(me, args, clientInfoOf(ctx.req).ip);
    return mapConnection(page, toAdvisoryType);
  }

  @ResolveField(() => AdvisoryAcknowledgementType, {
    nullable: true,
    description:
      "The current status of the caller's organisation; null when it has not answered. Same readers as the advisory.",
  })
  @Allow.members('parent advisory already checked; own organisation only')
  async myAcknowledgement(
    @Parent() a: AdvisoryType,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const k = await this.acknowledgements.mine(me, a);
    return k
      ? toAcknowledgementType(k, await this.organisations.load(ctx, k.organisationId))
      : null;
  }

  @ResolveField(() => [AdvisoryAcknowledgementType], {
    description:
      "Status changes of the caller's organisation, newest first. Same readers as the advisory.",
  })
  @Allow.members('parent advisory already checked; own organisation only')
  async myAcknowledgementHistory(
    @Parent() a: AdvisoryType,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const events = await this.acknowledgements.myHistory(me, a);
    const organisation = await this.organisations.load(ctx, me.organisationId);
    return events.map((e) => toAcknowledgementType(e, organisation));
  }
}
