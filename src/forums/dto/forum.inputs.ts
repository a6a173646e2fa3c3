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
import { badInput } from '../../common/errors/app-error';
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
  @Field(() => String, {
    nullable: true,
    description:
      'Markdown of the first post, rendered and sanitised on the server. Required (or the deprecated body).',
  })
  @IsOptional()
  @IsString()
  bodyMarkdown?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown of the first post.',
    deprecationReason: 'Use bodyMarkdown.',
  })
  @IsOptional()
  @IsString()
  body?: string | null;
}

@InputType()
export class CreateForumPostInput {
  @Field(() => ID)
  @IsUUID()
  topicId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Markdown, rendered and sanitised on the server. Required (or the deprecated body).',
  })
  @IsOptional()
  @IsString()
  bodyMarkdown?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown.',
    deprecationReason: 'Use bodyMarkdown.',
  })
  @IsOptional()
  @IsString()
  body?: string | null;

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

/**
 * The Markdown of a post from `bodyMarkdown` or the deprecated `body`, with the name the client
 * used (for error messages): exactly one of them.
 */
export function markdownOf(input: { bodyMarkdown?: string | null; body?: string | null }): {
  markdown: string;
  field: string;
} {
  const given = input.bodyMarkdown != null;
  if (given && input.body != null)
    throw badInput('bodyMarkdown', 'Bitte nur bodyMarkdown angeben (body ist veraltet).');
  if (given) return { markdown: input.bodyMarkdown!, field: 'bodyMarkdown' };
  if (input.body != null) return { markdown: input.body, field: 'body' };
  throw badInput('bodyMarkdown', 'Der Text fehlt.');
}
