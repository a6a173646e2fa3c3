import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '../../common/graphql/pagination';
import { OrganisationKind, ServiceKind } from '../organisation.enums';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationKind, {
    description: 'Only organisations of this kind.',
    nullable: true,
  })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Case-insensitive substring of name, municipality key or district, at most 100 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => String, {
    description: 'Only organisations in this district (exact name).',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  district?: string | null;
}

@InputType({ description: 'All properties of an organisation (create and full update).' })
export class OrganisationInput {
  @Field(() => OrganisationKind, {
    description: 'Kind of organisation; cannot change after creation (BAD_USER_INPUT).',
  })
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @Field({ description: 'Official name, 2 to 200 characters, unique (CONFLICT naming `name`).' })
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Amtlicher Gemeindeschlüssel, exactly 8 digits: required for municipalities, refused for others; unique (CONFLICT).',
  })
  @IsOptional()
  @Matches(/^\d{8}$/, {
    message: 'municipalityKey: der Amtliche Gemeindeschlüssel hat genau 8 Ziffern',
  })
  municipalityKey?: string | null;

  @Field(() => String, { description: 'Kreis (district), at most 120 characters.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  district?: string | null;

  @Field(() => String, {
    description: 'Regierungsbezirk (government region), at most 120 characters.',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  governmentRegion?: string | null;

  @Field(() => Int, { description: 'Number of inhabitants, 0 to 20,000,000.', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20_000_000)
  population?: number | null;
}

@InputType({ description: 'One provider register entry.' })
export class ServiceRelationInput {
  @Field(() => ID, { description: 'Id (UUID) of an organisation of kind IT_PROVIDER.' })
  @IsUUID('all', { message: 'providerId: keine gültige ID' })
  providerId: string;

  @Field(() => ID, { description: 'Id (UUID) of an organisation of kind MUNICIPALITY.' })
  @IsUUID('all', { message: 'municipalityId: keine gültige ID' })
  municipalityId: string;

  @Field(() => [ServiceKind], {
    description:
      "What the provider does for the municipality: 1 to 10 services; replaces the entry's services.",
  })
  @ArrayMinSize(1, { message: 'services: mindestens eine Leistung angeben' })
  @ArrayMaxSize(10)
  @IsEnum(ServiceKind, { each: true })
  services: ServiceKind[];
}
