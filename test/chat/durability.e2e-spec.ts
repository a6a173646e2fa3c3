import type { Socket } from 'socket.io-client';
import { ChatRateLimiter } from '../../src/chat/chat-rate-limiter';
import { Channel } from '../../src/chat/channel.entity';
import { Message } from '../../src/chat/message.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { connected, createChannel, invite, socketFor } from './chat-client';
import { ChannelView, ViewMessage } from './chat-view';

jest.setTimeout(120_000);

const CLIENTS = 5;
const MESSAGES_EACH = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const random = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

interface Client {
  actor: Actor;
  socket: Socket;
  view: ChannelView;
  acked: Map<string, ViewMessage>;
  cuts: number;
  retries: number;
}

/** Sends until acknowledged: the same client message id on every attempt. */
async function untilAcked(
  c: Client,
  event: string,
  payload: Record<string, unknown>,
  acceptError?: (code: string) => boolean,
): Promise<any> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (attempt > 0) c.retries++;
    if (!c.socket.connected) await new Promise<void>((r) => c.socket.once('connect', () => r()));
    try {
      // A cut while waiting means retry at once (after the reconnect), not after the timeout.
      let onDisconnect: () => void = () => undefined;
      const cut = new Promise<never>((_, reject) => {
        onDisconnect = () => reject(new Error('cut'));
        c.socket.once('disconnect', onDisconnect);
      });
      const ack = await Promise.race([
        c.socket.timeout(2000).emitWithAck(event, payload),
        cut,
      ]).finally(() => c.socket.off('disconnect', onDisconnect));
      if (ack.error && !(acceptError && acceptError(ack.error.code)))
        throw new Error(`${event} refused: ${JSON.stringify(ack.error)}`);
      return ack;
    } catch (e) {
      if (e instanceof Error && e.message.includes('refused')) throw e;
      // Timed out (connection cut): try again with the same id.
    }
  }
  throw new Error(`${event} never acknowledged`);
}

describe('durability: clients cut at random, reconnect and retry', () => {
  let t: TestApp;
  let channelId: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(ChatRateLimiter).configure(100_000, 1);
    const owner = await createActor(t, OrganisationKind.MUNICIPALITY);
    channelId = await createChannel(t, owner.token, 'Dauerfeuer');
    const actors = await Promise.all(
      Array.from({ length: CLIENTS }, () => createActor(t, OrganisationKind.MUNICIPALITY)),
    );
    await invite(
      t,
      owner.token,
      channelId,
      actors.map((a) => a.member.id),
    );
    for (const actor of actors) {
      const socket = socketFor(t.url, actor.token, { reconnection: true });
      const c: Client = {
        actor,
        socket,
        view: new ChannelView(channelId),
        acked: new Map(),
        cuts: 0,
        retries: 0,
      };
      socket.on('message:new', (m: ViewMessage) => c.view.onLive(m));
      socket.on('message:updated', (m: ViewMessage) => c.view.onLive(m));
      // Every (re)connect: rejoin the room and catch up from the cursor.
      socket.on('connect', () => {
        // A cut during the join only loses this attempt: the next connect joins again.
        void c.view.catchUp(socket).catch(() => undefined);
      });
      await connected(socket);
      clients.push(c);
    }
  });
  afterAll(async () => {
    for (const c of clients) c.socket.disconnect();
    await t.close();
  });

  it('stores every acknowledged message exactly once, gapless and in order, and every client’s view equals the history', async () => {
    let sending = true;
    const chaos = clients.map(async (c) => {
      while (sending) {
        await sleep(random(50, 300));
        if (!sending || !c.socket.connected) continue;
        c.cuts++;
        if (Math.random() < 0.5) {
          c.socket.disconnect();
          await sleep(random(5, 80));
          c.socket.connect();
        } else {
          // A network drop: the transport dies, the client reconnects by itself.
          c.socket.io.engine.close();
        }
      }
    });

    await Promise.all(
      clients.map(async (c, n) => {
        for (let i = 0; i < MESSAGES_EACH; i++) {
          const clientMessageId = `d${n}-${i}`;
          const ack = await untilAcked(c, 'message:send', {
            channelId,
            clientMessageId,
            body: `Nachricht ${i} von ${n}`,
          });
          c.acked.set(clientMessageId, ack.message);
          if (i % 10 === 5)
            await untilAcked(c, 'message:edit', {
              messageId: ack.message.id,
              body: `Nachricht ${i} von ${n} (bearbeitet)`,
            });
          if (i === MESSAGES_EACH - 1)
            await untilAcked(
              c,
              'message:delete',
              { messageId: ack.message.id },
              (code) => code === 'NOT_FOUND',
            );
        }
      }),
    );
    sending = false;
    await Promise.all(chaos);

    const stored = await t.db
      .getRepository(Message)
      .find({ where: { channelId }, order: { seq: 'ASC' } });
    // Exactly once: one row per client message id, and nothing else.
    expect(stored).toHaveLength(CLIENTS * MESSAGES_EACH);
    expect(new Set(stored.map((m) => m.clientMessageId)).size).toBe(CLIENTS * MESSAGES_EACH);
    // Gapless and in order.
    expect(stored.map((m) => m.seq)).toEqual(
      Array.from({ length: stored.length }, (_, i) => i + 1),
    );
    const channel = await t.db.getRepository(Channel).findOneByOrFail({ id: channelId });
    expect(channel.lastSeq).toBe(stored.length);
    // Every acknowledgement named the row that was stored.
    const byClientId = new Map(stored.map((m) => [m.clientMessageId, m]));
    for (const c of clients) {
      for (const [cid, ack] of c.acked)
        expect({ cid, id: ack.id, seq: ack.seq }).toEqual({
          cid,
          id: byClientId.get(cid)!.id,
          seq: byClientId.get(cid)!.seq,
        });
    }
    expect(stored.filter((m) => m.editedAt)).toHaveLength(CLIENTS * (MESSAGES_EACH / 10));
    expect(stored.filter((m) => m.deletedAt && m.body === null)).toHaveLength(CLIENTS);
    // The connections really were cut.
    expect(clients.reduce((n, c) => n + c.cuts, 0)).toBeGreaterThan(CLIENTS);
    expect(clients.reduce((n, c) => n + c.retries, 0)).toBeGreaterThan(0);

    const history = stored.map((m) => ({
      seq: m.seq,
      id: m.id,
      body: m.body,
      deleted: m.deletedAt !== null,
    }));
    for (const c of clients) {
      if (!c.socket.connected) await new Promise<void>((r) => c.socket.once('connect', () => r()));
      await c.view.catchUp(c.socket, 'channel:catchup');
      const view = c.view
        .sorted()
        .map((m) => ({ seq: m.seq, id: m.id, body: m.body, deleted: m.deletedAt !== null }));
      expect(view).toEqual(history);
    }
  });
});
