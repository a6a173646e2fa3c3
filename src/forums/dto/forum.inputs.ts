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

@InputType({ description: 'All properties of a forum category (create and full update).' })
export class ForumCategoryInput {
  @Field({ description: 'Name, 2 to 80 characters, unique (CONFLICT naming `name`).' })
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  name: string;

  @Field({
    description: 'What the category is for, plain text, at most 500 characters.',
    defaultValue: '',
  })
  @IsString()
  @MaxLength(500)
  description: string = '';

  @Field(() => [OrganisationKind], {
    description: 'Participant kinds that may read (1 to 3, no duplicates).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(OrganisationKind, { each: true })
  readKinds: OrganisationKind[];

  @Field(() => [OrganisationKind], {
    description:
      'Participant kinds that may start topics and reply; must be within readKinds (BAD_USER_INPUT). Empty: nobody but staff posts.',
  })
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(OrganisationKind, { each: true })
  postKinds: OrganisationKind[];

  @Field(() => [ID], {
    description:
      'Sharing group: when not empty, only members of these organisations (at most 200 UUIDs) take part, still limited by the kinds.',
    defaultValue: [],
  })
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organisationIds: string[] = [];

  @Field(() => Int, {
    description: 'Sort position in the category list, 0 to 10,000 (ascending).',
    defaultValue: 0,
  })
  @IsInt()
  @Min(0)
  @Max(10_000)
  position: number = 0;
}

@InputType({ description: 'A new topic and its first post.' })
export class CreateForumTopicInput {
  @Field(() => ID, { description: 'Id (UUID) of the category to post in.' })
  @IsUUID()
  categoryId: string;

  @Field({ description: 'Topic title, 1 to 200 characters after trimming.' })
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

@InputType({ description: 'A reply in a topic.' })
export class CreateForumPostInput {
  @Field(() => ID, { description: 'Id (UUID) of the topic to reply in.' })
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

  @Field(() => ID, {
    nullable: true,
    description: 'Id (UUID) of a post of the same topic this replies to.',
  })
  @IsOptional()
  @IsUUID()
  replyToPostId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id (UUID) of a post the author may read; readers see the quote only if they may read that post too.',
  })
  @IsOptional()
  @IsUUID()
  quotedPostId?: string | null;
}

@InputType({ description: 'A report of a post to the moderators.' })
export class FlagForumPostInput {
  @Field(() => ID, { description: 'Id (UUID) of the post to report.' })
  @IsUUID()
  postId: string;

  @Field(() => FlagReason, { description: 'Why the post is reported.' })
  @IsEnum(FlagReason)
  reason: FlagReason;

  @Field(() => String, {
    description: 'Optional explanation for the moderators, at most 1000 characters.',
    nullable: true,
  })
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
  @Field({
    description:
      'Search words (German full-text search, websearch syntax: "phrase", -exclude, OR), 2 to 200 characters.',
  })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  query: string;

  @Field(() => ID, { description: 'Only posts in this category (UUID).', nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => ID, { description: 'Only posts by this member (UUID).', nullable: true })
  @IsOptional()
  @IsUUID()
  authorId?: string | null;

  @Field(() => Date, {
    description: 'Only posts written at or after this time (ISO 8601 date-time).',
    nullable: true,
  })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, {
    description: 'Only posts written at or before this time (ISO 8601 date-time).',
    nullable: true,
  })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class MoveForumTopicArgs {
  @Field(() => ID, { description: 'Id (UUID) of the topic to move.' })
  @IsUUID()
  topicId: string;

  @Field(() => ID, { description: 'Id (UUID) of the target category.' })
  @IsUUID()
  categoryId: string;

  @Field({
    defaultValue: false,
    description:
      'Must be true when the target category has a wider audience than the current one (else CONFLICT): the move would show the topic to more people.',
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
