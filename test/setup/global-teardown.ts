import { Client } from 'pg';
import { runPrefix, urlFor } from './test-database';

export default async function globalTeardown() {
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
