import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel } from './channel.entity';
import { ChannelKind, ChannelRole } from './chat.enums';
import type { Message } from './message.entity';

@ObjectType('Reaction')
export class ReactionType {
  @Field()
  emoji: string;

  @Field(() => Int)
  count: number;

  @Field(() => [ID])
  memberIds: string[];
}

/**
 * A message as GraphQL and the socket deliver it. The socket sends the same fields as plain JSON
 * (dates as ISO strings); GraphQL adds `sender`.
 */
@ObjectType('Message')
export class MessageType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  channelId: string;

  @Field(() => Int, { description: 'Position in the channel: 1, 2, 3, ... without gaps.' })
  seq: number;

  @Field(() => Int, {
    description:
      'Channel change number of the latest change (new, edit, delete, reaction): the catch-up cursor.',
  })
  changeSeq: number;

  @Field()
  clientMessageId: string;

  @Field(() => ID)
  senderId: string;

  @Field(() => String, { nullable: true, description: 'Null once deleted.' })
  body: string | null;

  @Field(() => ID, { nullable: true })
  threadRootId: string | null;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true })
  deletedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => [ReactionType])
  reactions: ReactionType[];
}

@ObjectType('MessagePage')
export class MessagePageType {
  @Field(() => [MessageType], { description: 'In ascending sequence order.' })
  nodes: MessageType[];

  @Field({ description: 'More messages exist beyond this page in the requested direction.' })
  hasMore: boolean;
}

@ObjectType('Channel')
export class ChannelType {
  @Field(() => ID)
  id: string;

  @Field(() => ChannelKind)
  kind: ChannelKind;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  topic: string | null;

  @Field(() => String, { nullable: true, description: 'TLP label of the content (INCIDENT: RED).' })
  tlp: string | null;

  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @Field(() => Int)
  lastSeq: number;

  @Field(() => Int)
  lastChangeSeq: number;

  @Field()
  createdAt: Date;

  @Field(() => ChannelRole, {
    nullable: true,
    description: 'Null when the caller is not a member (a PUBLIC channel).',
  })
  myRole: ChannelRole | null;

  @Field(() => Int)
  lastReadSeq: number;

  @Field(() => Int, { description: 'Messages after lastReadSeq by others, not deleted.' })
  unreadCount: number;

  @Field(() => Int, { description: 'Unread messages that mention the caller.' })
  mentionCount: number;
}

@ObjectType('ChannelMembership')
export class ChannelMembershipType {
  @Field(() => ID)
  memberId: string;

  @Field(() => ChannelRole)
  role: ChannelRole;

  @Field()
  joinedAt: Date;
}

export interface ChannelView {
  channel: Channel;
  role: ChannelRole | null;
  lastReadSeq: number;
  unreadCount: number;
  mentionCount: number;
}

export function toChannelType(v: ChannelView): ChannelType {
  const c = v.channel;
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    topic: c.topic,
    tlp: c.tlp,
    archivedAt: c.archivedAt,
    lastSeq: c.lastSeq,
    lastChangeSeq: c.lastChangeSeq,
    createdAt: c.createdAt,
    myRole: v.role,
    lastReadSeq: v.lastReadSeq,
    unreadCount: v.unreadCount,
    mentionCount: v.mentionCount,
  };
}

export function toMessageType(m: Message, reactions: ReactionType[] = []): MessageType {
  return {
    id: m.id,
    channelId: m.channelId,
    seq: m.seq,
    changeSeq: m.changeSeq,
    clientMessageId: m.clientMessageId,
    senderId: m.senderId,
    body: m.deletedAt ? null : m.body,
    threadRootId: m.threadRootId,
    editedAt: m.editedAt,
    deletedAt: m.deletedAt,
    createdAt: m.createdAt,
    reactions,
  };
}

/** One reaction row, oldest first; `groupReactions` turns a message's rows into the API shape. */
export interface ReactionRow {
  emoji: string;
  memberId: string;
}

/** Per emoji in order of its first reaction: the count and who reacted (oldest first). */
export function groupReactions(rows: ReactionRow[]): ReactionType[] {
  const list: ReactionType[] = [];
  for (const r of rows) {
    let entry = list.find((e) => e.emoji === r.emoji);
    if (!entry) list.push((entry = { emoji: r.emoji, count: 0, memberIds: [] }));
    entry.count++;
    entry.memberIds.push(r.memberId);
  }
  return list;
}

/** The socket payload of a message: JSON-safe, the same fields as the GraphQL type. */
export type MessagePayload = Omit<MessageType, 'editedAt' | 'deletedAt' | 'createdAt'> & {
  editedAt: string | null;
  deletedAt: string | null;
  createdAt: string;
};

export function toMessagePayload(m: MessageType): MessagePayload {
  return {
    ...m,
    editedAt: m.editedAt?.toISOString() ?? null,
    deletedAt: m.deletedAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
  };
}
