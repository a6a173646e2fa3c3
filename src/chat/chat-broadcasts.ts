import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { Server } from 'socket.io';
import { SESSIONS_REVOKED } from '../auth/sessions.service';
import type { SessionsRevokedEvent } from '../auth/sessions.service';
import { NOTIFICATIONS_CREATED } from '../notifications/notifications.service';
import type { NotificationsCreatedEvent } from '../notifications/notifications.service';
import {
  CHAT_CHANNEL_UPDATED,
  CHAT_MEMBERS_ADDED,
  CHAT_MEMBERS_REMOVED,
  CHAT_MESSAGE_CHANGED,
} from './chat-events';
import type { ChannelUpdatedEvent, MembersChangedEvent, MessageChangedEvent } from './chat-events';
import { ChatGateway } from './chat.gateway';
import { DatabaseSignals } from './database-signals';
import { channelRoom, memberRoom, sessionRoom } from './socket-rooms';

/**
 * Domain events -> socket broadcasts. Through the server's adapter these reach sockets on every
 * instance (Redis adapter) or this one (in-memory). What must end everywhere (sessions, channel
 * memberships) ends here on this instance at once and on every instance through PostgreSQL
 * (DatabaseSignals), so it does not depend on Redis.
 */
@Injectable()
export class ChatBroadcasts {
  constructor(
    private readonly gateway: ChatGateway,
    private readonly signals: DatabaseSignals,
  ) {}

  private server(): Server | undefined {
    return this.gateway.server;
  }

  @OnEvent(CHAT_MESSAGE_CHANGED)
  onMessageChanged(event: MessageChangedEvent): void {
    this.server()
      ?.to(channelRoom(event.message.channelId))
      .emit(event.kind === 'new' ? 'message:new' : 'message:updated', event.message);
  }

  /**
   * The member's sockets leave the room, then learn why: here on this instance, before the
   * mutation answers; on the others through the membership row's NOTIFY (DatabaseSignals).
   */
  @OnEvent(CHAT_MEMBERS_REMOVED)
  onMembersRemoved(event: MembersChangedEvent): void {
    const server = this.server();
    if (!server) return;
    const rooms = event.memberIds.map(memberRoom);
    this.signals.removedLocally(event.channelId, event.memberIds);
    server.local.in(rooms).socketsLeave(channelRoom(event.channelId));
    server.local.to(rooms).emit('channel:removed', { channelId: event.channelId });
  }

  @OnEvent(CHAT_MEMBERS_ADDED)
  onMembersAdded(event: MembersChangedEvent): void {
    this.server()
      ?.to(event.memberIds.map(memberRoom))
      .emit('channel:added', { channelId: event.channelId });
  }

  @OnEvent(CHAT_CHANNEL_UPDATED)
  onChannelUpdated(event: ChannelUpdatedEvent): void {
    this.server()?.to(channelRoom(event.channelId)).emit('channel:updated', event);
  }

  /**
   * Logout, disable, revocation, password change: the sockets of those sessions close at once,
   * here directly and on the other instances through the session row's NOTIFY (DatabaseSignals).
   */
  @OnEvent(SESSIONS_REVOKED)
  onSessionsRevoked(event: SessionsRevokedEvent): void {
    const server = this.server();
    if (server && event.sessionIds.length)
      server.local.in(event.sessionIds.map(sessionRoom)).disconnectSockets(true);
  }

  @OnEvent(NOTIFICATIONS_CREATED)
  onNotifications(event: NotificationsCreatedEvent): void {
    for (const n of event.notifications) {
      this.server()?.to(memberRoom(n.memberId)).emit('notification', {
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        targetType: n.targetType,
        targetId: n.targetId,
        createdAt: n.createdAt.toISOString(),
      });
    }
  }
}
