import { Client } from 'pg';

/**
 * Names are prefixed per test run so that two runs against one shared server (two worktrees, a
 * developer and CI) never drop each other's databases.
 */
export function runPrefix(): string {
  const id = process.env.SN_TEST_RUN_ID;
  if (!id) throw new Error('SN_TEST_RUN_ID not set: the e2e global setup did not run');
  return `sn_test_${id}`;
}

/** Temporary folders of this run (DATA_DIR of each test app) start with this name. */
export const testDataDirPrefix = () => `sn-test-data-${process.env.SN_TEST_RUN_ID ?? 'norun'}`;

export const templateDb = () => `${runPrefix()}_template`;

export function serverUrl(): string {
  const url = process.env.SN_TEST_SERVER_URL;
  if (!url) throw new Error('SN_TEST_SERVER_URL not set: the e2e global setup did not run');
  return url;
}

export function urlFor(database: string, base = serverUrl()): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database per test file, copied from the migrated template (fast, isolated). */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = `${runPrefix()}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateDb()}`);
  return { name, url: urlFor(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
