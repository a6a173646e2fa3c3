import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { CHANNEL_NAME_MAX, CHANNEL_TOPIC_MAX, ChannelKind, DIRECT_MAX_MEMBERS } from './chat.enums';

const notBlank = /\S/;

@InputType()
export class CreateChannelInput {
  @Field(() => ChannelKind, { description: 'PUBLIC or PRIVATE.' })
  @IsEnum(ChannelKind)
  kind: ChannelKind;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(CHANNEL_NAME_MAX)
  @Matches(notBlank, { message: 'name: darf nicht leer sein' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(CHANNEL_TOPIC_MAX)
  topic?: string | null;
}

@InputType()
export class RenameChannelInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'channelId: keine gültige ID' })
  channelId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(CHANNEL_NAME_MAX)
  @Matches(notBlank, { message: 'name: darf nicht leer sein' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears the topic.' })
  @IsOptional()
  @IsString()
  @MaxLength(CHANNEL_TOPIC_MAX)
  topic?: string | null;
}

@InputType()
export class InviteToChannelInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'channelId: keine gültige ID' })
  channelId: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'memberIds: keine gültige ID' })
  memberIds: string[];
}

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'channelId: keine gültige ID' })
  channelId: string;

  @Field({
    description:
      'Chosen by the client (1-64 of A-Z a-z 0-9 - _), unique per sender and channel; a retry with the same id returns the stored message.',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, {
    message: 'clientMessageId: 1 bis 64 Zeichen aus A-Z, a-z, 0-9, - und _',
  })
  clientMessageId: string;

  /** Size and emptiness are checked by the service (the same rule as on the socket). */
  @Field({ description: 'Plain text (Markdown allowed), at most 16 KB.' })
  @IsString()
  @MaxLength(20_000)
  body: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'threadRootId: keine gültige ID' })
  threadRootId?: string | null;
}

@ArgsType()
export class OpenDirectChannelArgs {
  @Field(() => [ID], { description: '1 to 7 other members.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(DIRECT_MAX_MEMBERS - 1)
  @IsUUID('all', { each: true, message: 'memberIds: keine gültige ID' })
  memberIds: string[];
}

@ArgsType()
export class MessagesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'channelId: keine gültige ID' })
  channelId: string;

  @Field(() => Int, { defaultValue: 50, description: '1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 50;

  @Field(() => Int, {
    nullable: true,
    description: 'Messages with seq below this (older), newest first within the page.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  before?: number | null;

  @Field(() => Int, { nullable: true, description: 'Messages with seq above this (newer).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  after?: number | null;
}

@ArgsType()
export class ReactArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'messageId: keine gültige ID' })
  messageId: string;

  @Field()
  @IsString()
  @MaxLength(32)
  emoji: string;

  @Field({ defaultValue: true, description: 'False removes the reaction.' })
  @IsBoolean()
  add: boolean = true;
}
