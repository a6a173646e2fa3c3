import type { Principal } from '../../src/common/access/authenticated-member';
import { MessagesService } from '../../src/chat/messages.service';
import { MembersService } from '../../src/members/members.service';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { createChannel, invite } from './chat-client';
import { countStatements } from '../helpers/count-statements';

/** What bench/benchmarks/queries.js sends as CHAT_HISTORY, plus every sender and reaction field. */
const HISTORY = `query($channelId: ID!, $first: Int!) {
  messages(channelId: $channelId, first: $first) { hasMore nodes { id seq body createdAt senderId
    sender { id displayName handle position expertiseTags organisationRole status } reactions { emoji count memberIds } } } }`;

jest.setTimeout(60_000);

describe('chat history statement count', () => {
  let t: TestApp;
  let owner: Actor;
  let others: Actor[];

  beforeAll(async () => {
    t = await startTestApp();
    owner = await createActor(t, OrganisationKind.MUNICIPALITY);
    others = await Promise.all(
      [
        OrganisationKind.MUNICIPALITY,
        OrganisationKind.IT_PROVIDER,
        OrganisationKind.MUNICIPALITY,
      ].map((k) => createActor(t, k)),
    );
  });
  afterAll(() => t.close());

  /** A channel with `n` messages by four senders; most have reactions, some by several members. */
  async function channelWith(n: number): Promise<string> {
    const channelId = await createChannel(t, owner.token, `Verlauf ${n}`);
    await invite(
      t,
      owner.token,
      channelId,
      others.map((o) => o.member.id),
    );
    const senders = [owner, ...others];
    for (let i = 1; i <= n; i++) {
      const sender = senders[i % senders.length];
      const res = await t.gql(
        `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
        { input: { channelId, clientMessageId: `h${n}-${i}`, body: `Nachricht ${i}` } },
        sender.token,
      );
      const id = res.data.sendMessage.id;
      if (i % 3 !== 0)
        await t.db.query(
          `INSERT INTO message_reactions (message_id, member_id, emoji, created_at) VALUES ($1, $2, '👍', now() - interval '1 second'), ($1, $3, '👀', now())`,
          [id, owner.member.id, sender.member.id],
        );
      if (i % 4 === 0)
        await t.db.query(
          `INSERT INTO message_reactions (message_id, member_id, emoji) VALUES ($1, $2, '👍')`,
          [id, others[2].member.id],
        );
    }
    return channelId;
  }

  it('loads 5 and 50 messages with senders and reactions in the same number of statements, at most 3', async () => {
    const small = await channelWith(5);
    const large = await channelWith(50);
    const load = (channelId: string, first: number) =>
      countStatements(async () => {
        const res = await t.gql(HISTORY, { channelId, first }, others[0].token);
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        return res.data.messages;
      });
    const five = await load(small, 5);
    const fifty = await load(large, 50);
    expect(five.result.nodes).toHaveLength(5);
    expect(fifty.result.nodes).toHaveLength(50);
    expect(fifty.result.nodes.every((m: any) => m.sender?.id === m.senderId)).toBe(true);
    expect(fifty.result.nodes.filter((m: any) => m.reactions.length).length).toBeGreaterThan(30);
    // principal (PolicyGuard), channel + membership, page with senders and reactions.
    expect(five.statements).toHaveLength(3);
    expect(fifty.statements).toEqual(five.statements);
  });

  it('gives the same reactions as the per-message path and primes exactly what the MemberLoader loads', async () => {
    const channelId = await channelWith(12);
    const service = t.app.get(MessagesService);
    const viewer = { memberId: others[0].member.id } as Principal;
    const { nodes, senders } = await service.history(viewer, channelId, { first: 50 });
    // Reactions: the catch-up path (one reactions query for the page) must agree.
    const caughtUp = await service.catchUp(viewer, channelId, 0);
    expect(nodes.map((m) => [m.id, m.reactions])).toEqual(
      caughtUp.messages.map((m) => [m.id, m.reactions]),
    );
    expect(nodes[0].reactions).toEqual([
      { emoji: '👍', count: 1, memberIds: [owner.member.id] },
      { emoji: '👀', count: 1, memberIds: [others[0].member.id] },
    ]);
    // Senders: the same Member entities the loader's batch function returns.
    const ids = [...new Set(nodes.map((m) => m.senderId))];
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const unique = [...new Map(senders.map((s) => [s.id, s])).values()];
    expect(byId(unique)).toStrictEqual(byId(await t.app.get(MembersService).byIds(ids)));
  });
});
