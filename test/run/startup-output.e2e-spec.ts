import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedEnv, ensureBuilt, Server, startServer, waitForExit } from './built-app';

/**
 * What `npm start` prints: human-readable lines in development with the URL and the first
 * administrator's invitation link in a framed block; one JSON object per line with LOG_FORMAT=json
 * (the production default).
 */
describe('start-up output', () => {
  let dataDir: string;
  let server: Server | null = null;

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'sn-test-run-'));
  }, 180_000);

  const stop = async () => {
    if (!server) return;
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
    server = null;
  };
  afterAll(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const secret = { JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789' };

  it('development: readable lines, the URL and the invitation link framed once', async () => {
    server = await startServer(
      embeddedEnv(dataDir, { ...secret, ADMIN_EMAIL: 'erste.admin@example.org' }),
      dataDir,
    );
    // The block is written right after listen(); give the pipe a moment.
    await new Promise((r) => setTimeout(r, 300));
    const out = server.output();
    const lines = out.split('\n').filter((l) => l.trim());
    expect(lines.filter((l) => l.trimStart().startsWith('{"'))).toEqual([]);
    expect(lines.length).toBeLessThan(25);
    const block = out.slice(out.indexOf('╔'), out.indexOf('╝') + 1);
    expect(block).toContain('Sicherheitsnetz is running');
    expect(block).toContain(`${server.url}/graphql`);
    expect(block).toMatch(/First administrator erste\.admin@example\.org: open this one-time link/);
    expect(block).toMatch(/https?:\/\/\S+\/einladung#token=\S+/);
    expect(out.match(/einladung#token=/g)).toHaveLength(1);
    await stop();
  }, 120_000);

  it('LOG_FORMAT=json: every line is a JSON object, the URL is a field', async () => {
    server = await startServer(embeddedEnv(dataDir, { ...secret, LOG_FORMAT: 'json' }), dataDir);
    await new Promise((r) => setTimeout(r, 300));
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.trim());
    const parsed = lines.map((l) => JSON.parse(l) as { msg: string; url?: string });
    expect(parsed.find((l) => l.url === server!.url)?.msg).toBe(
      `Sicherheitsnetz listening on ${server.url}`,
    );
    await stop();
  }, 120_000);
});
