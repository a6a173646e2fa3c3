import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ForumCategory, ForumPost, ForumTopic } from '../../src/forums/forum.entities';
import { ForumAccessService, ForumViewer } from '../../src/forums/forum-access.service';
import { reactionSummariesSql } from '../../src/forums/forum-sql';
import { PostsService } from '../../src/forums/posts.service';
import { Member } from '../../src/members/member.entity';
import { MembersService } from '../../src/members/members.service';
import { ContactVisibility, MemberStatus } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor, createCast, Cast } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { Categories, createTopic, firstPostId, ok, reply, seedCategories } from './forum-helpers';

/**
 * The topic page and the topic list read authors, reactions and categories in their own statement
 * and prime the loaders of those fields. What a primed field answers must be exactly what the
 * field's loader answers on its own (forumPost and forumCategory do not prime), for every viewer.
 */
const MEMBER = `id displayName handle position expertiseTags bio email phone contactVisibility organisationRole platformRole status totpEnabled createdAt organisation { id name }`;
const CATEGORY = `id name description readKinds postKinds organisationIds position canPost topicCount unreadTopicCount watchLevel`;
const REACTIONS = `reactions { kind count reactedByMe }`;

async function statements(run: () => Promise<unknown>): Promise<string[]> {
  const proto = PostgresQueryRunner.prototype as unknown as {
    query: (...args: unknown[]) => Promise<unknown>;
  };
  const original = proto.query;
  const sent: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    sent.push(String(args[0]));
    return original.apply(this, args);
  };
  try {
    await run();
    return sent;
  } finally {
    proto.query = original;
  }
}

jest.setTimeout(120_000);

