import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { startTestApp } from '../helpers/test-app';
import { testDataDirPrefix } from '../setup/test-database';

/** A test run removes the temporary folders it makes (each app's DATA_DIR, the embedded cluster). */
describe('test debris', () => {
  const ours = () => readdirSync(tmpdir()).filter((n) => n.startsWith(testDataDirPrefix()));

  it('a test app removes its DATA_DIR when it closes', async () => {
    const before = ours();
    const t = await startTestApp();
    expect(existsSync(t.config.dataDir)).toBe(true);
    expect(ours()).toHaveLength(before.length + 1);
    await t.close();
    expect(existsSync(t.config.dataDir)).toBe(false);
    expect(ours()).toEqual(before);
  });

  it('an embedded PostgreSQL started for a test run removes its cluster when stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-test-pg-'));
    const embedded = await startEmbeddedPostgres(dir, undefined, { removeOnStop: true });
    expect(existsSync(join(dir, 'pg', 'PG_VERSION'))).toBe(true);
    await embedded.stop();
    expect(existsSync(dir)).toBe(false);
  }, 120_000);
});
