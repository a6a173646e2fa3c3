import type { Socket } from 'socket.io-client';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { connect, createChannel, disconnected, emitAck, invite, nextEvent } from './chat-client';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Revocations and removals reach sockets through PostgreSQL (triggers + LISTEN/NOTIFY), whichever
 * code path wrote them and without Redis. The writes here are plain SQL, so the app's in-process
 * events cannot be what closes the sockets.
 */
describe('socket signals through PostgreSQL', () => {
  let t: TestApp;
  let owner: Actor;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    owner = await createActor(t, OrganisationKind.MUNICIPALITY);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(() => t.close());

  const socketOf = async (actor: Actor) => {
    const s = await connect(t, actor.token);
    sockets.push(s);
    return s;
  };
  const revoke = (sessionId: string) =>
    t.db.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'test' WHERE id = $1`, [
      sessionId,
    ]);

  it('a session revoked by any writer closes its sockets at once', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const socket = await socketOf(actor);
    const closed = disconnected(socket, 2000);
    await revoke(actor.sessionId);
    expect(await closed).toBe('io server disconnect');
  });

  it('a member who is no longer ACTIVE loses every socket at once', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const socket = await socketOf(actor);
    const closed = disconnected(socket, 2000);
    await t.db.query(`UPDATE members SET status = 'DISABLED' WHERE id = $1`, [actor.member.id]);
    expect(await closed).toBe('io server disconnect');
  });

  it('a deleted membership takes the member’s sockets out of the room and tells them', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: owner.organisation,
    });
    const channelId = await createChannel(t, owner.token, 'Signale');
    await invite(t, owner.token, channelId, [actor.member.id]);
    const socket = await socketOf(actor);
    await emitAck(socket, 'channel:join', { channelId });
    const told = nextEvent(socket, 'channel:removed', 2000);
    await t.db.query('DELETE FROM channel_members WHERE channel_id = $1 AND member_id = $2', [
      channelId,
      actor.member.id,
    ]);
    expect(await told).toEqual({ channelId });
    const ownerSocket = await socketOf(owner);
    await emitAck(ownerSocket, 'channel:join', { channelId });
    let got = 0;
    socket.on('message:new', () => got++);
    const ack = await emitAck(ownerSocket, 'message:send', {
      channelId,
      clientMessageId: `sig-${Date.now()}`,
      body: 'nicht für dich',
    });
    expect(ack.error).toBeUndefined();
    await emitAck(socket, 'presence', { status: 'online' }); // earlier broadcasts have arrived
    expect(got).toBe(0);
  });

  it('what was revoked while the listening connection was lost is found when it is back', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const socket = await socketOf(actor);
    const closed = disconnected(socket, 5000);
    // Cut the instance's LISTEN connection and revoke once its backend is gone, before the
    // instance is back (it waits at least 250 ms before reconnecting): the NOTIFY reaches nobody.
    const listeners: Array<{ pid: number }> = await t.db.query(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'sicherheitsnetz-signals'`,
    );
    expect(listeners).toHaveLength(1);
    await t.db.query('SELECT pg_terminate_backend($1)', [listeners[0].pid]);
    for (let i = 0; i < 200; i++) {
      const alive = await t.db.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [
        listeners[0].pid,
      ]);
      if (!alive.length) break;
      await sleep(10);
    }
    await revoke(actor.sessionId);
    expect(await closed).toBe('io server disconnect');
    // And it listens again.
    const next = await createActor(t, OrganisationKind.MUNICIPALITY);
    const again = await socketOf(next);
    const closedAgain = disconnected(again, 2000);
    await revoke(next.sessionId);
    expect(await closedAgain).toBe('io server disconnect');
  });
});