describe('forum read paths: primed fields answer what their loaders answer', () => {
  let t: TestApp;
  let cast: Cast;
  let cats: Categories;
  let topic: string;
  let hiddenPost: string;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    cats = await seedCategories(t);
    // Contact details only for the author's organisation; a profile with every field filled.
    await t.db.getRepository(Member).update(cast.municipalOrgAdmin.member.id, {
      contactVisibility: ContactVisibility.ORGANISATION,
      phone: '+49 211 123',
      bio: 'ISB',
      position: 'Informationssicherheitsbeauftragte',
      expertiseTags: ['ISMS', 'WiBA'],
    });
    const leaving = await createActor(t, OrganisationKind.MUNICIPALITY);
    topic = await createTopic(
      t,
      cast.municipalOrgAdmin.token,
      cats.general.id,
      'Vorbefüllt',
      'Start',
    );
    const posts = [await firstPostId(t, cast.municipal.token, topic)];
    for (const [i, author] of [
      cast.cert,
      leaving,
      cast.provider,
      cast.municipal,
      cast.municipalOrgAdmin,
    ].entries())
      posts.push((await reply(t, author.token, topic, `Beitrag ${i}`)).id);
    const reactions: Array<[number, string, string]> = [
      [0, cast.municipal.member.id, 'LIKE'],
      [0, cast.provider.member.id, 'LIKE'],
      [0, cast.provider.member.id, 'THANKS'],
      [1, cast.admin.member.id, 'IMPORTANT'],
      [1, cast.moderator.member.id, 'AGREE'],
      [3, cast.cert.member.id, 'LIKE'],
      [4, leaving.member.id, 'THANKS'],
    ];
    for (const [i, member, kind] of reactions)
      await t.db.query(
        `INSERT INTO forum_reactions (post_id, member_id, kind) VALUES ($1, $2, $3)`,
        [posts[i], member, kind],
      );
    // A disabled author stays visible as an author (MemberLoader does not filter by status).
    await t.db
      .getRepository(Member)
      .update(leaving.member.id, { status: MemberStatus.DISABLED, disabledAt: new Date() });
    hiddenPost = posts[3];
    ok(
      await t.gql(
        `mutation($id: ID!) { hideForumPost(postId: $id) { id } }`,
        { id: hiddenPost },
        cast.moderator.token,
      ),
    );
  });
  afterAll(() => t.close());

  const viewers = () => ({
    sameOrganisation: cast.municipal,
    otherOrganisation: cast.provider,
    author: cast.municipalOrgAdmin,
    cert: cast.cert,
    moderator: cast.moderator,
    admin: cast.admin,
  });

  it('topic page: authors and reactions as forumPost answers them, for every viewer', async () => {
    for (const [name, viewer] of Object.entries(viewers())) {
      const page = ok(
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { author { ${MEMBER} } posts(first: 10) { nodes { id author { ${MEMBER} } ${REACTIONS} } } } }`,
          { id: topic },
          viewer.token,
        ),
      ).forumTopic;
      const nodes = page.posts.nodes;
      expect({ name, hiddenShown: nodes.some((n: { id: string }) => n.id === hiddenPost) }).toEqual(
        { name, hiddenShown: name === 'moderator' || name === 'admin' },
      );
      for (const node of nodes) {
        const single = ok(
          await t.gql(
            `query($id: ID!) { forumPost(id: $id) { id author { ${MEMBER} } ${REACTIONS} } }`,
            { id: node.id },
            viewer.token,
          ),
        ).forumPost;
        expect({ name, ...node }).toEqual({ name, ...single });
      }
      const first = ok(
        await t.gql(
          `query($id: ID!) { forumPost(id: $id) { author { ${MEMBER} } } }`,
          { id: nodes[0].id },
          viewer.token,
        ),
      ).forumPost;
      expect({ name, author: page.author }).toEqual({ name, author: first.author });
    }
    // The profile really differs by viewer, so the comparison above covers the projection.
    const emailFor = async (token: string) =>
      ok(
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { author { email phone } } }`,
          { id: topic },
          token,
        ),
      ).forumTopic.author;
    expect(await emailFor(cast.municipal.token)).toEqual({
      email: cast.municipalOrgAdmin.member.email,
      phone: '+49 211 123',
    });
    expect(await emailFor(cast.provider.token)).toEqual({ email: null, phone: null });
  });

  it('topic list: authors and categories as forumPost and forumCategory answer them', async () => {
    for (const [name, viewer] of Object.entries(viewers())) {
      const list = ok(
        await t.gql(
          `{ forumTopics(first: 10) { nodes { id author { ${MEMBER} } category { ${CATEGORY} } } } }`,
          {},
          viewer.token,
        ),
      ).forumTopics;
      const node = list.nodes.find((n: { id: string }) => n.id === topic);
      const first = await firstPostId(t, viewer.token, topic);
      const single = ok(
        await t.gql(
          `query($p: ID!, $c: ID!) { forumPost(id: $p) { author { ${MEMBER} } } forumCategory(id: $c) { ${CATEGORY} } }`,
          { p: first, c: cats.general.id },
          viewer.token,
        ),
      );
      expect({ name, author: node.author, category: node.category }).toEqual({
        name,
        author: single.forumPost.author,
        category: single.forumCategory,
      });
      for (const n of list.nodes) expect(n.category).not.toBeNull();
    }
  });

  const viewerOf = (a: Actor): ForumViewer => ({
    memberId: a.member.id,
    organisationId: a.organisation.id,
    organisationKind: a.organisation.kind,
    platformRole: a.member.platformRole,
  });

  it('hand-written page statements hydrate exactly the entities the query builder and the loaders give', async () => {
    // The topic page's two statements are fixed SQL text with hand-made rows (EntityRows); here
    // they are compared with TypeORM's own hydration of the same rows: the query builder they
    // replaced, the repository and MembersService.byIds (what MemberLoader reads). toStrictEqual
    // also compares classes and undefined properties.
    const posts = t.app.get(PostsService);
    const access = t.app.get(ForumAccessService);
    const members = t.app.get(MembersService);
    for (const [name, viewer] of Object.entries(viewers())) {
      const v = viewerOf(viewer);
      for (const page of [{ first: 3 }, { first: 10 }]) {
        const made = await posts.listOfTopic(v, topic, page, undefined, {
          authors: true,
          reactions: true,
        });
        const qb = t.db
          .getRepository(ForumPost)
          .createQueryBuilder('p')
          .where('p.topic_id = :topic', { topic })
          .andWhere(access.visiblePostSql(v, 'p'));
        const total = await qb.clone().getCount();
        const { entities, raw } = await qb
          .leftJoinAndSelect('p.author', 'a')
          .addSelect(reactionSummariesSql('p.id'), 'reactions')
          .setParameter('me', v.memberId)
          .orderBy('p.postNumber', 'ASC')
          .limit(page.first + 1)
          .getRawAndEntities<{ p_id: string; reactions: unknown }>();
        const authors = entities.map((p) => p.author!);
        // As the repository gives a post: the relation property present but not loaded.
        for (const p of entities) p.author = undefined;
        expect({ name, total: made.connection.totalCount }).toEqual({ name, total });
        expect({ name, posts: made.connection.nodes }).toStrictEqual({
          name,
          posts: entities.slice(0, page.first),
        });
        expect({ name, authors: made.authors }).toStrictEqual({ name, authors });
        expect(made.authors[0]).toBeInstanceOf(Member);
        expect({ name, authors: made.authors }).toStrictEqual({
          name,
          authors: await Promise.all(
            made.authors.map(async (a) => (await members.byIds([a.id]))[0]),
          ),
        });
        expect({ name, reactions: [...made.reactions!] }).toEqual({
          name,
          reactions: raw.map((r) => [r.p_id, r.reactions]),
        });
      }
      const read = await access.readableTopicWith(v, topic, {
        withAuthor: true,
        columns: [
          [
            '(SELECT count(*)::int FROM forum_posts p WHERE p.topic_id = t.id AND p.author_id = :me)',
            'mine',
          ],
        ],
        params: { me: v.memberId },
      });
      const stored = await t.db.getRepository(ForumTopic).findOneByOrFail({ id: topic });
      expect({ name, topic: read.topic }).toStrictEqual({ name, topic: stored });
      expect(read.topic).toBeInstanceOf(ForumTopic);
      expect({ name, category: read.category }).toStrictEqual({
        name,
        category: await t.db
          .getRepository(ForumCategory)
          .findOneByOrFail({ id: stored.categoryId }),
      });
      expect({ name, author: read.author }).toStrictEqual({
        name,
        author: (await members.byIds([stored.authorId]))[0],
      });
      expect(typeof read.raw.mine).toBe('number');
    }
    // Not readable: NOT_FOUND, also through the hand-written statement.
    const closed = await t.db.getRepository(ForumTopic).save({
      categoryId: cats.providers.id,
      authorId: cast.provider.member.id,
      title: 'Nur Dienstleister',
      lastPostAt: new Date(),
    });
    await expect(access.readableTopicWith(viewerOf(cast.municipal), closed.id)).rejects.toThrow();
    expect((await access.readableTopicWith(viewerOf(cast.provider), closed.id)).topic.id).toBe(
      closed.id,
    );
  });

  it('primes through fragments too, and reads nothing extra for a page of ids', async () => {
    const withFragments = `query($id: ID!) { forumTopic(id: $id) { ...Head posts(first: 10) { nodes { id ... on ForumPost { author { ...Who } } ...Reacts } } } }
      fragment Head on ForumTopic { title author { ...Who } }
      fragment Who on Member { id displayName }
      fragment Reacts on ForumPost { ${REACTIONS} }`;
    let page: any;
    expect(
      (
        await statements(
          async () =>
            (page = ok(await t.gql(withFragments, { id: topic }, cast.provider.token)).forumTopic),
        )
      ).length,
    ).toBeLessThanOrEqual(3);
    expect(page.posts.nodes.every((n: any) => n.author?.id && Array.isArray(n.reactions))).toBe(
      true,
    );
    expect(page.posts.nodes[0].reactions).toEqual([
      { kind: 'LIKE', count: 2, reactedByMe: true },
      { kind: 'THANKS', count: 1, reactedByMe: true },
    ]);
    // Without author and reactions selected the page statement joins neither.
    const bare = await statements(async () =>
      ok(
        await t.gql(
          `query($id: ID!) { forumTopic(id: $id) { posts { nodes { id } } } }`,
          { id: topic },
          cast.provider.token,
        ),
      ),
    );
    expect(bare).toHaveLength(3);
    expect(
      bare.filter((sql) => sql.includes('"members"') || sql.includes('forum_reactions')),
    ).toEqual([]);
  });

  it('counts a cursor page past the end like the first page', async () => {
    const first = ok(
      await t.gql(
        `{ forumTopics(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        {},
        cast.municipal.token,
      ),
    ).forumTopics;
    expect(first.pageInfo.hasNextPage).toBe(false);
    const past = ok(
      await t.gql(
        `query($a: String) { forumTopics(first: 5, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { a: first.pageInfo.endCursor },
        cast.municipal.token,
      ),
    ).forumTopics;
    expect(past).toEqual({
      totalCount: first.totalCount,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    });
    expect(first.totalCount).toBe(first.nodes.length);
  });
});
