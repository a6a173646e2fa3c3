import type {
  AppSocket,
  CatchUpAnswer,
  ClientEvents,
  LiveChatMessage,
  ServerEvents,
  SocketAnswer,
} from '../../lib/socket';
import { chatTexts as t } from './texts';
import type { ChatMessage, TimelineStore } from './timeline-store';

/** How long a gap may stay open before catching up (late live events close most gaps). */
export const GAP_WAIT_MS = 1000;
/** A send without an answer in this time is shown as failed (the member may retry). */
export const SEND_TIMEOUT_MS = 10_000;

export interface HistoryPage {
  messages: ChatMessage[];
  hasMore: boolean;
}

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'restored';

type EventArgs<E extends keyof ClientEvents> = Parameters<ClientEvents[E]>[0];
type AnswerOf<E extends keyof ClientEvents> = Parameters<ClientEvents[E]>[1] extends (
  a: SocketAnswer<infer T>,
) => void
  ? T
  : never;

export class SocketRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Emits a client event and resolves with its ack (a timeout and `{ error }` reject). */
export function request<E extends keyof ClientEvents>(
  socket: AppSocket,
  event: E,
  payload: EventArgs<E>,
  timeoutMs = SEND_TIMEOUT_MS,
): Promise<AnswerOf<E>> {
  return new Promise((resolve, reject) => {
    // Typed per event above; socket.io's own typing of timeout().emit cannot follow the generic.
    const timed = socket.timeout(timeoutMs) as unknown as {
      emit(e: string, p: unknown, ack: (err: Error | null, answer: unknown) => void): void;
    };
    timed.emit(event, payload, (err, answer) => {
      if (err) return reject(new SocketRequestError(t.noAck, 'TIMEOUT'));
      const a = answer as { error?: { code: string; message: string } };
      if (a && typeof a === 'object' && a.error)
        return reject(new SocketRequestError(a.error.message, a.error.code));
      resolve(answer as AnswerOf<E>);
    });
  });
}

/**
 * Keeps one channel's TimelineStore in step with the socket: joins the room (with the catch-up
 * cursor after the first time), catches up on a reconnect, a gap that does not close or a
 * `channel:state` ahead of the cursor, and sends own messages (again after a reconnect, with the
 * same client id). Framework-free; the page owns one per open channel.
 */
export class ChannelSync {
  private state: ConnectionState;
  private gapTimer: ReturnType<typeof setTimeout> | null = null;
  private restoredTimer: ReturnType<typeof setTimeout> | null = null;
  private syncing: Promise<void> | null = null;
  private again = false;
  private wasOffline = false;
  private sending = false;
  private readonly listeners = new Set<() => void>();
  private closed = false;

  private loadingOlder: Promise<void> | null = null;

  constructor(
    private readonly socket: AppSocket,
    readonly store: TimelineStore,
    /** A history page over GraphQL: the newest (before null) or the one before a seq. */
    private readonly loadHistory: (before: number | null) => Promise<HistoryPage>,
    private readonly onError: (message: string) => void = () => undefined,
  ) {
    this.state = socket.connected ? 'online' : 'connecting';
  }

  /** Starts listening (and syncing); close() stops. May be called again after close(). */
  open(): void {
    this.closed = false;
    const socket = this.socket;
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
    socket.on('message:new', this.onMessage);
    socket.on('message:updated', this.onMessage);
    socket.on('channel:state', this.onState);
    if (socket.connected) void this.sync();
  }

