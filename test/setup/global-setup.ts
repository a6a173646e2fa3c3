import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { runMigrationsLocked } from '../../src/database/migrate';
import { adminQuery, templateDb, urlFor } from './test-database';

/**
 * Runs the migrations once into a template database; each test file then copies it. Uses the
 * server in DATABASE_URL when set (CI: the machine's PostgreSQL), else an embedded one.
 */
export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'sn-test-pg-'));
    // Its folder (a 70 MB cluster) goes when the global teardown stops it.
    const embedded = await startEmbeddedPostgres(dir, undefined, { removeOnStop: true });
    (globalThis as { __SN_EMBEDDED__?: unknown }).__SN_EMBEDDED__ = embedded;
    serverUrl = embedded.url;
  }
  process.env.SN_TEST_SERVER_URL = serverUrl;
  process.env.SN_TEST_RUN_ID = `${process.pid}_${Date.now().toString(36)}`;
  const template = templateDb();
  const templateUrl = urlFor(template, serverUrl);
  await adminQuery(`CREATE DATABASE ${template}`);
  await runMigrationsLocked(templateUrl);
}
