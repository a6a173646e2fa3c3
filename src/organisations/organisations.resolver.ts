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
import { ConnectionType, mapConnection } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import {
  OrganisationInput,
  OrganisationsArgs,
  ServiceRelationInput,
} from './dto/organisation.inputs';
import { toOrganisationType } from './organisation.loader';
import { OrganisationType, ServiceRelationType } from './organisation.type';
import { OrganisationsService } from './organisations.service';
import { ProviderRegisterService } from './provider-register.service';
import { ServiceRelation } from './service-relation.entity';

export const OrganisationConnection = ConnectionType(OrganisationType, 'OrganisationConnection');

const toRelationType = (r: ServiceRelation): ServiceRelationType => ({
  id: r.id,
  provider: toOrganisationType(r.provider!),
  municipality: toOrganisationType(r.municipality!),
  services: r.services,
});

@Resolver(() => OrganisationType)
export class OrganisationsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly register: ProviderRegisterService,
  ) {}

  @Query(() => OrganisationConnection, {
    name: 'organisations',
    description: 'All organisations, ordered by name.',
  })
  @Allow.members()
  async listOrganisations(@Args() args: OrganisationsArgs) {
    const page = await this.organisations.list(args);
    return mapConnection(page, toOrganisationType);
  }

  @Query(() => OrganisationType)
  @Allow.members()
  async organisation(
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
  ): Promise<OrganisationType> {
    return toOrganisationType(await this.organisations.get(id));
  }

  @ResolveField(() => [ServiceRelationType], {
    description:
      'For an IT provider: the municipalities it serves; for a municipality: its providers.',
  })
  @Allow.members()
  async serviceRelations(@Parent() organisation: OrganisationType): Promise<ServiceRelationType[]> {
    return (await this.register.relationsOf(organisation.id)).map(toRelationType);
  }

  @Mutation(() => OrganisationType)
  @Allow.admins()
  async createOrganisation(
    @Args('input') input: OrganisationInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toOrganisationType(await this.organisations.create(me, input, clientInfoOf(ctx.req).ip));
  }

  @Mutation(() => OrganisationType)
  @Allow.admins()
  async updateOrganisation(
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
    @Args('input') input: OrganisationInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toOrganisationType(
      await this.organisations.update(me, id, input, clientInfoOf(ctx.req).ip),
    );
  }

  @Mutation(() => ServiceRelationType, {
    description: 'Records (or replaces) what a provider does for a municipality.',
  })
  @Allow.admins()
  async setServiceRelation(
    @Args('input') input: ServiceRelationInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toRelationType(await this.register.set(me, input, clientInfoOf(ctx.req).ip));
  }

  @Mutation(() => Boolean)
  @Allow.admins()
  removeServiceRelation(
    @Args('providerId', { type: () => ID }, new UuidPipe('providerId')) providerId: string,
    @Args('municipalityId', { type: () => ID }, new UuidPipe('municipalityId'))
    municipalityId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.register.remove(me, providerId, municipalityId, clientInfoOf(ctx.req).ip);
  }
}
