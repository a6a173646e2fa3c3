/**
 * One channel's timeline in the browser, without React or a socket: the rules of the server's
 * real-time contract (README "Socket connection", DESIGN.md "Real-time contract") in one place.
 *
 * - Messages are kept by `id` and shown by `seq`, never in arrival order (live events may come out
 *   of order); a message is replaced only by a newer change (`changeSeq`), so late or repeated
 *   deliveries change nothing.
 * - `cursor` is the highest `changeSeq` up to which every change was seen: live events advance it
 *   only while their numbers follow without a gap, a complete catch-up moves it to the channel's
 *   `lastChangeSeq`. After a reconnect (or a gap that does not close) the client catches up from it.
 * - Own sends are pending under their client id until the stored message arrives (by ack, live
 *   event or catch-up, whichever is first): the pending entry then disappears and the stored one
 *   takes its place, so a message is never shown twice. A retry reuses the same client id, which
 *   the server dedupes.
 * - History pages are loaded upward; everything older than the oldest loaded `seq` stays out of
 *   the timeline (it would show as a jump), it is read with its current state when scrolled to.
 */

export interface ChatReaction {
  emoji: string;
  count: number;
  memberIds: string[];
}

/** A stored message as the socket and GraphQL deliver it (dates as ISO strings). */
export interface ChatMessage {
  id: string;
  channelId: string;
  seq: number;
  changeSeq: number;
  clientMessageId: string;
  senderId: string;
  body: string | null;
  threadRootId: string | null;
  editedAt: string | null;
  deletedAt: string | null;
  createdAt: string;
  reactions: ChatReaction[];
}

/** pending: not yet acknowledged (sent or waiting for the connection); failed: needs a retry. */
export type SendState = 'pending' | 'failed';

export interface OutgoingMessage {
  clientMessageId: string;
  body: string;
  threadRootId: string | null;
  state: SendState;
  /** Why it failed (German, for the member); null while pending. */
  error: string | null;
  createdAt: string;
}

export type TimelineEntry =
  { kind: 'message'; message: ChatMessage } | { kind: 'outgoing'; message: OutgoingMessage };

/** A client message id the server accepts (1-64 of A-Z a-z 0-9 - _), unique enough per sender. */
export function newClientMessageId(random: () => string = defaultRandom): string {
  return `w${Date.now().toString(36)}-${random()}`.slice(0, 64);
}

