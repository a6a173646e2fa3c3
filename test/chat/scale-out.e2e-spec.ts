import type { Socket } from 'socket.io-client';
import { PlatformRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import {
  clientId,
  connect,
  createChannel,
  disconnected,
  emitAck,
  flush,
  invite,
  nextEvent,
  record,
} from './chat-client';

/**
 * Two app instances on different ports share PostgreSQL and the machine's Redis (REDIS_URL):
 * broadcasts reach sockets on the other instance through Redis, removals and disconnects through
 * PostgreSQL NOTIFY (test/chat/redis-outage.e2e-spec.ts covers them with Redis down).
 */
describe('scale-out over the Redis adapter', () => {
  const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  let a: TestApp;
  let b: TestApp;
  let owner: Actor;
  let member: Actor;
  let channelId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // A pub/sub prefix of this run only, so parallel runs on one Redis never cross.
    process.env.SOCKET_IO_REDIS_KEY = `sn-test-${process.pid}-${Date.now().toString(36)}`;
    a = await startTestApp({ env: { REDIS_URL } });
    b = await startTestApp({ databaseUrl: a.databaseUrl, env: { REDIS_URL } });
    owner = await createActor(a, OrganisationKind.MUNICIPALITY);
    member = await createActor(a, OrganisationKind.MUNICIPALITY, {
      organisation: owner.organisation,
    });
    channelId = await createChannel(a, owner.token, 'Verbund');
    await invite(a, owner.token, channelId, [member.member.id]);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    delete process.env.SOCKET_IO_REDIS_KEY;
  });

  it('runs two instances on different ports', () => {
    expect(a.url).not.toBe(b.url);
  });

  it('a message sent through instance A reaches a member connected to instance B', async () => {
    const onA = await connect(a, owner.token);
    const onB = await connect(b, member.token);
    sockets.push(onA, onB);
    await emitAck(onA, 'channel:join', { channelId });
    await emitAck(onB, 'channel:join', { channelId });
    const incoming = nextEvent(onB, 'message:new');
    const ack = await emitAck(onA, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'über zwei Instanzen',
    });
    expect(ack.error).toBeUndefined();
    expect(await incoming).toMatchObject({ id: ack.message.id, body: 'über zwei Instanzen' });
  });

  it('removal through instance A takes the member’s socket on B out of the room', async () => {
    const extra = await createActor(a, OrganisationKind.MUNICIPALITY, {
      organisation: owner.organisation,
    });
    await invite(a, owner.token, channelId, [extra.member.id]);
    const onA = await connect(a, owner.token);
    const onB = await connect(b, extra.token);
    const witnessOnB = await connect(b, member.token);
    sockets.push(onA, onB, witnessOnB);
    await emitAck(onA, 'channel:join', { channelId });
    await emitAck(onB, 'channel:join', { channelId });
    await emitAck(witnessOnB, 'channel:join', { channelId });
    const got = record(onB, 'message:new');
    const told = nextEvent(onB, 'channel:removed');
    const res = await a.gql(
      `mutation($c: ID!, $m: ID!) { removeFromChannel(channelId: $c, memberId: $m) { id } }`,
      { c: channelId, m: extra.member.id },
      owner.token,
    );
    expect(res.errors).toBeUndefined();
    await told;
    const witnessed = nextEvent(witnessOnB, 'message:new');
    await emitAck(onA, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'nicht mehr für dich',
    });
    // The broadcast reached instance B (a member still in the room got it); the removed one did not.
    expect(await witnessed).toMatchObject({ body: 'nicht mehr für dich' });
    await flush(onB);
    expect(got).toEqual([]);
  });

  it('disabling a member on instance A closes their socket on instance B', async () => {
    const admin = await createActor(a, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    const victim = await createActor(a, OrganisationKind.MUNICIPALITY);
    const onB = await connect(b, victim.token);
    sockets.push(onB);
    const closed = disconnected(onB);
    const res = await a.gql(
      `mutation($id: ID!) { disableMember(memberId: $id) { status } }`,
      { id: victim.member.id },
      admin.token,
    );
    expect(res.data.disableMember.status).toBe('DISABLED');
    expect(await closed).toBe('io server disconnect');
  });
});
