import { Client as PgClient } from 'pg';
import type { Socket } from 'socket.io-client';
import { PlatformRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor, TEST_PASSWORD } from '../helpers/factories';
import { InstanceProcess, startInstance } from '../helpers/instance-process';
import { OwnRedis } from '../helpers/redis-server';
import { startTestApp, TestApp } from '../helpers/test-app';
import { clientId, connected, createChannel, disconnected, invite, socketFor } from './chat-client';
import { ChannelView, ViewMessage } from './chat-view';

/**
 * Issue 17: three instances (real processes running src/main.ts) on one PostgreSQL database and a
 * Redis of this test's own, under chat load. Redis is killed for OUTAGE_SECONDS (30 by default) and
 * started again; then one instance is killed between storing a message and acknowledging it.
 */
const OUTAGE_MS = Number(process.env.SN_TEST_OUTAGE_SECONDS || 30) * 1000;
jest.setTimeout(OUTAGE_MS + 240_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls `check` every 100 ms until it is true or `ms` passed; answers the last result. */
async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

async function gql(url: string, query: string, variables: object, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: any;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

/**
 * A client that follows the README's socket protocol and nothing more: live events by `seq`, a gap
 * that does not close within a second means catch up, a `channel:state` ahead of what it has seen
 * means catch up, every (re)connect rejoins with `afterChangeSeq`. It never catches up otherwise.
 */
class Follower {
  readonly socket: Socket;
  readonly views = new Map<string, ChannelView>();
  readonly acked: ViewMessage[] = [];
  sendErrors = 0;
  private readonly busy = new Set<string>();
  private readonly again = new Set<string>();
  private readonly gapTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    readonly name: string,
    readonly actor: Actor,
    url: string,
    channelIds: string[],
  ) {
    this.socket = socketFor(url, actor.token, { reconnection: true });
    for (const id of channelIds) this.views.set(id, new ChannelView(id));
    const live = (m: ViewMessage & { channelId: string }) => {
      const view = this.views.get(m.channelId);
      if (!view) return;
      view.onLive(m);
      if (view.hasGap && !this.gapTimers.has(view.channelId))
        this.gapTimers.set(
          view.channelId,
          setTimeout(() => {
            this.gapTimers.delete(view.channelId);
            if (view.hasGap) this.catchUp(view, 'channel:catchup');
          }, 1000),
        );
    };
    this.socket.on('message:new', live);
    this.socket.on('message:updated', live);
    this.socket.on('channel:state', (s: { channelId: string; lastChangeSeq: number }) => {
      const view = this.views.get(s.channelId);
      if (view && s.lastChangeSeq > view.cursor) this.catchUp(view, 'channel:catchup');
    });
    this.socket.on('connect', () => {
      for (const view of this.views.values()) this.catchUp(view, 'channel:join');
    });
  }

  /** One catch-up per channel at a time; a request while one runs runs once more afterwards. */
  catchUp(view: ChannelView, event: 'channel:join' | 'channel:catchup'): void {
    if (this.busy.has(view.channelId)) return void this.again.add(view.channelId);
    this.busy.add(view.channelId);
    void view
      .catchUp(this.socket, event)
      .catch(() => undefined)
      .finally(() => {
        this.busy.delete(view.channelId);
        if (this.again.delete(view.channelId)) this.catchUp(view, 'channel:catchup');
      });
  }

  /** Sends until acknowledged, with the same client message id on every attempt. */
  async send(channelId: string, body: string): Promise<void> {
    const clientMessageId = clientId(this.name);
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        const ack = await this.socket
          .timeout(5000)
          .emitWithAck('message:send', { channelId, clientMessageId, body });
        if (ack.error) {
          this.sendErrors++;
          return;
        }
        this.acked.push(ack.message);
        return;
      } catch {
        await sleep(200);
      }
    }
    this.sendErrors++;
  }

  close(): void {
    for (const timer of this.gapTimers.values()) clearTimeout(timer);
    this.socket.disconnect();
  }
}

