import { CanActivate, INestApplication, Injectable, Module, UseGuards } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  Ack,
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  WsException,
} from '@nestjs/websockets';
import { Observable, of } from 'rxjs';
import type { Server, Socket as ServerSocket } from 'socket.io';
import type { Socket } from 'socket.io-client';
import { ChatGateway } from '../../src/chat/chat.gateway';
import { SocketIoAdapter } from '../../src/chat/socket-io.adapter';
import { SOCKET_EVENTS } from '../../src/chat/socket-payloads';
import { loadConfig } from '../../src/config/app-config';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Cast, createActor, createCast } from '../helpers/factories';
import { startTestApp, TEST_JWT_SECRET, TEST_ORIGIN, TestApp } from '../helpers/test-app';
import { connect, connected, emitAck, nextEvent, socketFor } from './chat-client';

/**
 * SocketIoAdapter dispatches socket events through one shared listener per event name instead of
 * Nest's rxjs pipelines per socket and handler (memory per idle socket, issue 6 P4). These tests pin
 * the Nest semantics the gateways rely on: first on a small gateway of its own, then on the chat.
 */

@Injectable()
class RefuseGuard implements CanActivate {
  canActivate(): boolean {
    return false;
  }
}

@WebSocketGateway()
class DispatchTestGateway {
  @WebSocketServer() server: Server;
  /** Set when the Observable of `stream` is unsubscribed (the socket disconnected). */
  streamStopped = false;

  @SubscribeMessage('echo')
  echo(@MessageBody() data: unknown) {
    return { echoed: data };
  }

  @SubscribeMessage('later')
  async later(@MessageBody() data: { n: number }) {
    await new Promise((resolve) => setImmediate(resolve));
    return { doubled: data.n * 2 };
  }

  @SubscribeMessage('observe')
  observe() {
    return of({ first: true }, { second: true });
  }

  @SubscribeMessage('as-event')
  asEvent(@MessageBody() data: unknown) {
    return { event: 'reply', data: { got: data } };
  }

  @SubscribeMessage('manual')
  manual(@MessageBody() data: unknown, @Ack() ack: (payload: unknown) => void) {
    ack({ manual: data });
    return { ignored: true };
  }

  @SubscribeMessage('nothing')
  nothing() {
    return undefined;
  }

  @SubscribeMessage('boom')
  boom() {
    throw new WsException('kaputt');
  }

  @SubscribeMessage('refused')
  @UseGuards(RefuseGuard)
  refused() {
    return { reached: true };
  }

  @SubscribeMessage('both')
  both(@ConnectedSocket() socket: ServerSocket) {
    (socket.data.calls ??= []).push('first');
    return { calls: socket.data.calls };
  }

  @SubscribeMessage('stream')
  stream(@ConnectedSocket() socket: ServerSocket) {
    return new Observable((subscriber) => {
      subscriber.next({ event: 'tick', data: socket.id });
      return () => {
        this.streamStopped = true;
      };
    });
  }
}

/** A second gateway on the same namespace: Nest runs both gateways' handlers of an event. */
@WebSocketGateway()
class SecondTestGateway {
  @SubscribeMessage('both')
  both(@ConnectedSocket() socket: ServerSocket) {
    (socket.data.calls ??= []).push('second');
  }

  @SubscribeMessage('second-only')
  secondOnly() {
    return { second: true };
  }
}

@Module({ providers: [DispatchTestGateway, SecondTestGateway] })
class DispatchTestModule {}

