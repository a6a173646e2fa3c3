import type { LoggerService } from '@nestjs/common';
import type { MessageMappingProperties } from '@nestjs/websockets';
import type { Observable, Subscription } from 'rxjs';
import type { Socket } from 'socket.io';

/** Nest's `transform`: the handler's result (value, Promise or Observable) as an Observable. */
export type ResultTransform = (result: unknown) => Observable<unknown>;
type Callback = MessageMappingProperties['callback'];
type Listener = (this: DispatchSocket, ...args: unknown[]) => void;

/** What every socket of a gateway shares: the handlers' events and ack modes, in Nest's order. */
interface HandlerTable {
  indexesByMessage: Map<string, number[]>;
  manualAck: boolean[];
}

/** Per socket and gateway: only the callbacks Nest bound to this socket, and its transform. */
interface Binding {
  table: HandlerTable;
  callbacks: Callback[];
  transform: ResultTransform;
  next: Binding | undefined;
}

const BINDINGS = Symbol('socketMessageBindings');
const IN_FLIGHT = Symbol('socketInFlightResults');
type DispatchSocket = Socket & { [BINDINGS]?: Binding; [IN_FLIGHT]?: Set<Subscription> };
/** IoAdapter.mapPayload: `ack` is the client's acknowledgement callback when it sent one. */
type MapPayload = (payload: unknown) => { data: unknown; ack?: unknown };
type Ack = (response: unknown) => void;

/**
 * Nest ends a socket's handler pipelines at disconnect (takeUntil): a result that arrives later is
 * neither acknowledged nor emitted, and an Observable result is unsubscribed. Shared by all sockets.
 */
function stopInFlight(this: DispatchSocket): void {
  const running = this[IN_FLIGHT];
  if (!running) return;
  this[IN_FLIGHT] = undefined;
  for (const subscription of [...running]) subscription.unsubscribe();
}

/**
 * Socket event dispatch without Nest's per-socket rxjs pipelines. IoAdapter.bindMessageHandlers
 * (@nestjs/platform-socket.io 12) builds fromEvent → mergeMap → takeUntil(disconnect) plus a
 * subscriber for every @SubscribeMessage handler of every socket: about 20 closures and 20 objects
 * per handler, most of an idle socket's memory (issue 6, P4). Here each event name has one listener
 * function shared by all sockets (EventEmitter calls it with the socket as `this`), which finds the
 * socket's callbacks through a handler table shared by the gateway's sockets.
 *
 * Semantics kept from Nest: the callbacks arrive wrapped with guards (the PolicyGuard), pipes and
 * exception filters, so refusals and error answers are Nest's; a non-nil result with `event` is
 * emitted, any other one is the ack unless the handler acks itself (@Ack); Promise and Observable
 * results go through Nest's `transform`; an error that escapes the filters is logged; events
 * without a handler are ignored; listeners run after the socket's middleware (socket.use).
 */
export class SocketDispatcher {
  private readonly listeners = new Map<string, Listener>();
  private readonly tables = new Map<string, HandlerTable>();
  /** Handler promises still running, whatever became of their socket (see drain()). */
  private readonly running = new Set<PromiseLike<unknown>>();

  constructor(
    private readonly logger: LoggerService,
    private readonly mapPayload: MapPayload,
  ) {}

  bind(socket: Socket, handlers: MessageMappingProperties[], transform: ResultTransform): void {
    const s = socket as DispatchSocket;
    const table = this.tableOf(handlers);
    const binding: Binding = {
      table,
      callbacks: handlers.map((h) => h.callback),
      transform,
      next: undefined,
    };
    let last = s[BINDINGS];
    if (!last) {
      s[BINDINGS] = binding;
      s.on('disconnect', stopInFlight);
    } else {
      // A second gateway on the same namespace: its handlers run after the first one's, as in Nest.
      while (last.next) last = last.next;
      last.next = binding;
    }
    for (const message of table.indexesByMessage.keys()) {
      const listener = this.listenerFor(message);
      if (!s.listeners(message).includes(listener)) s.on(message, listener);
    }
  }

  private tableOf(handlers: MessageMappingProperties[]): HandlerTable {
    const key = JSON.stringify(handlers.map((h): unknown[] => [h.message, h.isAckHandledManually]));
    let table = this.tables.get(key);
    if (!table) {
      table = {
        indexesByMessage: new Map(),
        manualAck: handlers.map((h) => h.isAckHandledManually),
      };
      handlers.forEach((h, i) => {
        const indexes = table!.indexesByMessage.get(h.message as string);
        if (indexes) indexes.push(i);
        else table!.indexesByMessage.set(h.message as string, [i]);
      });
      this.tables.set(key, table);
    }
    return table;
  }

  private listenerFor(message: string): Listener {
    let listener = this.listeners.get(message);
    if (!listener) {
      const run = this.run.bind(this);
      listener = function (this: DispatchSocket, ...args: unknown[]) {
        // rxjs fromEvent's payload: the single argument, or all of them as an array.
        const payload = args.length > 1 ? args : args[0];
        for (let b = this[BINDINGS]; b; b = b.next) {
          for (const i of b.table.indexesByMessage.get(message) ?? [])
            run(this, b.callbacks[i], b.table.manualAck[i], b.transform, payload);
        }
      };
      this.listeners.set(message, listener);
    }
    return listener;
  }

  /**
   * Waits (at most `timeoutMs`) for handlers that are still running, e.g. sends queued behind a
   * channel lock. Shutdown calls it after closing the sockets and before the database pool is
   * destroyed: TypeORM's pool destroy hands connections still in use back to waiting queries, which
   * then run two queries at once on one client (pg's "already executing a query" warning) and fail
   * sends that were about to be stored.
   */
  async drain(timeoutMs: number): Promise<void> {
    if (this.running.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.allSettled([...this.running]), timeout]);
    clearTimeout(timer);
  }

  private track(result: unknown): void {
    if (!result || typeof (result as PromiseLike<unknown>).then !== 'function') return;
    const promise = result as PromiseLike<unknown>;
    this.running.add(promise);
    const done = () => void this.running.delete(promise);
    promise.then(done, done);
  }

  private run(
    socket: DispatchSocket,
    callback: Callback,
    manualAck: boolean,
    transform: ResultTransform,
    payload: unknown,
  ): void {
    const { data, ack } = this.mapPayload(payload);
    let result$: Observable<unknown>;
    try {
      const result = callback(data, ack);
      this.track(result);
      result$ = transform(result);
    } catch (e) {
      return void this.logger.error(e);
    }
    const subscription = result$.subscribe({
      next: (response) => {
        if (response === null || response === undefined) return;
        const { event, data: eventData } = response as { event?: string; data?: unknown };
        if (event) return void socket.emit(event, eventData);
        if (!manualAck && typeof ack === 'function') (ack as Ack)(response);
      },
      error: (e: unknown) => void this.logger.error(e),
    });
    if (subscription.closed) return;
    const running = (socket[IN_FLIGHT] ??= new Set());
    running.add(subscription);
    subscription.add(() => running.delete(subscription));
  }
}
