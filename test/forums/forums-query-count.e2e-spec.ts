import { createActor, createCast, Cast } from '../helpers/factories';
import { countStatements } from '../helpers/count-statements';
import { startTestApp, TestApp } from '../helpers/test-app';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Categories, createTopic, firstPostId, ok, reply, seedCategories } from './forum-helpers';

/** Everything a topic page may ask for, quotes and revisions included. */
const FULL_TOPIC_PAGE = `query($id: ID!, $first: Int) {
  forumTopic(id: $id) { id title postCount unreadCount author { id displayName }
    posts(first: $first) { totalCount nodes { id postNumber html author { id displayName handle }
      reactions { kind count reactedByMe } quotedPost { postId excerpt author { id } } revisions { revision } } } } }`;

/** The operations of bench/benchmarks/queries.js (P1, P2, P6): what a client page asks for. */
const TOPIC_PAGE = `query TopicPage($id: ID!, $first: Int!) {
  forumTopic(id: $id) { id title postCount author { id displayName }
    posts(first: $first) { totalCount nodes { id postNumber html createdAt author { id displayName handle } reactions { kind count reactedByMe } } } } }`;

const TOPIC_LIST = `query TopicList($first: Int!, $after: String) {
  forumTopics(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id title lastPostAt postCount unreadCount author { id displayName } category { id name } } } }`;

jest.setTimeout(120_000);

describe('forum read paths: query count', () => {
  let t: TestApp;
  let cast: Cast;
  let cats: Categories;
  let small: string;
  let large: string;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    cats = await seedCategories(t);
    small = await topicWith(5);
    large = await topicWith(50);
  });
  afterAll(() => t.close());

  /** A topic with `n` posts by several authors, each with reactions, some quoting and edited. */
  async function topicWith(n: number): Promise<string> {
    const authors = [
      cast.municipal,
      cast.provider,
      cast.cert,
      await createActor(t, OrganisationKind.MUNICIPALITY),
    ];
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      `Seite mit ${n}`,
      'Start',
    );
    const first = await firstPostId(t, cast.municipal.token, topic);
    for (let i = 2; i <= n; i++) {
      const author = authors[i % authors.length];
      const post = await reply(
        t,
        author.token,
        topic,
        `Beitrag ${i}`,
        i % 3 === 0 ? { quotedPostId: first } : {},
      );
      await t.db.query(
        `INSERT INTO forum_reactions (post_id, member_id, kind) VALUES ($1, $2, 'LIKE'), ($1, $3, 'THANKS')`,
        [post.id, cast.municipal.member.id, author.member.id],
      );
      if (i % 4 === 0)
        ok(
          await t.gql(
            `mutation($id: ID!) { editForumPost(id: $id, body: "neu") { id } }`,
            { id: post.id },
            author.token,
          ),
        );
    }
    return topic;
  }

  it('loads a full topic page of 5 and of 50 posts with the same number of statements', async () => {
    const load = (id: string, first: number) =>
      countStatements(async () =>
        ok(await t.gql(FULL_TOPIC_PAGE, { id, first }, cast.municipal.token)),
      );
    const five = await load(small, 5);
    const fifty = await load(large, 50);
    expect(five.result.forumTopic.posts.nodes).toHaveLength(5);
    expect(fifty.result.forumTopic.posts.nodes).toHaveLength(50);
    // The page really exercised every batched field.
    const nodes = fifty.result.forumTopic.posts.nodes;
    expect(nodes.filter((p: any) => p.quotedPost).length).toBeGreaterThan(10);
    expect(nodes.filter((p: any) => p.revisions.length).length).toBeGreaterThan(10);
    expect(nodes.every((p: any) => p.author?.id)).toBe(true);
    expect(fifty.statements).toEqual(five.statements);
    // principal; topic with author; posts with authors and reactions; revisions; quotes (their
    // authors are authors of the page here, so the primed member loader has them).
    expect(five.statements.length).toBeLessThanOrEqual(5);
  });

  it('loads the benchmark topic page of 5 and of 50 posts in the same few statements', async () => {
    const load = (id: string, first: number) =>
      countStatements(async () => ok(await t.gql(TOPIC_PAGE, { id, first }, cast.municipal.token)));
    const five = await load(small, 5);
    const fifty = await load(large, 50);
    expect(fifty.result.forumTopic.posts.nodes).toHaveLength(50);
    const nodes = fifty.result.forumTopic.posts.nodes;
    expect(nodes.every((p: any) => p.author?.id)).toBe(true);
    expect(nodes.filter((p: any) => p.reactions.length === 2).length).toBe(49);
    expect(fifty.statements).toEqual(five.statements);
    // principal (a statement of its own by design: revocation takes effect at once); topic with
    // access check, figures and author; posts with authors and reactions. Without the priming of
    // the member and reactions loaders this would be 5 or 6.
    expect(five.statements.length).toBeLessThanOrEqual(3);
  });

  it('loads the benchmark topic list of 5 and of 50 topics in the same few statements', async () => {
    // Two categories and several authors, so that categories and authors are batched too.
    for (let i = 0; i < 50; i++) {
      if (i % 2) await createTopic(t, cast.cert.token, cats.cert.id, `Lagebild ${i}`);
      else
        await createTopic(
          t,
          [cast.municipal, cast.provider][i % 4 ? 1 : 0].token,
          cats.general.id,
          `Liste ${i}`,
        );
    }
    const load = (first: number, after?: string) =>
      countStatements(async () =>
        ok(await t.gql(TOPIC_LIST, { first, after }, cast.municipal.token)),
      );
    const five = await load(5);
    const fifty = await load(50);
    expect(fifty.result.forumTopics.nodes).toHaveLength(50);
    expect(fifty.result.forumTopics.nodes.every((n: any) => n.author?.id && n.category?.name)).toBe(
      true,
    );
    expect(fifty.statements).toEqual(five.statements);
    const next = await load(5, five.result.forumTopics.pageInfo.endCursor);
    expect(next.statements).toEqual(five.statements);
    expect(next.result.forumTopics.totalCount).toBe(five.result.forumTopics.totalCount);
    // principal; page with totalCount, topic rows, figures, authors and categories. `category { id name }`
    // computes no category figures and needs no statement of its own (primed from the page).
    expect(five.statements.length).toBeLessThanOrEqual(3);
    expect(five.statements).toHaveLength(2);
  });

  it('computes the category figures in one statement, and only when selected', async () => {
    const figures = 'topicCount unreadTopicCount watchLevel';
    const list = await countStatements(async () =>
      ok(await t.gql(`{ forumCategories { nodes { id ${figures} } } }`, {}, cast.municipal.token)),
    );
    const topics = await countStatements(async () =>
      ok(
        await t.gql(
          `{ forumTopics(first: 50) { nodes { category { id ${figures} } } } }`,
          {},
          cast.municipal.token,
        ),
      ),
    );
    // principal; the list or page; one statement with the figures of every category of the response
    expect(list.statements).toHaveLength(3);
    expect(topics.statements).toHaveLength(3);
    const byId = new Map(list.result.forumCategories.nodes.map((c: any) => [c.id, c]));
    for (const n of topics.result.forumTopics.nodes)
      expect(n.category).toEqual(byId.get(n.category.id));
    expect((byId.get(cats.general.id) as any).topicCount).toBeGreaterThan(25);
    const names = await countStatements(async () =>
      ok(
        await t.gql(`{ forumCategories { nodes { id name canPost } } }`, {}, cast.municipal.token),
      ),
    );
    expect(names.statements).toHaveLength(2);
  });
});