describe('socket event dispatch (SocketIoAdapter)', () => {
  describe('Nest gateway semantics', () => {
    let app: INestApplication;
    let url: string;
    const sockets: Socket[] = [];
    const open = async () => {
      const s = await connect(url, null);
      sockets.push(s);
      return s;
    };

    beforeAll(async () => {
      const config = loadConfig(
        {
          NODE_ENV: 'test',
          JWT_SECRET: TEST_JWT_SECRET,
          LOG_LEVEL: 'silent',
          CORS_ORIGINS: TEST_ORIGIN,
          PORT: '0',
        },
        () => undefined,
      );
      app = await NestFactory.create(DispatchTestModule, { logger: false });
      app.useWebSocketAdapter(new SocketIoAdapter(app, config));
      await app.listen(0, '127.0.0.1');
      url = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    });
    afterEach(() => {
      for (const s of sockets.splice(0)) s.disconnect();
    });
    afterAll(() => app.close());

    it('acknowledges with the returned value, also of an async handler', async () => {
      const s = await open();
      expect(await emitAck(s, 'echo', { a: 1 })).toEqual({ echoed: { a: 1 } });
      expect(await emitAck(s, 'later', { n: 21 })).toEqual({ doubled: 42 });
    });

    it('passes several arguments as an array, like Nest', async () => {
      const s = await open();
      expect(await s.timeout(5000).emitWithAck('echo', 1, 2)).toEqual({ echoed: [1, 2] });
    });

    it('acknowledges an Observable result with its first value (an ack is sent once)', async () => {
      const s = await open();
      expect(await emitAck(s, 'observe', {})).toEqual({ first: true });
    });

    it('emits a result with `event` instead of acknowledging it', async () => {
      const s = await open();
      const reply = nextEvent(s, 'reply');
      s.emit('as-event', 'x');
      expect(await reply).toEqual({ got: 'x' });
    });

    it('leaves the ack to a handler that takes @Ack', async () => {
      const s = await open();
      expect(await emitAck(s, 'manual', 'm')).toEqual({ manual: 'm' });
    });

    it('sends an error to the client as the `exception` event of the exception filter', async () => {
      const s = await open();
      const exception = nextEvent(s, 'exception');
      s.emit('boom', { why: 1 });
      expect(await exception).toMatchObject({ status: 'error', message: 'kaputt' });
    });

    it('refuses an event its guard refuses: the handler does not run', async () => {
      const s = await open();
      const exception = nextEvent(s, 'exception');
      const acks: unknown[] = [];
      s.emit('refused', {}, (answer: unknown) => acks.push(answer));
      expect(await exception).toMatchObject({ status: 'error', message: 'Forbidden resource' });
      expect(await emitAck(s, 'echo', 'after')).toEqual({ echoed: 'after' });
      expect(acks).toEqual([]);
    });

    it('ignores an event without a handler and a nil result; the socket keeps working', async () => {
      const s = await open();
      const acks: unknown[] = [];
      s.emit('no-handler', {}, (answer: unknown) => acks.push(answer));
      s.emit('nothing', {}, (answer: unknown) => acks.push(answer));
      // One connection delivers in order: once this is answered the two above have been handled.
      expect(await emitAck(s, 'echo', 'still here')).toEqual({ echoed: 'still here' });
      expect(acks).toEqual([]);
      expect(s.connected).toBe(true);
    });

    it('runs the handlers of two gateways for one event, and each gateway’s own events', async () => {
      const s = await open();
      expect(await emitAck(s, 'second-only', {})).toEqual({ second: true });
      await emitAck(s, 'both', {});
      const server = app.get(DispatchTestGateway).server.sockets.sockets.get(s.id!)!;
      // Both ran once (in the order Nest connects its gateways, the same as with Nest's own adapter).
      expect([...server.data.calls].sort()).toEqual(['first', 'second']);
    });

    it('unsubscribes a running Observable result when the socket disconnects', async () => {
      const gateway = app.get(DispatchTestGateway);
      const s = await open();
      const tick = nextEvent(s, 'tick');
      s.emit('stream');
      expect(await tick).toBe(s.id);
      expect(gateway.streamStopped).toBe(false);
      // Closed by the server: its `disconnect` event, and with it the unsubscribe, happen synchronously.
      gateway.server.sockets.sockets.get(s.id!)!.disconnect(true);
      expect(gateway.streamStopped).toBe(true);
    });

    it('registers one listener per event, shared by all sockets, and no per-socket copies', async () => {
      const io = app.get(DispatchTestGateway).server;
      const [a, b] = [await open(), await open()].map((s) => io.sockets.sockets.get(s.id!)!);
      for (const event of ['echo', 'later', 'stream']) {
        expect(a.listeners(event)).toHaveLength(1);
        expect(a.listeners(event)[0]).toBe(b.listeners(event)[0]);
      }
    });
  });

  describe('the chat gateway', () => {
    let t: TestApp;
    let cast: Cast;
    const sockets: Socket[] = [];

    beforeAll(async () => {
      t = await startTestApp();
      cast = await createCast(t);
    });
    afterEach(() => {
      for (const s of sockets.splice(0)) s.disconnect();
    });
    afterAll(() => t.close());

    it('runs the PolicyGuard on every event: a member who still has to set up TOTP is refused each one', async () => {
      const pending = await createActor(t, OrganisationKind.CERT, { totp: false });
      const s = await connect(t, pending.token);
      sockets.push(s);
      for (const event of SOCKET_EVENTS) {
        const ack = await emitAck(s, event, {
          channelId: '00000000-0000-4000-8000-000000000000',
          status: 'online',
          memberIds: [],
        });
        expect({ event, code: ack.error?.code }).toEqual({ event, code: 'FORBIDDEN' });
      }
      // Without an ack the refusal arrives as an `error` event.
      const error = nextEvent(s, 'error');
      s.emit('presence', { status: 'online' });
      expect(await error).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('acknowledges an async handler, and answers its errors as `{ error }` or an `error` event', async () => {
      const s = await connect(t, cast.municipal.token);
      sockets.push(s);
      expect(await emitAck(s, 'presence', { status: 'away' })).toEqual({ status: 'away' });
      expect((await emitAck(s, 'channel:join', { channelId: 'nope' })).error).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'channelId',
      });
      const error = nextEvent(s, 'error');
      s.emit('channel:join', { channelId: 'nope' });
      expect(await error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'channelId' });
    });

    it('binds each chat event once per socket with a listener shared by all sockets', async () => {
      const a = await connected(socketFor(t.url, cast.municipal.token));
      const b = await connected(socketFor(t.url, cast.provider.token));
      sockets.push(a, b);
      const io = t.app.get(ChatGateway).server;
      const [sa, sb] = [io.sockets.sockets.get(a.id!)!, io.sockets.sockets.get(b.id!)!];
      for (const event of SOCKET_EVENTS) {
        expect(sa.listeners(event)).toHaveLength(1);
        expect(sa.listeners(event)[0]).toBe(sb.listeners(event)[0]);
      }
    });

    it('keeps the principal but not the access token of an accepted socket', async () => {
      const s = await connect(t, cast.municipal.token);
      sockets.push(s);
      const [remote] = await t.app.get(ChatGateway).server.in(s.id!).fetchSockets();
      expect(remote.data.principal).toMatchObject({ memberId: cast.municipal.member.id });
      expect(remote.handshake.auth).not.toHaveProperty('token');
      expect(JSON.stringify(remote.handshake)).not.toContain(cast.municipal.token);
    });
  });
});
