import { AuditEvent } from '../../src/audit/audit-event.entity';
import { CategoriesService } from '../../src/forums/categories.service';
import { createActor, createCast, Cast } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import {
  Categories,
  count,
  CREATE_POST,
  createTopic,
  firstPostId,
  ok,
  reply,
  seedCategories,
} from './forum-helpers';

const FLAG = `mutation($id: ID!, $r: ForumFlagReason!, $n: String) { flagForumPost(input: { postId: $id, reason: $r, note: $n }) { id status } }`;
const QUEUE = `{ forumFlagQueue(first: 50) { totalCount nodes { id reason note status post { id hidden raw } reporter { id } } } }`;

describe('forum moderation and categories', () => {
  let t: TestApp;
  let cast: Cast;
  let cats: Categories;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    cats = await seedCategories(t);
  });
  afterAll(() => t.close());

  const auditActions = async (targetId: string) =>
    (await t.db.getRepository(AuditEvent).find({ where: { targetId }, order: { id: 'ASC' } })).map(
      (e) => [e.action, e.actorId],
    );

  it('queues flags, allows one open flag per member and post, and hides a post for everyone but staff', async () => {
    const topic = await createTopic(t, cast.municipal.token, cats.general.id, 'Werbung', 'Harmlos');
    const spam = await reply(t, cast.provider.token, topic, 'Kaufen Sie jetzt!');
    ok(await t.gql(FLAG, { id: spam.id, r: 'SPAM', n: 'Werbung' }, cast.municipal.token));
    const before = await count(t, 'forum_flags');
    const twice = await t.gql(FLAG, { id: spam.id, r: 'OTHER' }, cast.municipal.token);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'postId' });
    const longNote = await t.gql(
      FLAG,
      { id: spam.id, r: 'OTHER', n: 'x'.repeat(1001) },
      cast.cert.token,
    );
    expect(longNote.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(await count(t, 'forum_flags')).toBe(before);
    ok(await t.gql(FLAG, { id: spam.id, r: 'OFF_TOPIC' }, cast.cert.token));

    const queue = ok(await t.gql(QUEUE, {}, cast.moderator.token)).forumFlagQueue;
    expect(queue.nodes.map((n: any) => [n.reason, n.note, n.reporter.id, n.post.id])).toEqual([
      ['SPAM', 'Werbung', cast.municipal.member.id, spam.id],
      ['OFF_TOPIC', null, cast.cert.member.id, spam.id],
    ]);

    ok(
      await t.gql(
        `mutation($id: ID!) { hideForumPost(postId: $id) { hidden } }`,
        { id: spam.id },
        cast.moderator.token,
      ),
    );
    expect(ok(await t.gql(QUEUE, {}, cast.moderator.token)).forumFlagQueue.totalCount).toBe(0);
    // Hidden: NOT_FOUND for members (the author included), visible with hidden=true to staff.
    for (const actor of [cast.municipal, cast.provider]) {
      expect(
        errorCode(
          await t.gql(
            `query($id: ID!) { forumPost(id: $id) { id } }`,
            { id: spam.id },
            actor.token,
          ),
        ),
      ).toBe('NOT_FOUND');
      const posts = ok(
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { postCount posts { nodes { id } } } }`,
          { id: topic },
          actor.token,
        ),
      ).forumTopic;
      expect(posts).toEqual({
        postCount: 1,
        posts: { nodes: [{ id: await firstPostId(t, cast.municipal.token, topic) }] },
      });
    }
    expect(
      ok(
        await t.gql(
          `query($id: ID!) { forumPost(id: $id) { hidden } }`,
          { id: spam.id },
          cast.admin.token,
        ),
      ).forumPost.hidden,
    ).toBe(true);
    // After hiding, the same member may flag again (the earlier flag is closed).
    ok(
      await t.gql(
        `mutation($id: ID!) { unhideForumPost(postId: $id) { hidden } }`,
        { id: spam.id },
        cast.admin.token,
      ),
    );
    ok(await t.gql(FLAG, { id: spam.id, r: 'SPAM' }, cast.municipal.token));
    expect(
      ok(
        await t.gql(
          `mutation($id: ID!) { dismissForumFlags(postId: $id) }`,
          { id: spam.id },
          cast.moderator.token,
        ),
      ).dismissForumFlags,
    ).toBe(1);
    expect(await auditActions(spam.id)).toEqual([
      ['forum.post.hide', cast.moderator.member.id],
      ['forum.post.unhide', cast.admin.member.id],
      ['forum.flags.dismiss', cast.moderator.member.id],
    ]);
  });

  it('locks, unlocks, pins and unpins topics with an audit entry each', async () => {
    const topic = await createTopic(t, cast.municipal.token, cats.general.id, 'Sperrbar');
    ok(
      await t.gql(
        `mutation($id: ID!) { lockForumTopic(topicId: $id) { locked } }`,
        { id: topic },
        cast.moderator.token,
      ),
    );
    const locked = await t.gql(
      CREATE_POST,
      { input: { topicId: topic, body: 'Noch eine Antwort' } },
      cast.municipal.token,
    );
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'topicId' });
    expect(locked.errors?.[0].message).toContain('gesperrt');
    ok(
      await t.gql(
        `mutation($id: ID!) { unlockForumTopic(topicId: $id) { locked } }`,
        { id: topic },
        cast.moderator.token,
      ),
    );
    await reply(t, cast.municipal.token, topic, 'Jetzt geht es wieder');
    const pinned = ok(
      await t.gql(
        `mutation($id: ID!) { pinForumTopic(topicId: $id) { pinned } }`,
        { id: topic },
        cast.admin.token,
      ),
    ).pinForumTopic;
    expect(pinned.pinned).toBe(true);
    await createTopic(t, cast.municipal.token, cats.general.id, 'Neuer, aber nicht angeheftet');
    const list = ok(
      await t.gql(
        `query($c: ID!) { forumTopics(categoryId: $c, first: 1) { nodes { id } } }`,
        { c: cats.general.id },
        cast.cert.token,
      ),
    );
    expect(list.forumTopics.nodes[0].id).toBe(topic);
    ok(
      await t.gql(
        `mutation($id: ID!) { unpinForumTopic(topicId: $id) { pinned } }`,
        { id: topic },
        cast.admin.token,
      ),
    );
    expect(await auditActions(topic)).toEqual([
      ['forum.topic.lock', cast.moderator.member.id],
      ['forum.topic.unlock', cast.moderator.member.id],
      ['forum.topic.pin', cast.admin.member.id],
      ['forum.topic.unpin', cast.admin.member.id],
    ]);
  });

  it('moves topics: read access follows the new category, a wider audience must be confirmed', async () => {
    const MOVE = `mutation($id: ID!, $c: ID!, $w: Boolean) { moveForumTopic(topicId: $id, categoryId: $c, allowWiderAudience: $w) { categoryId } }`;
    const closed = await createTopic(
      t,
      cast.municipal.token,
      cats.municipal.id,
      'Bald öffentlich',
      'Inhalt',
    );
    const refused = await t.gql(MOVE, { id: closed, c: cats.general.id }, cast.moderator.token);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'allowWiderAudience',
    });
    expect(
      errorCode(
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { id } }`,
          { id: closed },
          cast.provider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    ok(await t.gql(MOVE, { id: closed, c: cats.general.id, w: true }, cast.moderator.token));
    expect(
      ok(
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { categoryId } }`,
          { id: closed },
          cast.provider.token,
        ),
      ).forumTopic.categoryId,
    ).toBe(cats.general.id);

    const open = await createTopic(
      t,
      cast.provider.token,
      cats.general.id,
      'Bald geschlossen',
      'Inhalt',
    );
    ok(await t.gql(MOVE, { id: open, c: cats.municipal.id }, cast.moderator.token));
    // Even its author loses access once the audience excludes them.
    expect(
      errorCode(
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { id } }`,
          { id: open },
          cast.provider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(
          MOVE,
          { id: open, c: '00000000-0000-4000-8000-000000000000' },
          cast.moderator.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    const audit = await t.db
      .getRepository(AuditEvent)
      .findBy({ targetId: closed, action: 'forum.topic.move' });
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({
      from: cats.municipal.id,
      to: cats.general.id,
      widerAudience: true,
    });
  });

  it('keeps posts of a topic moved where the author may only read frozen for the author', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Wird Lagebild',
      'Entwurf',
    );
    const first = await firstPostId(t, cast.municipal.token, topic);
    // Same readers (everyone), so no confirmation is needed; only CERT may post there.
    ok(
      await t.gql(
        `mutation($id: ID!, $c: ID!) { moveForumTopic(topicId: $id, categoryId: $c) { id } }`,
        { id: topic, c: cats.cert.id },
        cast.moderator.token,
      ),
    );
    expect(
      errorCode(
        await t.gql(
          `mutation($id: ID!) { editForumPost(id: $id, body: "neu") { id } }`,
          { id: first },
          cast.municipal.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(CREATE_POST, { input: { topicId: topic, body: 'x' } }, cast.municipal.token),
      ),
    ).toBe('FORBIDDEN');
    expect(await count(t, 'forum_post_revisions')).toBe(0);
  });

  it('adds missing default categories only once', async () => {
    expect(await t.app.get(CategoriesService).ensureDefaults()).toBe(0);
    expect(await count(t, 'forum_categories')).toBeGreaterThanOrEqual(4);
  });

  it('narrows a category to a sharing group of organisations', async () => {
    const otherTown = await createActor(t, OrganisationKind.MUNICIPALITY);
    const CREATE = `mutation($i: ForumCategoryInput!) { createForumCategory(input: $i) { id name organisationIds } }`;
    const input = {
      name: 'Arbeitskreis Südwestfalen',
      readKinds: ['MUNICIPALITY', 'IT_PROVIDER'],
      postKinds: ['MUNICIPALITY'],
      organisationIds: [cast.municipal.organisation.id, cast.provider.organisation.id],
    };
    const cat = ok(await t.gql(CREATE, { i: input }, cast.admin.token)).createForumCategory;
    const topic = await createTopic(t, cast.municipal.token, cat.id, 'Nur der Arbeitskreis');
    const read = async (token: string) =>
      errorCode(
        await t.gql(`query($id: ID!) { forumTopic(id: $id) { id } }`, { id: topic }, token),
      ) ?? 'ok';
    expect([
      await read(cast.municipalOrgAdmin.token),
      await read(cast.provider.token),
      await read(otherTown.token),
      await read(cast.cert.token),
      await read(cast.moderator.token),
    ]).toEqual(['ok', 'ok', 'NOT_FOUND', 'NOT_FOUND', 'ok']);
    // The provider reads but may not post (postKinds).
    expect(
      errorCode(
        await t.gql(CREATE_POST, { input: { topicId: topic, body: 'x' } }, cast.provider.token),
      ),
    ).toBe('FORBIDDEN');

    const bad = async (i: Record<string, unknown>) =>
      (await t.gql(CREATE, { i: { ...input, ...i } }, cast.admin.token)).errors?.[0].extensions;
    const before = await count(t, 'forum_categories');
    expect(await bad({})).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(await bad({ name: 'Neu 1', postKinds: ['CERT'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'postKinds',
    });
    expect(await bad({ name: 'Neu 2', readKinds: [] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'readKinds',
    });
    expect(
      await bad({ name: 'Neu 3', organisationIds: ['00000000-0000-4000-8000-000000000001'] }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationIds' });
    expect(await count(t, 'forum_categories')).toBe(before);
    expect((await auditActions(cat.id)).map(([a]) => a)).toEqual(['forum.category.create']);
  });
});