  get connection(): ConnectionState {
    return this.state;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getConnection = () => this.state;

  close(): void {
    this.closed = true;
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
    this.socket.off('message:new', this.onMessage);
    this.socket.off('message:updated', this.onMessage);
    this.socket.off('channel:state', this.onState);
    if (this.gapTimer) clearTimeout(this.gapTimer);
    if (this.restoredTimer) clearTimeout(this.restoredTimer);
    if (this.socket.connected)
      void request(this.socket, 'channel:leave', { channelId: this.store.channelId }).catch(
        () => undefined,
      );
  }

  /** Writes a message: shown pending at once, sent now or after the reconnect. */
  send(body: string, threadRootId: string | null): void {
    this.store.send(body, threadRootId);
    this.pump();
  }

  /** A failed message again, with its client id: the server stores it at most once. */
  retry(clientMessageId: string): void {
    if (this.store.retry(clientMessageId)) this.pump();
  }

  /**
   * Sends pending messages one at a time, oldest first, so that they are stored in the order
   * they were written (also the ones that waited for a reconnect). Offline, they wait.
   */
  private pump(): void {
    if (this.sending || this.closed || !this.socket.connected) return;
    const out = this.store.pending()[0];
    if (!out) return;
    this.sending = true;
    request(this.socket, 'message:send', {
      channelId: this.store.channelId,
      clientMessageId: out.clientMessageId,
      body: out.body,
      threadRootId: out.threadRootId,
    })
      .then((answer) => this.store.acknowledge(out.clientMessageId, toChatMessage(answer.message)))
      .catch((e: unknown) => {
        // Lost with the connection: it stays pending and goes out after the reconnect.
        if (!this.socket.connected) return;
        this.store.fail(out.clientMessageId, e instanceof Error ? e.message : t.noAck);
      })
      .finally(() => {
        this.sending = false;
        this.pump();
      });
  }

  /** The page before the oldest loaded message (scrolling up). */
  loadOlder(): Promise<void> {
    const oldest = this.store.oldestSeq;
    if (this.loadingOlder || oldest === null || !this.store.hasOlder)
      return this.loadingOlder ?? Promise.resolve();
    this.loadingOlder = this.loadHistory(oldest)
      .then((page) => this.store.addHistory(page.messages, page.hasMore))
      .catch((e: unknown) => this.onError(e instanceof Error ? e.message : String(e)))
      .finally(() => {
        this.loadingOlder = null;
      });
    return this.loadingOlder;
  }

  private readonly onConnect = () => {
    this.setState(this.wasOffline ? 'restored' : 'online');
    void this.sync();
  };

  private readonly onDisconnect = () => {
    this.wasOffline = true;
    this.setState('offline');
  };

  private readonly onMessage = (m: LiveChatMessage) => {
    if (m.channelId !== this.store.channelId) return;
    this.store.applyLive(toChatMessage(m));
    this.watchGap();
  };

  private readonly onState: ServerEvents['channel:state'] = (s) => {
    if (s.channelId === this.store.channelId && this.store.isBehind(s.lastChangeSeq))
      void this.sync();
  };

  private watchGap(): void {
    if (this.gapTimer || !this.store.hasGap()) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      if (this.store.hasGap()) void this.sync();
    }, GAP_WAIT_MS);
  }

  /**
   * Joins the room (again) and catches up from the cursor until complete, then sends what is
   * pending. Calls while one runs make it run once more afterwards.
   */
  sync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.again = false;
        await this.syncOnce();
      } while (this.again && !this.closed);
    })()
      .catch((e: unknown) => {
        if (this.socket.connected) this.onError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        this.syncing = null;
      });
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    if (this.closed || !this.socket.connected) return;
    const channelId = this.store.channelId;
    if (!this.store.isStarted) {
      // Join first, then read the history: what is committed in between arrives both ways.
      const joined = await request(this.socket, 'channel:join', { channelId });
      this.store.start(joined.lastChangeSeq);
    } else {
      let answer: CatchUpAnswer = await request(this.socket, 'channel:join', {
        channelId,
        afterChangeSeq: this.store.cursor,
      });
      this.store.applyCatchUp(
        answer.messages.map(toChatMessage),
        answer.lastChangeSeq,
        answer.hasMore,
      );
      while (answer.hasMore && !this.closed) {
        answer = await request(this.socket, 'channel:catchup', {
          channelId,
          afterChangeSeq: this.store.cursor,
        });
        this.store.applyCatchUp(
          answer.messages.map(toChatMessage),
          answer.lastChangeSeq,
          answer.hasMore,
        );
      }
    }
    if (this.store.oldestSeq === null) {
      const page = await this.loadHistory(null);
      this.store.addHistory(page.messages, page.hasMore);
    }
    this.pump();
    if (this.state === 'restored') {
      if (this.restoredTimer) clearTimeout(this.restoredTimer);
      this.restoredTimer = setTimeout(() => this.setState('online'), 6000);
    }
  }

  private setState(next: ConnectionState): void {
    if (this.state === next) return;
    this.state = next;
    for (const l of this.listeners) l();
  }
}

export function toChatMessage(m: LiveChatMessage): ChatMessage {
  return {
    id: m.id,
    channelId: m.channelId,
    seq: m.seq,
    changeSeq: m.changeSeq,
    clientMessageId: m.clientMessageId,
    senderId: m.senderId,
    body: m.body,
    threadRootId: m.threadRootId,
    editedAt: m.editedAt,
    deletedAt: m.deletedAt,
    createdAt: m.createdAt,
    reactions: m.reactions.map((r) => ({ ...r, memberIds: [...r.memberIds] })),
  };
}
