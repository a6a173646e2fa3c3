import { Logger } from '@nestjs/common';
import request from 'supertest';
import type { Socket } from 'socket.io-client';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor } from '../helpers/factories';
import { TcpProxy } from '../helpers/tcp-proxy';
import { startTestApp, TestApp } from '../helpers/test-app';
import { createTestDatabase, dropTestDatabase } from '../setup/test-database';
import { clientId, connect, createChannel, emitAck } from './chat-client';

jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const text = (m: unknown) => (m instanceof Error ? `${m.stack}` : String(m));

/**
 * The database stops under a running app (a TCP proxy between them is cut, then restored):
 * sockets and GraphQL answer a retryable UNAVAILABLE, the log gets one line for the outage and
 * one for its end (not a stack trace per request), and the app serves again on its own.
 */
describe('chat during a database outage', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let database: { name: string; url: string };
  let member: Actor;
  let channelId: string;
  let socket: Socket;
  const logs: string[] = [];
  let spies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url);
    proxy = new TcpProxy(direct.hostname, Number(direct.port || 5432));
    await proxy.start();
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    t = await startTestApp({ databaseUrl: viaProxy.toString() });
    member = await createActor(t, OrganisationKind.MUNICIPALITY);
    channelId = await createChannel(t, member.token, 'Ausfall');
    socket = await connect(t, member.token);
    expect((await emitAck(socket, 'channel:join', { channelId })).error).toBeUndefined();
    // Everything the app logs from here on, whatever the level (the test app's pino is silent).
    for (const level of ['error', 'warn', 'log'] as const)
      spies.push(
        jest
          .spyOn(Logger.prototype, level)
          .mockImplementation((...args: unknown[]) => void logs.push(`${level} ${text(args[0])}`)),
      );
    for (const level of ['log', 'error', 'warn'] as const)
      spies.push(
        jest
          .spyOn(console, level)
          .mockImplementation(
            (...args: unknown[]) => void logs.push(`console.${level} ${text(args[0])}`),
          ),
      );
  });
  afterAll(async () => {
    for (const spy of spies) spy.mockRestore();
    spies = [];
    socket?.disconnect();
    await proxy.restore().catch(() => undefined);
    await t?.close();
    await proxy.stop();
    await dropTestDatabase(database.name);
  });

  it('answers UNAVAILABLE on sockets and GraphQL, logs the outage once and its end once', async () => {
    const send = (body: string) =>
      emitAck(socket, 'message:send', { channelId, clientMessageId: clientId(), body });
    expect((await send('vorher')).error).toBeUndefined();
    logs.length = 0;

    await proxy.cut();
    const acks = [];
    for (let i = 0; i < 20; i++) acks.push(await send(`während ${i}`));
    acks.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => send(`parallel ${i}`)))));
    for (const ack of acks)
      expect(ack.error).toMatchObject({ code: 'UNAVAILABLE', retryAfterSeconds: 5 });
    // Other socket events, GraphQL reads and writes, and a new socket's handshake.
    expect(
      (await emitAck(socket, 'channel:catchup', { channelId, afterChangeSeq: 0 })).error,
    ).toMatchObject({ code: 'UNAVAILABLE' });
    const me = await t.gql(`{ me { id } }`, {}, member.token);
    expect(me.errors?.[0].extensions).toMatchObject({ code: 'UNAVAILABLE', retryAfterSeconds: 5 });
    const gqlSend = await t.gql(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
      { input: { channelId, clientMessageId: clientId(), body: 'per GraphQL' } },
      member.token,
    );
    expect(gqlSend.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
    expect(gqlSend.errors?.[0].message).not.toMatch(/ECONNREFUSED|terminated|127\.0\.0\.1/);
    await expect(connect(t, member.token)).rejects.toMatchObject({
      data: { code: 'UNAVAILABLE' },
    });
    // The public feed (HTTP without login) too: 503 with Retry-After, not a 500.
    const feed = await request(t.app.getHttpServer()).get('/public/advisories.json');
    expect(feed.status).toBe(503);
    expect(feed.headers['retry-after']).toBe('5');
    expect(feed.body).toMatchObject({ code: 'UNAVAILABLE' });

    // One line for the whole outage, no stack traces, nothing per request. The listener for
    // revocations (DatabaseSignals) has its own connection and says once that it reconnects.
    expect(logs.filter((l) => /Database unreachable/.test(l))).toHaveLength(1);
    expect(logs.filter((l) => /\n\s+at /.test(l))).toEqual([]);
    const others = logs.filter((l) => !/Database unreachable/.test(l));
    expect(others.filter((l) => !/listens for revocations/.test(l))).toEqual([]);
    expect(others.length).toBeLessThanOrEqual(1);

    await proxy.restore();
    let after = await send('nachher');
    for (let i = 0; i < 50 && after.error; i++) {
      expect(after.error.code).toBe('UNAVAILABLE');
      await sleep(100);
      after = await send('nachher');
    }
    expect(after.error).toBeUndefined();
    for (let i = 0; i < 50 && !logs.some((l) => /reachable again/.test(l)); i++) await sleep(100);
    expect(logs.filter((l) => /Database reachable again/.test(l))).toHaveLength(1);
    expect(logs.filter((l) => /Database unreachable/.test(l))).toHaveLength(1);
    expect((await t.gql(`{ me { id } }`, {}, member.token)).data.me.id).toBe(member.member.id);
    await request(t.app.getHttpServer()).get('/public/advisories.json').expect(200);
  });
});
