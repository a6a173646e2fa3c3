import { createCast, Cast } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { Categories, createTopic, ok, reply, seedCategories } from './forum-helpers';

describe('forums smoke', () => {
  let t: TestApp;
  let cast: Cast;
  let cats: Categories;
  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    cats = await seedCategories(t);
  });
  afterAll(() => t.close());

  it('creates a topic, replies and lists', async () => {
    const topicId = await createTopic(t, cast.municipal.token, cats.general.id, 'Hallo Welt', 'Die **Häuser** brennen @' + cast.provider.member.handle);
    await reply(t, cast.provider.token, topicId, 'Antwort');
    const r = await t.gql(`{ forumCategories { totalCount nodes { name topicCount unreadTopicCount canPost watchLevel } } forumTopics { totalCount nodes { title postCount unreadCount author { displayName } posts { nodes { postNumber html author { handle } reactions { kind } quotedPost { excerpt } } } } } forumSearch(query: "Haus") { totalCount nodes { headline rank topicTitle } } }`, {}, cast.municipal.token);
    console.log(JSON.stringify(r, null, 1));
    ok(r);
  });
});
