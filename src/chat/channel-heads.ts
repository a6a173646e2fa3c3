import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RedisLink } from '../common/redis/redis-link';
import { ChatGateway } from './chat.gateway';
import { channelRoom } from './socket-rooms';

/** Channel ids per statement when reading heads (bounded parameter arrays). */
const HEADS_BATCH = 500;
/** A publish that failed while the link looked up: tell its rooms after this delay. */
const RETRY_DELAY_MS = 1_000;

export interface ChannelState {
  channelId: string;
  lastSeq: number;
  lastChangeSeq: number;
}

/**
 * `channel:state` frames: a channel's newest `seq`/`changeSeq`, sent to its room when live events
 * may have been lost between instances, so that clients notice a gap even in a channel where
 * nothing is sent afterwards (README "Socket connection"). Two triggers, which together cover
 * every broadcast dropped during a Redis outage:
 * - this instance's subscription is back: it tells its own sockets the heads of every channel
 *   room it holds (read after the subscription is active, so anything published before is in);
 * - this instance's publisher is back: it tells every instance the heads of the channels whose
 *   broadcasts it had to drop (the others may have been back earlier and read older heads).
 */
@Injectable()
export class ChannelHeads implements OnApplicationBootstrap {
  private readonly log = new Logger(ChannelHeads.name);
  private readonly dropped = new Set<string>();
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly gateway: ChatGateway,
    private readonly db: DataSource,
    private readonly link: RedisLink,
  ) {}

  onApplicationBootstrap(): void {
    this.link.on('subscriber-ready', () => void this.tellLocalRooms());
    this.link.on('publisher-ready', () => void this.tellDropped());
  }

  /** A broadcast to this channel did not reach Redis. */
  noteDropped(channelId: string): void {
    this.dropped.add(channelId);
    if (this.link.publisherReady && !this.retry) {
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.tellDropped();
      }, RETRY_DELAY_MS);
      this.retry.unref();
    }
  }

  /** Heads of every channel room that has sockets on this instance, to those sockets. */
  async tellLocalRooms(): Promise<void> {
    const server = this.gateway.server;
    if (!server) return;
    const ids = [...server.sockets.adapter.rooms.keys()]
      .filter((room) => room.startsWith('channel:'))
      .map((room) => room.slice('channel:'.length));
    await this.send(ids, (state) =>
      server.local.to(channelRoom(state.channelId)).emit('channel:state', state),
    ).catch(() => undefined); // the database is down too: the clients' reconnects will catch up
  }

  /** Heads of the channels whose broadcasts were dropped, to their rooms on every instance. */
  async tellDropped(): Promise<void> {
    const server = this.gateway.server;
    if (!server || !this.dropped.size || !this.link.publisherReady) return;
    const ids = [...this.dropped];
    this.dropped.clear();
    // A publish that fails again lands in `dropped` again (through the guarded publisher).
    await this.send(ids, (state) =>
      server.to(channelRoom(state.channelId)).emit('channel:state', state),
    ).catch(() => ids.forEach((id) => this.dropped.add(id)));
  }

  private async send(ids: string[], emit: (state: ChannelState) => void): Promise<void> {
    try {
      for (let i = 0; i < ids.length; i += HEADS_BATCH) {
        const rows: Array<{ id: string; last_seq: number; last_change_seq: number }> =
          await this.db.query(
            'SELECT id, last_seq, last_change_seq FROM channels WHERE id = ANY($1::uuid[])',
            [ids.slice(i, i + HEADS_BATCH)],
          );
        for (const r of rows)
          emit({ channelId: r.id, lastSeq: r.last_seq, lastChangeSeq: r.last_change_seq });
      }
    } catch (e) {
      this.log.warn(`channel:state not sent (${(e as Error).message})`);
      throw e;
    }
  }
}
