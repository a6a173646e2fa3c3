import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { createActor, createCast, Cast } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Categories, createTopic, firstPostId, ok, reply, seedCategories } from './forum-helpers';

const TOPIC_PAGE = `query($id: ID!, $first: Int) {
  forumTopic(id: $id) { id title postCount unreadCount author { id displayName }
    posts(first: $first) { totalCount nodes { id postNumber html author { id displayName handle }
      reactions { kind count reactedByMe } quotedPost { postId excerpt author { id } } revisions { revision } } } } }`;

/**
 * Every SQL statement TypeORM sends goes through PostgresQueryRunner.query (repositories, query
 * builders, raw queries, transactions), so counting calls there counts statements exactly.
 */
async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const proto = PostgresQueryRunner.prototype as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const original = proto.query;
  const statements: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    statements.push(String(args[0]).replace(/\s+/g, ' ').slice(0, 80));
    return original.apply(this, args);
  };
  try {
    return { result: await run(), statements };
  } finally {
    proto.query = original;
  }
}

jest.setTimeout(60_000);

describe('topic page query count', () => {
  let t: TestApp;
  let cast: Cast;
  let cats: Categories;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    cats = await seedCategories(t);
  });
  afterAll(() => t.close());

  /** A topic with `n` posts by several authors, each with reactions, some quoting and edited. */
  async function topicWith(n: number): Promise<string> {
    const authors = [cast.municipal, cast.provider, cast.cert, await createActor(t, OrganisationKind.MUNICIPALITY)];
    const topic = await createTopic(t, cast.municipal.token, cats.general.id, `Seite mit ${n}`, 'Start');
    const first = await firstPostId(t, cast.municipal.token, topic);
    for (let i = 2; i <= n; i++) {
      const author = authors[i % authors.length];
      const post = await reply(t, author.token, topic, `Beitrag ${i}`, i % 3 === 0 ? { quotedPostId: first } : {});
      await t.db.query(`INSERT INTO forum_reactions (post_id, member_id, kind) VALUES ($1, $2, 'LIKE'), ($1, $3, 'THANKS')`, [post.id, cast.municipal.member.id, author.member.id]);
      if (i % 4 === 0) ok(await t.gql(`mutation($id: ID!) { editForumPost(id: $id, body: "neu") { id } }`, { id: post.id }, author.token));
    }
    return topic;
  }

  it('loads a page of 5 and of 50 posts with the same number of statements', async () => {
    const small = await topicWith(5);
    const large = await topicWith(50);
    const load = (id: string, first: number) => countStatements(async () => ok(await t.gql(TOPIC_PAGE, { id, first }, cast.municipal.token)));
    const five = await load(small, 5);
    const fifty = await load(large, 50);
    expect(five.result.forumTopic.posts.nodes).toHaveLength(5);
    expect(fifty.result.forumTopic.posts.nodes).toHaveLength(50);
    // The page really exercised every batched field.
    const nodes = fifty.result.forumTopic.posts.nodes;
    expect(nodes.filter((p: any) => p.quotedPost).length).toBeGreaterThan(10);
    expect(nodes.filter((p: any) => p.revisions.length).length).toBeGreaterThan(10);
    expect(nodes.every((p: any) => p.author?.id)).toBe(true);
    expect(fifty.statements.length).toBe(five.statements.length);
    expect(fifty.statements).toEqual(five.statements);
    // And it stays small: guard, topic, category, stats, count, page, authors, reactions, quotes, revisions.
    expect(five.statements.length).toBeLessThanOrEqual(14);
  });
});
