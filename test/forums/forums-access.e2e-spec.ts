import { Notification } from '../../src/notifications/notification.entity';
import { ForumCategoryWatch } from '../../src/forums/forum.entities';
import { WatchLevel } from '../../src/forums/forum.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor, createCast, Cast, Role } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import {
  Categories,
  CREATE_POST,
  CREATE_TOPIC,
  createTopic,
  firstPostId,
  matrix,
  ok,
  reply,
  seedCategories,
} from './forum-helpers';

/**
 * Role matrix for every forum operation, and the leak test: content of "Kommunen unter sich"
 * never reaches provider or CERT members through any path.
 */
describe('forum access', () => {
  let t: TestApp;
  let cast: Cast;
  let cats: Categories;
  let closedTopic: string;
  let closedPost: string;
  let generalTopic: string;
  const MARKER = `Geheimwort${Date.now().toString(36)}`;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    cats = await seedCategories(t);
    // A stale WATCHING row for a provider member (e.g. left over from an audience change) must not leak.
    await t.db.getRepository(ForumCategoryWatch).save({
      memberId: cast.provider.member.id,
      categoryId: cats.municipal.id,
      level: WatchLevel.WATCHING,
    });
    closedTopic = await createTopic(
      t,
      cast.municipal.token,
      cats.municipal.id,
      `Lage ${MARKER}`,
      `Vertraulich ${MARKER} @${cast.provider.member.handle} @${cast.cert.member.handle} @${cast.municipalOrgAdmin.member.handle}`,
    );
    closedPost = await firstPostId(t, cast.municipal.token, closedTopic);
    generalTopic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Offene Runde',
      'Für alle',
    );
  });
  afterAll(() => t.close());

  const READERS_OF_CLOSED: Record<Role, string> = {
    anonymous: 'UNAUTHENTICATED',
    municipal: 'ok',
    municipalOrgAdmin: 'ok',
    provider: 'NOT_FOUND',
    cert: 'NOT_FOUND',
    moderator: 'ok',
    admin: 'ok',
    disabled: 'UNAUTHENTICATED',
  };

  it('lists the categories each role may read', async () => {
    const seen: Record<string, string[] | string> = {};
    for (const [role, r] of Object.entries(
      await (async () => {
        const out: Record<string, any> = {};
        await matrix(
          cast,
          async (token, role) =>
            (out[role] = await t.gql(
              `{ forumCategories { totalCount nodes { name } } }`,
              {},
              token,
            )),
        );
        return out;
      })(),
    )) {
      seen[role] = r.errors
        ? r.errors[0].extensions.code
        : r.data.forumCategories.nodes.map((n: { name: string }) => n.name);
    }
    const all = ['Allgemein', 'Kommunen unter sich', 'Dienstleister', 'CERT-Lagebild'];
    expect(seen).toEqual({
      anonymous: 'UNAUTHENTICATED',
      municipal: ['Allgemein', 'Kommunen unter sich', 'CERT-Lagebild'],
      municipalOrgAdmin: ['Allgemein', 'Kommunen unter sich', 'CERT-Lagebild'],
      provider: ['Allgemein', 'Dienstleister', 'CERT-Lagebild'],
      cert: ['Allgemein', 'Dienstleister', 'CERT-Lagebild'],
      moderator: all,
      admin: all,
      disabled: 'UNAUTHENTICATED',
    });
  });

  it('reads a closed topic, its category and its post only within the audience', async () => {
    expect(
      await matrix(cast, (tok) =>
        t.gql(`query($id: ID!) { forumTopic(id: $id) { id title } }`, { id: closedTopic }, tok),
      ),
    ).toEqual(READERS_OF_CLOSED);
    expect(
      await matrix(cast, (tok) =>
        t.gql(`query($id: ID!) { forumPost(id: $id) { id } }`, { id: closedPost }, tok),
      ),
    ).toEqual(READERS_OF_CLOSED);
    expect(
      await matrix(cast, (tok) =>
        t.gql(`query($id: ID!) { forumCategory(id: $id) { id } }`, { id: cats.municipal.id }, tok),
      ),
    ).toEqual(READERS_OF_CLOSED);
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `query($id: ID!) { forumTopics(categoryId: $id) { totalCount } }`,
          { id: cats.municipal.id },
          tok,
        ),
      ),
    ).toEqual(READERS_OF_CLOSED);
  });

  it('starts topics only where the audience may post', async () => {
    const run = (categoryId: string) => (tok: string | null, role: Role) =>
      t.gql(CREATE_TOPIC, { input: { categoryId, title: `Neu ${role}`, body: 'Text' } }, tok);
    expect(await matrix(cast, run(cats.cert.id))).toEqual({
      anonymous: 'UNAUTHENTICATED',
      municipal: 'FORBIDDEN',
      municipalOrgAdmin: 'FORBIDDEN',
      provider: 'FORBIDDEN',
      cert: 'ok',
      moderator: 'FORBIDDEN',
      admin: 'ok',
      disabled: 'UNAUTHENTICATED',
    });
    // Staff read every category but post only where their organisation belongs (the CERT admin here).
    expect(await matrix(cast, run(cats.municipal.id))).toEqual({
      ...READERS_OF_CLOSED,
      admin: 'FORBIDDEN',
    });
    expect(await matrix(cast, run(cats.general.id))).toEqual({
      ...READERS_OF_CLOSED,
      provider: 'ok',
      cert: 'ok',
    });
  });

  it('replies, reacts, flags, marks read and watches only within the audience', async () => {
    const expected = { ...READERS_OF_CLOSED, admin: 'FORBIDDEN' };
    expect(
      await matrix(cast, (tok) =>
        t.gql(CREATE_POST, { input: { topicId: closedTopic, body: 'Antwort' } }, tok),
      ),
    ).toEqual(expected);
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `mutation($id: ID!) { reactToForumPost(postId: $id, kind: LIKE) { id } }`,
          { id: closedPost },
          tok,
        ),
      ),
    ).toEqual(READERS_OF_CLOSED);
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `mutation($id: ID!) { unreactToForumPost(postId: $id, kind: LIKE) { id } }`,
          { id: closedPost },
          tok,
        ),
      ),
    ).toEqual(READERS_OF_CLOSED);
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `mutation($id: ID!) { flagForumPost(input: { postId: $id, reason: SPAM }) { id } }`,
          { id: closedPost },
          tok,
        ),
      ),
    ).toEqual(READERS_OF_CLOSED);
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `mutation($id: ID!) { markForumTopicRead(topicId: $id, postNumber: 1) { id } }`,
          { id: closedTopic },
          tok,
        ),
      ),
    ).toEqual(READERS_OF_CLOSED);
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `mutation($id: ID!) { watchForumTopic(topicId: $id, level: WATCHING) { id } }`,
          { id: closedTopic },
          tok,
        ),
      ),
    ).toEqual(READERS_OF_CLOSED);
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `mutation($id: ID!) { watchForumCategory(categoryId: $id, level: TRACKING) { id } }`,
          { id: cats.municipal.id },
          tok,
        ),
      ),
    ).toEqual(READERS_OF_CLOSED);
  });

  it('lets only the author edit and delete a post', async () => {
    const own = await reply(t, cast.municipal.token, generalTopic, 'Mein Beitrag');
    const authorOnly = {
      anonymous: 'UNAUTHENTICATED',
      municipal: 'ok',
      municipalOrgAdmin: 'FORBIDDEN',
      provider: 'FORBIDDEN',
      cert: 'FORBIDDEN',
      moderator: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      disabled: 'UNAUTHENTICATED',
    };
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `mutation($id: ID!) { editForumPost(id: $id, body: "Geändert") { id } }`,
          { id: own.id },
          tok,
        ),
      ),
    ).toEqual(authorOnly);
    const closedOwn = await reply(t, cast.municipal.token, closedTopic, 'Zweiter');
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `mutation($id: ID!) { editForumPost(id: $id, body: "x") { id } }`,
          { id: closedOwn.id },
          tok,
        ),
      ),
    ).toEqual({ ...authorOnly, provider: 'NOT_FOUND', cert: 'NOT_FOUND' });
    // Delete last: after the author's delete every other role sees NOT_FOUND, so it runs for the others first.
    const others = await matrix(cast, (tok, role) =>
      role === 'municipal'
        ? Promise.resolve({ status: 200, data: {} })
        : t.gql(`mutation($id: ID!) { deleteForumPost(id: $id) }`, { id: own.id }, tok),
    );
    expect(others).toEqual(authorOnly);
    ok(
      await t.gql(
        `mutation($id: ID!) { deleteForumPost(id: $id) }`,
        { id: own.id },
        cast.municipal.token,
      ),
    );
    expect(
      await matrix(cast, (tok) =>
        t.gql(`query($id: ID!) { forumPost(id: $id) { id } }`, { id: own.id }, tok),
      ),
    ).toEqual({
      ...READERS_OF_CLOSED,
      municipal: 'NOT_FOUND',
      municipalOrgAdmin: 'NOT_FOUND',
      moderator: 'NOT_FOUND',
      admin: 'NOT_FOUND',
    });
  });

  it('reserves category administration for ADMINs and moderation for MODERATORs/ADMINs', async () => {
    const input = (role: Role) => ({
      name: `Kat ${role}`,
      readKinds: ['MUNICIPALITY'],
      postKinds: ['MUNICIPALITY'],
    });
    const adminsOnly = {
      anonymous: 'UNAUTHENTICATED',
      municipal: 'FORBIDDEN',
      municipalOrgAdmin: 'FORBIDDEN',
      provider: 'FORBIDDEN',
      cert: 'FORBIDDEN',
      moderator: 'FORBIDDEN',
      admin: 'ok',
      disabled: 'UNAUTHENTICATED',
    };
    expect(
      await matrix(cast, (tok, role) =>
        t.gql(
          `mutation($i: ForumCategoryInput!) { createForumCategory(input: $i) { id } }`,
          { i: input(role) },
          tok,
        ),
      ),
    ).toEqual(adminsOnly);
    expect(
      await matrix(cast, (tok, role) =>
        t.gql(
          `mutation($id: ID!, $i: ForumCategoryInput!) { updateForumCategory(id: $id, input: $i) { id } }`,
          {
            id: cats.providers.id,
            i: {
              name: `Dienstleister`,
              description: role,
              readKinds: ['IT_PROVIDER', 'CERT'],
              postKinds: ['IT_PROVIDER', 'CERT'],
            },
          },
          tok,
        ),
      ),
    ).toEqual(adminsOnly);
    const staff = { ...adminsOnly, moderator: 'ok' };
    expect(
      await matrix(cast, (tok) => t.gql(`{ forumFlagQueue { totalCount } }`, {}, tok)),
    ).toEqual(staff);
    // Toggles: each role tries; only the first successful staff call changes state, the second answers CONFLICT.
    const toggle = async (mutation: string, arg: string, id: string) =>
      matrix(cast, (tok) =>
        t.gql(`mutation($id: ID!) { ${mutation}(${arg}: $id) { id } }`, { id }, tok),
      );
    const staffThenConflict = { ...adminsOnly, moderator: 'ok', admin: 'CONFLICT' };
    expect(await toggle('hideForumPost', 'postId', closedPost)).toEqual(staffThenConflict);
    expect(await toggle('unhideForumPost', 'postId', closedPost)).toEqual(staffThenConflict);
    expect(await toggle('lockForumTopic', 'topicId', generalTopic)).toEqual(staffThenConflict);
    expect(await toggle('unlockForumTopic', 'topicId', generalTopic)).toEqual(staffThenConflict);
    expect(await toggle('pinForumTopic', 'topicId', generalTopic)).toEqual(staffThenConflict);
    expect(await toggle('unpinForumTopic', 'topicId', generalTopic)).toEqual(staffThenConflict);
    const flagged = await firstPostId(t, cast.municipal.token, generalTopic);
    ok(
      await t.gql(
        `mutation($id: ID!) { flagForumPost(input: { postId: $id, reason: OFF_TOPIC }) { id } }`,
        { id: flagged },
        cast.provider.token,
      ),
    );
    expect(
      await matrix(cast, (tok) =>
        t.gql(`mutation($id: ID!) { dismissForumFlags(postId: $id) }`, { id: flagged }, tok),
      ),
    ).toEqual({ ...adminsOnly, moderator: 'ok', admin: 'NOT_FOUND' });
    const moved = await createTopic(t, cast.municipal.token, cats.general.id, 'Wird verschoben');
    expect(
      await matrix(cast, (tok) =>
        t.gql(
          `mutation($id: ID!, $c: ID!) { moveForumTopic(topicId: $id, categoryId: $c) { id categoryId } }`,
          { id: moved, c: cats.municipal.id },
          tok,
        ),
      ),
    ).toEqual(staffThenConflict);
  });

  it('never shows the closed topic to provider or CERT members through any path', async () => {
    // A municipal member quotes the closed post in the open topic: outsiders see no quote.
    const quoting = await reply(t, cast.municipal.token, generalTopic, 'Siehe Zitat', {
      quotedPostId: closedPost,
    });
    // Outsiders cannot quote it themselves.
    const quoteTry = await t.gql(
      CREATE_POST,
      { input: { topicId: generalTopic, body: 'x', quotedPostId: closedPost } },
      cast.provider.token,
    );
    expect(quoteTry.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'quotedPostId',
    });
    for (const outsider of [cast.provider, cast.cert]) {
      const token = outsider.token;
      const responses = [
        await t.gql(
          `{ forumCategories { totalCount nodes { id name topicCount unreadTopicCount } } }`,
          {},
          token,
        ),
        await t.gql(`{ forumTopics(first: 100) { totalCount nodes { id title } } }`, {}, token),
        await t.gql(
          `query($a: ID!) { forumTopics(authorId: $a) { totalCount nodes { id title } } }`,
          { a: cast.municipal.member.id },
          token,
        ),
        await t.gql(
          `query($q: String!) { forumSearch(query: $q) { totalCount nodes { headline topicTitle post { raw } } } }`,
          { q: MARKER },
          token,
        ),
        await t.gql(
          `query($q: String!) { forumSearch(query: $q) { totalCount } }`,
          { q: 'Vertraulich' },
          token,
        ),
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { posts { nodes { raw quotedPostId quotedPost { excerpt postId } } } } }`,
          { id: generalTopic },
          token,
        ),
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { title } }`,
          { id: closedTopic },
          token,
        ),
        await t.gql(`query($id: ID!) { forumPost(id: $id) { raw } }`, { id: closedPost }, token),
        // The quoting post itself is readable, by id, in search and in the topic page with only
        // the id selected (no quotedPost whose loader could be primed by the other query).
        await t.gql(
          `query($id: ID!) { forumPost(id: $id) { raw quotedPostId } }`,
          { id: quoting.id },
          token,
        ),
        await t.gql(
          `{ forumSearch(query: "Siehe Zitat") { totalCount nodes { post { quotedPostId } } } }`,
          {},
          token,
        ),
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { posts(first: 100) { nodes { id quotedPostId } } } }`,
          { id: generalTopic },
          token,
        ),
        await t.gql(
          `{ myNotifications(first: 100) { totalCount nodes { title body targetId } } }`,
          {},
          token,
        ),
      ];
      const text = JSON.stringify(responses);
      expect(text).not.toContain(MARKER);
      expect(text).not.toContain(closedTopic);
      expect(text).not.toContain(closedPost);
      expect(text).not.toContain('Kommunen unter sich');
      expect(responses[1].data.forumTopics.totalCount).toBe(
        responses[1].data.forumTopics.nodes.length,
      );
      expect(responses[2].data.forumTopics.totalCount).toBe(
        responses[2].data.forumTopics.nodes.length,
      );
      expect(responses[3].data.forumSearch.totalCount).toBe(0);
      expect(responses[4].data.forumSearch.totalCount).toBe(0);
      const quotes = responses[5].data.forumTopic.posts.nodes.filter(
        (n: { raw: string }) => n.raw === 'Siehe Zitat',
      );
      expect(quotes).toEqual([{ raw: 'Siehe Zitat', quotedPostId: null, quotedPost: null }]);
      expect(responses[8].data.forumPost).toEqual({ raw: 'Siehe Zitat', quotedPostId: null });
      expect(responses[9].data.forumSearch.totalCount).toBeGreaterThan(0);
      expect(
        responses[10].data.forumTopic.posts.nodes.find((n: { id: string }) => n.id === quoting.id),
      ).toEqual({ id: quoting.id, quotedPostId: null });
      expect(await t.db.getRepository(Notification).countBy({ memberId: outsider.member.id })).toBe(
        0,
      );
    }
    // The in-audience reader sees what the outsiders did not.
    const insider = ok(
      await t.gql(
        `query($q: String!) { forumSearch(query: $q) { totalCount } }`,
        { q: MARKER },
        cast.municipalOrgAdmin.token,
      ),
    );
    expect(insider.forumSearch.totalCount).toBe(1);
    const quoteSeen = ok(
      await t.gql(
        `query($id: ID!) { forumPost(id: $id) { quotedPostId quotedPost { postId } } }`,
        { id: quoting.id },
        cast.municipalOrgAdmin.token,
      ),
    );
    expect(quoteSeen.forumPost).toEqual({
      quotedPostId: closedPost,
      quotedPost: { postId: closedPost },
    });
    const mention = await t.db
      .getRepository(Notification)
      .findBy({ memberId: cast.municipalOrgAdmin.member.id, kind: 'MENTION' });
    expect(mention.map((n) => n.targetId)).toEqual([closedPost]);
  });

  it('keeps a sharing group closed on the primed list paths and on cursor pages', async () => {
    // Municipal kind, narrowed to cast.municipal's organisation: another municipality reads nothing.
    const group = ok(
      await t.gql(
        `mutation($o: ID!) { createForumCategory(input: { name: "Verbund", readKinds: [MUNICIPALITY], postKinds: [MUNICIPALITY], organisationIds: [$o] }) { id } }`,
        { o: cast.municipal.organisation.id },
        cast.admin.token,
      ),
    ).createForumCategory.id;
    const inGroup = [
      await createTopic(t, cast.municipal.token, group, 'Verbund eins'),
      await createTopic(t, cast.municipal.token, group, 'Verbund zwei'),
    ];
    const outsider = await createActor(t, OrganisationKind.MUNICIPALITY);
    const LIST = `query($c: ID, $after: String) { forumTopics(categoryId: $c, first: 1, after: $after) { totalCount pageInfo { endCursor } nodes { id author { id } category { id name topicCount unreadTopicCount watchLevel } } } }`;
    const insiderPage = ok(await t.gql(LIST, { c: group }, cast.municipal.token)).forumTopics;
    expect(insiderPage.totalCount).toBe(2);
    expect(insiderPage.nodes[0].category).toMatchObject({
      id: group,
      name: 'Verbund',
      topicCount: 2,
    });
    // An outsider gets NOT_FOUND for the category's list, on the first page and with a cursor taken from an insider.
    for (const after of [null, insiderPage.pageInfo.endCursor]) {
      expect(errorCode(await t.gql(LIST, { c: group, after }, outsider.token))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(LIST, { c: group, after }, cast.provider.token))).toBe(
        'NOT_FOUND',
      );
    }
    // The latest list, a member's list and the topic itself never show the group to the outsider.
    const latest = JSON.stringify([
      await t.gql(
        `{ forumTopics(first: 100) { totalCount nodes { id category { id name topicCount } } } }`,
        {},
        outsider.token,
      ),
      await t.gql(
        `query($a: ID!) { forumTopics(authorId: $a, first: 100) { totalCount nodes { id category { id name } } } }`,
        { a: cast.municipal.member.id },
        outsider.token,
      ),
      await t.gql(
        `query($id: ID!) { forumTopic(id: $id) { id author { id } category { id } } }`,
        { id: inGroup[0] },
        outsider.token,
      ),
    ]);
    expect(latest).not.toContain(group);
    for (const id of inGroup) expect(latest).not.toContain(id);
    expect(latest).toContain('NOT_FOUND');
  });
});
