import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationKind, ServiceKind } from './organisation.enums';

@ObjectType('Organisation', {
  description:
    'A participating organisation: a municipality, an IT service provider or the CERT. Every active member may read all organisations.',
})
export class OrganisationType {
  @Field(() => ID, { description: 'Organisation id (UUID).' })
  id: string;

  @Field(() => OrganisationKind, {
    description: "What kind of organisation this is; members' participant kind follows it.",
  })
  kind: OrganisationKind;

  @Field({ description: 'Official name, unique (case-insensitive).' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Amtlicher Gemeindeschlüssel (AGS, 8 digits), municipalities only; null otherwise.',
  })
  municipalityKey: string | null;

  @Field(() => String, {
    description:
      'Kreis (district) of a municipality, or the seat of another organisation; null when not recorded.',
    nullable: true,
  })
  district: string | null;

  @Field(() => String, {
    description: 'Regierungsbezirk (government region), e.g. Arnsberg; null when not recorded.',
    nullable: true,
  })
  governmentRegion: string | null;

  @Field(() => Int, {
    description: 'Number of inhabitants of a municipality; null when not recorded.',
    nullable: true,
  })
  population: number | null;

  @Field({ description: 'When the organisation was created (ISO 8601 date-time, UTC).' })
  createdAt: Date;
}

@ObjectType('ServiceRelation', {
  description:
    'An entry of the provider register: an IT provider serves a municipality with some services. Every active member may read the register.',
})
export class ServiceRelationType {
  @Field(() => ID, { description: 'Register entry id (UUID).' })
  id: string;

  @Field(() => OrganisationType, { description: 'The IT provider (kind IT_PROVIDER).' })
  provider: OrganisationType;

  @Field(() => OrganisationType, { description: 'The municipality served (kind MUNICIPALITY).' })
  municipality: OrganisationType;

  @Field(() => [ServiceKind], {
    description: 'What the provider does for the municipality (at least one).',
  })
  services: ServiceKind[];
}
