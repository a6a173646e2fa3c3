import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from './helpers/test-app';

jest.setTimeout(30_000);

describe('the web app served at /', () => {
  let t: TestApp;
  const previous = process.env.WEB_DIST_DIR;
  beforeAll(async () => {
    // A stand-in build: the test does not depend on `vite build` having run.
    const dir = mkdtempSync(join(tmpdir(), 'sn-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>App</title><div id="root"></div>',
    );
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    process.env.WEB_DIST_DIR = dir;
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
    if (previous === undefined) delete process.env.WEB_DIST_DIR;
    else process.env.WEB_DIST_DIR = previous;
  });
  const http = () => request(t.app.getHttpServer());

  it('serves index.html for client routes, uncached, with a strict CSP', async () => {
    for (const path of ['/', '/anmeldung', '/foren/thema/123', '/einladung']) {
      const res = await http().get(path);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });

  it('caches hashed assets for a year and 404s a missing one', async () => {
    const res = await http().get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await http().get('/assets/missing-xyz.js')).status).toBe(404);
    expect((await http().get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it('never answers API paths with the app', async () => {
    expect((await http().get('/health')).body).toEqual({ status: 'ok' });
    expect((await http().get('/public/advisories.json')).headers['content-type']).toMatch(/json/);
    for (const path of ['/graphql/x', '/socket.io/x', '/health/x', '/auth/x', '/public/x']) {
      const res = await http().get(path);
      expect(res.text).not.toContain('<div id="root">');
    }
  });

  it('keeps the strict CSP on the API, relaxed only for the sandbox page outside production', async () => {
    const post = await http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(post.headers['content-security-policy']).toContain("script-src 'self'");
    const sandbox = await http().get('/graphql').set('accept', 'text/html');
    expect(sandbox.headers['content-security-policy']).toBeUndefined();
  });
});
