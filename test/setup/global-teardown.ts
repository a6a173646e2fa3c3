import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runPrefix, testDataDirPrefix, urlFor } from './test-database';

/**
 * Leaves nothing behind: the embedded cluster (removed by its stop()), this run's databases on a
 * shared server, and the DATA_DIR folder of any test app a failed suite did not close.
 */
export default async function globalTeardown() {
  removeLeftoverDataDirs();
  const embedded = (globalThis as { __SN_EMBEDDED__?: { stop(): Promise<void> } }).__SN_EMBEDDED__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  // On a shared server, remove this run's template and any per-file database a failed suite left.
  const client = new Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [runPrefix()],
    );
    for (const row of rows)
      await client.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function removeLeftoverDataDirs(): void {
  const prefix = `${testDataDirPrefix()}-`;
  for (const name of readdirSync(tmpdir()))
    if (name.startsWith(prefix)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
}
