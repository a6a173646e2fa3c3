'use strict';
// Shared machinery for the benchmarks: a database to measure on, the built app started on its own
// core, repeated runs with median/min/max, and result files. Plain CommonJS against dist/ so the
// benchmarks measure what `npm start` runs.
const { spawn, execFileSync } = require('node:child_process');
const { mkdirSync, writeFileSync, existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');

const ROOT = join(__dirname, '..', '..');
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

function hasTaskset() {
  try {
    execFileSync('taskset', ['-c', '0', 'true']);
    return true;
  } catch {
    return false;
  }
}

/** Core for servers under test; the load generator (this process) runs on the other one. */
const SERVER_CPU = '0';
const LOAD_CPU = '1';

function pinned(cmd, args) {
  return hasTaskset() ? ['taskset', ['-c', SERVER_CPU, cmd, ...args]] : [cmd, args];
}

/** Re-executes the current script pinned to the load core (once). */
function pinSelf() {
  if (process.env.SN_BENCH_PINNED || !hasTaskset()) return false;
  const child = spawn(
    'taskset',
    ['-c', LOAD_CPU, process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, SN_BENCH_PINNED: '1' },
    },
  );
  child.on('exit', (code) => process.exit(code ?? 1));
  return true;
}

let embedded = null;

/** A server URL: DATABASE_URL's server, or an embedded PostgreSQL in bench/.data. */
async function serverUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (!embedded) {
    const { startEmbeddedPostgres } = require(join(ROOT, 'dist/src/database/embedded-postgres.js'));
    embedded = await startEmbeddedPostgres(join(ROOT, 'bench', '.data'));
  }
  return embedded.url;
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql, url) {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A migrated database by name; `fresh` drops an existing one first. */
async function benchDatabase(name, { fresh = false } = {}) {
  const server = await serverUrl();
  const exists =
    (await admin(`SELECT 1 FROM pg_database WHERE datname = '${name}'`, server)).rowCount > 0;
  if (exists && fresh) await admin(`DROP DATABASE ${name} WITH (FORCE)`, server);
  // SN_BENCH_DB_SUFFIX (e.g. "_alice"): a private copy of a data set for parallel work; it starts
  // as a copy of the unsuffixed data set when that exists (CREATE DATABASE ... TEMPLATE).
  const suffix = process.env.SN_BENCH_DB_SUFFIX;
  const base = suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : null;
  const baseExists =
    !fresh &&
    base &&
    (await admin(`SELECT 1 FROM pg_database WHERE datname = '${base}'`, server)).rowCount > 0;
  if (!exists && baseExists) await admin(`CREATE DATABASE ${name} TEMPLATE ${base}`, server);
  else if (!exists || fresh) await admin(`CREATE DATABASE ${name}`, server);
  const url = withDatabase(server, name);
  const { runMigrationsLocked } = require(join(ROOT, 'dist/src/database/migrate.js'));
  await runMigrationsLocked(url);
  return { url, created: !exists || fresh };
}

// The app compiles the CSAF schemas before it listens: 8-13 s on a quiet machine, minutes on a busy one.
// SN_BENCH_START_TIMEOUT_S raises it on a machine busier than that.
async function waitFor(
  url,
  timeoutMs = Number(process.env.SN_BENCH_START_TIMEOUT_S ?? 180) * 1000,
) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** Starts a node script on the server core; resolves once `readyPath` answers 200. */
async function startServer(
  script,
  { env = {}, port, readyPath = '/health/ready', args = [], nodeArgs = [] },
) {
  const [cmd, argv] = pinned(process.execPath, [...nodeArgs, script, ...args]);
  const child = spawn(cmd, argv, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      JWT_SECRET,
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    await Promise.race([
      waitFor(`http://127.0.0.1:${port}${readyPath}`),
      exited.then(() => Promise.reject(new Error(`${script} exited`))),
    ]);
  } catch (e) {
    // A server that did not come up in time must not stay behind holding the port.
    child.kill('SIGKILL');
    throw e;
  }
  return {
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The built app on the server core. */
function startApp(databaseUrl, port, env = {}, nodeArgs = []) {
  if (!existsSync(join(ROOT, 'dist/src/main.js'))) throw new Error('run `npm run build` first');
  // --profile (SN_BENCH_CPU_PROF=1): a V8 CPU profile of the app per start in bench/.data/profiles.
  const prof = process.env.SN_BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, 'bench', '.data', 'profiles')}`]
    : [];
  return startServer(join(ROOT, 'dist/src/main.js'), {
    port,
    nodeArgs: [...prof, ...nodeArgs],
    // Every simulated member connects from the load generator's one address.
    env: {
      DATABASE_URL: databaseUrl,
      CORS_ORIGINS: 'http://localhost',
      SOCKET_MAX_PER_IP: '1000000',
      // The mail jobs (daily digests for all 6,000 members, escalations) run 300 s after start:
      // a burst in the middle of whichever benchmark is running then (it hit P5 at 1M and P7's
      // 5,000 step). The benchmarks measure request paths; the digest has its own figure in
      // bench/README.md ("Found on the way").
      MAIL_JOB_INTERVAL_SECONDS: '0',
      ...env,
    },
  });
}

/** Resident set size of a process in bytes (Linux /proc). */
function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

/** Event-loop-free sleep. */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** POSTs a GraphQL operation; returns the parsed body (throws on GraphQL errors unless `allowErrors`). */
async function gql(url, query, variables, token, { allowErrors = false } = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors && !allowErrors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body;
}

/** Warm-up, then `n` measured runs; reports the median with min and max of `pick(result)`. */
async function repeat(n, fn, { warmup = true } = {}) {
  if (warmup) await fn(-1);
  const results = [];
  for (let i = 0; i < n; i++) results.push(await fn(i));
  return results;
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    runs: values,
  };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function saveResults(name, data) {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { benchmark: name, date: new Date().toISOString(), machine: machine(), ...data },
      null,
      2,
    ),
  );
  return file;
}

function machine() {
  const os = require('node:os');
  return {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    pinned: hasTaskset(),
  };
}

async function shutdown() {
  if (embedded) await embedded.stop();
  embedded = null;
}

module.exports = {
  ROOT,
  JWT_SECRET,
  pinSelf,
  benchDatabase,
  startServer,
  startApp,
  repeat,
  summary,
  percentile,
  saveResults,
  shutdown,
  admin,
  serverUrl,
  rssOf,
  sleep,
  gql,
  hasTaskset,
};
