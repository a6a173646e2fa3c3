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
import { mapConnection, PageArgs } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MemberLoader } from '../members/member.loader';
import { MemberType } from '../members/member.type';
import { OrganisationKind } from '../organisations/organisation.enums';
import { CertDutyService } from './cert-duty.service';
import { CertDutyConnection, CertDutyType, toCertDutyType } from './dto/incident.types';
import { IncidentAccess } from './incident-access.service';

@Resolver(() => CertDutyType)
export class CertDutyResolver {
  constructor(
    private readonly duty: CertDutyService,
    private readonly access: IncidentAccess,
    private readonly memberLoader: MemberLoader,
  ) {}

  @Query(() => CertDutyConnection, {
    description:
      "The incident duty roster of the caller's CERT, longest on duty first. CERT members only. Errors: FORBIDDEN.",
  })
  @Allow.participants([OrganisationKind.CERT], 'the caller’s own CERT only')
  async certDutyRoster(@Args() page: PageArgs, @CurrentPrincipal() me: Principal) {
    return mapConnection(await this.duty.roster(me, page.first, page.after), toCertDutyType);
  }

  @Query(() => Boolean, {
    description: 'Whether the caller is on the CERT incident duty roster. Any active member.',
  })
  @Allow.members('the caller’s own state only')
  onCertDuty(@CurrentPrincipal() me: Principal) {
    return this.access.isOnDuty(me);
  }

  @Mutation(() => CertDutyType, {
    description:
      'Puts a member of the caller’s CERT on incident duty: they read every incident and join the rooms of the open ones. ORG_ADMINs of a CERT organisation. Errors: FORBIDDEN, NOT_FOUND (not a member of that CERT), BAD_USER_INPUT (inactive), CONFLICT (already on duty).',
  })
  @Allow.orgAdmins('ORG_ADMIN of a CERT organisation, for its own members')
  async putOnCertDuty(
    @Args(
      'memberId',
      { type: () => ID, description: 'The CERT member (UUID).' },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toCertDutyType(await this.duty.putOnDuty(me, memberId, clientInfoOf(ctx.req).ip));
  }

  @Mutation(() => Boolean, {
    description:
      'Takes a member off incident duty: they leave every incident room they were in only because of the duty. ORG_ADMINs of a CERT organisation. Errors: FORBIDDEN, NOT_FOUND.',
  })
  @Allow.orgAdmins('ORG_ADMIN of a CERT organisation, for its own members')
  takeOffCertDuty(
    @Args(
      'memberId',
      { type: () => ID, description: 'The CERT member (UUID).' },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.duty.takeOffDuty(me, memberId, clientInfoOf(ctx.req).ip);
  }

  @ResolveField(() => MemberType, { nullable: true, description: 'The member on duty.' })
  @Allow.members('parent roster already checked')
  member(@Parent() d: CertDutyType, @Context() ctx: GraphqlContext) {
    return this.memberLoader.load(ctx, d.memberId);
  }
}
