import request from 'supertest';
import { errorCode, startTestApp, TestApp } from './helpers/test-app';

describe('service basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness', async () => {
    await request(t.app.getHttpServer()).get('/health').expect(200, { status: 'ok' });
    await request(t.app.getHttpServer())
      .get('/health/ready')
      .expect(200, { status: 'ok', database: 'up' });
  });

  it('refuses an anonymous query with UNAUTHENTICATED', async () => {
    const res = await t.gql('{ me { id } }');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('runs its statements without JIT compilation or parallel workers (see bench/README.md)', async () => {
    // Every pooled connection gets the settings at connect time, not just the first one.
    const settings = await Promise.all(
      Array.from({ length: 3 }, () =>
        t.db.query(
          `SELECT current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers, pg_sleep(0.05)`,
        ),
      ),
    );
    expect(settings.map(([row]) => [row.jit, row.workers])).toEqual([
      ['off', '0'],
      ['off', '0'],
      ['off', '0'],
    ]);
  });
});
