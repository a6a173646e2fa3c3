import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { adminQuery, TEMPLATE_DB, urlFor } from './test-database';

/**
 * Runs the migrations once into a template database; each test file then copies it. Uses the
 * server in DATABASE_URL when set (CI: the machine's PostgreSQL), else an embedded one.
 */
export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'sn-test-pg-'));
    const embedded = await startEmbeddedPostgres(dir);
    (globalThis as { __SN_EMBEDDED__?: unknown }).__SN_EMBEDDED__ = embedded;
    serverUrl = embedded.url;
  }
  process.env.SN_TEST_SERVER_URL = serverUrl;
  const templateUrl = urlFor(TEMPLATE_DB, serverUrl);
  await adminQuery(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${TEMPLATE_DB}`);
  const db = await new DataSource(dataSourceOptions(templateUrl, 2)).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
}
