import type { Socket } from 'socket.io-client';
import type { QueryRunner } from 'typeorm';
import { ChatRateLimiter } from '../../src/chat/chat-rate-limiter';
import { Channel } from '../../src/chat/channel.entity';
import { Message } from '../../src/chat/message.entity';
import { MessageMention } from '../../src/chat/message-mention.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { clientId, connect, createChannel, disconnected, emitAck, invite } from './chat-client';
import { countStatements } from '../helpers/count-statements';

jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The send path in one statement (src/chat/send-statement.ts) against the real-time contract:
 * gapless unique seqs under concurrency, idempotent retries that consume no seq (also when the
 * duplicates race), membership and the live session checked on every send.
 */
describe('message:send under concurrency', () => {
  let t: TestApp;
  let owner: Actor;
  let members: Actor[];
  const sockets: Socket[] = [];
  const open = async (actor: Actor) => {
    const s = await connect(t, actor.token);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    // No mail worker: its sends (of the mention mails below) would be counted among the statements.
    t = await startTestApp({ env: { MAIL_WORKER: 'false' } });
    t.app.get(ChatRateLimiter).configure(100_000, 1);
    owner = await createActor(t, OrganisationKind.MUNICIPALITY);
    members = await Promise.all(
      Array.from({ length: 5 }, () => createActor(t, OrganisationKind.MUNICIPALITY)),
    );
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(() => t.close());

  async function channelWithMembers(name: string): Promise<string> {
    const id = await createChannel(t, owner.token, name);
    await invite(
      t,
      owner.token,
      id,
      members.map((m) => m.member.id),
    );
    return id;
  }
  /**
   * A write whose NOTIFY (DatabaseSignals) this instance does not hear, as when the signal has not
   * arrived yet: the triggers are off for this one transaction (replica role), so the send
   * statement's own check is what must refuse.
   */
  const writeUnsignalled = (sql: string, params: unknown[]) =>
    t.db.transaction(async (m) => {
      await m.query('SET LOCAL session_replication_role = replica');
      await m.query(sql, params);
    });
  const stored = (channelId: string) =>
    t.db.getRepository(Message).find({ where: { channelId }, order: { seq: 'ASC' } });
  const counters = (channelId: string) =>
    t.db.getRepository(Channel).findOneByOrFail({ id: channelId });

  /** Holds the channel row lock the way a concurrent writer (e.g. a member removal) does. */
  async function lockChannel(channelId: string): Promise<QueryRunner> {
    const qr = t.db.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    await qr.query('SELECT 1 FROM channels WHERE id = $1 FOR UPDATE', [channelId]);
    return qr;
  }

  /** Waits until `n` send statements are blocked on a lock (ordering, not timing). */
  async function sendsWaitingOnLock(n: number): Promise<void> {
    for (let i = 0; i < 500; i++) {
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO messages%'`,
      );
      if (count >= n) return;
      await sleep(20);
    }
    throw new Error(`fewer than ${n} sends waiting on the channel lock`);
  }

  it('concurrent sends from several members get unique, gapless seqs and change numbers', async () => {
    const channelId = await channelWithMembers('Gleichzeitig');
    const senders = await Promise.all(members.map(open));
    const acks = await Promise.all(
      senders.flatMap((s, n) =>
        Array.from({ length: 12 }, (_, i) =>
          emitAck(s, 'message:send', {
            channelId,
            clientMessageId: `p${n}-${i}`,
            body: `Meldung ${i} von ${n}`,
          }),
        ),
      ),
    );
    expect(acks.filter((a) => a.error)).toEqual([]);
    const rows = await stored(channelId);
    expect(rows).toHaveLength(60);
    expect(rows.map((m) => m.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(rows.map((m) => m.changeSeq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
    expect(await counters(channelId)).toMatchObject({ lastSeq: 60, lastChangeSeq: 60 });
    // Every ack is the stored row.
    const byClientId = new Map(rows.map((m) => [m.clientMessageId, m]));
    for (const a of acks)
      expect({ id: a.message.id, seq: a.message.seq }).toEqual({
        id: byClientId.get(a.message.clientMessageId)!.id,
        seq: byClientId.get(a.message.clientMessageId)!.seq,
      });
  });

  it('a retry returns the stored message and consumes no seq; another member’s same id is their own message', async () => {
    const channelId = await channelWithMembers('Wiederholung');
    const [a, b] = await Promise.all([open(members[0]), open(members[1])]);
    const first = await emitAck(a, 'message:send', {
      channelId,
      clientMessageId: 'same-id',
      body: 'Einmal',
    });
    const retry = await emitAck(a, 'message:send', {
      channelId,
      clientMessageId: 'same-id',
      body: 'Einmal (nochmal)',
    });
    expect(retry.message).toEqual(first.message);
    const foreign = await emitAck(b, 'message:send', {
      channelId,
      clientMessageId: 'same-id',
      body: 'Fremd',
    });
    // Client ids are unique per sender: b's message is its own, a's stays untouched.
    expect(foreign.message).toMatchObject({
      seq: 2,
      body: 'Fremd',
      senderId: members[1].member.id,
    });
    const again = await emitAck(a, 'message:send', {
      channelId,
      clientMessageId: 'same-id',
      body: 'Einmal (dritter Versuch)',
    });
    expect(again.message).toEqual(first.message);
    const next = await emitAck(a, 'message:send', {
      channelId,
      clientMessageId: 'other-id',
      body: 'Zweite',
    });
    expect(next.message.seq).toBe(3);
    expect(await counters(channelId)).toMatchObject({ lastSeq: 3, lastChangeSeq: 3 });
  });

  it('duplicates of one client id racing for the channel lock store one message and consume one seq', async () => {
    const channelId = await channelWithMembers('Doppelt');
    const [a, a2] = await Promise.all([open(members[0]), open(members[0])]);
    const lock = await lockChannel(channelId);
    // All five read "no such client id" before the first one can write it (they wait on the lock).
    const pending = [a, a, a2, a2, a].map((s) =>
      emitAck(
        s,
        'message:send',
        { channelId, clientMessageId: 'race-id', body: 'Gleichzeitig' },
        20_000,
      ),
    );
    await sendsWaitingOnLock(5);
    await lock.rollbackTransaction();
    await lock.release();
    const acks = await Promise.all(pending);
    expect(acks.filter((x) => x.error)).toEqual([]);
    expect(new Set(acks.map((x) => x.message.id)).size).toBe(1);
    expect(acks.every((x) => x.message.seq === 1)).toBe(true);
    expect(await stored(channelId)).toHaveLength(1);
    expect(await counters(channelId)).toMatchObject({ lastSeq: 1, lastChangeSeq: 1 });
    const next = await emitAck(a, 'message:send', {
      channelId,
      clientMessageId: 'after-race',
      body: 'Danach',
    });
    expect(next.message.seq).toBe(2);
  });

  it('a non-member cannot send, and a member removed while the send waits for the lock cannot either', async () => {
    const channelId = await channelWithMembers('Nur Mitglieder');
    const outsider = await createActor(t, OrganisationKind.MUNICIPALITY);
    const denied = await emitAck(await open(outsider), 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'Hallo?',
    });
    expect(denied.error?.code).toBe('NOT_FOUND');

    const leaving = await open(members[2]);
    const lock = await lockChannel(channelId);
    // The removal as channels.service does it: channel row lock first, then the membership row.
    await lock.query('DELETE FROM channel_members WHERE channel_id = $1 AND member_id = $2', [
      channelId,
      members[2].member.id,
    ]);
    const pending = emitAck(
      leaving,
      'message:send',
      { channelId, clientMessageId: clientId(), body: 'Zu spät' },
      20_000,
    );
    await sendsWaitingOnLock(1);
    await lock.commitTransaction();
    await lock.release();
    expect((await pending).error?.code).toBe('NOT_FOUND');
    expect(await stored(channelId)).toEqual([]);
    expect(await counters(channelId)).toMatchObject({ lastSeq: 0, lastChangeSeq: 0 });
  });

  it('a revoked session cannot send even before its socket was closed, and the socket is closed then', async () => {
    const channelId = await channelWithMembers('Sitzung');
    const victim = await createActor(t, OrganisationKind.MUNICIPALITY);
    await invite(t, owner.token, channelId, [victim.member.id]);
    const s = await open(victim);
    expect(
      (
        await emitAck(s, 'message:send', {
          channelId,
          clientMessageId: clientId(),
          body: 'Noch gültig',
        })
      ).error,
    ).toBeUndefined();
    // Revoked in the database without the in-process event: as when another instance revoked it
    // and its disconnect has not arrived here yet.
    await writeUnsignalled('UPDATE sessions SET revoked_at = now() WHERE id = $1', [
      victim.sessionId,
    ]);
    const closed = disconnected(s);
    const ack = await emitAck(s, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'Nicht mehr',
    });
    expect(ack.error?.code).toBe('UNAUTHENTICATED');
    expect(await closed).toBe('io server disconnect');
    expect(await stored(channelId)).toHaveLength(1);
    expect(await counters(channelId)).toMatchObject({ lastSeq: 1 });
  });

  it('a disabled member cannot send on a socket that is still open', async () => {
    const channelId = await channelWithMembers('Gesperrt');
    const victim = await createActor(t, OrganisationKind.MUNICIPALITY);
    await invite(t, owner.token, channelId, [victim.member.id]);
    const s = await open(victim);
    await writeUnsignalled(`UPDATE members SET status = 'DISABLED' WHERE id = $1`, [
      victim.member.id,
    ]);
    const ack = await emitAck(s, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'Gesperrt',
    });
    expect(ack.error?.code).toBe('UNAUTHENTICATED');
    expect(await stored(channelId)).toEqual([]);
  });

  it('a send is one statement; with a mention the message, mention rows and notifications commit together', async () => {
    const channelId = await channelWithMembers('Zählung');
    const s = await open(members[0]);
    await emitAck(s, 'message:send', { channelId, clientMessageId: clientId(), body: 'Aufwärmen' });
    const plain = await countStatements(() =>
      emitAck(s, 'message:send', {
        channelId,
        clientMessageId: clientId(),
        body: 'Ohne Erwähnung',
      }),
    );
    expect(plain.result.error).toBeUndefined();
    expect(plain.statements).toHaveLength(1);
    expect(plain.statements[0]).toMatch(/^WITH live AS/);

    const outsider = await createActor(t, OrganisationKind.MUNICIPALITY);
    const body = `Bitte @${members[1].member.handle} und @${outsider.member.handle} ansehen`;
    const mention = await countStatements(() =>
      emitAck(s, 'message:send', { channelId, clientMessageId: clientId(), body }),
    );
    expect(mention.result.error).toBeUndefined();
    expect(mention.statements).toEqual([
      'START TRANSACTION',
      expect.stringMatching(/^WITH live AS/),
      expect.stringMatching(/^INSERT INTO "notifications"/),
      // The mention's e-mail, enqueued in the same transaction (src/mail/content): is the channel
      // an incident room (TLP:RED), who is the recipient (address, key, preferences), the outbox row.
      expect.stringMatching(/^SELECT c\.id::text AS id FROM channels c/),
      expect.stringMatching(/^SELECT m\.id, m\.email/),
      expect.stringMatching(/^INSERT INTO mail_outbox/),
      'COMMIT',
    ]);
    const id = mention.result.message.id;
    // Channel members only: the outsider is neither mentioned nor notified.
    expect(
      (await t.db.getRepository(MessageMention).findBy({ messageId: id })).map((m) => [
        m.memberId,
        m.seq,
      ]),
    ).toEqual([[members[1].member.id, 3]]);
    const notified = await t.db.query(
      `SELECT member_id, kind, body FROM notifications WHERE target_id = $1`,
      [id],
    );
    expect(notified).toEqual([{ member_id: members[1].member.id, kind: 'MENTION', body }]);
  });

  it('a reply to a reply joins the root thread; an unknown root writes nothing', async () => {
    const channelId = await channelWithMembers('Faden');
    const s = await open(members[0]);
    const root = await emitAck(s, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'Wurzel',
    });
    const reply = await emitAck(s, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'Antwort',
      threadRootId: root.message.id,
    });
    const nested = await emitAck(s, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'Antwort auf Antwort',
      threadRootId: reply.message.id,
    });
    expect(reply.message.threadRootId).toBe(root.message.id);
    expect(nested.message.threadRootId).toBe(root.message.id);
    const unknown = await emitAck(s, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'Ins Leere',
      threadRootId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threadRootId' });
    expect(await counters(channelId)).toMatchObject({ lastSeq: 3 });
  });
});
