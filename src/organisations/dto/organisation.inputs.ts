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
  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches name, municipality key and district.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  district?: string | null;
}

@InputType()
export class OrganisationInput {
  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @Field()
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Required for municipalities: 8 digits.' })
  @IsOptional()
  @Matches(/^\d{8}$/, {
    message: 'municipalityKey: der Amtliche Gemeindeschlüssel hat genau 8 Ziffern',
  })
  municipalityKey?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  district?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  governmentRegion?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20_000_000)
  population?: number | null;
}

@InputType()
export class ServiceRelationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'providerId: keine gültige ID' })
  providerId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'municipalityId: keine gültige ID' })
  municipalityId: string;

  @Field(() => [ServiceKind])
  @ArrayMinSize(1, { message: 'services: mindestens eine Leistung angeben' })
  @ArrayMaxSize(10)
  @IsEnum(ServiceKind, { each: true })
  services: ServiceKind[];
}
