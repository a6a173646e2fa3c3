import request from 'supertest';
import type { Socket } from 'socket.io-client';
import { ChatGateway } from '../../src/chat/chat.gateway';
import { ChatRateLimiter } from '../../src/chat/chat-rate-limiter';
import { Cast, createCast } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { connect, disconnected, emitAck, flush, record, socketFor } from './chat-client';

jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
async function eventually(what: string, check: () => boolean, timeoutMs = 3000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await sleep(20);
  }
  return Date.now() - start;
}

/** Open engine.io connections (authenticated or not) of the app's socket.io server. */
const openConnections = (t: TestApp) => t.app.get(ChatGateway).server.engine.clientsCount;

/**
 * A hostile client below socket.io-client: a bare WebSocket that completes the engine.io handshake
 * and then either never asks to join (`connect: null`) or asks with the given auth and stays after
 * a refusal (socket.io-client would close; an attacker does not).
 */
function rawSocket(t: TestApp, connect: object | null): Promise<WebSocket> {
  const ws = new WebSocket(`${t.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
  return new Promise((resolve, reject) => {
    ws.onmessage = (m) => {
      if (String(m.data).startsWith('0')) {
        if (connect) ws.send(`40${JSON.stringify(connect)}`);
        resolve(ws);
      }
    };
    ws.onerror = () => reject(new Error('refused'));
  });
}

describe('socket flood: one answer per wait, repeat offenders disconnected', () => {
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

  it('answers the first refused event only and disconnects a socket that keeps flooding', async () => {
    t.app.get(ChatRateLimiter).configure(5, 60, 50);
    const flooder = await connect(t, cast.municipal.token);
    const bystander = await connect(t, cast.provider.token);
    sockets.push(flooder, bystander);
    const errors = record(flooder, 'error');
    for (let i = 0; i < 5; i++)
      expect((await emitAck(flooder, 'presence', { status: 'online' })).error).toBeUndefined();
    const first = await emitAck(flooder, 'presence', { status: 'online' });
    expect(first.error).toMatchObject({ code: 'RATE_LIMITED', event: 'presence' });
    expect(first.error!.retryAfterSeconds).toBeGreaterThan(0);
    // The flood: packets with and without an ack, known and unknown events.
    let answered = 0;
    const closed = disconnected(flooder);
    for (let i = 0; i < 2000 && flooder.connected; i++) {
      if (i % 3 === 0) flooder.emit('presence', { status: 'online' }, () => answered++);
      else if (i % 3 === 1) flooder.emit('presence', { status: 'away' });
      else flooder.emit('no-such-event', {});
    }
    expect(await closed).toBe('io server disconnect');
    expect(errors).toHaveLength(1);
    expect(answered).toBe(0);
    // Only that socket: others (and the HTTP side) go on.
    await flush(bystander);
    await request(t.app.getHttpServer()).get('/health').expect(200);
  });

  it('counts unknown events against the budget too', async () => {
    t.app.get(ChatRateLimiter).configure(3, 60, 1000);
    const s = await connect(t, cast.cert.token);
    sockets.push(s);
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) codes.push((await emitAck(s, 'no-such-event', {})).error!.code);
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED']);
  });
});

describe('socket connection limits', () => {
  let t: TestApp;
  let cast: Cast;
  const sockets: Socket[] = [];
  const raws: WebSocket[] = [];
  beforeAll(async () => {
    t = await startTestApp({
      env: { SOCKET_CONNECT_TIMEOUT_MS: '400', SOCKET_MAX_PER_IP: '3' },
    });
    cast = await createCast(t);
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    for (const ws of raws.splice(0)) ws.close();
    await eventually('all connections closed', () => openConnections(t) === 0);
  });
  afterAll(() => t.close());

  it('closes a connection that never joins, or whose token was refused, after the connect timeout', async () => {
    const silent = await rawSocket(t, null);
    const refused = await rawSocket(t, { token: 'kein.gültiges.token' });
    raws.push(silent, refused);
    const closes = [silent, refused].map(
      (ws) => new Promise<void>((resolve) => ws.addEventListener('close', () => resolve())),
    );
    expect(openConnections(t)).toBe(2);
    const start = Date.now();
    await Promise.race([
      Promise.all(closes),
      sleep(5000).then(() => {
        throw new Error('still open after 5 s');
      }),
    ]);
    expect(Date.now() - start).toBeLessThan(3000);
    expect(openConnections(t)).toBe(0);
  });

  it('refuses a connection beyond the per-IP limit until one closes; X-Forwarded-For is ignored without TRUST_PROXY', async () => {
    const open = [];
    for (const actor of [cast.municipal, cast.provider, cast.cert]) {
      const s = await connect(t, actor.token);
      sockets.push(s);
      open.push(s);
    }
    const fourth = socketFor(t.url, cast.moderator.token);
    sockets.push(fourth);
    await expect(
      new Promise((resolve, reject) => {
        fourth.once('connect', () => resolve(fourth));
        fourth.once('connect_error', reject);
      }),
    ).rejects.toBeTruthy();
    await expect(
      connect(t, cast.moderator.token, { headers: { 'x-forwarded-for': '203.0.113.9' } }),
    ).rejects.toBeTruthy();
    open[0].disconnect();
    await eventually('a slot is free', () => openConnections(t) === 2);
    const again = await connect(t, cast.moderator.token);
    sockets.push(again);
    expect((await emitAck(again, 'presence', { status: 'online' })).error).toBeUndefined();
  });

  it('counts connections that never authenticate against the limit, until their timeout', async () => {
    for (let i = 0; i < 3; i++) raws.push(await rawSocket(t, null));
    await expect(connect(t, cast.municipal.token)).rejects.toBeTruthy();
    await eventually('the silent ones are closed', () => openConnections(t) === 0);
    const s = await connect(t, cast.municipal.token);
    sockets.push(s);
    expect(s.connected).toBe(true);
  });
});

describe('socket per-IP limit behind a proxy (TRUST_PROXY=true)', () => {
  let t: TestApp;
  let cast: Cast;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'true', SOCKET_MAX_PER_IP: '2' } });
    cast = await createCast(t);
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  it('counts per forwarded client address (the entry the proxy added), not per proxy', async () => {
    const via = (xff: string, token = cast.municipal.token) =>
      connect(t, token, { headers: { 'x-forwarded-for': xff } }).then((s) => {
        sockets.push(s);
        return s;
      });
    await via('198.51.100.1');
    await via('198.51.100.1');
    await expect(via('198.51.100.1')).rejects.toBeTruthy();
    // A client cannot escape by prepending addresses: the proxy appends the one it saw.
    await expect(via('192.0.2.77, 198.51.100.1')).rejects.toBeTruthy();
    const other = await via('198.51.100.2', cast.provider.token);
    expect(other.connected).toBe(true);
  });
});
