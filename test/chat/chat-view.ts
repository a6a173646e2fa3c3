import type { Socket } from 'socket.io-client';
import { emitAck } from './chat-client';

export interface ViewMessage {
  id: string;
  seq: number;
  changeSeq: number;
  body: string | null;
  deletedAt: string | null;
  clientMessageId: string;
}

/**
 * What a well-behaved client keeps of one channel: messages by seq, updated by live events and
 * catch-up. `cursor` is the change number up to which it has seen every change: live events
 * advance it only while they are contiguous; a complete catch-up moves it to the channel's
 * last change. On reconnect it rejoins with `afterChangeSeq: cursor`.
 */
export class ChannelView {
  readonly messages = new Map<number, ViewMessage>();
  cursor = 0;
  private readonly pending = new Set<number>();

  constructor(readonly channelId: string) {}

  apply(m: ViewMessage): void {
    const known = this.messages.get(m.seq);
    if (!known || m.changeSeq >= known.changeSeq)
      this.messages.set(m.seq, {
        id: m.id,
        seq: m.seq,
        changeSeq: m.changeSeq,
        body: m.body,
        deletedAt: m.deletedAt,
        clientMessageId: m.clientMessageId,
      });
  }

  onLive(m: ViewMessage): void {
    this.apply(m);
    if (m.changeSeq > this.cursor) this.pending.add(m.changeSeq);
    while (this.pending.has(this.cursor + 1)) this.pending.delete(++this.cursor);
  }

  /** Rejoins the room and pages through everything changed since the cursor. */
  async catchUp(
    socket: Socket,
    event: 'channel:join' | 'channel:catchup' = 'channel:join',
  ): Promise<void> {
    let ack = await emitAck(socket, event, {
      channelId: this.channelId,
      afterChangeSeq: this.cursor,
    });
    for (;;) {
      if (ack.error) throw new Error(`${event}: ${ack.error.code} ${ack.error.message}`);
      for (const m of ack.messages as ViewMessage[]) this.apply(m);
      const highest = Math.max(
        this.cursor,
        ...(ack.messages as ViewMessage[]).map((m) => m.changeSeq),
      );
      this.cursor = ack.hasMore ? highest : Math.max(highest, ack.lastChangeSeq);
      for (const k of [...this.pending]) if (k <= this.cursor) this.pending.delete(k);
      if (!ack.hasMore) return;
      ack = await emitAck(socket, 'channel:catchup', {
        channelId: this.channelId,
        afterChangeSeq: this.cursor,
      });
    }
  }

  /** A change after the cursor was seen while one before it is still missing. */
  get hasGap(): boolean {
    return this.pending.size > 0;
  }

  sorted(): ViewMessage[] {
    return [...this.messages.values()].sort((a, b) => a.seq - b.seq);
  }
}
