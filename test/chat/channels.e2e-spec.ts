import { Channel } from '../../src/chat/channel.entity';
import { ChannelMember } from '../../src/chat/channel-member.entity';
import { Message } from '../../src/chat/message.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { MemberStatus } from '../../src/members/member.enums';
import { Cast, createActor, createCast, Role, ROLES, tokenOf } from '../helpers/factories';
import { errorCode, GqlResult, startTestApp, TestApp } from '../helpers/test-app';
import { CHANNEL_FIELDS, clientId, createChannel, invite } from './chat-client';

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq changeSeq body } }`;
const outcome = (r: GqlResult) => (r.errors ? errorCode(r) : 'OK');

/** Runs an operation as every role and returns role -> OK or the error code. */
async function matrix(
  run: (role: Role) => Promise<GqlResult>,
): Promise<Record<string, string | null>> {
  const result: Record<string, string | null> = {};
  for (const role of ROLES) result[role] = outcome(await run(role));
  return result;
}

describe('chat over GraphQL', () => {
  let t: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  const send = (
    token: string,
    channelId: string,
    body: string,
    extra: Record<string, unknown> = {},
  ) => t.gql(SEND, { input: { channelId, clientMessageId: clientId(), body, ...extra } }, token);

  describe('role matrix', () => {
    it('createChannel: every active member', async () => {
      const r = await matrix((role) =>
        t.gql(
          `mutation { createChannel(input: { kind: PRIVATE, name: "Kanal" }) { id myRole } }`,
          {},
          tokenOf(cast, role),
        ),
      );
      expect(r).toEqual({
        anonymous: 'UNAUTHENTICATED',
        municipal: 'OK',
        municipalOrgAdmin: 'OK',
        provider: 'OK',
        cert: 'OK',
        moderator: 'OK',
        admin: 'OK',
        disabled: 'UNAUTHENTICATED',
      });
    });

    it('renameChannel (PRIVATE): the channel admin only; a plain member is refused, outsiders see nothing', async () => {
      const id = await createChannel(t, cast.municipal.token, 'Privat');
      await invite(t, cast.municipal.token, id, [cast.provider.member.id]);
      const r = await matrix((role) =>
        t.gql(
          `mutation($id: ID!) { renameChannel(input: { channelId: $id, name: "Neu" }) { name } }`,
          { id },
          tokenOf(cast, role),
        ),
      );
      expect(r).toEqual({
        anonymous: 'UNAUTHENTICATED',
        municipal: 'OK',
        municipalOrgAdmin: 'NOT_FOUND',
        provider: 'FORBIDDEN',
        cert: 'NOT_FOUND',
        moderator: 'NOT_FOUND',
        admin: 'NOT_FOUND',
        disabled: 'UNAUTHENTICATED',
      });
    });

    it('archiveChannel (PUBLIC): the channel admin, moderators and admins', async () => {
      const r = await matrix(async (role) => {
        const id = await createChannel(t, cast.municipal.token, `Öffentlich ${role}`, 'PUBLIC');
        return t.gql(
          `mutation($id: ID!) { archiveChannel(channelId: $id) { archivedAt } }`,
          { id },
          tokenOf(cast, role),
        );
      });
      expect(r).toEqual({
        anonymous: 'UNAUTHENTICATED',
        municipal: 'OK',
        municipalOrgAdmin: 'FORBIDDEN',
        provider: 'FORBIDDEN',
        cert: 'FORBIDDEN',
        moderator: 'OK',
        admin: 'OK',
        disabled: 'UNAUTHENTICATED',
      });
    });

    it('inviteToChannel (PRIVATE): the channel admin only', async () => {
      const id = await createChannel(t, cast.municipal.token, 'Einladung');
      await invite(t, cast.municipal.token, id, [cast.provider.member.id]);
      const target = await createActor(t, OrganisationKind.MUNICIPALITY);
      const r = await matrix((role) =>
        t.gql(
          `mutation($id: ID!, $m: [ID!]!) { inviteToChannel(input: { channelId: $id, memberIds: $m }) { id } }`,
          { id, m: [target.member.id] },
          tokenOf(cast, role),
        ),
      );
      expect(r).toEqual({
        anonymous: 'UNAUTHENTICATED',
        municipal: 'OK',
        municipalOrgAdmin: 'NOT_FOUND',
        provider: 'FORBIDDEN',
        cert: 'NOT_FOUND',
        moderator: 'NOT_FOUND',
        admin: 'NOT_FOUND',
        disabled: 'UNAUTHENTICATED',
      });
    });

    it('removeFromChannel (PRIVATE): the channel admin only', async () => {
      const r = await matrix(async (role) => {
        const id = await createChannel(t, cast.municipal.token, 'Entfernen');
        const target = await createActor(t, OrganisationKind.MUNICIPALITY);
        await invite(t, cast.municipal.token, id, [cast.provider.member.id, target.member.id]);
        return t.gql(
          `mutation($id: ID!, $m: ID!) { removeFromChannel(channelId: $id, memberId: $m) { id } }`,
          { id, m: target.member.id },
          tokenOf(cast, role),
        );
      });
      expect(r).toEqual({
        anonymous: 'UNAUTHENTICATED',
        municipal: 'OK',
        municipalOrgAdmin: 'NOT_FOUND',
        provider: 'FORBIDDEN',
        cert: 'NOT_FOUND',
        moderator: 'NOT_FOUND',
        admin: 'NOT_FOUND',
        disabled: 'UNAUTHENTICATED',
      });
    });

    it('messages and sendMessage (PRIVATE): channel members only', async () => {
      const id = await createChannel(t, cast.municipal.token, 'Lesen');
      await invite(t, cast.municipal.token, id, [cast.provider.member.id]);
      const read = await matrix((role) =>
        t.gql(
          `query($id: ID!) { messages(channelId: $id) { nodes { id } } }`,
          { id },
          tokenOf(cast, role),
        ),
      );
      const members = {
        anonymous: 'UNAUTHENTICATED',
        municipal: 'OK',
        municipalOrgAdmin: 'NOT_FOUND',
        provider: 'OK',
        cert: 'NOT_FOUND',
        moderator: 'NOT_FOUND',
        admin: 'NOT_FOUND',
        disabled: 'UNAUTHENTICATED',
      };
      expect(read).toEqual(members);
      const write = await matrix((role) =>
        t.gql(
          SEND,
          { input: { channelId: id, clientMessageId: clientId(), body: 'x' } },
          tokenOf(cast, role),
        ),
      );
      expect(write).toEqual(members);
      expect(await t.db.getRepository(Message).countBy({ channelId: id })).toBe(2);
    });

    it('joinPublicChannel: every active member; a PRIVATE channel looks missing', async () => {
      const pub = await createChannel(t, cast.municipal.token, 'Offen', 'PUBLIC');
      const r = await matrix((role) =>
        t.gql(
          `mutation($id: ID!) { joinPublicChannel(channelId: $id) { myRole } }`,
          { id: pub },
          tokenOf(cast, role),
        ),
      );
      expect(r).toEqual({
        anonymous: 'UNAUTHENTICATED',
        municipal: 'OK',
        municipalOrgAdmin: 'OK',
        provider: 'OK',
        cert: 'OK',
        moderator: 'OK',
        admin: 'OK',
        disabled: 'UNAUTHENTICATED',
      });
      const priv = await createChannel(t, cast.municipal.token, 'Zu');
      expect(
        errorCode(
          await t.gql(
            `mutation($id: ID!) { joinPublicChannel(channelId: $id) { id } }`,
            { id: priv },
            cast.cert.token,
          ),
        ),
      ).toBe('NOT_FOUND');
    });
  });

  describe('bad input gets a clear error and writes nothing', () => {
    let channelId: string;
    beforeAll(async () => {
      channelId = await createChannel(t, cast.municipal.token, 'Eingaben');
    });
    const count = () => t.db.getRepository(Message).countBy({ channelId });

    it.each([
      ['empty message', { body: '  \n ' }, 'body'],
      ['oversized message', { body: 'ä'.repeat(8 * 1024 + 1) }, 'body'],
      ['bad client id', { clientMessageId: 'mit leerzeichen' }, 'clientMessageId'],
      [
        'unknown thread root',
        { threadRootId: '00000000-0000-4000-8000-000000000000' },
        'threadRootId',
      ],
    ])('%s', async (_name, override, field) => {
      const before = await count();
      const res = await t.gql(
        SEND,
        { input: { channelId, clientMessageId: clientId(), body: 'ok', ...override } },
        cast.municipal.token,
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count()).toBe(before);
    });

    it('unknown channel', async () => {
      const res = await send(cast.municipal.token, '00000000-0000-4000-8000-000000000000', 'hallo');
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(
        await t.db
          .getRepository(Message)
          .countBy({ channelId: '00000000-0000-4000-8000-000000000000' }),
      ).toBe(0);
    });

    it('an archived channel refuses new messages (an earlier message’s retry still answers)', async () => {
      const id = await createChannel(t, cast.municipal.token, 'Archiv');
      const cid = clientId();
      const first = await t.gql(
        SEND,
        { input: { channelId: id, clientMessageId: cid, body: 'vorher' } },
        cast.municipal.token,
      );
      await t.gql(
        `mutation($id: ID!) { archiveChannel(channelId: $id) { id } }`,
        { id },
        cast.municipal.token,
      );
      const res = await send(cast.municipal.token, id, 'nachher');
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringContaining('archiviert'),
        extensions: { code: 'CONFLICT' },
      });
      const retry = await t.gql(
        SEND,
        { input: { channelId: id, clientMessageId: cid, body: 'vorher' } },
        cast.municipal.token,
      );
      expect(retry.data.sendMessage.id).toBe(first.data.sendMessage.id);
      expect(await t.db.getRepository(Message).countBy({ channelId: id })).toBe(1);
    });

    it('createChannel: empty name, long name, kind DIRECT', async () => {
      const before = await t.db.getRepository(Channel).count();
      for (const [input, field] of [
        [{ kind: 'PRIVATE', name: '   ' }, 'name'],
        [{ kind: 'PRIVATE', name: 'x'.repeat(81) }, 'name'],
        [{ kind: 'DIRECT', name: 'dm' }, 'kind'],
      ] as const) {
        const res = await t.gql(
          `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`,
          { input },
          cast.municipal.token,
        );
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await t.db.getRepository(Channel).count()).toBe(before);
    });

    it('openDirectChannel: too many members, a disabled member', async () => {
      const before = await t.db.getRepository(Channel).count();
      const many = await Promise.all(
        Array.from({ length: 8 }, () => createActor(t, OrganisationKind.MUNICIPALITY)),
      );
      const tooMany = await t.gql(
        `mutation($m: [ID!]!) { openDirectChannel(memberIds: $m) { id } }`,
        { m: many.map((a) => a.member.id) },
        cast.municipal.token,
      );
      expect(tooMany.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'memberIds',
      });
      const disabled = await t.gql(
        `mutation($m: [ID!]!) { openDirectChannel(memberIds: $m) { id } }`,
        { m: [cast.disabled.member.id] },
        cast.municipal.token,
      );
      expect(disabled.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'memberIds',
      });
      expect(await t.db.getRepository(Channel).count()).toBe(before);
    });
  });

  it('one DIRECT channel per set of members, visible to those members only', async () => {
    const open = (token: string, ids: string[]) =>
      t.gql(
        `mutation($m: [ID!]!) { openDirectChannel(memberIds: $m) { id kind name members { memberId } } }`,
        { m: ids },
        token,
      );
    const first = await open(cast.municipal.token, [cast.provider.member.id]);
    const again = await open(cast.municipal.token, [
      cast.provider.member.id,
      cast.provider.member.id,
    ]);
    const fromOther = await open(cast.provider.token, [cast.municipal.member.id]);
    expect(first.data.openDirectChannel.kind).toBe('DIRECT');
    expect(again.data.openDirectChannel.id).toBe(first.data.openDirectChannel.id);
    expect(fromOther.data.openDirectChannel.id).toBe(first.data.openDirectChannel.id);
    expect(
      first.data.openDirectChannel.members.map((m: { memberId: string }) => m.memberId).sort(),
    ).toEqual([cast.municipal.member.id, cast.provider.member.id].sort());
    const three = await open(cast.municipal.token, [cast.provider.member.id, cast.cert.member.id]);
    expect(three.data.openDirectChannel.id).not.toBe(first.data.openDirectChannel.id);
    expect(
      errorCode(
        await t.gql(
          `query($id: ID!) { channel(id: $id) { id } }`,
          { id: first.data.openDirectChannel.id },
          cast.cert.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('history pages by sequence in both directions', async () => {
    const id = await createChannel(t, cast.municipal.token, 'Verlauf');
    for (let i = 1; i <= 7; i++) await send(cast.municipal.token, id, `m${i}`);
    const page = async (args: string) => {
      const res = await t.gql(
        `query($id: ID!) { messages(channelId: $id, ${args}) { nodes { seq body } hasMore } }`,
        { id },
        cast.municipal.token,
      );
      return {
        seqs: res.data.messages.nodes.map((n: { seq: number }) => n.seq),
        hasMore: res.data.messages.hasMore,
      };
    };
    expect(await page('first: 3')).toEqual({ seqs: [5, 6, 7], hasMore: true });
    expect(await page('first: 3, before: 5')).toEqual({ seqs: [2, 3, 4], hasMore: true });
    expect(await page('first: 3, before: 2')).toEqual({ seqs: [1], hasMore: false });
    expect(await page('first: 3, after: 0')).toEqual({ seqs: [1, 2, 3], hasMore: true });
    expect(await page('first: 3, after: 6')).toEqual({ seqs: [7], hasMore: false });
    expect(
      errorCode(
        await t.gql(
          `query($id: ID!) { messages(channelId: $id, first: 101) { hasMore } }`,
          { id },
          cast.municipal.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('unread and mention counts match the history; mentions notify channel members only', async () => {
    const id = await createChannel(t, cast.municipal.token, 'Zählen');
    await invite(t, cast.municipal.token, id, [cast.provider.member.id]);
    const outsider = cast.cert.member;
    const notes = (memberId: string) =>
      t.db.getRepository(Notification).countBy({ memberId, kind: 'MENTION' });
    const outsiderBefore = await notes(outsider.id);
    await send(cast.municipal.token, id, 'eins');
    const mention = await send(
      cast.municipal.token,
      id,
      `zwei @${cast.provider.member.handle} und @${outsider.handle}`,
    );
    const three = await send(cast.municipal.token, id, 'drei');
    await send(cast.provider.token, id, 'eigene Nachricht zählt nicht');
    const view = async () =>
      (
        await t.gql(`query { channels { ${CHANNEL_FIELDS} } }`, {}, cast.provider.token)
      ).data.channels.find((c: { id: string }) => c.id === id);
    const unreadInHistory = async (after: number) => {
      const res = await t.gql(
        `query($id: ID!, $after: Int) { messages(channelId: $id, after: $after, first: 100) { nodes { senderId deletedAt } } }`,
        { id, after },
        cast.provider.token,
      );
      return res.data.messages.nodes.filter(
        (n: { senderId: string; deletedAt: string | null }) =>
          n.senderId !== cast.provider.member.id && !n.deletedAt,
      ).length;
    };
    expect(await view()).toMatchObject({ unreadCount: 3, mentionCount: 1, lastReadSeq: 0 });
    expect((await view()).unreadCount).toBe(await unreadInHistory(0));
    expect(await notes(cast.provider.member.id)).toBe(1);
    expect(await notes(outsider.id)).toBe(outsiderBefore);

    // Deleting a message takes it out of both counts.
    await t.gql(
      `mutation($m: ID!) { deleteMessage(messageId: $m) { body deletedAt } }`,
      { m: mention.data.sendMessage.id },
      cast.municipal.token,
    );
    expect(await view()).toMatchObject({ unreadCount: 2, mentionCount: 0 });
    expect((await view()).unreadCount).toBe(await unreadInHistory(0));

    const read = await t.gql(
      `mutation($id: ID!, $seq: Int!) { markChannelRead(channelId: $id, seq: $seq) { lastReadSeq unreadCount mentionCount } }`,
      { id, seq: three.data.sendMessage.seq },
      cast.provider.token,
    );
    expect(read.data.markChannelRead).toEqual({
      lastReadSeq: three.data.sendMessage.seq,
      unreadCount: 0,
      mentionCount: 0,
    });
    // The marker never moves back and never past the last message.
    await t.gql(
      `mutation($id: ID!) { markChannelRead(channelId: $id, seq: 1) { id } }`,
      { id },
      cast.provider.token,
    );
    await t.gql(
      `mutation($id: ID!) { markChannelRead(channelId: $id, seq: 999) { id } }`,
      { id },
      cast.provider.token,
    );
    const membership = await t.db
      .getRepository(ChannelMember)
      .findOneByOrFail({ channelId: id, memberId: cast.provider.member.id });
    expect(membership.lastReadSeq).toBe(4);
  });

  it('edits and deletes by the author, reactions by members; each change gets the next change number', async () => {
    const id = await createChannel(t, cast.municipal.token, 'Ändern');
    await invite(t, cast.municipal.token, id, [cast.provider.member.id]);
    const sent = (await send(cast.municipal.token, id, 'Erstfassung')).data.sendMessage;
    const foreignEdit = await t.gql(
      `mutation($m: ID!) { editMessage(messageId: $m, body: "fremd") { id } }`,
      { m: sent.id },
      cast.provider.token,
    );
    expect(errorCode(foreignEdit)).toBe('FORBIDDEN');
    const edited = await t.gql(
      `mutation($m: ID!) { editMessage(messageId: $m, body: "Zweitfassung") { body editedAt changeSeq } }`,
      { m: sent.id },
      cast.municipal.token,
    );
    expect(edited.data.editMessage).toMatchObject({
      body: 'Zweitfassung',
      changeSeq: sent.changeSeq + 1,
    });
    const reacted = await t.gql(
      `mutation($m: ID!) { reactToMessage(messageId: $m, emoji: "👍") { changeSeq reactions { emoji count memberIds } } }`,
      { m: sent.id },
      cast.provider.token,
    );
    expect(reacted.data.reactToMessage).toEqual({
      changeSeq: sent.changeSeq + 2,
      reactions: [{ emoji: '👍', count: 1, memberIds: [cast.provider.member.id] }],
    });
    const reply = await send(cast.provider.token, id, 'Antwort', { threadRootId: sent.id });
    expect(reply.errors).toBeUndefined();
    const foreignDelete = await t.gql(
      `mutation($m: ID!) { deleteMessage(messageId: $m) { id } }`,
      { m: sent.id },
      cast.provider.token,
    );
    expect(errorCode(foreignDelete)).toBe('FORBIDDEN');
    const deleted = await t.gql(
      `mutation($m: ID!) { deleteMessage(messageId: $m) { body deletedAt reactions { emoji } } }`,
      { m: sent.id },
      cast.municipal.token,
    );
    expect(deleted.data.deleteMessage).toMatchObject({ body: null, reactions: [] });
    const row = await t.db.getRepository(Message).findOneByOrFail({ id: sent.id });
    expect(row.body).toBeNull();
    expect(row.deletedAt).not.toBeNull();
  });

  it('leaving a channel; a disabled invitee is refused', async () => {
    const id = await createChannel(t, cast.municipal.token, 'Kommen und Gehen', 'PUBLIC');
    await t.gql(
      `mutation($id: ID!) { joinPublicChannel(channelId: $id) { id } }`,
      { id },
      cast.provider.token,
    );
    expect(
      (
        await t.gql(
          `mutation($id: ID!) { leaveChannel(channelId: $id) }`,
          { id },
          cast.provider.token,
        )
      ).data.leaveChannel,
    ).toBe(true);
    expect(
      await t.db
        .getRepository(ChannelMember)
        .countBy({ channelId: id, memberId: cast.provider.member.id }),
    ).toBe(0);
    const res = await t.gql(
      `mutation($id: ID!, $m: [ID!]!) { inviteToChannel(input: { channelId: $id, memberIds: $m }) { id } }`,
      { id, m: [cast.disabled.member.id] },
      cast.municipal.token,
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'memberIds',
    });
    expect(cast.disabled.member.status).toBe(MemberStatus.DISABLED);
  });

  it('when the last admin leaves, the longest-standing member becomes admin', async () => {
    const id = await createChannel(t, cast.municipal.token, 'Übergabe');
    await invite(t, cast.municipal.token, id, [cast.provider.member.id]);
    await t.gql(
      `mutation($id: ID!) { leaveChannel(channelId: $id) }`,
      { id },
      cast.municipal.token,
    );
    const members = await t.db.getRepository(ChannelMember).findBy({ channelId: id });
    expect(members.map((m) => [m.memberId, m.role])).toEqual([[cast.provider.member.id, 'ADMIN']]);
  });
});
