import { describe, expect, it } from 'vitest';
import type { AppSocket, LiveChatMessage } from '../../lib/socket';
import { ChannelSync } from './channel-sync';
import { TimelineStore } from './timeline-store';

type Handler = (...args: unknown[]) => void;

/**
 * A stand-in for the socket.io client with a scripted server: it records what is emitted and
 * answers acks when the test says so (a real server is exercised by test/browser/chat.spec.ts).
 */
class FakeSocket {
  connected = true;
  handlers = new Map<string, Set<Handler>>();
  sent: { event: string; payload: Record<string, unknown>; ack: Handler }[] = [];
  on(event: string, h: Handler) {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)!.add(h);
    return this;
  }
  off(event: string, h: Handler) {
    this.handlers.get(event)?.delete(h);
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    for (const h of this.handlers.get(event) ?? []) h(...args);
  }
  timeout() {
    return {
      emit: (event: string, payload: Record<string, unknown>, ack: Handler) =>
        this.sent.push({ event, payload, ack }),
    };
  }
  /** Drops the connection: unanswered acks fail, as socket.io-client does. */
  drop() {
    this.connected = false;
    const open = this.sent.splice(0);
    for (const s of open) s.ack(new Error('socket has been disconnected'));
    this.fire('disconnect', 'transport close');
  }
}

const stored = (seq: number, clientMessageId: string, body: string): LiveChatMessage => ({
  id: `m${seq}`,
  channelId: 'c1',
  seq,
  changeSeq: seq,
  clientMessageId,
  senderId: 'me',
  body,
  threadRootId: null,
  editedAt: null,
  deletedAt: null,
  createdAt: '2026-01-01T10:00:00Z',
  reactions: [],
});

const tick = () => new Promise((r) => setTimeout(r, 0));

async function openSync() {
  const socket = new FakeSocket();
  const store = new TimelineStore('c1', 'me');
  const sync = new ChannelSync(socket as unknown as AppSocket, store, () =>
    Promise.resolve({ messages: [], hasMore: false }),
  );
  sync.open();
  socket.sent
    .shift()!
    .ack(null, { channelId: 'c1', lastChangeSeq: 0, messages: [], hasMore: false });
  await tick();
  await tick();
  return { socket, store, sync };
}

