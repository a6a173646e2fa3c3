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
    await request(t.app.getHttpServer()).get('/health/ready').expect(200, { status: 'ok', database: 'up' });
  });

  it('refuses an anonymous query with UNAUTHENTICATED', async () => {
    const res = await t.gql('{ me { id } }');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
