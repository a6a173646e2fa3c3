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
    description: 'All organisations, ordered by name. Any active member.',
  })
  @Allow.members()
  async listOrganisations(@Args() args: OrganisationsArgs) {
    const page = await this.organisations.list(args);
    return mapConnection(page, toOrganisationType);
  }

  @Query(() => OrganisationType, {
    description: 'One organisation by id. Any active member. Errors: NOT_FOUND.',
  })
  @Allow.members()
  async organisation(
    @Args('id', { description: 'Organisation id (UUID).', type: () => ID }, new UuidPipe('id'))
    id: string,
  ): Promise<OrganisationType> {
    return toOrganisationType(await this.organisations.get(id));
  }

  @ResolveField(() => [ServiceRelationType], {
    description:
      'The provider register for this organisation: for an IT provider the municipalities it serves, for a municipality its providers, empty for the CERT. Any active member.',
  })
  @Allow.members()
  async serviceRelations(@Parent() organisation: OrganisationType): Promise<ServiceRelationType[]> {
    return (await this.register.relationsOf(organisation.id)).map(toRelationType);
  }

  @Mutation(() => OrganisationType, {
    description:
      'Creates an organisation. ADMINs only; audited. Errors: BAD_USER_INPUT (municipality key missing or not allowed), CONFLICT (name or municipality key taken).',
  })
  @Allow.admins()
  async createOrganisation(
    @Args('input', { description: 'The new organisation.' }) input: OrganisationInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toOrganisationType(await this.organisations.create(me, input, clientInfoOf(ctx.req).ip));
  }

  @Mutation(() => OrganisationType, {
    description:
      "Replaces an organisation's properties. ADMINs only; audited. Errors: NOT_FOUND, BAD_USER_INPUT (kind changed, municipality key missing or not allowed), CONFLICT (name or municipality key taken).",
  })
  @Allow.admins()
  async updateOrganisation(
    @Args(
      'id',
      { description: 'Id (UUID) of the organisation to change.', type: () => ID },
      new UuidPipe('id'),
    )
    id: string,
    @Args('input', { description: 'All its properties, as they should be.' })
    input: OrganisationInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toOrganisationType(
      await this.organisations.update(me, id, input, clientInfoOf(ctx.req).ip),
    );
  }

  @Mutation(() => ServiceRelationType, {
    description:
      'Records (or replaces the services of) what a provider does for a municipality. ADMINs only; audited. Errors: BAD_USER_INPUT (`providerId` not an IT provider, `municipalityId` not a municipality).',
  })
  @Allow.admins()
  async setServiceRelation(
    @Args('input', { description: 'Provider, municipality and services.' })
    input: ServiceRelationInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toRelationType(await this.register.set(me, input, clientInfoOf(ctx.req).ip));
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a provider register entry; returns true. ADMINs only; audited. Errors: NOT_FOUND (no such entry).',
  })
  @Allow.admins()
  removeServiceRelation(
    @Args(
      'providerId',
      { description: 'Id (UUID) of the IT provider.', type: () => ID },
      new UuidPipe('providerId'),
    )
    providerId: string,
    @Args(
      'municipalityId',
      { description: 'Id (UUID) of the municipality.', type: () => ID },
      new UuidPipe('municipalityId'),
    )
    municipalityId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.register.remove(me, providerId, municipalityId, clientInfoOf(ctx.req).ip);
  }
}
