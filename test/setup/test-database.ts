import { Client } from 'pg';

/** Where the e2e suites find their PostgreSQL: DATABASE_URL if set, else the embedded one. */
export const TEMPLATE_DB = 'sicherheitsnetz_test_template';

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
  const name = `sn_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  return { name, url: urlFor(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
