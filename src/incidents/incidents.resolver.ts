import {
  Args,
  Context,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { IsBoolean, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { Incident, IncidentStatus } from './incident.entity';
import { IncidentsService } from './incidents.service';

@InputType()
export class ReportIncidentInput {
  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Matches(/\S/, { message: 'title: darf nicht leer sein' })
  title: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  @Matches(/\S/, { message: 'description: darf nicht leer sein' })
  description: string;

  @Field({
    description: 'Invite the staff of the organisation’s IT providers (from the register).',
  })
  @IsBoolean()
  consentToProvider: boolean;
}

@ObjectType('Incident')
export class IncidentType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => IncidentStatus)
  status: IncidentStatus;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  reporterId: string;

  @Field(() => ID, { description: 'The INCIDENT chat channel (TLP:RED).' })
  channelId: string;

  @Field()
  consentToProvider: boolean;

  @Field()
  createdAt: Date;
}

const toIncidentType = (i: Incident): IncidentType => ({ ...i });

@Resolver(() => IncidentType)
export class IncidentsResolver {
  constructor(private readonly incidents: IncidentsService) {}

  @Mutation(() => IncidentType, {
    description: 'Reports an incident of the caller’s organisation and opens its TLP:RED room.',
  })
  @Allow.members('for the caller’s own organisation')
  async reportIncident(
    @Args('input') input: ReportIncidentInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toIncidentType(await this.incidents.report(me, input, clientInfoOf(ctx.req).ip));
  }

  @Query(() => IncidentType)
  @Allow.members('members of the incident channel only (TLP:RED); NOT_FOUND otherwise')
  async incident(
    @Args('id', { type: () => ID }, new UuidPipe('id')) id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return toIncidentType(await this.incidents.get(me, id));
  }
}
