import { Logger, UseFilters } from '@nestjs/common';
import {
  Ack,
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import { PrincipalService } from '../auth/principal.service';
import type { Principal } from '../common/access/authenticated-member';
import { Allow } from '../common/access/policy.decorator';
import { AppError, badInput, notFound, unauthenticated } from '../common/errors/app-error';
import { requireMember, sessionIsActive, validateId } from './chat-access';
import { ChatEvents } from './chat-events';
import { ChatRateLimitedError, ChatRateLimiter } from './chat-rate-limiter';
import { toMessagePayload } from './chat.types';
import { MessagesService } from './messages.service';
import {
  channelIdOf,
  objectOf,
  optionalSeq,
  PRESENCE_STATES,
  PresenceState,
  SOCKET_EVENTS,
} from './socket-payloads';
import { ChatWsExceptionFilter, toWsError } from './ws-errors';
import { DatabaseOutage } from '../database/database-outage';
import { channelRoom, memberRoom, sessionRoom } from './socket-rooms';

type Reply = (payload: unknown) => void;
/** Per socket: the end of the current wait (epoch ms) and the packets refused during it. */
interface FloodState {
  until: number;
  refused: number;
}

/** What this gateway keeps on `socket.data` (socket.io types it as any). */
interface ChatSocketData {
  principal?: Principal;
  channelRooms?: string[];
  presence?: PresenceState;
  flood?: FloodState;
}
const dataOf = (socket: { data: unknown }) => socket.data as ChatSocketData;
const MEMBERS_ONLY = 'channel members only, checked in the database';

/**
 * The real-time side of the chat (DESIGN.md "Real-time contract"). Handlers stay thin: checks and
 * writes are in MessagesService; ChatBroadcasts turns domain events into broadcasts.
 */
@UseFilters(ChatWsExceptionFilter)
@WebSocketGateway()
export class ChatGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(ChatGateway.name);
  @WebSocketServer() server: Server;

  constructor(
    private readonly principals: PrincipalService,
    private readonly db: DataSource,
    private readonly messages: MessagesService,
    private readonly events: ChatEvents,
    private readonly limiter: ChatRateLimiter,
    private readonly outage: DatabaseOutage,
  ) {}

  /** The handshake carries the access token in `auth.token`; no valid token, no socket. */
  afterInit(server: Server): void {
    server.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      (typeof token === 'string' ? this.principals.fromAccessToken(token) : Promise.resolve(null))
        .then((principal) => {
          if (!principal)
            return next(
              Object.assign(new Error('Anmeldung erforderlich.'), {
                data: { code: 'UNAUTHENTICATED' },
              }),
            );
          dataOf(socket).principal = principal;
          next();
        })
        .catch((e: unknown) => {
          const error = toWsError(e, this.outage);
          next(Object.assign(new Error(error.message), { data: error }));
        });
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const p = dataOf(socket).principal;
    if (!p) return void socket.disconnect(true);
    // Before any await: every later packet passes the event allowlist and the rate limit.
    socket.use((packet, next) => this.gate(socket, p, packet as unknown[], next));
    socket.on('disconnecting', () => {
      dataOf(socket).channelRooms = [...socket.rooms].filter((r) => r.startsWith('channel:'));
    });
    socket.on('disconnect', () => void this.announceOfflineIfLast(socket, p));
    await socket.join([memberRoom(p.memberId), sessionRoom(p.sessionId)]);
    // A revocation between the handshake check and joining the session room would be missed: look again.
    if (!(await sessionIsActive(this.db, p).catch(() => false))) socket.disconnect(true);
  }

  @SubscribeMessage('channel:join')
  @Allow.members(MEMBERS_ONLY)
  async join(@ConnectedSocket() socket: Socket, @MessageBody() data: unknown, @Ack() ack: Reply) {
    await this.answer(socket, ack, async (p) => {
      const body = objectOf(data);
      const channelId = validateId('channelId', body.channelId);
      const after = optionalSeq(body.afterChangeSeq, 'afterChangeSeq');
      await this.requireLiveSession(socket, p);
      await requireMember(this.db.manager, channelId, p.memberId);
      // Join first, then read: a message committed in between arrives both ways, never neither way.
      await socket.join(channelRoom(channelId));
      const still = await this.db.query<unknown[]>(
        'SELECT 1 FROM channel_members WHERE channel_id = $1 AND member_id = $2',
        [channelId, p.memberId],
      );
      if (!still.length) {
        await socket.leave(channelRoom(channelId));
        throw notFound('Der Kanal');
      }
      if (after === null) {
        // No catch-up asked for: the client reads history over GraphQL up to this point.
        const [row] = await this.db.query<{ last_seq: number; last_change_seq: number }[]>(
          'SELECT last_seq, last_change_seq FROM channels WHERE id = $1',
          [channelId],
        );
        return {
          channelId,
          lastSeq: row.last_seq,
          lastChangeSeq: row.last_change_seq,
          messages: [],
          hasMore: false,
        };
      }
      const changes = await this.messages.catchUp(p, channelId, after);
      return {
        channelId,
        lastChangeSeq: changes.lastChangeSeq,
        messages: changes.messages.map(toMessagePayload),
        hasMore: changes.hasMore,
      };
    });
  }

  @SubscribeMessage('channel:leave')
  @Allow.members('own socket only')
  async leaveRoom(
    @ConnectedSocket() socket: Socket,
    @MessageBody() data: unknown,
    @Ack() ack: Reply,
  ) {
    await this.answer(socket, ack, async () => {
      const channelId = channelIdOf(data);
      await socket.leave(channelRoom(channelId));
      return { channelId };
    });
  }

  @SubscribeMessage('channel:catchup')
  @Allow.members(MEMBERS_ONLY)
  async catchUp(
    @ConnectedSocket() socket: Socket,
    @MessageBody() data: unknown,
    @Ack() ack: Reply,
  ) {
    await this.answer(socket, ack, async (p) => {
      const body = objectOf(data);
      const channelId = validateId('channelId', body.channelId);
      const changes = await this.messages.catchUp(
        p,
        channelId,
        optionalSeq(body.afterChangeSeq, 'afterChangeSeq') ?? 0,
      );
      return {
        channelId,
        lastChangeSeq: changes.lastChangeSeq,
        messages: changes.messages.map(toMessagePayload),
        hasMore: changes.hasMore,
      };
    });
  }

  /** Acknowledged with the stored message, then broadcast (DESIGN.md order), retries too. */
  @SubscribeMessage('message:send')
  @Allow.members(MEMBERS_ONLY)
  async send(@ConnectedSocket() socket: Socket, @MessageBody() data: unknown, @Ack() ack: Reply) {
    let created = null as Awaited<ReturnType<MessagesService['send']>> | null;
    await this.answer(socket, ack, async (p) => {
      const body = objectOf(data);
      // The session and member status are re-read inside the send statement itself (no extra
      // round trip on the hot path); an ended session writes nothing and closes the socket.
      const result = await this.messages
        .send(p, {
          channelId: body.channelId as string,
          clientMessageId: body.clientMessageId as string,
          body: body.body as string,
          threadRootId: (body.threadRootId as string | null | undefined) ?? null,
        })
        .catch((e: unknown) => {
          if (e instanceof AppError && e.code === 'UNAUTHENTICATED')
            setImmediate(() => socket.disconnect(true));
          throw e;
        });
      created = result;
      return { message: toMessagePayload(result.message) };
    });
    // A retry is broadcast as well: the instance that stored the message may have died before it
    // acknowledged and broadcast (clients dedupe by id, so one more delivery costs nothing).
    if (created) this.events.messageNew(created.message);
  }

  @SubscribeMessage('message:edit')
  @Allow.members('author only')
  async edit(@ConnectedSocket() socket: Socket, @MessageBody() data: unknown, @Ack() ack: Reply) {
    await this.changeMessage(socket, ack, async (p) => {
      const body = objectOf(data);
      return this.messages.edit(p, body.messageId as string, body.body as string);
    });
  }

  @SubscribeMessage('message:delete')
  @Allow.members('author or channel ADMIN')
  async remove(@ConnectedSocket() socket: Socket, @MessageBody() data: unknown, @Ack() ack: Reply) {
    await this.changeMessage(socket, ack, (p) =>
      this.messages.remove(p, objectOf(data).messageId as string),
    );
  }

  @SubscribeMessage('message:react')
  @Allow.members(MEMBERS_ONLY)
  async react(@ConnectedSocket() socket: Socket, @MessageBody() data: unknown, @Ack() ack: Reply) {
    await this.changeMessage(socket, ack, (p) => {
      const body = objectOf(data);
      return this.messages.react(
        p,
        body.messageId as string,
        body.emoji as string,
        body.add !== false,
      );
    });
  }

  /** Cheap and droppable: only to rooms this socket joined (membership was checked on join). */
  @SubscribeMessage('typing')
  @Allow.members('joined channel rooms only')
  async typing(@ConnectedSocket() socket: Socket, @MessageBody() data: unknown, @Ack() ack: Reply) {
    await this.answer(socket, ack, (p) => {
      const channelId = channelIdOf(data);
      if (!socket.rooms.has(channelRoom(channelId))) throw notFound('Der Kanal');
      socket
        .to(channelRoom(channelId))
        .emit('typing', { channelId, memberId: p.memberId, displayName: p.displayName });
      return { ok: true };
    });
  }

  @SubscribeMessage('presence')
  @Allow.members('own presence, told to joined channel rooms')
  async presence(
    @ConnectedSocket() socket: Socket,
    @MessageBody() data: unknown,
    @Ack() ack: Reply,
  ) {
    await this.answer(socket, ack, (p) => {
      const status = objectOf(data).status;
      if (!PRESENCE_STATES.includes(status as (typeof PRESENCE_STATES)[number]))
        throw badInput('status', 'online oder away.');
      dataOf(socket).presence = status as PresenceState;
      const rooms = [...socket.rooms].filter((r) => r.startsWith('channel:'));
      if (rooms.length) socket.to(rooms).emit('presence', { memberId: p.memberId, status });
      return { status };
    });
  }

  @SubscribeMessage('presence:query')
  @Allow.members('presence is visible to every active member')
  async presenceQuery(
    @ConnectedSocket() socket: Socket,
    @MessageBody() data: unknown,
    @Ack() ack: Reply,
  ) {
    await this.answer(socket, ack, async () => {
      const ids = objectOf(data).memberIds;
      if (!Array.isArray(ids) || ids.length > 100)
        throw badInput('memberIds', 'Liste von höchstens 100 IDs erwartet.');
      ids.forEach((id) => validateId('memberIds', id));
      const statuses: Record<string, PresenceState> = Object.fromEntries(
        (ids as string[]).map((id) => [id, 'offline']),
      );
      if (ids.length) {
        const rooms = (ids as string[]).map(memberRoom);
        // Without Redis (an outage) the other instances cannot answer: this instance's view then.
        const sockets = await this.server
          .in(rooms)
          .fetchSockets()
          .catch(() => this.server.local.in(rooms).fetchSockets());
        for (const s of sockets) {
          const id = (dataOf(s).principal as Principal).memberId;
          const state = dataOf(s).presence ?? 'online';
          if (statuses[id] !== 'online') statuses[id] = state;
        }
      }
      return { statuses };
    });
  }

  private async changeMessage(
    socket: Socket,
    ack: Reply,
    change: (p: Principal) => Promise<Parameters<ChatEvents['messageUpdated']>[0]>,
  ) {
    let changed = null as Parameters<ChatEvents['messageUpdated']>[0] | null;
    await this.answer(socket, ack, async (p) => {
      await this.requireLiveSession(socket, p);
      changed = await change(p);
      return { message: toMessagePayload(changed) };
    });
    if (changed) this.events.messageUpdated(changed);
  }

  /** Runs a handler and always answers: `{...result}` or `{ error: { code, message, field? } }`. */
  private async answer(
    socket: Socket,
    ack: Reply | undefined,
    work: (p: Principal) => Promise<object> | object,
  ): Promise<void> {
    const reply =
      typeof ack === 'function'
        ? ack
        : (payload: unknown) =>
            void socket.emit('error', (payload as { error?: unknown }).error ?? payload);
    try {
      const result = await work(dataOf(socket).principal as Principal);
      if (typeof ack === 'function') reply(result);
    } catch (e) {
      reply({ error: toWsError(e, this.outage) });
    }
  }

  /** The socket outlives its access token: the session and member status are re-read on join, changes and (in its statement) send. */
  private async requireLiveSession(socket: Socket, p: Principal): Promise<void> {
    if (await sessionIsActive(this.db, p)) return;
    setImmediate(() => socket.disconnect(true));
    throw unauthenticated('Die Sitzung ist beendet.');
  }

  private gate(socket: Socket, p: Principal, packet: unknown[], next: (err?: Error) => void): void {
    const [event] = packet;
    const ack =
      packet.length > 1 && typeof packet[packet.length - 1] === 'function'
        ? (packet[packet.length - 1] as Reply)
        : null;
    const name = typeof event === 'string' ? event.slice(0, 64) : String(typeof event);
    const flood = (dataOf(socket).flood ??= {
      until: 0,
      refused: 0,
    });
    // While the socket is told to wait, its packets are dropped here without asking the limiter.
    // Unknown events count too: each one would otherwise be answered, however fast they come.
    if (Date.now() < flood.until) return this.refuse(socket, flood, name, ack);
    this.limiter.consume(p.memberId).then(
      () => {
        if (typeof event === 'string' && SOCKET_EVENTS.has(event)) return next();
        const error = { code: 'BAD_USER_INPUT', message: 'Unbekanntes Ereignis.', field: 'event' };
        if (ack) ack({ error });
        else socket.emit('error', error);
      },
      (e: unknown) => {
        if (!(e instanceof ChatRateLimitedError)) {
          // Anything but a spent budget is a fault of the limiter: logged and masked by toWsError.
          const error = { ...toWsError(e, this.outage), event: name };
          socket.emit('error', error);
          ack?.({ error });
          return;
        }
        const now = Date.now();
        if (now >= flood.until) {
          flood.until = now + e.retryAfterSeconds * 1000;
          flood.refused = 0;
        }
        this.refuse(socket, flood, name, ack);
      },
    );
  }

  /**
   * One RATE_LIMITED answer per wait (an `error` event, and the ack of that packet); later packets
   * of the same wait get no answer: answering each one let a flood make the server send as much as
   * it received. A socket that goes on sending is disconnected (its member's budget stays spent).
   */
  private refuse(socket: Socket, flood: FloodState, event: string, ack: Reply | null): void {
    flood.refused++;
    if (flood.refused === 1) {
      const seconds = Math.max(1, Math.ceil((flood.until - Date.now()) / 1000));
      const error = {
        code: 'RATE_LIMITED',
        message: `Zu viele Ereignisse. Bitte in ${seconds} Sekunden erneut versuchen.`,
        retryAfterSeconds: seconds,
        event,
      };
      socket.emit('error', error);
      ack?.({ error });
    } else if (flood.refused > this.limiter.disconnectAfterRefusals && socket.connected) {
      const p = dataOf(socket).principal as Principal;
      this.logger.warn(
        `Socket of member ${p.memberId} disconnected: ${flood.refused} events beyond the rate limit`,
      );
      socket.disconnect(true);
    }
  }

  private async announceOfflineIfLast(socket: Socket, p: Principal): Promise<void> {
    const rooms = dataOf(socket).channelRooms ?? [];
    if (!rooms.length || !this.server) return;
    try {
      const others = await this.server.in(memberRoom(p.memberId)).fetchSockets();
      if (!others.length)
        this.server.to(rooms).emit('presence', { memberId: p.memberId, status: 'offline' });
    } catch {
      // Presence may be dropped (another instance did not answer in time).
    }
  }
}
