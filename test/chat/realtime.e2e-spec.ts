import type { Socket } from 'socket.io-client';
import { ChatRateLimiter, DEFAULT_CHAT_EVENT_LIMIT } from '../../src/chat/chat-rate-limiter';
import { Message } from '../../src/chat/message.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, Cast, createActor, createCast } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
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

describe('chat socket: handshake, membership, disconnects', () => {
  let t: TestApp;
  let cast: Cast;
  let channelId: string;
  const sockets: Socket[] = [];
  const open = async (actor: Actor) => {
    const s = await connect(t, actor.token);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    channelId = await createChannel(t, cast.municipal.token, 'Lage');
    await invite(t, cast.municipal.token, channelId, [cast.provider.member.id]);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(() => t.close());

  describe('handshake', () => {
    it('refuses a socket without a token', async () => {
      await expect(connect(t, null)).rejects.toMatchObject({
        message: 'Anmeldung erforderlich.',
        data: { code: 'UNAUTHENTICATED' },
      });
    });

    it('refuses an invalid token and a disabled member’s token', async () => {
      await expect(connect(t, 'not-a-token')).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED' },
      });
      await expect(connect(t, cast.disabled.token)).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED' },
      });
    });

    it('refuses an Origin that is not on the allowlist, accepts the allowed one', async () => {
      await expect(
        connect(t, cast.municipal.token, { origin: 'https://evil.example' }),
      ).rejects.toBeTruthy();
      const ok = await connect(t, cast.municipal.token);
      sockets.push(ok);
      expect(ok.connected).toBe(true);
    });
  });

  it('runs the PolicyGuard for socket events (a member who still has to set up TOTP is refused)', async () => {
    const pending = await createActor(t, OrganisationKind.CERT, { totp: false });
    const s = await open(pending);
    const ack = await emitAck(s, 'channel:join', { channelId });
    expect(ack.error?.code).toBe('FORBIDDEN');
  });

  it('a non-member cannot join the room, cannot send, and receives none of its messages', async () => {
    const member = await open(cast.municipal);
    const outsider = await open(cast.cert);
    expect((await emitAck(member, 'channel:join', { channelId })).error).toBeUndefined();
    const got = record(outsider, 'message:new');

    const join = await emitAck(outsider, 'channel:join', { channelId, afterChangeSeq: 0 });
    expect(join.error?.code).toBe('NOT_FOUND');
    const before = await t.db.getRepository(Message).countBy({ channelId });
    const send = await emitAck(outsider, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'hallo',
    });
    expect(send.error?.code).toBe('NOT_FOUND');
    expect(await t.db.getRepository(Message).countBy({ channelId })).toBe(before);
    // A typing event for a room it is not in is refused too.
    expect((await emitAck(outsider, 'typing', { channelId })).error?.code).toBe('NOT_FOUND');

    const sent = await emitAck(member, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'nur für Mitglieder',
    });
    expect(sent.message.seq).toBeGreaterThan(0);
    await flush(outsider);
    await flush(member);
    expect(got).toEqual([]);
  });

  it('acknowledges with the stored message and then broadcasts it to the other members', async () => {
    const a = await open(cast.municipal);
    const b = await open(cast.provider);
    await emitAck(a, 'channel:join', { channelId });
    await emitAck(b, 'channel:join', { channelId });
    const incoming = nextEvent(b, 'message:new');
    const id = clientId();
    const ack = await emitAck(a, 'message:send', {
      channelId,
      clientMessageId: id,
      body: 'Patch ist eingespielt',
    });
    const stored = await t.db
      .getRepository(Message)
      .findOneByOrFail({ channelId, clientMessageId: id });
    expect(ack.message).toMatchObject({
      id: stored.id,
      seq: stored.seq,
      body: 'Patch ist eingespielt',
      senderId: cast.municipal.member.id,
    });
    expect(await incoming).toMatchObject({ id: stored.id, seq: stored.seq });

    // A retry with the same client id returns the stored message, nothing new is written.
    const retry = await emitAck(a, 'message:send', {
      channelId,
      clientMessageId: id,
      body: 'Patch ist eingespielt',
    });
    expect(retry.message.id).toBe(stored.id);
    expect(await t.db.getRepository(Message).countBy({ channelId, clientMessageId: id })).toBe(1);
  });

  it('keeps client message ids per sender: another member cannot claim an id first', async () => {
    const victim = await open(cast.municipal);
    const other = await open(cast.provider);
    const id = clientId();
    const [before] = await t.db.query('SELECT last_seq FROM channels WHERE id = $1', [channelId]);
    // The other member sends first with the id the victim's client is about to use.
    const squatted = await emitAck(other, 'message:send', {
      channelId,
      clientMessageId: id,
      body: 'zuerst',
    });
    expect(squatted.error).toBeUndefined();
    const own = await emitAck(victim, 'message:send', {
      channelId,
      clientMessageId: id,
      body: 'meine Nachricht',
    });
    expect(own.error).toBeUndefined();
    expect(own.message).toMatchObject({
      senderId: cast.municipal.member.id,
      body: 'meine Nachricht',
      seq: before.last_seq + 2,
    });
    expect(own.message.id).not.toBe(squatted.message.id);
    // Retries of each stay idempotent and answer each sender's own message.
    for (const [socket, sent] of [
      [victim, own],
      [other, squatted],
    ] as const) {
      const retry = await emitAck(socket, 'message:send', {
        channelId,
        clientMessageId: id,
        body: 'egal',
      });
      expect(retry.message).toEqual(sent.message);
    }
    // Over GraphQL too.
    const gqlRetry = await t.gql(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id body } }`,
      { input: { channelId, clientMessageId: id, body: 'egal' } },
      cast.municipal.token,
    );
    expect(gqlRetry.data.sendMessage).toEqual({ id: own.message.id, body: 'meine Nachricht' });
    const stored = await t.db.getRepository(Message).findBy({ channelId, clientMessageId: id });
    expect(stored.map((m) => m.seq).sort()).toEqual([before.last_seq + 1, before.last_seq + 2]);
    const [after] = await t.db.query('SELECT last_seq FROM channels WHERE id = $1', [channelId]);
    expect(after.last_seq).toBe(before.last_seq + 2);
  });

  it('catch-up after a reconnect returns new messages, edits and deletes since the cursor, in change order', async () => {
    const a = await open(cast.municipal);
    const m1 = (
      await emitAck(a, 'message:send', { channelId, clientMessageId: clientId(), body: 'eins' })
    ).message;
    const m2 = (
      await emitAck(a, 'message:send', { channelId, clientMessageId: clientId(), body: 'zwei' })
    ).message;
    // The other member was away since m2; meanwhile m1 is edited, m2 deleted and m3 sent.
    const cursor = m2.changeSeq;
    const edited = (
      await emitAck(a, 'message:edit', { messageId: m1.id, body: 'eins (korrigiert)' })
    ).message;
    const deleted = (await emitAck(a, 'message:delete', { messageId: m2.id })).message;
    const m3 = (
      await emitAck(a, 'message:send', { channelId, clientMessageId: clientId(), body: 'drei' })
    ).message;
    expect([edited.changeSeq, deleted.changeSeq, m3.changeSeq]).toEqual([
      cursor + 1,
      cursor + 2,
      cursor + 3,
    ]);

    const b = await open(cast.municipalOrgAdmin);
    // Not a member yet: no catch-up either.
    expect(
      (await emitAck(b, 'channel:catchup', { channelId, afterChangeSeq: 0 })).error?.code,
    ).toBe('NOT_FOUND');
    await invite(t, cast.municipal.token, channelId, [cast.municipalOrgAdmin.member.id]);
    const ack = await emitAck(b, 'channel:join', { channelId, afterChangeSeq: cursor });
    expect(ack.hasMore).toBe(false);
    expect(ack.lastChangeSeq).toBe(m3.changeSeq);
    expect(ack.messages.map((m: any) => [m.id, m.body, m.deletedAt !== null])).toEqual([
      [m1.id, 'eins (korrigiert)', false],
      [m2.id, null, true],
      [m3.id, 'drei', false],
    ]);
    const page = await emitAck(b, 'channel:catchup', { channelId, afterChangeSeq: cursor + 2 });
    expect(page.messages.map((m: any) => m.id)).toEqual([m3.id]);
  });

  it('relays typing and presence to the other sockets in the room only', async () => {
    const extraMember = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: cast.municipal.organisation,
    });
    await invite(t, cast.municipal.token, channelId, [extraMember.member.id]);
    const a = await open(cast.municipal);
    const b = await open(extraMember);
    const outsider = await open(cast.cert);
    await emitAck(a, 'channel:join', { channelId });
    await emitAck(b, 'channel:join', { channelId });
    const seenByOutsider = record(outsider, 'typing');
    const typing = nextEvent(b, 'typing');
    expect((await emitAck(a, 'typing', { channelId })).ok).toBe(true);
    expect(await typing).toEqual({
      channelId,
      memberId: cast.municipal.member.id,
      displayName: cast.municipal.member.displayName,
    });
    const away = nextEvent(b, 'presence');
    await emitAck(a, 'presence', { status: 'away' });
    expect(await away).toEqual({ memberId: cast.municipal.member.id, status: 'away' });
    expect((await emitAck(a, 'presence', { status: 'invisible' })).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });
    const query = await emitAck(outsider, 'presence:query', {
      memberIds: [cast.municipal.member.id, cast.moderator.member.id],
    });
    expect(query.statuses).toEqual({
      [cast.municipal.member.id]: 'away',
      [cast.moderator.member.id]: 'offline',
    });
    await flush(outsider);
    expect(seenByOutsider).toEqual([]);
  });

  it('a removed member stops receiving at once and is told so', async () => {
    const extra = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: cast.municipal.organisation,
    });
    await invite(t, cast.municipal.token, channelId, [extra.member.id]);
    const admin = await open(cast.municipal);
    const removed = await open(extra);
    await emitAck(admin, 'channel:join', { channelId });
    expect((await emitAck(removed, 'channel:join', { channelId })).error).toBeUndefined();
    const got = record(removed, 'message:new');
    const told = nextEvent(removed, 'channel:removed');

    const res = await t.gql(
      `mutation($c: ID!, $m: ID!) { removeFromChannel(channelId: $c, memberId: $m) { id } }`,
      { c: channelId, m: extra.member.id },
      cast.municipal.token,
    );
    expect(res.errors).toBeUndefined();
    expect(await told).toEqual({ channelId });
    await emitAck(admin, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: 'nach der Entfernung',
    });
    await flush(removed);
    expect(got).toEqual([]);
    expect((await emitAck(removed, 'channel:join', { channelId })).error?.code).toBe('NOT_FOUND');
  });

  it('closes a disabled member’s socket', async () => {
    const victim = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: cast.municipal.organisation,
    });
    const s = await open(victim);
    const closed = disconnected(s);
    const res = await t.gql(
      `mutation($id: ID!) { disableMember(memberId: $id) { id status } }`,
      { id: victim.member.id },
      cast.admin.token,
    );
    expect(res.data.disableMember.status).toBe('DISABLED');
    expect(await closed).toBe('io server disconnect');
  });

  it('closes the socket of a session that logs out', async () => {
    const s = await open(cast.provider);
    const closed = disconnected(s);
    const res = await t.gql(`mutation { logout }`, {}, cast.provider.token);
    expect(res.data.logout).toBe(true);
    expect(await closed).toBe('io server disconnect');
    await expect(connect(t, cast.provider.token)).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
  });

  it('pushes notifications (a mention) to the mentioned member’s sockets', async () => {
    const other = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: cast.municipal.organisation,
    });
    await invite(t, cast.municipal.token, channelId, [other.member.id]);
    const s = await open(other);
    const pushed = nextEvent(s, 'notification');
    const sender = await open(cast.municipal);
    await emitAck(sender, 'message:send', {
      channelId,
      clientMessageId: clientId(),
      body: `Bitte prüfen @${other.member.handle}`,
    });
    expect(await pushed).toMatchObject({ kind: 'MENTION', targetType: 'chat_message' });
  });

  describe('bad input over the socket writes nothing', () => {
    let s: Socket;
    beforeEach(async () => {
      s = await open(cast.municipal);
    });
    const count = () => t.db.getRepository(Message).countBy({ channelId });

    it.each([
      ['empty body', { body: '   ' }, 'BAD_USER_INPUT', 'body'],
      ['oversized body', { body: 'x'.repeat(16 * 1024 + 1) }, 'BAD_USER_INPUT', 'body'],
      ['missing body', { body: undefined }, 'BAD_USER_INPUT', 'body'],
      [
        'bad client id',
        { clientMessageId: 'no spaces allowed' },
        'BAD_USER_INPUT',
        'clientMessageId',
      ],
      [
        'unknown channel',
        { channelId: '00000000-0000-4000-8000-000000000000' },
        'NOT_FOUND',
        undefined,
      ],
      ['malformed channel id', { channelId: 'nope' }, 'BAD_USER_INPUT', 'channelId'],
    ])('%s', async (_name, override, code, field) => {
      const before = await count();
      const ack = await emitAck(s, 'message:send', {
        channelId,
        clientMessageId: clientId(),
        body: 'ok',
        ...override,
      });
      expect(ack.error).toMatchObject({ code, ...(field ? { field } : {}) });
      expect(await count()).toBe(before);
    });

    it('answers malformed packets and unknown events without crashing', async () => {
      for (const payload of [null, 'text', 42, [1, 2], { channelId: { $ne: 1 } }]) {
        expect((await emitAck(s, 'message:send', payload)).error?.code).toBe('BAD_USER_INPUT');
      }
      expect((await emitAck(s, 'no-such-event', {})).error).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'event',
      });
      // Fire-and-forget without an ack, then prove the server still answers.
      s.emit('message:send', { garbage: true });
      s.emit('channel:join');
      expect((await emitAck(s, 'channel:join', { channelId })).error).toBeUndefined();
    });

    it('refuses a packet above the 64 KB socket limit by closing that socket only', async () => {
      const closed = disconnected(s);
      s.emit('message:send', {
        channelId,
        clientMessageId: clientId(),
        body: 'y'.repeat(70 * 1024),
      });
      await closed;
      const again = await open(cast.municipal);
      expect((await emitAck(again, 'channel:join', { channelId })).error).toBeUndefined();
    });
  });

  it('limits events per member with a RATE_LIMITED error event', async () => {
    const limiter = t.app.get(ChatRateLimiter);
    limiter.configure(5, 60);
    try {
      const s = await open(cast.municipalOrgAdmin);
      const errors = record(s, 'error');
      const acks = [];
      for (let i = 0; i < 6; i++) acks.push(await emitAck(s, 'presence', { status: 'online' }));
      expect(acks.slice(0, 5).every((a) => !a.error)).toBe(true);
      expect(acks[5].error).toMatchObject({ code: 'RATE_LIMITED' });
      expect(errors[0]).toMatchObject({ code: 'RATE_LIMITED', event: 'presence' });
      // Later events of the same wait get no answer (test/chat/socket-limits.e2e-spec.ts).
      await expect(emitAck(s, 'presence', { status: 'online' }, 300)).rejects.toBeTruthy();
      expect(errors).toHaveLength(1);
    } finally {
      limiter.configure(DEFAULT_CHAT_EVENT_LIMIT.points, DEFAULT_CHAT_EVENT_LIMIT.durationSeconds);
    }
  });

  it('the GraphQL sendMessage reaches socket members too', async () => {
    const s = await open(cast.municipal);
    await emitAck(s, 'channel:join', { channelId });
    const incoming = nextEvent(s, 'message:new');
    const outsider = await t.gql(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
      { input: { channelId, clientMessageId: clientId('gql'), body: 'von außen' } },
      cast.cert.token,
    );
    expect(errorCode(outsider)).toBe('NOT_FOUND');
    const own = await t.gql(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq body sender { id } } }`,
      { input: { channelId, clientMessageId: clientId('gql'), body: 'aus einer Integration' } },
      cast.municipal.token,
    );
    expect(own.data.sendMessage.sender.id).toBe(cast.municipal.member.id);
    expect(await incoming).toMatchObject({
      id: own.data.sendMessage.id,
      body: 'aus einer Integration',
    });
  });
});
