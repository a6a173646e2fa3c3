import { mapConnection } from '../common/graphql/pagination';
import {
  Args,
  Context,
  ID,
  Int,
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
import GraphQLJSON from '../common/graphql/json.scalar';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MemberLoader } from '../members/member.loader';
import { MemberType, toMemberType } from '../members/member.type';
import { OrganisationKind } from '../organisations/organisation.enums';
import { toOrganisationType } from '../organisations/organisation.loader';
import { AdvisoryAccessService } from './advisory-access.service';
import { AdvisoryAuthoringService } from './advisory-authoring.service';
import { AdvisoryCsafService } from './advisory-csaf.service';
import { AdvisoryDistributionService } from './advisory-distribution.service';
import { AdvisoryQueriesService } from './advisory-queries.service';
import { toAdvisoryType, toRevisionType } from './advisory.mapper';
import {
  AdvisoriesArgs,
  AdvisoryContentInput,
  AdvisoryRecipientsInput,
  CreateAdvisoryInput,
  PublishAdvisoryInput,
} from './dto/advisory.inputs';
import {
  AdvisoryConnection,
  AdvisoryRecipientsType,
  AdvisoryRevisionType,
  AdvisoryType,
} from './dto/advisory.types';
import { TlpLabel } from './advisory.enums';
import { badInput } from '../common/errors/app-error';

const CERT = [OrganisationKind.CERT];
const READ_RULE = 'AdvisoryAccessService.readableWhere (TLP table)';
const MANAGE_RULE = 'readable and owned by the caller’s CERT organisation';
const ip = (ctx: GraphqlContext) => clientInfoOf(ctx.req).ip;
const idArg = () => Args('id', { type: () => ID }, new UuidPipe('id'));

@Resolver(() => AdvisoryType)
export class AdvisoriesResolver {
  constructor(
    private readonly queries: AdvisoryQueriesService,
    private readonly authoring: AdvisoryAuthoringService,
    private readonly distribution: AdvisoryDistributionService,
    private readonly csaf: AdvisoryCsafService,
    private readonly access: AdvisoryAccessService,
    private readonly memberLoader: MemberLoader,
  ) {}

