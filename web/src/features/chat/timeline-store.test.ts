import { describe, expect, it } from 'vitest';
import { newClientMessageId, TimelineStore, type ChatMessage } from './timeline-store';

const ME = 'me';
const OTHER = 'other';
const CHANNEL = 'c1';

function msg(seq: number, over: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `m${seq}`,
    channelId: CHANNEL,
    seq,
    changeSeq: seq,
    clientMessageId: `client-${seq}`,
    senderId: OTHER,
    body: `Nachricht ${seq}`,
    threadRootId: null,
    editedAt: null,
    deletedAt: null,
    createdAt: new Date(2026, 0, 1, 10, seq).toISOString(),
    reactions: [],
    ...over,
  };
}

const shown = (store: TimelineStore) =>
  store.entries().map((e) => (e.kind === 'message' ? e.message.seq : `out:${e.message.body}`));

function started(lastChangeSeq = 0, history: ChatMessage[] = []) {
  const store = new TimelineStore(CHANNEL, ME);
  store.start(lastChangeSeq);
  store.addHistory(history, false);
  return store;
}

describe('TimelineStore ordering', () => {
  it('shows messages by seq whatever order they arrive in', () => {
    const store = started();
    store.applyLive(msg(3));
    store.applyLive(msg(1));
    store.applyLive(msg(2));
    expect(shown(store)).toEqual([1, 2, 3]);
  });

  it('puts an older history page before what is loaded', () => {
    const store = new TimelineStore(CHANNEL, ME);
    store.start(10);
    store.addHistory([msg(8), msg(9), msg(10)], true);
    expect(store.hasOlder).toBe(true);
    store.addHistory([msg(5), msg(6), msg(7)], false);
    expect(shown(store)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(store.hasOlder).toBe(false);
    expect(store.oldestSeq).toBe(5);
  });

  it('keeps changes to messages older than the loaded window out of the timeline', () => {
    const store = new TimelineStore(CHANNEL, ME);
    store.start(10);
    store.addHistory([msg(9), msg(10)], true);
    store.applyLive(msg(3, { changeSeq: 11, body: 'bearbeitet', editedAt: 'x' }));
    expect(shown(store)).toEqual([9, 10]);
    expect(store.cursor).toBe(11);
  });

  it('ignores messages of other channels', () => {
    const store = started();
    store.applyLive(msg(1, { channelId: 'elsewhere' }));
    expect(shown(store)).toEqual([]);
  });
});

describe('TimelineStore dedupe', () => {
  it('shows a message delivered twice (live and catch-up) once', () => {
    const store = started();
    store.applyLive(msg(1));
    store.applyCatchUp([msg(1)], 1, false);
    store.applyLive(msg(1));
    expect(shown(store)).toEqual([1]);
  });

  it('keeps the newest change of a message, whatever order the changes come in', () => {
    const store = started(1, [msg(1)]);
    const edited = msg(1, { changeSeq: 3, body: 'neu', editedAt: '2026-01-01T10:05:00Z' });
    const reacted = msg(1, {
      changeSeq: 2,
      reactions: [{ emoji: '👍', count: 1, memberIds: [ME] }],
    });
    store.applyLive(edited);
    store.applyLive(reacted);
    const [entry] = store.entries();
    expect(entry.kind === 'message' && entry.message.body).toBe('neu');
    expect(store.cursor).toBe(3);
  });

  it('replaces an own pending message by the stored one, once, whichever way it arrives', () => {
    for (const way of ['ack', 'live', 'catchup'] as const) {
      const store = started();
      const out = store.send('Hallo', null);
      expect(shown(store)).toEqual(['out:Hallo']);
      const stored = msg(1, { senderId: ME, clientMessageId: out.clientMessageId, body: 'Hallo' });
      if (way === 'catchup') store.applyCatchUp([stored], 1, false);
      else store.applyLive(stored);
      // The ack and the broadcast of the same send both arrive.
      store.applyLive(stored);
      expect(shown(store), way).toEqual([1]);
      expect(store.pending(), way).toEqual([]);
    }
  });

  it("does not take another member's message with the same client id for an own one", () => {
    const store = started();
    const out = store.send('Hallo', null, 'same-id');
    store.applyLive(msg(1, { clientMessageId: 'same-id', senderId: OTHER }));
    expect(shown(store)).toEqual([1, `out:Hallo`]);
    expect(store.pending()).toEqual([out]);
  });
});

describe('TimelineStore sending and retry', () => {
  it('moves a send from pending to failed and back with the same client id', () => {
    const store = started();
    const out = store.send('Bitte Patch einspielen', null);
    expect(store.pending()).toHaveLength(1);
    store.fail(out.clientMessageId, 'Keine Antwort vom Server.');
    const failed = store.outgoingMessages()[0];
    expect(failed.state).toBe('failed');
    expect(failed.error).toBe('Keine Antwort vom Server.');
    expect(store.pending()).toEqual([]);
    const again = store.retry(out.clientMessageId);
    expect(again?.clientMessageId).toBe(out.clientMessageId);
    expect(again?.state).toBe('pending');
    // The retry is answered with the message the first attempt stored: shown once.
    store.applyLive(msg(4, { senderId: ME, clientMessageId: out.clientMessageId }));
    expect(shown(store)).toEqual([4]);
  });

  it('keeps pending messages in the order they were written, after the stored ones', () => {
    const store = started(2, [msg(1), msg(2)]);
    store.send('erste', null);
    store.send('zweite', null);
    expect(shown(store)).toEqual([1, 2, 'out:erste', 'out:zweite']);
    expect(store.pending().map((o) => o.body)).toEqual(['erste', 'zweite']);
  });

  it('shows an own message acknowledged before the empty newest history page came back', () => {
    // A new channel (an incident room): joined, the history request is on its way, the member
    // sends; the ack (seq 1) is here before the page, which was read before the message was stored.
    const store = new TimelineStore(CHANNEL, ME);
    store.start(0);
    const out = store.send('Wir trennen das Netz.', null);
    store.acknowledge(
      out.clientMessageId,
      msg(1, { senderId: ME, clientMessageId: out.clientMessageId, body: out.body }),
    );
    store.addHistory([], false);
    expect(shown(store)).toEqual([1]);
    expect(store.oldestSeq).toBe(1);
    expect(store.hasGap()).toBe(false);
    // Later messages follow it.
    store.applyLive(msg(2));
    expect(shown(store)).toEqual([1, 2]);
  });

  it('shows live messages that arrived before the empty newest history page', () => {
    const store = new TimelineStore(CHANNEL, ME);
    store.start(0);
    store.applyLive(msg(1));
    store.applyLive(msg(2));
    store.addHistory([], false);
    expect(shown(store)).toEqual([1, 2]);
  });

  it('discards a failed message', () => {
    const store = started();
    const out = store.send('x', null);
    store.fail(out.clientMessageId, 'nein');
    store.discard(out.clientMessageId);
    expect(shown(store)).toEqual([]);
  });

  it('makes client ids the server accepts, different each time', () => {
    const a = newClientMessageId();
    const b = newClientMessageId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(a).not.toBe(b);
  });
});

describe('TimelineStore catch-up', () => {
  it('advances the cursor only over changes that follow without a gap', () => {
    const store = started(5, [msg(5)]);
    store.applyLive(msg(7));
    expect(store.cursor).toBe(5);
    expect(store.hasGap()).toBe(true);
    store.applyLive(msg(6));
    expect(store.cursor).toBe(7);
    expect(store.hasGap()).toBe(false);
  });

  it('sees a seq gap between loaded messages', () => {
    const store = new TimelineStore(CHANNEL, ME);
    store.applyCatchUp([], 10, false);
    store.addHistory([msg(8), msg(10)], true);
    expect(store.hasGap()).toBe(true);
  });

  it('a complete catch-up moves the cursor to the head and closes the gap', () => {
    const store = started(2, [msg(1), msg(2)]);
    store.applyLive(msg(5));
    expect(store.hasGap()).toBe(true);
    store.applyCatchUp([msg(3), msg(4), msg(5)], 5, false);
    expect(store.hasGap()).toBe(false);
    expect(store.cursor).toBe(5);
    expect(shown(store)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a partial catch-up page moves the cursor to its last change only', () => {
    const store = started(2, [msg(1), msg(2)]);
    store.applyCatchUp([msg(3), msg(4)], 9, true);
    expect(store.cursor).toBe(4);
    expect(store.isBehind(9)).toBe(true);
    store.applyCatchUp([msg(5), msg(6), msg(7), msg(8), msg(9)], 9, false);
    expect(store.isBehind(9)).toBe(false);
  });

  it('counts changes that arrive before the join answer against its head', () => {
    const store = new TimelineStore(CHANNEL, ME);
    store.applyLive(msg(11));
    store.start(10);
    expect(store.cursor).toBe(11);
  });

  it('a reconnect sends pending messages again and shows each message once', () => {
    // Offline: two sends wait; the first had reached the server before the connection dropped.
    const store = started(1, [msg(1)]);
    const a = store.send('A', null);
    const b = store.send('B', null);
    // Back online: the catch-up brings what others wrote and the stored first send.
    store.applyCatchUp(
      [msg(2), msg(3, { senderId: ME, clientMessageId: a.clientMessageId, body: 'A' })],
      3,
      false,
    );
    expect(store.pending().map((o) => o.clientMessageId)).toEqual([b.clientMessageId]);
    store.applyLive(msg(4, { senderId: ME, clientMessageId: b.clientMessageId, body: 'B' }));
    // A late ack of the first attempt changes nothing.
    store.applyLive(msg(3, { senderId: ME, clientMessageId: a.clientMessageId, body: 'A' }));
    expect(shown(store)).toEqual([1, 2, 3, 4]);
    expect(store.hasGap()).toBe(false);
  });
});
