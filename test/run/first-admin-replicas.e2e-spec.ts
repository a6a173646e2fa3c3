import { bootstrapFirstAdmin } from '../../src/auth/first-admin';
import { startTestApp, TestApp } from '../helpers/test-app';

/**
 * docker/compose.yaml starts two replicas with ADMIN_EMAIL on one empty database: exactly one of them
 * creates the first administrator, the other sees it and starts normally.
 */
describe('first-admin bootstrap on replicas starting together', () => {
  let a: TestApp;
  let b: TestApp;
  const saved = { ...process.env };

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl });
    process.env.ADMIN_EMAIL = 'erste.admin@example.org';
    // With a password the bootstrap hashes (argon2) between its check and its insert: a wide race window.
    process.env.ADMIN_PASSWORD = 'Start-Passwort-fuer-Admin-1';
  });
  afterAll(async () => {
    process.env = saved;
    await b.close();
    await a.close();
  });

  it('creates one administrator and one organisation, and neither replica fails', async () => {
    const outcomes = await Promise.all([
      bootstrapFirstAdmin(a.app, a.config),
      bootstrapFirstAdmin(b.app, b.config),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['created', 'exists']);
    const [{ members, organisations }] = await a.db.query(
      `SELECT (SELECT count(*)::int FROM members) AS members,
              (SELECT count(*)::int FROM organisations) AS organisations`,
    );
    expect({ members, organisations }).toEqual({ members: 1, organisations: 1 });
  });
});
