import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { MessagePayload, MessageType, toMessagePayload } from './chat.types';

/**
 * Domain events of the chat, emitted after the writing transaction committed. The gateway turns
 * them into socket broadcasts, so that services do not know about sockets.
 */
export const CHAT_MESSAGE_CHANGED = 'chat.message.changed';
export const CHAT_MEMBERS_ADDED = 'chat.members.added';
export const CHAT_MEMBERS_REMOVED = 'chat.members.removed';
export const CHAT_CHANNEL_UPDATED = 'chat.channel.updated';

export interface MessageChangedEvent {
  kind: 'new' | 'updated';
  message: MessagePayload;
}
export interface MembersChangedEvent {
  channelId: string;
  memberIds: string[];
}
export interface ChannelUpdatedEvent {
  channelId: string;
  name: string | null;
  topic: string | null;
  archivedAt: string | null;
}

@Injectable()
export class ChatEvents {
  constructor(private readonly events: EventEmitter2) {}

  messageNew(message: MessageType): void {
    this.events.emit(CHAT_MESSAGE_CHANGED, {
      kind: 'new',
      message: toMessagePayload(message),
    } satisfies MessageChangedEvent);
  }

  messageUpdated(message: MessageType): void {
    this.events.emit(CHAT_MESSAGE_CHANGED, {
      kind: 'updated',
      message: toMessagePayload(message),
    } satisfies MessageChangedEvent);
  }

  membersAdded(channelId: string, memberIds: string[]): void {
    if (memberIds.length)
      this.events.emit(CHAT_MEMBERS_ADDED, { channelId, memberIds } satisfies MembersChangedEvent);
  }

  membersRemoved(channelId: string, memberIds: string[]): void {
    if (memberIds.length)
      this.events.emit(CHAT_MEMBERS_REMOVED, {
        channelId,
        memberIds,
      } satisfies MembersChangedEvent);
  }

  channelUpdated(event: ChannelUpdatedEvent): void {
    this.events.emit(CHAT_CHANNEL_UPDATED, event);
  }
}
