import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * Any constant: all instances of this application agree on it. Also taken (per transaction) by the
 * first-admin bootstrap, so that replicas starting together create one first admin.
 */
export const MIGRATION_LOCK_KEY = 7_311_946_201;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that several instances
 * starting at once (docker compose with replicas) migrate one after another, not concurrently.
 */
export async function runMigrationsLocked(url: string): Promise<string[]> {
  const db = await new DataSource(dataSourceOptions(url, 2)).initialize();
  const lock = db.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await db.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await db.destroy();
  }
}