describe('scale-out under faults (own Redis, three instance processes)', () => {
  let redis: OwnRedis;
  let t: TestApp;
  let instances: InstanceProcess[] = [];
  let followers: Follower[] = [];
  const extraSockets: Socket[] = [];
  let owner: Actor;
  let busy: string;
  let quiet: string;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    // Fixtures and database checks through an in-process app without Redis (not one of the three).
    t = await startTestApp();
    const env = {
      DATABASE_URL: t.databaseUrl,
      REDIS_URL: redis.url,
      DATABASE_POOL_SIZE: '4',
    };
    instances = await Promise.all([0, 1, 2].map(() => startInstance(env)));
    owner = await createActor(t, OrganisationKind.MUNICIPALITY);
    busy = await createChannel(t, owner.token, 'Lage');
    quiet = await createChannel(t, owner.token, 'Ruhig');
    const actors = await Promise.all(
      Array.from({ length: 6 }, () =>
        createActor(t, OrganisationKind.MUNICIPALITY, { organisation: owner.organisation }),
      ),
    );
    for (const channelId of [busy, quiet])
      await invite(
        t,
        owner.token,
        channelId,
        actors.map((a) => a.member.id),
      );
    followers = actors.map(
      (actor, i) => new Follower(`f${i}`, actor, instances[i % 3].url, [busy, quiet]),
    );
    await Promise.all(followers.map((f) => connected(f.socket)));
    await sleep(500); // the joins on connect
  });

  afterAll(async () => {
    for (const f of followers) f.close();
    for (const s of extraSockets) s.disconnect();
    await Promise.all(instances.map((i) => i.stop()));
    await redis?.down();
    await t?.close();
  });

  const history = async (channelId: string) =>
    (
      await t.db.query<Array<{ id: string; seq: number }>>(
        'SELECT id, seq FROM messages WHERE channel_id = $1 ORDER BY seq',
        [channelId],
      )
    ).map((m) => `${m.seq}:${m.id}`);
  const viewOf = (f: Follower, channelId: string) =>
    f.views
      .get(channelId)!
      .sorted()
      .map((m) => `${m.seq}:${m.id}`);

  it('rides out a Redis outage: nobody exits, sends are acked and stored, revocation and login lockout hold across instances, delivery resumes and clients miss nothing', async () => {
    const admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    const victim = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: owner.organisation,
    });
    await invite(t, owner.token, busy, [victim.member.id]);
    const lockMe = await createActor(t, OrganisationKind.MUNICIPALITY);
    const victimSockets = await Promise.all(
      [instances[1], instances[2]].map((i) => connected(socketFor(i.url, victim.token))),
    );
    extraSockets.push(...victimSockets);

    let load = true;
    const loadLoop = Promise.all(
      followers.map(async (f, n) => {
        await sleep(n * 40);
        while (load) {
          await f.send(busy, `Lagemeldung von ${f.name}`);
          await sleep(300);
        }
      }),
    );
    await sleep(2000);

    // --- Redis goes away.
    await redis.down();
    const outageStarted = Date.now();
    const ackedBefore = followers.reduce((n, f) => n + f.acked.length, 0);
    await sleep(2000);
    // Messages in a channel where nothing is sent after the outage (sender on instance 0).
    await followers[0].send(quiet, 'Ruhig 1 während des Ausfalls');
    await sleep(2000);
    await followers[3].send(quiet, 'Ruhig 2 während des Ausfalls');

    // A revocation during the outage closes the member's sockets on the other instances.
    const closed = victimSockets.map((s) => disconnected(s, 10_000).then(() => Date.now()));
    const revokedAt = Date.now();
    const disabled = await gql(
      instances[0].url,
      `mutation($id: ID!) { disableMember(memberId: $id) { status } }`,
      { id: victim.member.id },
      admin.token,
    );
    expect(disabled.errors).toBeUndefined();
    const closedAt = await Promise.all(closed);
    for (const at of closedAt) expect(at - revokedAt).toBeLessThan(5000);

    // The per-account lockout holds across instances: 5 failures spread over three instances lock.
    const login = (i: number, password: string) =>
      gql(
        instances[i % 3].url,
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: lockMe.member.email, password } },
      );
    for (let i = 0; i < 5; i++) {
      const wrong = await login(i, 'falsch-falsch-falsch');
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await login(5, TEST_PASSWORD);
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - outageStarted)));
    // Every instance is alive after the outage, still answering and acknowledging.
    expect(instances.map((i) => i.exited())).toEqual([false, false, false]);
    const ackedDuringOutage = followers.reduce((n, f) => n + f.acked.length, 0);

    // --- Redis is back: every instance reconnects by itself.
    await redis.up();
    const recovered = await waitFor(
      () => instances.every((i) => i.lines.some((l) => l.includes('Redis reachable again'))),
      30_000,
    );
    expect(recovered).toBe(true);
    // Cross-instance live delivery works again (sender on instance 0, receiver on instance 1).
    const probe = new Promise<void>((resolve) =>
      followers[1].socket.on('message:new', (m: { body: string }) => {
        if (m.body === 'wieder verbunden') resolve();
      }),
    );
    await followers[0].send(busy, 'wieder verbunden');
    await expect(
      Promise.race([probe.then(() => 'live'), sleep(5000).then(() => 'late')]),
    ).resolves.toBe('live');
    await sleep(2000);
    load = false;
    await loadLoop;

    // Sends kept being acknowledged and stored, during the outage too.
    expect(followers.map((f) => f.sendErrors)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(ackedDuringOutage - ackedBefore).toBeGreaterThan(OUTAGE_MS / 1000);
    const storedIds = new Set(
      (
        await t.db.query<Array<{ id: string }>>(
          'SELECT id FROM messages WHERE channel_id = ANY($1::uuid[])',
          [[busy, quiet]],
        )
      ).map((r) => r.id),
    );
    const acked = followers.flatMap((f) => f.acked);
    expect(acked.filter((m) => !storedIds.has(m.id))).toEqual([]);

    // Clients following the protocol end with every message, in both channels, without any
    // catch-up of the test's own.
    const expected = { [busy]: await history(busy), [quiet]: await history(quiet) };
    expect(expected[quiet]).toHaveLength(2);
    await waitFor(
      () =>
        followers.every((f) =>
          [busy, quiet].every((c) => viewOf(f, c).join() === expected[c].join()),
        ),
      20_000,
    );
    for (const f of followers)
      for (const c of [busy, quiet])
        expect({ f: f.name, c, view: viewOf(f, c) }).toEqual({
          f: f.name,
          c,
          view: expected[c],
        });

    // Nobody exited; the outage was logged once and the recovery once per instance, and no
    // rejection went unhandled.
    for (const i of instances) {
      expect(i.exited()).toBe(false);
      expect(i.lines.filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
      expect(i.lines.filter((l) => l.includes('Redis reachable again'))).toHaveLength(1);
      expect(i.lines.filter((l) => l.includes('Unhandled promise rejection'))).toEqual([]);
    }
  });

  it('a message stored by an instance killed before it acknowledged is broadcast once by the retry on another instance', async () => {
    const sender = followers[2]; // on instance 2, which dies
    const receivers = [followers[0], followers[1]]; // on instances 0 and 1
    const seen = receivers.map(() => [] as string[]);
    const clientMessageId = clientId('kill');
    receivers.forEach((r, n) =>
      r.socket.on('message:new', (m: { clientMessageId: string; id: string }) => {
        if (m.clientMessageId === clientMessageId) seen[n].push(m.id);
      }),
    );
    // Hold the channel row lock, so that instance 2's send statement waits inside PostgreSQL.
    const lock = new PgClient({ connectionString: t.databaseUrl });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('SELECT 1 FROM channels WHERE id = $1 FOR UPDATE', [busy]);
      sender.socket.io.opts.reconnection = false;
      const neverAcked = sender.socket
        .timeout(60_000)
        .emitWithAck('message:send', { channelId: busy, clientMessageId, body: 'Letzte Worte' })
        .catch(() => null);
      const waiting = await waitFor(async () => {
        const rows = await t.db.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO messages%'`,
        );
        return rows.length > 0;
      }, 10_000);
      expect(waiting).toBe(true);
      // The instance dies; its statement is already in PostgreSQL and commits once the lock goes.
      await instances[2].kill();
      await lock.query('COMMIT');
      void neverAcked;
    } finally {
      await lock.end();
    }
    const stored = await waitFor(async () => {
      const rows = await t.db.query('SELECT 1 FROM messages WHERE client_message_id = $1', [
        clientMessageId,
      ]);
      return rows.length === 1;
    }, 10_000);
    expect(stored).toBe(true);
    await sleep(500);
    expect(seen).toEqual([[], []]); // nobody was told: the instance died before ack and broadcast

    // The client reconnects through the load balancer to a live instance and retries.
    const retrying = socketFor(instances[0].url, sender.actor.token);
    extraSockets.push(retrying);
    await connected(retrying);
    const ack = await retrying
      .timeout(5000)
      .emitWithAck('message:send', { channelId: busy, clientMessageId, body: 'Letzte Worte' });
    expect(ack.error).toBeUndefined();
    expect(await waitFor(() => seen.every((s) => s.length > 0), 5000)).toBe(true);
    await sleep(1000);
    expect(seen).toEqual([[ack.message.id], [ack.message.id]]);
    const rows = await t.db.query('SELECT id FROM messages WHERE client_message_id = $1', [
      clientMessageId,
    ]);
    expect(rows).toEqual([{ id: ack.message.id }]);
  });
});
