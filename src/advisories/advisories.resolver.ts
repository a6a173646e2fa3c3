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
  AdvisorySearchArgs,
  AdvisoryRecipientsInput,
  CreateAdvisoryInput,
  PublishAdvisoryInput,
} from './dto/advisory.inputs';
import {
  AdvisoryConnection,
  AdvisoryRecipientsType,
  AdvisoryRevisionType,
  AdvisorySearchConnection,
  AdvisoryType,
} from './dto/advisory.types';
import { TlpLabel } from './advisory.enums';
import { badInput } from '../common/errors/app-error';

const CERT = [OrganisationKind.CERT];
const READ_RULE = 'AdvisoryAccessService.readableWhere (TLP table)';
const MANAGE_RULE = 'readable and owned by the caller’s CERT organisation';
const ip = (ctx: GraphqlContext) => clientInfoOf(ctx.req).ip;
const idArg = () =>
  Args('id', { type: () => ID, description: 'Advisory id (UUID).' }, new UuidPipe('id'));

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
    description:
      'One advisory by id. Any active member the TLP rules let read it (DRAFTs only the authoring CERT); reads of AMBER, AMBER+STRICT and RED are audited. Errors: NOT_FOUND (missing or not readable under its label).',
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
      'Readable advisories, newest first, with filters and text search; totalCount counts readable ones only. Any active member; the TLP rules are applied in SQL.',
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

  @Query(() => AdvisorySearchConnection, {
    description:
      'German full-text search over the advisories the caller may read (TLP rule as in advisories; hits and totalCount never include others), ranked, with highlighted excerpts.',
  })
  @Allow.members(READ_RULE)
  async advisorySearch(
    @Args() args: AdvisorySearchArgs,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const page = await this.queries.search(me, args, ip(ctx));
    return mapConnection(page, (h) => ({ ...h, advisory: toAdvisoryType(h.advisory) }));
  }

  @Query(() => GraphQLJSON, {
    description:
      'The advisory as a CSAF 2.0 JSON document (2.1 for AMBER+STRICT or CVSS 4.0). Same readers as `advisory`; audited like a read. Errors: NOT_FOUND.',
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
    description:
      "Creates a DRAFT advisory, visible to the caller's CERT organisation only. CERT members only; audited. Errors: FORBIDDEN (not a CERT member), BAD_USER_INPUT (title missing, invalid CVE, CVSS vector, CPE, purl or URL), CONFLICT (trackingId taken).",
  })
  @Allow.participants(CERT, 'CERT members only (checked again in the service)')
  async createAdvisory(
    @Args('input', { description: 'Content, label and optional tracking id.' })
    input: CreateAdvisoryInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.authoring.create(me, input, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, {
    description:
      "Changes a DRAFT; published advisories change with publishAdvisory. Members of the authoring CERT only. Errors: NOT_FOUND (not readable), FORBIDDEN (another CERT's advisory), CONFLICT (not a draft), BAD_USER_INPUT naming the field.",
  })
  @Allow.participants(CERT, MANAGE_RULE)
  async updateAdvisory(
    @idArg() id: string,
    @Args('input', { description: 'The content fields to change; omitted ones stay.' })
    input: AdvisoryContentInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.authoring.update(me, id, input, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, {
    description:
      "Publishes a new version (INTERIM or FINAL) with a revision entry and notifies every member who may read it. Members of the authoring CERT only; audited. Errors: NOT_FOUND, FORBIDDEN (another CERT's advisory), BAD_USER_INPUT naming the field.",
  })
  @Allow.participants(CERT, MANAGE_RULE)
  async publishAdvisory(
    @idArg() id: string,
    @Args('input', {
      description: 'Status, change summary and optional content changes of the new version.',
    })
    input: PublishAdvisoryInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.authoring.publish(me, id, input, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, {
    description:
      'Replaces the recipient organisations and people; takes effect on the next request. Members of the authoring CERT only; audited. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (unknown organisation or member, a municipalitiesServedBy id that is not an IT provider, more than 2000 organisations).',
  })
  @Allow.participants(CERT, MANAGE_RULE)
  async setAdvisoryRecipients(
    @idArg() id: string,
    @Args('input', { description: 'The complete recipient lists.' }) input: AdvisoryRecipientsInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.distribution.setRecipients(me, id, input, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, {
    description:
      'Makes the label stricter (e.g. GREEN to AMBER). Members of the authoring CERT only; audited. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (`tlp` not stricter than the current label).',
  })
  @Allow.participants(CERT, MANAGE_RULE)
  async raiseAdvisoryTlp(
    @idArg() id: string,
    @Args('tlp', { description: 'The new, stricter label.', type: () => TlpLabel }) tlp: TlpLabel,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.distribution.raiseTlp(me, id, tlp, ip(ctx)));
  }

  @Mutation(() => AdvisoryType, {
    description:
      'Makes the label less strict: explicit, with a reason, audited. Members of the authoring CERT only. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (`tlp` not less strict, `reason` shorter than 3 or longer than 1000 characters).',
  })
  @Allow.participants(CERT, MANAGE_RULE)
  async lowerAdvisoryTlp(
    @idArg() id: string,
    @Args('tlp', { description: 'The new, less strict label.', type: () => TlpLabel })
    tlp: TlpLabel,
    @Args('reason', {
      description: 'Why the label may be lowered, 3 to 1000 characters (written to the audit log).',
    })
    reason: string,
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
      'A recipient IT provider forwards an AMBER advisory to the municipalities it serves (all, or the given ones); returns how many were added. ORG_ADMINs of a recipient IT provider only; audited. Errors: NOT_FOUND, FORBIDDEN (not an IT provider ORG_ADMIN, not a recipient, label other than AMBER), BAD_USER_INPUT (a municipality the provider does not serve, more than 2000 ids).',
  })
  @Allow.orgAdmins('IT provider ORG_ADMIN of a recipient organisation; AMBER only')
  forwardAdvisory(
    @idArg() id: string,
    @Args('municipalityIds', {
      description:
        'Ids (UUIDs) of served municipalities to forward to; null or omitted: every municipality the register says the provider serves.',
      type: () => [ID],
      nullable: true,
    })
    municipalityIds: string[] | null,
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
      "Imports a CSAF 2.0/2.1 document (checked by the official validator): a new tracking id creates an advisory, a newer version a new revision, the same tracking id and version again is a no-op. CERT members only; audited. Errors: FORBIDDEN (not a CERT member), BAD_USER_INPUT (invalid document; `extensions.messages` lists the validator's findings), CONFLICT (tracking id of another CERT's advisory, or an older version than the stored one).",
  })
  @Allow.participants(
    CERT,
    'CERT members only; an existing tracking id must belong to the caller’s CERT',
  )
  async importCsafAdvisory(
    @Args('document', {
      description: 'The CSAF document as a JSON object.',
      type: () => GraphQLJSON,
    })
    document: unknown,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toAdvisoryType(await this.csaf.import(me, document, ip(ctx)));
  }

  @ResolveField(() => MemberType, {
    description:
      'The member who created the advisory; null if the account is gone. Same readers as the advisory.',
    nullable: true,
  })
  @Allow.members('parent advisory already checked')
  author(@Parent() a: AdvisoryType, @Context() ctx: GraphqlContext) {
    return this.memberLoader.load(ctx, a.authorId);
  }

  @ResolveField(() => [AdvisoryRevisionType], {
    description: 'Published versions, newest first. Same readers as the advisory.',
  })
  @Allow.members('parent advisory already checked')
  async revisions(@Parent() a: AdvisoryType) {
    return (await this.queries.revisions(a.id)).map(toRevisionType);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the caller may edit, publish and distribute it (member of the authoring CERT).',
  })
  @Allow.members('parent advisory already checked')
  canManage(@Parent() a: AdvisoryType, @CurrentPrincipal() me: Principal) {
    return this.access.canManage(me, a);
  }

  @ResolveField(() => AdvisoryRecipientsType, {
    nullable: true,
    description:
      'Recipient organisations, people and forwards; only for the managing CERT, null for everyone else.',
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
