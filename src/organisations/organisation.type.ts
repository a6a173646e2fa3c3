import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationKind, ServiceKind } from './organisation.enums';

@ObjectType('Organisation')
export class OrganisationType {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field()
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Amtlicher Gemeindeschlüssel (8 digits), municipalities only.',
  })
  municipalityKey: string | null;

  @Field(() => String, { nullable: true })
  district: string | null;

  @Field(() => String, { nullable: true })
  governmentRegion: string | null;

  @Field(() => Int, { nullable: true })
  population: number | null;

  @Field()
  createdAt: Date;
}

@ObjectType('ServiceRelation', {
  description: 'An entry of the provider register: provider serves municipality.',
})
export class ServiceRelationType {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationType)
  provider: OrganisationType;

  @Field(() => OrganisationType)
  municipality: OrganisationType;

  @Field(() => [ServiceKind])
  services: ServiceKind[];
}
