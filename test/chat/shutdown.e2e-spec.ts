import { Client } from 'pg';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { dropTestDatabase } from '../setup/test-database';
import { clientId, connect, createChannel } from './chat-client';

jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Shutdown with sends still queued behind a channel lock (a deploy during a busy incident): the
 * app closes the sockets, lets the running sends finish and only then destroys the pool. Before,
 * TypeORM's pool destroy handed busy connections to the waiting sends (pg warned "Calling
 * client.query() when the client is already executing a query") and the sends failed.
 */
describe('shutdown with sends in flight', () => {
  let t: TestApp;
  let outside: Client;
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);

  beforeAll(async () => {
    t = await startTestApp();
    outside = new Client({ connectionString: t.databaseUrl });
    await outside.connect();
    process.on('warning', onWarning);
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    await outside.end();
    await dropTestDatabase(new URL(t.databaseUrl).pathname.slice(1));
  });

  it('stores every send that had reached the database when the app was closed', async () => {
    const owner = await createActor(t, OrganisationKind.MUNICIPALITY);
    const channelId = await createChannel(t, owner.token, 'Lagezentrum');
    const sockets = await Promise.all(Array.from({ length: 12 }, () => connect(t, owner.token)));

    await outside.query('BEGIN');
    await outside.query('SELECT 1 FROM channels WHERE id = $1 FOR UPDATE', [channelId]);
    // More sends than the pool has connections (10 in tests): the rest queue for a connection.
    const sends = 24;
    for (let i = 0; i < sends; i++)
      sockets[i % sockets.length].emit(
        'message:send',
        { channelId, clientMessageId: clientId(), body: `Lagemeldung ${i}` },
        () => undefined,
      );
    const waiting = await waitForBlockedSends(4);

    const closing = t.app.close();
    await sleep(200); // the sockets are closed by now; the sends still wait for the lock
    await outside.query('COMMIT');
    await closing;

    const { rows } = await outside.query<{ count: number; last_seq: number }>(
      `SELECT count(m.id)::int AS count, max(c.last_seq)::int AS last_seq
         FROM channels c LEFT JOIN messages m ON m.channel_id = c.id WHERE c.id = $1`,
      [channelId],
    );
    // Every send that had reached the database when the app closed is stored, without gaps.
    expect(rows[0].count).toBeGreaterThanOrEqual(waiting);
    expect(rows[0].last_seq).toBe(rows[0].count);
    expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
  });

  /** Ordering, not timing: the sends are queued on the lock before the app is closed. */
  async function waitForBlockedSends(n: number): Promise<number> {
    for (let i = 0; i < 500; i++) {
      const { rows } = await outside.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      if (rows[0].count >= n) return rows[0].count;
      await sleep(20);
    }
    throw new Error(`fewer than ${n} sends waiting on the channel lock`);
  }
});
