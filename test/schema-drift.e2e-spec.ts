import { startTestApp, TestApp } from './helpers/test-app';

/** Fails when entities and migrations disagree (.ci/run also checks schema.graphql with git diff). */
describe('schema drift', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the migrated database matches the entities (nothing for migration:generate to write)', async () => {
    const sql = await t.db.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
