import type { Socket } from 'socket.io-client';
import { ChatRateLimiter } from '../../src/chat/chat-rate-limiter';
import { Message } from '../../src/chat/message.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { connect, createChannel, emitAck, invite } from './chat-client';
import { ChannelView, ViewMessage } from './chat-view';

jest.setTimeout(120_000);

const SENDERS = 6;
const MESSAGES_EACH = 15;
/** How long the client lets a gap stay open before it catches up (README "Live order"). */
const GAP_WAIT_MS = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The client side of the README's contract: messages ordered by `seq`, never by arrival; a gap
 * that does not close within GAP_WAIT_MS is a reason to catch up from the cursor. Its network is
 * made worse than a real one on purpose (every 5th live event arrives late, every 7th never), so
 * the test does not depend on the server happening to reorder events in this run.
 */
class SeqOrderedClient {
  readonly view: ChannelView;
  readonly arrival: number[] = [];
  catchUps = 0;
  private received = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly socket: Socket,
    channelId: string,
  ) {
    this.view = new ChannelView(channelId);
    socket.on('message:new', (m: ViewMessage) => {
      const n = ++this.received;
      if (n % 7 === 0) return;
      if (n % 5 === 0) setTimeout(() => this.live(m), 30);
      else this.live(m);
    });
  }

  async join(): Promise<void> {
    const ack = await emitAck(this.socket, 'channel:join', {
      channelId: this.view.channelId,
      afterChangeSeq: 0,
    });
    expect(ack.error).toBeUndefined();
    this.view.cursor = ack.lastChangeSeq;
  }

  private live(m: ViewMessage): void {
    this.arrival.push(m.seq);
    this.view.onLive(m);
    if (this.view.hasGap && !this.timer)
      this.timer = setTimeout(() => {
        this.timer = null;
        if (!this.view.hasGap) return;
        this.catchUps++;
        this.running = this.running.then(() => this.view.catchUp(this.socket, 'channel:catchup'));
      }, GAP_WAIT_MS);
  }

  /** Settled: no gap open, no catch-up scheduled or running. */
  async idle(): Promise<void> {
    for (let i = 0; i < 200 && (this.timer || this.view.hasGap); i++) await sleep(20);
    await this.running;
  }
}

describe('live message order: clients order by seq and catch up on a gap', () => {
  let t: TestApp;
  let owner: Actor;
  let senders: Actor[];
  let channelId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(ChatRateLimiter).configure(100_000, 1);
    owner = await createActor(t, OrganisationKind.MUNICIPALITY);
    senders = await Promise.all(
      Array.from({ length: SENDERS }, () => createActor(t, OrganisationKind.MUNICIPALITY)),
    );
    channelId = await createChannel(t, owner.token, 'Reihenfolge');
    await invite(
      t,
      owner.token,
      channelId,
      senders.map((s) => s.member.id),
    );
  });
  afterAll(() => t.close());

  it('ends with exactly the stored sequence under concurrent sends', async () => {
    const readerSocket = await connect(t, owner.token);
    const reader = new SeqOrderedClient(readerSocket, channelId);
    await reader.join();
    const sockets = await Promise.all(senders.map((s) => connect(t, s.token)));
    try {
      // Every sender fires its messages without waiting for acks: sends race for the channel lock
      // and their broadcasts leave in whatever order their statements return.
      const acks = await Promise.all(
        sockets.flatMap((socket, s) =>
          Array.from({ length: MESSAGES_EACH }, (_, i) =>
            emitAck(
              socket,
              'message:send',
              { channelId, clientMessageId: `o${s}-${i}`, body: `Sender ${s}, Nachricht ${i}` },
              20_000,
            ),
          ),
        ),
      );
      expect(acks.filter((a) => a.error)).toEqual([]);
      await reader.idle();

      const stored = await t.db
        .getRepository(Message)
        .find({ where: { channelId }, order: { seq: 'ASC' } });
      expect(stored).toHaveLength(SENDERS * MESSAGES_EACH);
      const view = reader.view.sorted();
      expect(view.map((m) => [m.seq, m.id, m.body])).toEqual(
        stored.map((m) => [m.seq, m.id, m.body]),
      );
      expect(view.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
      expect(reader.view.hasGap).toBe(false);
      expect(reader.view.cursor).toBe(stored[stored.length - 1].changeSeq);
      // The test exercised what it is about: events out of order, gaps closed by catch-up.
      expect(reader.arrival.some((seq, i) => i > 0 && seq < reader.arrival[i - 1])).toBe(true);
      expect(reader.catchUps).toBeGreaterThan(0);
    } finally {
      for (const s of [readerSocket, ...sockets]) s.disconnect();
    }
  });
});
