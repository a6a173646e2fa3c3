import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../..');

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitForReady(url: string, server: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('server did not become ready');
}

/**
 * Starts the built server (npm run build first: dist/src and dist/web) on a fresh database with
 * the demo data (npm run seed), for the browser tests. With DATABASE_URL: a new database on that
 * server, dropped afterwards; without: an embedded PostgreSQL in a temporary folder.
 */
export default async function globalSetup() {
  if (!existsSync(join(ROOT, 'dist/src/main.js')) || !existsSync(join(ROOT, 'dist/web/index.html')))
    throw new Error('Build first: npm run build (npm run test:browser does it)');
  const port = process.env.SN_BROWSER_PORT!;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'sn-browser-'));
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const demoPassword = `Browser-Test-${runId}`;
  const serverUrl = process.env.DATABASE_URL;
  let databaseUrl: string | undefined;
  let database: string | undefined;
  if (serverUrl) {
    database = `sn_browser_${runId}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${database}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: port,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_PASSWORD: demoPassword,
    JWT_SECRET: `browser-test-secret-${runId}-0123456789abcdef`,
    LOG_LEVEL: 'warn',
    PUBLIC_URL: baseUrl,
  };
  delete env.REDIS_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;

  const seeded = spawnSync('node', ['dist/src/cli.js', 'seed'], { cwd: ROOT, env, stdio: 'pipe' });
  if (seeded.status !== 0)
    throw new Error(`seed failed: ${seeded.stderr.toString()}${seeded.stdout.toString()}`);

  const server = spawn('node', ['dist/src/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  server.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  try {
    await waitForReady(baseUrl, server);
  } catch (e) {
    server.kill('SIGTERM');
    throw new Error(`${(e as Error).message}\n${log}`, { cause: e });
  }
  process.env.SN_DEMO_PASSWORD = demoPassword;

  return async () => {
    await new Promise<void>((done) => {
      if (server.exitCode !== null) return done();
      server.once('exit', () => done());
      server.kill('SIGTERM');
      setTimeout(() => {
        server.kill('SIGKILL');
        done();
      }, 15_000).unref();
    });
    if (serverUrl && database)
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
