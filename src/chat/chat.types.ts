import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel } from './channel.entity';
import { ChannelKind, ChannelRole } from './chat.enums';
import type { Message } from './message.entity';

@ObjectType('Reaction', { description: 'One emoji given to a chat message, with who gave it.' })
export class ReactionType {
  @Field({ description: 'The emoji (1 to 32 characters, no spaces).' })
  emoji: string;

  @Field(() => Int, { description: 'How many members reacted with it (at least 1).' })
  count: number;

  @Field(() => [ID], { description: 'Ids of those members, oldest reaction first.' })
  memberIds: string[];
}

/**
 * A message as GraphQL and the socket deliver it. The socket sends the same fields as plain JSON
 * (dates as ISO strings); GraphQL adds `sender`.
 */
@ObjectType('Message', {
  description:
    "A chat message as GraphQL and the socket deliver it. Readable by the channel's members (PUBLIC channels: any active member); reads of TLP:RED channels are audited.",
})
export class MessageType {
  @Field(() => ID, { description: 'Message id (UUID).' })
  id: string;

  @Field(() => ID, { description: "Id of the message's channel." })
  channelId: string;

  @Field(() => Int, {
    description: 'Position in the channel: 1, 2, 3, … without gaps; the order to show messages in.',
  })
  seq: number;

  @Field(() => Int, {
    description:
      "Channel change number of the message's latest change (new, edit, delete, reaction): the catch-up cursor.",
  })
  changeSeq: number;

  @Field({
    description:
      "The sender's client-chosen id (1 to 64 of A-Z a-z 0-9 - _), unique per channel; makes sending idempotent.",
  })
  clientMessageId: string;

  @Field(() => ID, { description: 'Id of the member who sent it.' })
  senderId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The text (Markdown allowed, at most 16 KB); null once deleted.',
  })
  body: string | null;

  @Field(() => ID, {
    description:
      'Id of the first message of the thread this answers; null for a message in the main timeline.',
    nullable: true,
  })
  threadRootId: string | null;

  @Field(() => Date, {
    description: 'When the text was last edited (ISO 8601 date-time, UTC); null when never.',
    nullable: true,
  })
  editedAt: Date | null;

  @Field(() => Date, {
    description: 'When it was deleted (ISO 8601 date-time, UTC); null when not deleted.',
    nullable: true,
  })
  deletedAt: Date | null;

  @Field({ description: 'When it was stored (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field(() => [ReactionType], {
    description: "Emoji reactions, in order of each emoji's first use.",
  })
  reactions: ReactionType[];
}

@ObjectType('MessagePage', {
  description:
    'A page of chat history by sequence number (not a cursor connection: chat pages by `seq`, in both directions, like the socket catch-up).',
})
export class MessagePageType {
  @Field(() => [MessageType], { description: 'The messages, in ascending sequence order.' })
  nodes: MessageType[];

  @Field({ description: 'More messages exist beyond this page in the requested direction.' })
  hasMore: boolean;
}

@ObjectType('Channel', {
  description:
    'A chat channel as the caller sees it. Readable by its members; PUBLIC channels by any active member.',
})
export class ChannelType {
  @Field(() => ID, { description: 'Channel id (UUID).' })
  id: string;

  @Field(() => ChannelKind, { description: 'Kind of channel.' })
  kind: ChannelKind;

  @Field(() => String, { description: 'Channel name; null for DIRECT channels.', nullable: true })
  name: string | null;

  @Field(() => String, {
    description: 'What the channel is about; null when none.',
    nullable: true,
  })
  topic: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'TLP label of the content as text (INCIDENT channels: RED); null when the channel has none.',
  })
  tlp: string | null;

  @Field(() => Date, {
    description:
      'When it was archived (read-only from then on; ISO 8601 date-time, UTC); null when active.',
    nullable: true,
  })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'The seq of the newest message (0 when empty).' })
  lastSeq: number;

  @Field(() => Int, {
    description:
      'Number of the latest change in the channel (0 when none); catch up with channel:catchup after the highest changeSeq you saw.',
  })
  lastChangeSeq: number;

  @Field({ description: 'When the channel was created (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field(() => ChannelRole, {
    nullable: true,
    description: "The caller's role; null when the caller is not a member (a PUBLIC channel).",
  })
  myRole: ChannelRole | null;

  @Field(() => Int, {
    description:
      "The caller's read marker: seq of the last message read (0 when none or not a member).",
  })
  lastReadSeq: number;

  @Field(() => Int, { description: 'Messages after lastReadSeq by others, not deleted.' })
  unreadCount: number;

  @Field(() => Int, { description: 'Unread messages that mention the caller.' })
  mentionCount: number;
}

@ObjectType('ChannelMembership', {
  description: "A member of a channel, listed only to the channel's members.",
})
export class ChannelMembershipType {
  @Field(() => ID, { description: 'Id of the member.' })
  memberId: string;

  @Field(() => ChannelRole, { description: 'Their role in the channel.' })
  role: ChannelRole;

  @Field({ description: 'When they joined (ISO 8601 date-time, UTC).' })
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
