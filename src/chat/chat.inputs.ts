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

@InputType({
  description:
    'A new PUBLIC or PRIVATE channel (DIRECT: openDirectChannel; INCIDENT: reportIncident).',
})
export class CreateChannelInput {
  @Field(() => ChannelKind, { description: 'PUBLIC or PRIVATE (BAD_USER_INPUT otherwise).' })
  @IsEnum(ChannelKind)
  kind: ChannelKind;

  @Field({ description: 'Channel name, 1 to 80 characters.' })
  @IsString()
  @MinLength(1)
  @MaxLength(CHANNEL_NAME_MAX)
  @Matches(notBlank, { message: 'name: darf nicht leer sein' })
  name: string;

  @Field(() => String, {
    description: 'What the channel is about, at most 250 characters.',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(CHANNEL_TOPIC_MAX)
  topic?: string | null;
}

@InputType({ description: 'New name and/or topic of a channel; omitted fields stay.' })
export class RenameChannelInput {
  @Field(() => ID, { description: 'Channel id (UUID).' })
  @IsUUID('all', { message: 'channelId: keine gültige ID' })
  channelId: string;

  @Field(() => String, { description: 'New name, 1 to 80 characters.', nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(CHANNEL_NAME_MAX)
  @Matches(notBlank, { message: 'name: darf nicht leer sein' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New topic, at most 250 characters; the empty string clears it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CHANNEL_TOPIC_MAX)
  topic?: string | null;
}

@InputType({ description: 'Members to add to a channel.' })
export class InviteToChannelInput {
  @Field(() => ID, { description: 'Channel id (UUID).' })
  @IsUUID('all', { message: 'channelId: keine gültige ID' })
  channelId: string;

  @Field(() => [ID], {
    description: '1 to 50 ids (UUIDs) of active members; those already in the channel are skipped.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'memberIds: keine gültige ID' })
  memberIds: string[];
}

@InputType({
  description: 'A chat message to send (the same contract as the socket event message:send).',
})
export class SendMessageInput {
  @Field(() => ID, { description: 'Channel id (UUID).' })
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
  @Field({
    description:
      'Text (Markdown allowed), not blank, at most 16 KB of UTF-8; @handle mentions notify channel members.',
  })
  @IsString()
  @MaxLength(20_000)
  body: string;

  @Field(() => ID, {
    description:
      "Id of a message of the same channel to answer in its thread (a reply to a reply joins the root's thread).",
    nullable: true,
  })
  @IsOptional()
  @IsUUID('all', { message: 'threadRootId: keine gültige ID' })
  threadRootId?: string | null;
}

@ArgsType()
export class OpenDirectChannelArgs {
  @Field(() => [ID], {
    description: 'The 1 to 7 other members (UUIDs); the caller is always included.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(DIRECT_MAX_MEMBERS - 1)
  @IsUUID('all', { each: true, message: 'memberIds: keine gültige ID' })
  memberIds: string[];
}

@ArgsType()
export class MessagesArgs {
  @Field(() => ID, { description: 'Channel id (UUID).' })
  @IsUUID('all', { message: 'channelId: keine gültige ID' })
  channelId: string;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 50;

  @Field(() => Int, {
    nullable: true,
    description: 'Messages with seq below this (older); the newest such page.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  before?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Messages with seq above this (newer); the oldest such page. Takes precedence over before.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  after?: number | null;
}

@ArgsType()
export class ReactArgs {
  @Field(() => ID, { description: 'Message id (UUID).' })
  @IsUUID('all', { message: 'messageId: keine gültige ID' })
  messageId: string;

  @Field({ description: 'The emoji, 1 to 32 characters without spaces.' })
  @IsString()
  @MaxLength(32)
  emoji: string;

  @Field({ defaultValue: true, description: 'True adds the reaction, false removes it.' })
  @IsBoolean()
  add: boolean = true;
}
