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

@InputType({ description: "A security incident of the caller's organisation." })
export class ReportIncidentInput {
  @Field({ description: 'Short title, 3 to 200 characters, not blank.' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Matches(/\S/, { message: 'title: darf nicht leer sein' })
  title: string;

  @Field({ description: 'What happened, 1 to 4000 characters, not blank.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  @Matches(/\S/, { message: 'description: darf nicht leer sein' })
  description: string;

  @Field({
    description:
      "Invite the staff of the organisation's IT providers (from the register) into the room.",
  })
  @IsBoolean()
  consentToProvider: boolean;
}

@ObjectType('Incident', {
  description:
    'A reported security incident with its TLP:RED chat room. Visible to the members of the room only.',
})
export class IncidentType {
  @Field(() => ID, { description: 'Incident id (UUID).' })
  id: string;

  @Field({ description: 'Short title.' })
  title: string;

  @Field({ description: 'What happened, as reported.' })
  description: string;

  @Field(() => IncidentStatus, { description: 'Lifecycle state.' })
  status: IncidentStatus;

  @Field(() => ID, { description: 'Id of the reporting organisation.' })
  organisationId: string;

  @Field(() => ID, { description: 'Id of the member who reported it.' })
  reporterId: string;

  @Field(() => ID, { description: 'Id of the INCIDENT chat channel (TLP:RED).' })
  channelId: string;

  @Field({
    description: "Whether the reporter agreed to bring in the organisation's IT providers.",
  })
  consentToProvider: boolean;

  @Field({ description: 'When it was reported (ISO 8601 date-time, UTC).' })
  createdAt: Date;
}

const toIncidentType = (i: Incident): IncidentType => ({ ...i });

@Resolver(() => IncidentType)
export class IncidentsResolver {
  constructor(private readonly incidents: IncidentsService) {}

  @Mutation(() => IncidentType, {
    description:
      "Reports an incident of the caller's organisation and opens its TLP:RED room with the reporter, the CERT duty team and (with consent) the IT providers' staff; each is notified. Any active member, for their own organisation. Errors: BAD_USER_INPUT naming the field.",
  })
  @Allow.members('for the caller’s own organisation')
  async reportIncident(
    @Args('input', { description: 'Title, description and consent.' }) input: ReportIncidentInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toIncidentType(await this.incidents.report(me, input, clientInfoOf(ctx.req).ip));
  }

  @Query(() => IncidentType, {
    description:
      'One incident by id. Members of its chat room only. Errors: NOT_FOUND (also when not in the room).',
  })
  @Allow.members('members of the incident channel only (TLP:RED); NOT_FOUND otherwise')
  async incident(
    @Args('id', { description: 'Incident id (UUID).', type: () => ID }, new UuidPipe('id'))
    id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return toIncidentType(await this.incidents.get(me, id));
  }
}