describe('ChannelSync', () => {
  it('sends one message at a time, in the order written', async () => {
    const { socket, sync } = await openSync();
    sync.send('eins', null);
    sync.send('zwei', null);
    expect(socket.sent.map((s) => s.payload.body)).toEqual(['eins']);
    const first = socket.sent.shift()!;
    first.ack(null, { message: stored(1, first.payload.clientMessageId as string, 'eins') });
    await tick();
    expect(socket.sent.map((s) => s.payload.body)).toEqual(['zwei']);
  });

  it('keeps sends pending while offline and sends them after the catch-up, same client ids', async () => {
    const { socket, store, sync } = await openSync();
    sync.send('eins', null);
    const firstId = socket.sent[0].payload.clientMessageId;
    socket.drop();
    await tick();
    sync.send('zwei', null);
    expect(sync.connection).toBe('offline');
    expect(store.pending().map((o) => o.body)).toEqual(['eins', 'zwei']);

    socket.connected = true;
    socket.fire('connect');
    expect(sync.connection).toBe('restored');
    const join = socket.sent.shift()!;
    expect(join.event).toBe('channel:join');
    expect(join.payload.afterChangeSeq).toBe(0);
    join.ack(null, { channelId: 'c1', lastChangeSeq: 0, messages: [], hasMore: false });
    await tick();
    await tick();
    expect(socket.sent.map((s) => [s.event, s.payload.clientMessageId])).toEqual([
      ['message:send', firstId],
    ]);
  });

  it('marks a refused send as failed and retries it with the same client id', async () => {
    const { socket, store, sync } = await openSync();
    sync.send('eins', null);
    const first = socket.sent.shift()!;
    first.ack(null, { error: { code: 'UNAVAILABLE', message: 'Bitte später erneut versuchen.' } });
    await tick();
    expect(store.outgoingMessages()[0]).toMatchObject({
      state: 'failed',
      error: 'Bitte später erneut versuchen.',
    });
    sync.retry(first.payload.clientMessageId as string);
    expect(socket.sent[0].payload.clientMessageId).toBe(first.payload.clientMessageId);
  });

  it('sends a message written before the socket was there once, after the join', async () => {
    const socket = new FakeSocket();
    socket.connected = false;
    const store = new TimelineStore('c1', 'me');
    // The page is up, the socket is not: the composer puts the message into the store.
    store.send('Wir trennen das Netz.', null);
    const sync = new ChannelSync(socket as unknown as AppSocket, store, () =>
      Promise.resolve({ messages: [], hasMore: false }),
    );
    sync.open();
    expect(socket.sent).toEqual([]);
    socket.connected = true;
    socket.fire('connect');
    const join = socket.sent.shift()!;
    expect(join.event).toBe('channel:join');
    join.ack(null, { channelId: 'c1', lastChangeSeq: 0, messages: [], hasMore: false });
    await tick();
    await tick();
    expect(socket.sent.map((s) => [s.event, s.payload.body])).toEqual([
      ['message:send', 'Wir trennen das Netz.'],
    ]);
    const send = socket.sent.shift()!;
    send.ack(null, {
      message: stored(1, send.payload.clientMessageId as string, 'Wir trennen das Netz.'),
    });
    await tick();
    expect(store.entries().map((e) => [e.kind, e.message.body])).toEqual([
      ['message', 'Wir trennen das Netz.'],
    ]);
  });

  it('shows an own message sent while the first history page is on its way', async () => {
    const socket = new FakeSocket();
    const store = new TimelineStore('c1', 'me');
    let answerHistory: (page: { messages: []; hasMore: false }) => void = () => undefined;
    const sync = new ChannelSync(
      socket as unknown as AppSocket,
      store,
      () => new Promise((resolve) => (answerHistory = resolve)),
    );
    sync.open();
    socket.sent
      .shift()!
      .ack(null, { channelId: 'c1', lastChangeSeq: 0, messages: [], hasMore: false });
    await tick();
    // Typed right after the page loaded: it goes out before the (empty) page comes back.
    sync.send('Wir trennen das Netz.', null);
    const send = socket.sent.shift()!;
    send.ack(null, {
      message: stored(1, send.payload.clientMessageId as string, 'Wir trennen das Netz.'),
    });
    await tick();
    answerHistory({ messages: [], hasMore: false });
    await tick();
    await tick();
    expect(store.entries().map((e) => [e.kind, e.message.body])).toEqual([
      ['message', 'Wir trennen das Netz.'],
    ]);
  });

  it('sends what is pending once through the sync of a new socket', async () => {
    const { socket, store, sync } = await openSync();
    sync.send('eins', null);
    const first = socket.sent.shift()!;
    // The app replaces the socket (the old one closes): the page makes a sync for the new one.
    sync.close();
    socket.drop();
    const next = new FakeSocket();
    const sync2 = new ChannelSync(next as unknown as AppSocket, store, () =>
      Promise.resolve({ messages: [], hasMore: false }),
    );
    sync2.open();
    const join = next.sent.shift()!;
    expect(join.payload.afterChangeSeq).toBe(0);
    join.ack(null, { channelId: 'c1', lastChangeSeq: 0, messages: [], hasMore: false });
    await tick();
    await tick();
    expect(next.sent.map((s) => [s.event, s.payload.clientMessageId])).toEqual([
      ['message:send', first.payload.clientMessageId],
    ]);
    const again = next.sent.shift()!;
    again.ack(null, { message: stored(1, again.payload.clientMessageId as string, 'eins') });
    await tick();
    expect(store.entries().map((e) => [e.kind, e.message.body])).toEqual([['message', 'eins']]);
    expect(next.sent).toEqual([]);
  });
});
