import { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  alive,
  CLI,
  embeddedEnv,
  ensureBuilt,
  ready,
  run,
  Server,
  startServer,
  waitForExit,
  MAIN,
} from './built-app';

/**
 * `npm start` and the CLI (`npm run seed`, `npm run create-admin`) share one DATA_DIR and its
 * embedded PostgreSQL. Real processes: the built app and CLI on a temporary DATA_DIR.
 */
describe('embedded PostgreSQL shared by a running server and the CLI', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let server: Server | null = null;
  const started: ChildProcess[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'sn-test-run-'));
    env = embeddedEnv(dataDir, {
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    });
    server = await startServer(env, dataDir);
    started.push(server.child);
  }, 180_000);

  afterAll(async () => {
    for (const child of started) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await waitForExit(child);
      }
    }
    // A postmaster left by a failed test: stop it before the folder goes.
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (pid > 0 && alive(pid)) process.kill(pid, 'SIGINT');
      for (let i = 0; i < 50 && pid > 0 && alive(pid); i++)
        await new Promise((r) => setTimeout(r, 100));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const postmasterPid = () =>
    Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

  it('create-admin uses the running server’s database and leaves it running', async () => {
    const postmaster = postmasterPid();
    const result = await run(
      CLI,
      [
        'create-admin',
        'admin@example.org',
        'Erste Administratorin',
        '--password',
        'Sehr-geheimes-Passwort-1',
      ],
      { env, cwd: dataDir },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Using the embedded PostgreSQL of the running process ${server!.child.pid}`,
    );
    expect(result.stdout).not.toContain('Stopping');
    expect(alive(postmaster)).toBe(true);
    expect(await ready(server!.url)).toBe(true);
    // The CLI wrote into the server's database: the new admin can log in on the server.
    const login = await fetch(`${server!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(input: { email: "admin@example.org", password: "Sehr-geheimes-Passwort-1" }) { totpSetupRequired } }`,
      }),
    });
    const body = (await login.json()) as {
      errors?: unknown;
      data: { login: { totpSetupRequired: boolean } };
    };
    expect(body.errors).toBeUndefined();
    expect(body.data.login.totpSetupRequired).toBe(true);
  }, 120_000);

  it('a second npm start on the same DATA_DIR is refused with a clear message; the first keeps running', async () => {
    const postmaster = postmasterPid();
    const second = await run(MAIN, [], { env: { ...env, PORT: '0' }, cwd: dataDir });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`DATA_DIR ${dataDir} is in use: process ${server!.child.pid}`);
    expect(second.stderr).toContain('Stop that process first, or give this one another DATA_DIR');
    expect(alive(postmaster)).toBe(true);
    expect(await ready(server!.url)).toBe(true);
  }, 120_000);

  it('stops a postmaster whose server was killed (-9), and only that one', async () => {
    const postmaster = postmasterPid();
    server!.child.kill('SIGKILL');
    await waitForExit(server!.child);
    expect(alive(postmaster)).toBe(true); // the orphan
    const result = await run(CLI, ['migrate'], { env, cwd: dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Stopping orphaned embedded PostgreSQL (pid ${postmaster}`);
    expect(alive(postmaster)).toBe(false);
    // The CLI stopped the server it started itself, and left no owner record behind.
    expect(existsSync(join(dataDir, 'pg.owner.json'))).toBe(false);
  }, 120_000);
});
