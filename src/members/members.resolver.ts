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
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { ConnectionType, mapConnection } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { OrganisationType } from '../organisations/organisation.type';
import { MembersArgs, UpdateProfileInput } from './dto/member.inputs';
import { MemberType, toMemberType } from './member.type';
import { MembersService } from './members.service';

export const MemberConnection = ConnectionType(MemberType, 'MemberConnection');

@Resolver(() => MemberType)
export class MembersResolver {
  constructor(
    private readonly directory: MembersService,
    private readonly organisations: OrganisationLoader,
  ) {}

  @Query(() => MemberType, {
    description: "The caller's own member record. Any signed-in member, also during TOTP set-up.",
  })
  @Allow.membersDuringMfaSetup()
  async me(@CurrentPrincipal() me: Principal): Promise<MemberType> {
    return toMemberType(await this.directory.findVisible(me, me.memberId), me);
  }

  @Query(() => MemberType, {
    description:
      'One member by id. Any active member sees active members; invited or disabled ones only ADMINs and the ORG_ADMINs of their organisation (else NOT_FOUND).',
  })
  @Allow.members('active members are visible to all members; others to ADMINs and their ORG_ADMINs')
  async member(
    @Args('id', { description: 'Member id (UUID).', type: () => ID }, new UuidPipe('id'))
    id: string,
    @CurrentPrincipal() me: Principal,
  ): Promise<MemberType> {
    return toMemberType(await this.directory.findVisible(me, id), me);
  }

  @Query(() => MemberConnection, {
    description:
      "The member directory, ordered by display name. Any active member; other statuses than ACTIVE only for ADMINs and the organisation's ORG_ADMINs (else FORBIDDEN).",
  })
  @Allow.members('non-active members only for ADMINs and the ORG_ADMINs of their organisation')
  async members(@Args() args: MembersArgs, @CurrentPrincipal() me: Principal) {
    const page = await this.directory.directory(me, args);
    return mapConnection(page, (m) => toMemberType(m, me));
  }

  @Mutation(() => MemberType, {
    description:
      "Updates the caller's own profile. Any signed-in member, also during TOTP set-up. Errors: BAD_USER_INPUT naming the field.",
  })
  @Allow.membersDuringMfaSetup()
  async updateMyProfile(
    @Args('input', { description: 'The profile fields to change.' }) input: UpdateProfileInput,
    @CurrentPrincipal() me: Principal,
  ): Promise<MemberType> {
    return toMemberType(await this.directory.updateProfile(me, input), me);
  }

  @ResolveField(() => OrganisationType, {
    description: 'The organisation the member belongs to. Any signed-in member.',
  })
  @Allow.membersDuringMfaSetup()
  organisation(
    @Parent() member: MemberType,
    @Context() ctx: GraphqlContext,
  ): Promise<OrganisationType> {
    return this.organisations.load(ctx, member.organisationId);
  }
}
