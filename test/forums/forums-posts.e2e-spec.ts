import { Notification } from '../../src/notifications/notification.entity';
import { POST_MAX_LENGTH } from '../../src/forums/post-content';
import { TOPIC_COUNT_CAP } from '../../src/forums/dto/forum.types';
import { createActor, createCast, Cast } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import {
  Categories,
  count,
  CREATE_POST,
  CREATE_TOPIC,
  createTopic,
  firstPostId,
  ok,
  reply,
  seedCategories,
} from './forum-helpers';

const TOPIC_PAGE = `query($id: ID!, $first: Int, $after: String) {
  forumTopic(id: $id) { id postCount unreadCount lastReadPostNumber locked
    posts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id postNumber raw html hidden editedAt replyToPostId
      author { id } reactions { kind count reactedByMe } quotedPost { postId postNumber excerpt author { id } } revisions { revision raw } } } } }`;

/** Every table a failed write could have touched; compared before and after. */
const TABLES = [
  'forum_topics',
  'forum_posts',
  'forum_post_revisions',
  'forum_reactions',
  'forum_read_states',
  'forum_topic_watches',
  'notifications',
  'forum_flags',
];
async function snapshot(t: TestApp) {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = await count(t, table);
  return out;
}

describe('forum topics and posts', () => {
  let t: TestApp;
  let cast: Cast;
  let cats: Categories;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    cats = await seedCategories(t);
  });
  afterAll(() => t.close());

  it('stores Markdown raw and sanitised HTML, keeps revisions on edit and removes the body on delete', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Patchstand',
      'Erster **Stand**',
    );
    const first = await firstPostId(t, cast.municipal.token, topic);
    const edited = ok(
      await t.gql(
        `mutation($id: ID!) { editForumPost(id: $id, body: "Zweiter _Stand_") { raw html editedAt } }`,
        { id: first },
        cast.municipal.token,
      ),
    ).editForumPost;
    expect(edited).toMatchObject({
      raw: 'Zweiter _Stand_',
      html: '<p>Zweiter <em>Stand</em></p>\n',
    });
    expect(edited.editedAt).not.toBeNull();
    ok(
      await t.gql(
        `mutation($id: ID!) { editForumPost(id: $id, body: "Dritter Stand") { id } }`,
        { id: first },
        cast.municipal.token,
      ),
    );
    const page = ok(await t.gql(TOPIC_PAGE, { id: topic }, cast.municipal.token)).forumTopic;
    expect(page.posts.nodes[0].revisions).toEqual([
      { revision: 1, raw: 'Erster **Stand**' },
      { revision: 2, raw: 'Zweiter _Stand_' },
    ]);
    // Revision history is for the author and moderators, not for every reader.
    const other = ok(await t.gql(TOPIC_PAGE, { id: topic }, cast.provider.token)).forumTopic;
    expect(other.posts.nodes[0].revisions).toEqual([]);
    const mod = ok(await t.gql(TOPIC_PAGE, { id: topic }, cast.moderator.token)).forumTopic;
    expect(mod.posts.nodes[0].revisions).toHaveLength(2);

    const second = await reply(t, cast.municipal.token, topic, 'Wird gelöscht');
    ok(
      await t.gql(
        `mutation($id: ID!) { deleteForumPost(id: $id) }`,
        { id: second.id },
        cast.municipal.token,
      ),
    );
    const [row] = await t.db.query(
      `SELECT raw, html, plain, deleted_at FROM forum_posts WHERE id = $1`,
      [second.id],
    );
    expect(row).toMatchObject({ raw: '', html: '', plain: '' });
    expect(row.deleted_at).not.toBeNull();
    const after = ok(await t.gql(TOPIC_PAGE, { id: topic }, cast.municipal.token)).forumTopic;
    expect(after.posts.nodes.map((n: { postNumber: number }) => n.postNumber)).toEqual([1]);
    expect(after.postCount).toBe(1);
  });

  it('replies to a post of the same topic and quotes a readable post', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Zitate',
      'Ursprung des Zitats',
    );
    const first = await firstPostId(t, cast.municipal.token, topic);
    const answer = await reply(t, cast.provider.token, topic, 'Stimmt', {
      replyToPostId: first,
      quotedPostId: first,
    });
    const page = ok(await t.gql(TOPIC_PAGE, { id: topic }, cast.cert.token)).forumTopic;
    const node = page.posts.nodes.find((n: { id: string }) => n.id === answer.id);
    expect(node.replyToPostId).toBe(first);
    expect(node.quotedPost).toEqual({
      postId: first,
      postNumber: 1,
      excerpt: 'Ursprung des Zitats',
      author: { id: cast.municipal.member.id },
    });
    // replyTo must be in the same topic.
    const elsewhere = await createTopic(t, cast.municipal.token, cats.general.id, 'Anderes Thema');
    const before = await snapshot(t);
    const bad = await t.gql(
      CREATE_POST,
      { input: { topicId: elsewhere, body: 'x', replyToPostId: first } },
      cast.municipal.token,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'replyToPostId',
    });
    expect(await snapshot(t)).toEqual(before);
  });

  it('paginates posts ascending by post number with a keyset cursor', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Viele Beiträge',
      'Beitrag 1',
    );
    for (let i = 2; i <= 7; i++) await reply(t, cast.municipal.token, topic, `Beitrag ${i}`);
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(
        await t.gql(TOPIC_PAGE, { id: topic, first: 3, after }, cast.provider.token),
      ).forumTopic.posts;
      expect(page.totalCount).toBe(7);
      seen.push(...page.nodes.map((n: { postNumber: number }) => n.postNumber));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(errorCode(await t.gql(TOPIC_PAGE, { id: topic, first: 101 }, cast.provider.token))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('stores clean HTML for hostile Markdown sent through createForumTopic', async () => {
    const corpus = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg onload=alert(1)><script>alert(1)</script></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      '<a href="javascript:alert(1)">klick</a>',
      '[x](javascript:alert(1))',
      '[x](jav&#x09;ascript:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<form action="https://evil.example/"><button formaction="javascript:alert(1)">x</button></form>',
      '<a href="https://ok.example" onmouseover="alert(1)">ok</a>',
    ];
    for (const [i, payload] of corpus.entries()) {
      const id = await createTopic(t, cast.municipal.token, cats.general.id, `XSS ${i}`, payload);
      const [row] = await t.db.query(
        `SELECT p.raw, p.html FROM forum_posts p WHERE p.topic_id = $1`,
        [id],
      );
      expect(row.raw).toBe(payload);
      const html: string = row.html;
      expect(html).not.toMatch(/<script|<img|<svg|<math|<iframe|<form|<button|<style|<noscript/i);
      expect(html).not.toMatch(/<[^>]*\s(on[a-z]+|style|src|srcdoc|formaction|action)\s*=/i);
      expect(html).not.toMatch(/href\s*=\s*"?\s*(javascript|data):/i);
      for (const [tag] of html.matchAll(/<a\b[^>]*>/gi))
        expect(tag).toBe('<a href="https://ok.example" rel="nofollow noopener noreferrer">');
    }
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const topic = await createTopic(t, cast.municipal.token, cats.general.id, 'Für Fehler');
    const first = await firstPostId(t, cast.municipal.token, topic);
    ok(
      await t.gql(
        `mutation($id: ID!) { reactToForumPost(postId: $id, kind: THANKS) { id } }`,
        { id: first },
        cast.provider.token,
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { lockForumTopic(topicId: $id) { locked } }`,
        { id: topic },
        cast.moderator.token,
      ),
    );
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [string, string, Record<string, unknown>, string, string | undefined, string][] = [
      [
        'empty title',
        CREATE_TOPIC,
        { input: { categoryId: cats.general.id, title: '   ', body: 'Text' } },
        'BAD_USER_INPUT',
        'title',
        'Titel',
      ],
      [
        'empty body',
        CREATE_TOPIC,
        { input: { categoryId: cats.general.id, title: 'Titel', body: ' \n ' } },
        'BAD_USER_INPUT',
        'body',
        'leer',
      ],
      [
        'oversized body',
        CREATE_TOPIC,
        {
          input: {
            categoryId: cats.general.id,
            title: 'Titel',
            body: 'x'.repeat(POST_MAX_LENGTH + 1),
          },
        },
        'BAD_USER_INPUT',
        'body',
        'zu lang',
      ],
      [
        'oversized title',
        CREATE_TOPIC,
        { input: { categoryId: cats.general.id, title: 'T'.repeat(201), body: 'Text' } },
        'BAD_USER_INPUT',
        'title',
        '',
      ],
      [
        'unknown category',
        CREATE_TOPIC,
        { input: { categoryId: unknown, title: 'Titel', body: 'Text' } },
        'NOT_FOUND',
        undefined,
        'Kategorie',
      ],
      [
        'reply to locked topic',
        CREATE_POST,
        { input: { topicId: topic, body: 'Noch was' } },
        'CONFLICT',
        'topicId',
        'gesperrt',
      ],
      [
        'oversized reply',
        CREATE_POST,
        { input: { topicId: topic, body: 'ü'.repeat(POST_MAX_LENGTH + 1) } },
        'BAD_USER_INPUT',
        'body',
        'zu lang',
      ],
      [
        'reacting twice',
        `mutation($id: ID!) { reactToForumPost(postId: $id, kind: THANKS) { id } }`,
        { id: first },
        'CONFLICT',
        'kind',
        'bereits',
      ],
      [
        'invalid id',
        `mutation($id: ID!) { reactToForumPost(postId: $id, kind: THANKS) { id } }`,
        { id: 'nope' },
        'BAD_USER_INPUT',
        'postId',
        '',
      ],
    ];
    for (const [name, query, vars, code, field, text] of cases) {
      const before = await snapshot(t);
      // The reaction cases run as the provider, who reacted above; the rest as the municipal author.
      const token =
        name === 'reacting twice' || name === 'invalid id'
          ? cast.provider.token
          : cast.municipal.token;
      const r = await t.gql(query, vars, token);
      expect({
        name,
        code: r.errors?.[0].extensions?.code,
        field: r.errors?.[0].extensions?.field,
      }).toEqual({ name, code, field });
      expect(r.errors?.[0].message).toContain(text);
      expect({ name, tables: await snapshot(t) }).toEqual({ name, tables: before });
    }
    // Unreact works once, then the reaction is gone.
    ok(
      await t.gql(
        `mutation($id: ID!) { unreactToForumPost(postId: $id, kind: THANKS) { id } }`,
        { id: first },
        cast.provider.token,
      ),
    );
    expect(
      errorCode(
        await t.gql(
          `mutation($id: ID!) { unreactToForumPost(postId: $id, kind: THANKS) { id } }`,
          { id: first },
          cast.provider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('summarises reactions per kind with the caller’s own marked', async () => {
    const topic = await createTopic(t, cast.municipal.token, cats.general.id, 'Reaktionen');
    const first = await firstPostId(t, cast.municipal.token, topic);
    for (const [actor, kind] of [
      [cast.provider, 'LIKE'],
      [cast.cert, 'LIKE'],
      [cast.cert, 'IMPORTANT'],
      [cast.municipal, 'AGREE'],
    ] as const) {
      ok(
        await t.gql(
          `mutation($id: ID!, $k: ForumReactionKind!) { reactToForumPost(postId: $id, kind: $k) { id } }`,
          { id: first, k: kind },
          actor.token,
        ),
      );
    }
    const page = ok(await t.gql(TOPIC_PAGE, { id: topic }, cast.cert.token)).forumTopic;
    expect(page.posts.nodes[0].reactions).toEqual([
      { kind: 'LIKE', count: 2, reactedByMe: true },
      { kind: 'AGREE', count: 1, reactedByMe: false },
      { kind: 'IMPORTANT', count: 1, reactedByMe: true },
    ]);
  });

  it('notifies mentioned members and watchers only when they can read the topic', async () => {
    const watcherMunicipal = await createActor(t, OrganisationKind.MUNICIPALITY);
    const watcherProvider = await createActor(t, OrganisationKind.IT_PROVIDER);
    const mutedOnTopic = await createActor(t, OrganisationKind.MUNICIPALITY);
    ok(
      await t.gql(
        `mutation($c: ID!) { watchForumCategory(categoryId: $c, level: WATCHING) { watchLevel } }`,
        { c: cats.municipal.id },
        watcherMunicipal.token,
      ),
    );
    ok(
      await t.gql(
        `mutation($c: ID!) { watchForumCategory(categoryId: $c, level: WATCHING) { watchLevel } }`,
        { c: cats.municipal.id },
        mutedOnTopic.token,
      ),
    );
    ok(
      await t.gql(
        `mutation($c: ID!) { watchForumCategory(categoryId: $c, level: WATCHING) { watchLevel } }`,
        { c: cats.general.id },
        watcherProvider.token,
      ),
    );
    // Only the notifications of this scenario count.
    await t.db.query('DELETE FROM notifications');
    const body = `Hallo @${cast.provider.member.handle} und @${cast.municipalOrgAdmin.member.handle} und @${cast.moderator.member.handle} und @niemand`;
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.municipal.id,
      'Nur Kommunen',
      body,
    );
    const notes = async (memberId: string) =>
      (await t.db.getRepository(Notification).findBy({ memberId })).map((n) => n.kind).sort();
    expect(await notes(cast.provider.member.id)).toEqual([]);
    expect(await notes(cast.municipalOrgAdmin.member.id)).toEqual(['MENTION']);
    expect(await notes(cast.moderator.member.id)).toEqual(['MENTION']);
    expect(await notes(watcherMunicipal.member.id)).toEqual(['NEW_POST']);
    expect(await notes(watcherProvider.member.id)).toEqual([]);
    expect(await notes(cast.municipal.member.id)).toEqual([]);
    // Topic-level MUTED overrides the category's WATCHING; the topic creator watches their topic.
    ok(
      await t.gql(
        `mutation($id: ID!) { watchForumTopic(topicId: $id, level: MUTED) { watchLevel } }`,
        { id: topic },
        mutedOnTopic.token,
      ),
    );
    await reply(t, cast.municipalOrgAdmin.token, topic, 'Antwort ohne Erwähnung');
    expect(await notes(mutedOnTopic.member.id)).toEqual(['NEW_POST']);
    expect(await notes(watcherMunicipal.member.id)).toEqual(['NEW_POST', 'NEW_POST']);
    expect(await notes(cast.municipal.member.id)).toEqual(['NEW_POST']);
    expect(await notes(watcherProvider.member.id)).toEqual([]);
    // An edit notifies only members it newly mentions (and only readers).
    const first = await firstPostId(t, cast.municipal.token, topic);
    const late = await createActor(t, OrganisationKind.MUNICIPALITY);
    ok(
      await t.gql(
        `mutation($id: ID!, $b: String!) { editForumPost(id: $id, body: $b) { id } }`,
        { id: first, b: `${body} und @${late.member.handle} und @${cast.cert.member.handle}` },
        cast.municipal.token,
      ),
    );
    expect(await notes(late.member.id)).toEqual(['MENTION']);
    expect(await notes(cast.municipalOrgAdmin.member.id)).toEqual(['MENTION']);
    expect(await notes(cast.cert.member.id)).toEqual([]);
    expect(await notes(watcherMunicipal.member.id)).toEqual(['NEW_POST', 'NEW_POST']);
    // A general topic reaches the provider watcher.
    await createTopic(t, cast.municipal.token, cats.general.id, 'Für alle');
    expect(await notes(watcherProvider.member.id)).toEqual(['NEW_POST']);
  });

  it('keeps unread counts per topic and per category equal to what the lists show', async () => {
    const reader = await createActor(t, OrganisationKind.MUNICIPALITY);
    const cat = ok(
      await t.gql(
        `mutation { createForumCategory(input: { name: "Lesestand", readKinds: [MUNICIPALITY], postKinds: [MUNICIPALITY] }) { id } }`,
        {},
        cast.admin.token,
      ),
    ).createForumCategory.id;
    const a = await createTopic(t, cast.municipal.token, cat, 'A', 'a1');
    const b = await createTopic(t, cast.municipal.token, cat, 'B', 'b1');
    await reply(t, cast.municipal.token, a, 'a2');
    const hiddenReply = await reply(t, cast.municipal.token, a, 'a3');
    await reply(t, cast.municipal.token, b, 'b2');
    ok(
      await t.gql(
        `mutation($id: ID!) { hideForumPost(postId: $id) { id } }`,
        { id: hiddenReply.id },
        cast.moderator.token,
      ),
    );
    const state = async () => {
      const data = ok(
        await t.gql(
          `query($c: ID!) { forumCategory(id: $c) { topicCount unreadTopicCount } forumTopics(categoryId: $c) { nodes { id unreadCount lastReadPostNumber postCount posts { nodes { postNumber } } } } }`,
          { c: cat },
          reader.token,
        ),
      );
      // What the list shows: visible posts after the read position.
      for (const n of data.forumTopics.nodes) {
        const shownUnread = n.posts.nodes.filter(
          (p: { postNumber: number }) => p.postNumber > n.lastReadPostNumber,
        ).length;
        expect(n.unreadCount).toBe(shownUnread);
        expect(n.postCount).toBe(n.posts.nodes.length);
      }
      expect(data.forumCategory.unreadTopicCount).toBe(
        data.forumTopics.nodes.filter((n: { unreadCount: number }) => n.unreadCount > 0).length,
      );
      return Object.fromEntries(
        data.forumTopics.nodes.map((n: { id: string; unreadCount: number }) => [
          n.id === a ? 'a' : 'b',
          n.unreadCount,
        ]),
      );
    };
    expect(await state()).toEqual({ a: 2, b: 2 });
    ok(
      await t.gql(
        `mutation($id: ID!) { markForumTopicRead(topicId: $id, postNumber: 1) { unreadCount } }`,
        { id: a },
        reader.token,
      ),
    );
    expect(await state()).toEqual({ a: 1, b: 2 });
    // The hidden post 3 does not count: reading up to 2 leaves nothing unread in A.
    const marked = ok(
      await t.gql(
        `mutation($id: ID!) { markForumTopicRead(topicId: $id, postNumber: 2) { unreadCount lastReadPostNumber } }`,
        { id: a },
        reader.token,
      ),
    );
    expect(marked.markForumTopicRead).toEqual({ unreadCount: 0, lastReadPostNumber: 2 });
    // Never backwards; beyond the end is clamped.
    ok(
      await t.gql(
        `mutation($id: ID!) { markForumTopicRead(topicId: $id, postNumber: 1) { id } }`,
        { id: a },
        reader.token,
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { markForumTopicRead(topicId: $id, postNumber: 999) { id } }`,
        { id: b },
        reader.token,
      ),
    );
    expect(await state()).toEqual({ a: 0, b: 0 });
    const [{ n }] = await t.db.query(
      `SELECT last_read_post_number AS n FROM forum_read_states WHERE member_id = $1 AND topic_id = $2`,
      [reader.member.id, b],
    );
    expect(n).toBe(2);
    await reply(t, cast.municipal.token, b, 'b3');
    expect(await state()).toEqual({ a: 0, b: 1 });
    expect(
      errorCode(
        await t.gql(
          `mutation($id: ID!) { markForumTopicRead(topicId: $id, postNumber: 0) { id } }`,
          { id: a },
          reader.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('lists latest topics across categories, pinned first within a category, and a member’s topics', async () => {
    const author = await createActor(t, OrganisationKind.MUNICIPALITY);
    const cat = ok(
      await t.gql(
        `mutation { createForumCategory(input: { name: "Listen", readKinds: [MUNICIPALITY, IT_PROVIDER], postKinds: [MUNICIPALITY] }) { id } }`,
        {},
        cast.admin.token,
      ),
    ).createForumCategory.id;
    const ids: string[] = [];
    for (let i = 1; i <= 4; i++) ids.push(await createTopic(t, author.token, cat, `Liste ${i}`));
    const hidden = await createTopic(t, author.token, cats.municipal.id, 'Nur Kommunen von Autor');
    ok(
      await t.gql(
        `mutation($id: ID!) { pinForumTopic(topicId: $id) { pinned } }`,
        { id: ids[0] },
        cast.moderator.token,
      ),
    );
    await reply(t, author.token, ids[1], 'frisch');
    const walk = async (vars: Record<string, unknown>, token: string) => {
      const out: string[] = [];
      let after: string | null = null;
      let total: number;
      for (;;) {
        const page: any = ok(
          await t.gql(
            `query($c: ID, $a: ID, $after: String) { forumTopics(categoryId: $c, authorId: $a, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
            { ...vars, after },
            token,
          ),
        ).forumTopics;
        total = page.totalCount;
        out.push(...page.nodes.map((n: { id: string }) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(out).toHaveLength(total);
      return out;
    };
    expect(await walk({ c: cat }, cast.provider.token)).toEqual([ids[0], ids[1], ids[3], ids[2]]);
    expect(await walk({ a: author.member.id }, cast.municipal.token)).toEqual([
      ids[1],
      hidden,
      ids[3],
      ids[2],
      ids[0],
    ]);
    expect(await walk({ a: author.member.id }, cast.provider.token)).toEqual([
      ids[1],
      ids[3],
      ids[2],
      ids[0],
    ]);
  });

  it('counts a topic list up to 1,000 (totalCountIsExact) and only what the caller may read', async () => {
    expect(TOPIC_COUNT_CAP).toBe(1000);
    const cat = ok(
      await t.gql(
        `mutation { createForumCategory(input: { name: "Viele Themen", readKinds: [IT_PROVIDER], postKinds: [IT_PROVIDER] }) { id } }`,
        {},
        cast.admin.token,
      ),
    ).createForumCategory.id;
    // Real rows, written in one statement (the API would take a request per topic).
    const insert = (from: number, to: number) =>
      t.db.query(
        `INSERT INTO forum_topics (category_id, author_id, title, last_post_at)
         SELECT $1, $2, 'Massenthema ' || i, now() - i * interval '1 second' FROM generate_series($3::int, $4::int) i`,
        [cat, cast.provider.member.id, from, to],
      );
    const LIST = `query($c: ID, $after: String) { forumTopics(categoryId: $c, first: 100, after: $after) { totalCount totalCountIsExact pageInfo { endCursor } nodes { id } } }`;
    const list = async (token: string, c: string | null = cat, after: string | null = null) =>
      ok(await t.gql(LIST, { c, after }, token)).forumTopics;
    try {
      await insert(1, 999);
      expect(await list(cast.provider.token)).toMatchObject({
        totalCount: 999,
        totalCountIsExact: true,
      });
      await insert(1000, 1000);
      expect(await list(cast.provider.token)).toMatchObject({
        totalCount: 1000,
        totalCountIsExact: true,
      });
      await insert(1001, 1001);
      const capped = await list(cast.provider.token);
      expect(capped).toMatchObject({ totalCount: 1000, totalCountIsExact: false });
      // A deeper page says the same of the whole list, and so does the latest list across categories.
      expect(await list(cast.provider.token, cat, capped.pageInfo.endCursor)).toMatchObject({
        totalCount: 1000,
        totalCountIsExact: false,
      });
      expect(await list(cast.provider.token, null)).toMatchObject({
        totalCount: 1000,
        totalCountIsExact: false,
      });
      // Selecting only the flag (or neither) works as well.
      expect(
        ok(await t.gql(`{ forumTopics(first: 1) { totalCountIsExact } }`, {}, cast.provider.token))
          .forumTopics.totalCountIsExact,
      ).toBe(false);
      expect(
        ok(await t.gql(`{ forumTopics(first: 1) { nodes { id } } }`, {}, cast.provider.token))
          .forumTopics.nodes,
      ).toHaveLength(1);
      // The 1,001 topics are outside a municipal member's audience: not counted, not listed.
      expect(errorCode(await t.gql(LIST, { c: cat, after: null }, cast.municipal.token))).toBe(
        'NOT_FOUND',
      );
      const mine = await list(cast.municipal.token, null);
      expect(mine.totalCountIsExact).toBe(true);
      expect(mine.totalCount).toBe(mine.nodes.length);
      expect(mine.nodes.length).toBeLessThan(100);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM forum_topics WHERE category_id = $1 AND id = ANY($2::uuid[])`,
        [cat, mine.nodes.map((x: { id: string }) => x.id)],
      );
      expect(n).toBe(0);
    } finally {
      await t.db.query('DELETE FROM forum_topics WHERE category_id = $1', [cat]);
    }
  });

  it('numbers concurrent replies without gaps or duplicates', async () => {
    const topic = await createTopic(t, cast.municipal.token, cats.general.id, 'Gleichzeitig');
    const actors = [cast.municipal, cast.municipalOrgAdmin, cast.provider, cast.cert];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        reply(t, actors[i % actors.length].token, topic, `Parallel ${i}`),
      ),
    );
    expect(results.map((r) => r.postNumber).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 2),
    );
    const [{ last }] = await t.db.query(
      `SELECT last_post_number AS last FROM forum_topics WHERE id = $1`,
      [topic],
    );
    expect(last).toBe(13);
  });

  it('resolves the category of listed topics in one batch, with the viewer’s figures', async () => {
    const r = ok(
      await t.gql(
        `{ forumTopics(first: 50) { nodes { categoryId category { id name canPost } } } }`,
        {},
        cast.provider.token,
      ),
    ).forumTopics;
    expect(r.nodes.length).toBeGreaterThan(1);
    for (const n of r.nodes) expect(n.category.id).toBe(n.categoryId);
    const general = r.nodes.find((n: { categoryId: string }) => n.categoryId === cats.general.id);
    expect(general.category).toEqual({ id: cats.general.id, name: 'Allgemein', canPost: true });
  });

  it('leaves muted categories and topics out of the latest list only', async () => {
    const reader = await createActor(t, OrganisationKind.MUNICIPALITY);
    const cat = ok(
      await t.gql(
        `mutation { createForumCategory(input: { name: "Stumm", readKinds: [MUNICIPALITY], postKinds: [MUNICIPALITY] }) { id } }`,
        {},
        cast.admin.token,
      ),
    ).createForumCategory.id;
    const inMuted = await createTopic(t, cast.municipal.token, cat, 'In stummer Kategorie');
    const mutedTopic = await createTopic(t, cast.municipal.token, cats.general.id, 'Stummes Thema');
    const latest = async () => {
      const r = ok(
        await t.gql(`{ forumTopics(first: 100) { totalCount nodes { id } } }`, {}, reader.token),
      ).forumTopics;
      expect(r.totalCount).toBe(r.nodes.length);
      return r.nodes.map((n: { id: string }) => n.id);
    };
    expect(await latest()).toEqual(expect.arrayContaining([inMuted, mutedTopic]));
    ok(
      await t.gql(
        `mutation($c: ID!) { watchForumCategory(categoryId: $c, level: MUTED) { watchLevel } }`,
        { c: cat },
        reader.token,
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { watchForumTopic(topicId: $id, level: MUTED) { watchLevel } }`,
        { id: mutedTopic },
        reader.token,
      ),
    );
    const after = await latest();
    expect(after).not.toContain(inMuted);
    expect(after).not.toContain(mutedTopic);
    const inCategory = ok(
      await t.gql(
        `query($c: ID!) { forumTopics(categoryId: $c) { nodes { id watchLevel } } }`,
        { c: cat },
        reader.token,
      ),
    ).forumTopics.nodes;
    expect(inCategory.map((n: { id: string }) => n.id)).toEqual([inMuted]);
  });
});