function defaultRandom(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class TimelineStore {
  private readonly byId = new Map<string, ChatMessage>();
  private readonly outgoing = new Map<string, OutgoingMessage>();
  /** Changes seen above the cursor while an earlier one is missing. */
  private readonly changesAhead = new Set<number>();
  private cursorValue = 0;
  private started = false;
  /** Lowest loaded seq (the window's start); null before the first history page. */
  private oldest: number | null = null;
  private olderExist = false;
  private listeners = new Set<() => void>();
  private cachedEntries: TimelineEntry[] | null = null;
  /** Bumped on every change: React's useSyncExternalStore snapshot. */
  version = 0;

  constructor(
    readonly channelId: string,
    readonly selfId: string,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** The highest changeSeq up to which every change was seen. */
  get cursor(): number {
    return this.cursorValue;
  }

  get isStarted(): boolean {
    return this.started;
  }

  get hasOlder(): boolean {
    return this.olderExist;
  }

  get oldestSeq(): number | null {
    return this.oldest;
  }

  /** The channel's head when the room was joined: history up to it comes from GraphQL. */
  start(lastChangeSeq: number): void {
    if (this.started) return;
    this.started = true;
    this.cursorValue = Math.max(this.cursorValue, lastChangeSeq);
    this.pruneChanges();
    this.changed();
  }

  /** A page of history (ascending or not), older than what is loaded; `hasMore`: older ones exist. */
  addHistory(messages: ChatMessage[], hasMore: boolean): void {
    // The window opens first, so that the page's messages are inside it.
    const lowest = messages.reduce((min, m) => Math.min(min, m.seq), Infinity);
    if (lowest !== Infinity)
      this.oldest = this.oldest === null ? lowest : Math.min(this.oldest, lowest);
    else if (this.oldest === null) {
      // The newest page is empty: the channel had no messages when it was read. Whatever is
      // already here arrived after that read (a live message, or the ack of an own message sent
      // while the page was on its way), so the window starts at the lowest of them. Starting it
      // above the highest hid those messages: an own message typed right after the page loaded
      // vanished from the timeline although it was stored.
      this.oldest = this.lowestSeq() ?? this.highestSeq() + 1;
    }
    for (const m of messages) this.upsert(m);
    this.olderExist = hasMore;
    this.changed();
  }

  /** A live `message:new`/`message:updated`, or the ack of an own send. */
  applyLive(message: ChatMessage): void {
    this.upsert(message);
    this.seeChange(message.changeSeq);
    this.changed();
  }

  /**
   * A catch-up answer (changes after the cursor, in change order). Complete (`!hasMore`): the
   * cursor moves to the channel's head; otherwise to the last change of the page.
   */
  applyCatchUp(messages: ChatMessage[], lastChangeSeq: number, hasMore: boolean): void {
    for (const m of messages) this.upsert(m);
    const reached = hasMore
      ? messages.reduce((max, m) => Math.max(max, m.changeSeq), this.cursorValue)
      : Math.max(lastChangeSeq, this.cursorValue);
    this.started = true;
    this.cursorValue = reached;
    this.pruneChanges();
    this.changed();
  }

  /**
   * True when something is missing: a change number or a `seq` between loaded messages. The
   * caller waits a moment (late events close most gaps) and then catches up.
   */
  hasGap(): boolean {
    if (this.changesAhead.size > 0) return true;
    if (this.oldest === null) return false;
    const seqs = [...this.byId.values()].map((m) => m.seq).filter((s) => s >= this.oldest!);
    if (!seqs.length) return false;
    seqs.sort((a, b) => a - b);
    for (let i = 1; i < seqs.length; i++) if (seqs[i] !== seqs[i - 1] + 1) return true;
    return seqs[0] !== this.oldest;
  }

  /** A `channel:state` frame: true when the channel has changes this client has not seen. */
  isBehind(lastChangeSeq: number): boolean {
    return lastChangeSeq > this.cursorValue;
  }

  /** A new own message: pending under a fresh client id. */
  send(body: string, threadRootId: string | null, clientMessageId = newClientMessageId()) {
    const out: OutgoingMessage = {
      clientMessageId,
      body,
      threadRootId,
      state: 'pending',
      error: null,
      createdAt: new Date().toISOString(),
    };
    this.outgoing.set(clientMessageId, out);
    this.changed();
    return out;
  }

  /** The ack of an own send: the stored message replaces the pending one. */
  acknowledge(clientMessageId: string, message: ChatMessage): void {
    this.outgoing.delete(clientMessageId);
    this.applyLive(message);
  }

  /** The server refused or did not answer: the member may retry (same client id). */
  fail(clientMessageId: string, error: string): void {
    const out = this.outgoing.get(clientMessageId);
    if (!out) return;
    this.outgoing.set(clientMessageId, { ...out, state: 'failed', error });
    this.changed();
  }

  /** A retry: pending again, with the same client id (the server answers a stored one as is). */
  retry(clientMessageId: string): OutgoingMessage | null {
    const out = this.outgoing.get(clientMessageId);
    if (!out) return null;
    const next = { ...out, state: 'pending' as const, error: null };
    this.outgoing.set(clientMessageId, next);
    this.changed();
    return next;
  }

  /** Gives up a failed message (it was never stored, or the member does not want it). */
  discard(clientMessageId: string): void {
    if (this.outgoing.delete(clientMessageId)) this.changed();
  }

  /** Own messages still pending (to send again after a reconnect), oldest first. */
  pending(): OutgoingMessage[] {
    return [...this.outgoing.values()].filter((o) => o.state === 'pending');
  }

  outgoingMessages(): OutgoingMessage[] {
    return [...this.outgoing.values()];
  }

  get(id: string): ChatMessage | undefined {
    return this.byId.get(id);
  }

  /** Stored messages in `seq` order, then own messages not yet stored, in the order written. */
  entries(): TimelineEntry[] {
    if (this.cachedEntries) return this.cachedEntries;
    const stored = [...this.byId.values()]
      .filter((m) => this.oldest === null || m.seq >= this.oldest)
      .sort((a, b) => a.seq - b.seq)
      .map((message): TimelineEntry => ({ kind: 'message', message }));
    const own = [...this.outgoing.values()].map((message): TimelineEntry => ({
      kind: 'outgoing',
      message,
    }));
    this.cachedEntries = [...stored, ...own];
    return this.cachedEntries;
  }

  private lowestSeq(): number | null {
    let min: number | null = null;
    for (const m of this.byId.values()) min = min === null ? m.seq : Math.min(min, m.seq);
    return min;
  }

  highestSeq(): number {
    let max = 0;
    for (const m of this.byId.values()) max = Math.max(max, m.seq);
    return max;
  }

  private upsert(m: ChatMessage): void {
    if (m.channelId !== this.channelId) return;
    // An own message that was pending is now stored: the stored one replaces it.
    if (m.senderId === this.selfId) this.outgoing.delete(m.clientMessageId);
    // Older than the loaded window: read from history when the member scrolls there.
    if (this.oldest !== null && m.seq < this.oldest) return;
    const known = this.byId.get(m.id);
    if (known && known.changeSeq >= m.changeSeq) return;
    this.byId.set(m.id, m);
  }

  private seeChange(changeSeq: number): void {
    // Also before start(): it drops what the join's head already covers.
    if (changeSeq <= this.cursorValue) return;
    this.changesAhead.add(changeSeq);
    this.pruneChanges();
  }

  /** Moves the cursor over every change seen without a gap. */
  private pruneChanges(): void {
    while (this.changesAhead.has(this.cursorValue + 1)) {
      this.changesAhead.delete(this.cursorValue + 1);
      this.cursorValue++;
    }
    for (const c of this.changesAhead) if (c <= this.cursorValue) this.changesAhead.delete(c);
  }

  private changed(): void {
    this.cachedEntries = null;
    this.version++;
    for (const l of this.listeners) l();
  }
}
