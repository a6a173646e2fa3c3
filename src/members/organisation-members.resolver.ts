import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Principal } from '../common/access/authenticated-member';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { requestLoader } from '../common/graphql/graphql-context';
import { mapConnection, type Connection } from '../common/graphql/pagination';
import { OrganisationType } from '../organisations/organisation.type';
import { OrganisationMembersArgs } from './dto/member.inputs';
import { MemberStatus } from './member.enums';
import { Member } from './member.entity';
import { MemberLoader } from './member.loader';
import { MemberType, toMemberType } from './member.type';
import { MembersService } from './members.service';
import { MemberConnection } from './members.resolver';

/**
 * Organisation.members: the organisation's people as the directory shows them to the viewer. The
 * pages of every organisation in one response are read together (one DataLoader per page
 * arguments), so a list of 20 organisations with their members costs two statements, not forty.
 */
@Resolver(() => OrganisationType)
export class OrganisationMembersResolver {
  constructor(
    private readonly directory: MembersService,
    private readonly memberLoader: MemberLoader,
  ) {}

  @ResolveField(() => MemberConnection, {
    nullable: true,
    description:
      'The organisation’s members, ordered by name, as the `members` directory shows them to the caller (contact details by each member’s visibility). ACTIVE by default; other statuses only for ADMINs and this organisation’s ORG_ADMINs (otherwise null with a FORBIDDEN error).',
  })
  @Allow.members(
    'non-active members only for ADMINs and the ORG_ADMINs of the organisation; contact details by visibility',
  )
  async members(
    @Parent() organisation: OrganisationType,
    @Args() args: OrganisationMembersArgs,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ): Promise<Connection<MemberType>> {
    const status = args.status ?? MemberStatus.ACTIVE;
    this.directory.assertMayList(me, organisation.id, status);
    const key = `organisationMembers:${JSON.stringify([status, args.first, args.after ?? null])}`;
    const loader = requestLoader(
      ctx,
      key,
      () =>
        new DataLoader<string, Connection<Member>>(async (ids) => {
          const pages = await this.directory.pagesByOrganisation(
            ids,
            status,
            args.first,
            args.after,
          );
          return ids.map((id) => pages.get(id)!);
        }),
    );
    const page = await loader.load(organisation.id);
    // Member fields (organisation, ...) of these rows then need no statement of their own.
    this.memberLoader.prime(ctx, page.nodes);
    return mapConnection(page, (m) => toMemberType(m, me));
  }
}
