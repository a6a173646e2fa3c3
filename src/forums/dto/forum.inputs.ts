import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Int } from '@nestjs/graphql';
import { PageArgs } from '../../common/graphql/pagination';
import { OrganisationKind } from '../../organisations/organisation.enums';
import { FlagReason } from '../forum.enums';

export const TOPIC_TITLE_MAX = 200;

@InputType()
export class ForumCategoryInput {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(500)
  description: string = '';

  @Field(() => [OrganisationKind])
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(OrganisationKind, { each: true })
  readKinds: OrganisationKind[];

  @Field(() => [OrganisationKind])
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(OrganisationKind, { each: true })
  postKinds: OrganisationKind[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organisationIds: string[] = [];

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  position: number = 0;
}

@InputType()
export class CreateForumTopicInput {
  @Field(() => ID)
  @IsUUID()
  categoryId: string;

  @Field()
  @IsString()
  @MaxLength(TOPIC_TITLE_MAX)
  title: string;

  /** Length is checked by the service (code points, with a German message naming the field). */
  @Field({ description: 'Markdown of the first post.' })
  @IsString()
  body: string;
}

@InputType()
export class CreateForumPostInput {
  @Field(() => ID)
  @IsUUID()
  topicId: string;

  @Field({ description: 'Markdown.' })
  @IsString()
  body: string;

  @Field(() => ID, { nullable: true, description: 'A post of the same topic this replies to.' })
  @IsOptional()
  @IsUUID()
  replyToPostId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A post the author may read; readers see it only if they may read it too.',
  })
  @IsOptional()
  @IsUUID()
  quotedPostId?: string | null;
}

@InputType()
export class FlagForumPostInput {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field(() => FlagReason)
  @IsEnum(FlagReason)
  reason: FlagReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@ArgsType()
export class ForumTopicsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this category (pinned topics first).' })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only topics started by this member.' })
  @IsOptional()
  @IsUUID()
  authorId?: string | null;
}

@ArgsType()
export class ForumSearchArgs extends PageArgs {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  query: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  authorId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class MoveForumTopicArgs {
  @Field(() => ID)
  @IsUUID()
  topicId: string;

  @Field(() => ID)
  @IsUUID()
  categoryId: string;

  @Field({
    defaultValue: false,
    description: 'Required when the new category has a wider audience than the old one.',
  })
  @IsBoolean()
  allowWiderAudience: boolean = false;
}
