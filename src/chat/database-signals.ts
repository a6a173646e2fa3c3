import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Socket } from 'socket.io';
import type { Principal } from '../common/access/authenticated-member';
import { ChatGateway } from './chat.gateway';
import { channelRoom, memberRoom, sessionRoom } from './socket-rooms';

/** The PostgreSQL NOTIFY channel of the triggers in migration SocketSignals. */
export const SIGNAL_CHANNEL = 'sn_socket_signals';
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 5_000;
/** A removal this instance already told its own sockets about is not told again when its NOTIFY arrives. */
const LOCAL_MEMORY_MS = 60_000;
const SWEEP_BATCH = 1_000;

/**
 * Ends what must end on every instance, without Redis: triggers on `sessions`, `members` and
 * `channel_members` send a NOTIFY in the writing transaction (so a committed revocation always
 * signals, whichever code path wrote it), and every instance LISTENs on its own connection:
 * - `session:<id>`: a session was revoked (logout, revocation, disable, password change): its
 *   sockets on this instance are closed;
 * - `member:<id>`: a member is no longer ACTIVE: all their sockets are closed;
 * - `removed:<channelId>:<memberId>`: a membership row was deleted: the member's sockets leave
 *   the channel's room and get `channel:removed`.
 * If the listening connection is lost, the instance reconnects (250 ms growing to 5 s) and then
 * re-checks every socket it holds (session, member, channel rooms) against the database, so a
 * signal sent meanwhile is not missed.
 */
@Injectable()
export class DatabaseSignals implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(DatabaseSignals.name);
  private client: Client | null = null;
  private stopped = false;
  private attempts = 0;
  private everConnected = false;
  private outageLogged = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly toldLocally = new Map<string, number>();

  constructor(
    private readonly gateway: ChatGateway,
    private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** The origin instance told its sockets at once; its own NOTIFY then only repeats the leave. */
  removedLocally(channelId: string, memberIds: string[]): void {
    const now = Date.now();
    for (const id of memberIds) this.toldLocally.set(`${channelId}:${id}`, now);
    for (const [key, at] of this.toldLocally) {
      if (now - at < LOCAL_MEMORY_MS) break;
      this.toldLocally.delete(key);
    }
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const url = (this.db.options as { url?: string }).url;
    const client = new Client({
      connectionString: url,
      application_name: 'sicherheitsnetz-signals',
    });
    let lost = false;
    const onLost = (e?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      void client.end().catch(() => undefined);
      this.retryLater(e);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (n) => {
      if (n.channel === SIGNAL_CHANNEL && n.payload) this.onSignal(n.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SIGNAL_CHANNEL}`);
    } catch (e) {
      onLost(e as Error);
      return;
    }
    if (this.stopped || lost) return void client.end().catch(() => undefined);
    this.client = client;
    const resumed = this.everConnected;
    this.everConnected = true;
    this.attempts = 0;
    if (this.outageLogged) {
      this.outageLogged = false;
      this.log.log('Listening for revocations again; re-checking every socket of this instance');
    }
    if (resumed) await this.sweep();
  }

  private retryLater(e?: Error): void {
    if (this.stopped) return;
    if (!this.outageLogged) {
      this.outageLogged = true;
      this.log.warn(
        `Lost the PostgreSQL connection that listens for revocations (${e?.message ?? 'closed'}); reconnecting`,
      );
    }
    const delay = Math.min(RECONNECT_MIN_MS * 2 ** this.attempts++, RECONNECT_MAX_MS);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.listen();
    }, delay);
    this.timer.unref();
  }

  private onSignal(payload: string): void {
    const server = this.gateway.server;
    if (!server) return;
    const [kind, a, b] = payload.split(':');
    if (kind === 'session' && a) server.local.in(sessionRoom(a)).disconnectSockets(true);
    else if (kind === 'member' && a) server.local.in(memberRoom(a)).disconnectSockets(true);
    else if (kind === 'removed' && a && b) {
      server.local.in(memberRoom(b)).socketsLeave(channelRoom(a));
      if (this.toldLocally.has(`${a}:${b}`)) return;
      server.local.to(memberRoom(b)).emit('channel:removed', { channelId: a });
    }
  }

  /** After missed signals: every local socket's session and channel rooms against the database. */
  private async sweep(): Promise<void> {
    const server = this.gateway.server;
    if (!server) return;
    const sockets = [...server.sockets.sockets.values()].filter(
      (s) => (s.data as { principal?: Principal }).principal,
    );
    try {
      for (let i = 0; i < sockets.length; i += SWEEP_BATCH)
        await this.sweepBatch(sockets.slice(i, i + SWEEP_BATCH));
    } catch (e) {
      this.log.warn(`Re-check of sockets failed (${(e as Error).message}); retrying`);
      this.client?.end().catch(() => undefined); // reconnects, and sweeps again
    }
  }

  private async sweepBatch(sockets: Socket[]): Promise<void> {
    const principal = (s: Socket) => (s.data as { principal: Principal }).principal;
    const live: Array<{ id: string }> = await this.db.query(
      `SELECT s.id FROM sessions s JOIN members m ON m.id = s.member_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now() AND m.status = 'ACTIVE'`,
      [[...new Set(sockets.map((s) => principal(s).sessionId))]],
    );
    const liveSessions = new Set(live.map((r) => r.id));
    const pairs: Array<[Socket, string]> = [];
    for (const s of sockets) {
      if (!liveSessions.has(principal(s).sessionId)) s.disconnect(true);
      else
        for (const room of s.rooms)
          if (room.startsWith('channel:')) pairs.push([s, room.slice('channel:'.length)]);
    }
    if (!pairs.length) return;
    const kept: Array<{ member_id: string; channel_id: string }> = await this.db.query(
      `SELECT cm.member_id, cm.channel_id FROM channel_members cm
         JOIN unnest($1::uuid[], $2::uuid[]) AS x(member_id, channel_id)
           ON cm.member_id = x.member_id AND cm.channel_id = x.channel_id`,
      [pairs.map(([s]) => principal(s).memberId), pairs.map(([, c]) => c)],
    );
    const member = new Set(kept.map((r) => `${r.member_id}:${r.channel_id}`));
    for (const [s, channelId] of pairs) {
      if (member.has(`${principal(s).memberId}:${channelId}`)) continue;
      void s.leave(channelRoom(channelId));
      s.emit('channel:removed', { channelId });
    }
  }
}
