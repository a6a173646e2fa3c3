import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { adminQuery, dropTestDatabase, runPrefix, urlFor } from '../setup/test-database';
import { ensureBuilt, ROOT, run } from './built-app';

/**
 * The production image (docker/Dockerfile) holds dist/, package.json and the production
 * node_modules, no src/ and no TypeScript compiler. The commands the README gives for it work in
 * that layout, against an empty database, with NODE_ENV=production.
 */
describe('CLI commands in the production image layout', () => {
  let image: string;
  let database: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await ensureBuilt();
    image = mkdtempSync(join(tmpdir(), 'sn-test-run-'));
    cpSync(join(ROOT, 'dist'), join(image, 'dist'), { recursive: true });
    writeFileSync(join(image, 'package.json'), readFileSync(join(ROOT, 'package.json')));
    symlinkSync(join(ROOT, 'node_modules'), join(image, 'node_modules'), 'dir');
    database = `${runPrefix()}_image_${process.pid}`;
    await adminQuery(`CREATE DATABASE ${database}`);
    env = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: urlFor(database),
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      PUBLIC_URL: 'https://sicherheitsnetz.example',
      DEMO_PASSWORD: 'Demo-Passwort-fuer-Tests-1',
    };
  }, 180_000);

  afterAll(async () => {
    await dropTestDatabase(database);
    rmSync(image, { recursive: true, force: true });
  });

  it('has no src/ to compile', () => {
    expect(existsSync(join(image, 'src'))).toBe(false);
    expect(existsSync(join(image, 'dist', 'src', 'cli.js'))).toBe(true);
  });

  it('node dist/src/cli.js create-admin (migrating the empty database first) and seed work', async () => {
    const admin = await run(
      join(image, 'dist/src/cli.js'),
      ['create-admin', 'admin@example.org', 'Erste Administratorin'],
      { env, cwd: image },
    );
    expect(admin.stderr).toBe('');
    expect(admin.code).toBe(0);
    expect(admin.stdout).toContain('https://sicherheitsnetz.example/einladung#token=');
    const [{ count }] = await queryRows(
      urlFor(database),
      `SELECT count(*)::int AS count FROM members WHERE platform_role = 'ADMIN'`,
    );
    expect(count).toBe(1);

    const seed = await run(join(image, 'dist/src/cli.js'), ['seed'], { env, cwd: image });
    expect(seed.stderr).toBe('');
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain('Demo data');
    expect(seed.stdout).toMatch(/5 published advisories/);
    // Production writes no schema.graphql next to the code (the image's /app is read-only for node).
    expect(existsSync(join(image, 'schema.graphql'))).toBe(false);
  }, 180_000);
});

async function queryRows(url: string, sql: string): Promise<Array<{ count: number }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