  @Query(() => AdvisoryType, {
    description: 'NOT_FOUND when missing or not readable under its TLP label.',
  })
  @Allow.members(READ_RULE)
  async advisory(
    @idArg() id: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.queries.get(me, id, ip(ctx)));
  }

  @Query(() => AdvisoryConnection, {
    description:
      'Readable advisories, newest first; filters and text search; totalCount counts readable ones only.',
  })
  @Allow.members(READ_RULE)
  async advisories(
    @Args() args: AdvisoriesArgs,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const page = await this.queries.list(me, args, ip(ctx));
    return mapConnection(page, toAdvisoryType);
  }

  @Query(() => GraphQLJSON, {
    description: 'The advisory as a CSAF 2.0 document (2.1 for AMBER+STRICT or CVSS 4.0).',
  })
  @Allow.members(READ_RULE)
  advisoryCsaf(
    @idArg() id: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.csaf.export(me, id, ip(ctx));
  }

  @Mutation(() => AdvisoryType, {
    description: 'A new draft, visible to the caller’s CERT organisation only.',
  })
  @Allow.participants(CERT, 'CERT members only (checked again in the service)')
  async createAdvisory(
    @Args('input') input: CreateAdvisoryInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.authoring.create(me, input, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, {
    description: 'Changes a draft; published advisories change with publishAdvisory.',
  })
  @Allow.participants(CERT, MANAGE_RULE)
  async updateAdvisory(
    @idArg() id: string,
    @Args('input') input: AdvisoryContentInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.authoring.update(me, id, input, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, {
    description:
      'Publishes a new version (INTERIM or FINAL) with a revision entry and notifies every reader.',
  })
  @Allow.participants(CERT, MANAGE_RULE)
  async publishAdvisory(
    @idArg() id: string,
    @Args('input') input: PublishAdvisoryInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.authoring.publish(me, id, input, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, {
    description: 'Replaces the recipients; takes effect on the next request.',
  })
  @Allow.participants(CERT, MANAGE_RULE)
  async setAdvisoryRecipients(
    @idArg() id: string,
    @Args('input') input: AdvisoryRecipientsInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.distribution.setRecipients(me, id, input, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, { description: 'Makes the label stricter.' })
  @Allow.participants(CERT, MANAGE_RULE)
  async raiseAdvisoryTlp(
    @idArg() id: string,
    @Args('tlp', { type: () => TlpLabel }) tlp: TlpLabel,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.distribution.raiseTlp(me, id, tlp, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, {
    description: 'Makes the label less strict: explicit, with a reason, audited.',
  })
  @Allow.participants(CERT, MANAGE_RULE)
  async lowerAdvisoryTlp(
    @idArg() id: string,
    @Args('tlp', { type: () => TlpLabel }) tlp: TlpLabel,
    @Args('reason') reason: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const trimmed = reason?.trim() ?? '';
    if (trimmed.length < 3 || trimmed.length > 1000)
      throw badInput('reason', 'Bitte eine Begründung mit 3 bis 1000 Zeichen angeben.');
    return toAdvisoryType(await this.distribution.lowerTlp(me, id, tlp, trimmed, ip(ctx)));
  }

  @Mutation(() => Int, {
    description:
      'A recipient IT provider forwards an AMBER advisory to the municipalities it serves (all, or the given ones). Returns how many.',
  })
  @Allow.orgAdmins('IT provider ORG_ADMIN of a recipient organisation; AMBER only')
  forwardAdvisory(
    @idArg() id: string,
    @Args('municipalityIds', { type: () => [ID], nullable: true }) municipalityIds: string[] | null,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    if (municipalityIds && municipalityIds.length > 2000)
      throw badInput('municipalityIds', 'Höchstens 2000 Kommunen auf einmal.');
    municipalityIds?.forEach((m) => new UuidPipe('municipalityIds').transform(m));
    return this.distribution.forward(me, id, municipalityIds ?? null, ip(ctx));
  }

  @Mutation(() => AdvisoryType, {
    description:
      'Imports a CSAF 2.0/2.1 document (validated); same tracking id and version again is a no-op.',
  })
  @Allow.participants(
    CERT,
    'CERT members only; an existing tracking id must belong to the caller’s CERT',
  )
  async importCsafAdvisory(
    @Args('document', { type: () => GraphQLJSON }) document: unknown,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.csaf.import(me, document, ip(ctx)));
  }

  @ResolveField(() => MemberType, { nullable: true })
  @Allow.members('parent advisory already checked')
  author(@Parent() a: AdvisoryType, @Context() ctx: GraphqlContext) {
    return this.memberLoader.load(ctx, a.authorId);
  }

  @ResolveField(() => [AdvisoryRevisionType], { description: 'Published versions, newest first.' })
  @Allow.members('parent advisory already checked')
  async revisions(@Parent() a: AdvisoryType) {
    return (await this.queries.revisions(a.id)).map(toRevisionType);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the caller may edit, publish and distribute it.',
  })
  @Allow.members('parent advisory already checked')
  canManage(@Parent() a: AdvisoryType, @CurrentPrincipal() me: Principal) {
    return this.access.canManage(me, a);
  }

  @ResolveField(() => AdvisoryRecipientsType, {
    nullable: true,
    description: 'Only for the managing CERT; null for everyone else.',
  })
  @Allow.members('managing CERT only, null otherwise')
  async recipients(@Parent() a: AdvisoryType, @CurrentPrincipal() me: Principal) {
    const result = await this.queries.recipients(me, a);
    if (!result) return null;
    return {
      organisations: result.organisations.map(toOrganisationType),
      members: result.members.map((m) => toMemberType(m, me)),
      forwardedTo: result.forwardedTo.map(toOrganisationType),
    };
  }
}
