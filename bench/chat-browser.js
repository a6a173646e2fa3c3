#!/usr/bin/env node
'use strict';
// Chat in the browser (a benchmark, not a test; issue 14): 20 signed-in browser contexts (Debian's
// chromium, headless) on one channel's page, members sending 5 messages/s through the page's
// composer (fill + Enter) in turn. For each message: the time from the Enter keydown in the
// sending page to the message being rendered (the animation frame after it entered the DOM) in
// each of the 19 other pages, against the time from the same keydown to `message:new` at plain
// socket.io clients (one per member, same server, same run). Goal: p99 browser <= 2x p99 socket.
// Also checks that every page shows every message exactly once.
//
//   npm run build && npm run bench:chat            (--seconds 30 --contexts 20 --rate 5)
//
// A fresh database on DATABASE_URL's server (default: the machine's PostgreSQL) with the demo
// data; the app from dist/ on core 0; this process, its sockets and the browser on both cores
// (--pinned: on core 1, like the other benchmarks; bench/README.md says why that is not the default).
// SN_BENCH_PROFILE=1: V8 CPU profile of page 2; SN_BENCH_CHROME_TRACE=1: Chrome trace, thread time by event.
// Everything started here is stopped and the database dropped, also on failure.
const { execFileSync, spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const h = require('./lib/harness');
const { connect, request, closeAll } = require('./lib/sockets');

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const ORG_ADMIN = 'andreas.grossmann@demo.sicherheitsnetz.nrw';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Many renderers: /dev/shm is small in containers (the browser died at newPage without this).
  '--disable-dev-shm-usage',
  // 20 pages at once: none of them may be throttled as a background page.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
const MARK = /Meldung bench-(\d+)\b/;
// SN_BENCH_TRACE=1: every page's console, errors, WebSocket closes and /auth answers, with time.
const TRACE = !!process.env.SN_BENCH_TRACE;
const T0 = Date.now();
function trace(page, n) {
  const log = (what) =>
    console.log(`[${((Date.now() - T0) / 1000).toFixed(2)}s page ${n}] ${what}`);
  page.on('console', (m) => log(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log(`pageerror: ${e.message}`));
  page.on('framenavigated', (f) => f === page.mainFrame() && log(`navigated ${f.url()}`));
  page.on('websocket', (ws) => {
    log(`ws open ${ws.url()}`);
    ws.on('close', () => log('ws close'));
    ws.on('socketerror', (e) => log(`ws error ${e}`));
  });
  page.on('response', (r) => {
    if (r.url().includes('/auth/') || r.status() >= 400) log(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => log(`request failed ${r.url()} ${r.failure()?.errorText}`));
}

/**
 * CPU seconds used so far by this machine's processes, by kind: the app server (its pid), this
 * bench process, Chromium by process type (browser, renderer, gpu-process, utility), Playwright's
 * driver and PostgreSQL. Read from /proc (utime + stime); differences over the send phase say
 * where the machine's two cores went.
 */
function cpuByKind(serverPid) {
  const { readdirSync, readFileSync } = require('node:fs');
  const tick = 100; // USER_HZ on Linux
  const out = {};
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let stat, cmd;
    try {
      stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(f[11]) + Number(f[12])) / tick;
    const pid = Number(d);
    const line = cmd.join(' ');
    const kind =
      pid === serverPid
        ? 'app server'
        : pid === process.pid
          ? 'bench (sockets, schedule)'
          : /chrom/.test(cmd[0] ?? '')
            ? `chromium ${/--type=([\w-]+)/.exec(line)?.[1] ?? 'browser'}`
            : /playwright/.test(line)
              ? 'playwright driver'
              : /^postgres/.test(cmd[0] ?? '') || /postgres:/.test(line)
                ? 'postgresql'
                : null;
    if (kind) out[kind] = (out[kind] ?? 0) + seconds;
  }
  return out;
}

/** Thread time by trace event name (complete events, self time not separated), top 25. */
function summariseTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const threads = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.name}`;
    const s = sums.get(key) ?? { ms: 0, n: 0 };
    s.ms += (e.tdur ?? e.dur) / 1000;
    s.n++;
    sums.set(key, s);
  }
  console.log('  Chrome trace of page 2 (thread time by event, nested events counted in each):');
  for (const [k, v] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
    console.log(`    ${v.ms.toFixed(0).padStart(7)} ms  ${String(v.n).padStart(6)}x  ${k}`);
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

function freePort() {
  const net = require('node:net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Injected into every page: the epoch time (ms) of each Enter keydown in a textarea with a bench
 * marker (sends), and of the first animation frame after a message with a marker entered the DOM
 * (renders). performance.timeOrigin + now() is the system clock, shared with this process.
 */
function probe(traced) {
  /* global document, requestAnimationFrame, MutationObserver, Element -- runs in the page */
  const w = /** @type {any} */ (globalThis);
  if (traced) {
    // Long tasks and the composer's disabled state, on the console (SN_BENCH_TRACE).
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        if (e.duration > 300) console.log(`longtask ${Math.round(e.duration)} ms`);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((list) => {
      for (const r of list)
        if (r.target.tagName === 'TEXTAREA' && r.attributeName === 'disabled')
          console.log(`composer disabled=${r.target.disabled}`);
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['disabled'] });
  }
  const mark = /Meldung bench-(\d+)\b/;
  const now = () => performance.timeOrigin + performance.now();
  w.__benchSent = {};
  w.__benchRendered = {};
  document.addEventListener(
    'keydown',
    (e) => {
      const t = /** @type {any} */ (e.target);
      if (e.key !== 'Enter' || e.shiftKey || !t || t.tagName !== 'TEXTAREA') return;
      const m = mark.exec(t.value);
      if (m) w.__benchSent[m[1]] = now();
    },
    true,
  );
  const seen = (node) => {
    if (!(node instanceof Element)) return;
    const bodies = node.matches('.chat-body') ? [node] : node.querySelectorAll('.chat-body');
    for (const b of bodies) {
      // The sender's own pending copy is not in the log's stored messages: skip outgoing ones.
      if (b.closest('.outgoing')) continue;
      const m = mark.exec(b.textContent || '');
      if (!m || w.__benchRendered[m[1]] !== undefined) continue;
      const key = m[1];
      w.__benchRendered[key] = -1;
      requestAnimationFrame(() => {
        w.__benchRendered[key] = now();
      });
    }
  };
  new MutationObserver((list) => {
    for (const r of list) for (const n of r.addedNodes) seen(n);
  }).observe(document, { childList: true, subtree: true });
}

async function main() {
  // By default the browsers may use both cores (each member has a computer of their own; pinned to
  // the load core, 20 renderers starved there: bench/README.md). --pinned: as the other benchmarks.
  if (process.argv.includes('--pinned') && h.pinSelf()) return;
  const contexts = arg('contexts', 20);
  const seconds = arg('seconds', 30);
  const rate = arg('rate', 5);
  const { chromium } = require('@playwright/test');
  const serverUrl = process.env.DATABASE_URL || DEFAULT_SERVER;
  const database = `sn_bench_chatweb_${process.pid}_${Date.now().toString(36)}`;
  const tmp = mkdtempSync(join(tmpdir(), 'sn-bench-chatweb-'));
  const demoPassword = `Bench-Chat-${Date.now().toString(36)}-Passwort`;
  let server = null;
  let browser = null;
  let created = false;
  const sockets = [];
  try {
    await h.admin(`CREATE DATABASE ${database}`, serverUrl);
    created = true;
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const u = new URL(serverUrl);
    u.pathname = `/${database}`;
    const env = {
      DATABASE_URL: u.toString(),
      DATA_DIR: join(tmp, 'data'),
      DEMO_PASSWORD: demoPassword,
      WEB_DIST_DIR: join(h.ROOT, 'dist', 'web'),
      PUBLIC_URL: baseUrl,
      CORS_ORIGINS: baseUrl,
    };
    const seeded = spawnSync(process.execPath, ['dist/src/cli.js', 'seed'], {
      cwd: h.ROOT,
      env: { ...process.env, ...env, NODE_ENV: 'production', JWT_SECRET: h.JWT_SECRET },
      stdio: 'pipe',
    });
    if (seeded.status !== 0)
      throw new Error(`seed failed: ${seeded.stderr.toString()}${seeded.stdout.toString()}`);
    server = await h.startApp(u.toString(), port, env);

    // Members: invited by the demo ORG_ADMIN and accepted over the API (that access token opens
    // the member's plain socket); each page signs in through the form (21 sign-ins: under the
    // 30 per minute and IP of the login limit).
    const admin = (
      await h.gql(
        baseUrl,
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: ORG_ADMIN, password: demoPassword, totpCode: null } },
      )
    ).data.login.accessToken;
    const org = (await h.gql(baseUrl, `{ me { organisation { id } } }`, {}, admin)).data.me
      .organisation.id;
    const channel = (
      await h.gql(
        baseUrl,
        `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`,
        { input: { kind: 'PUBLIC', name: 'Messung Chat im Browser' } },
        admin,
      )
    ).data.createChannel.id;

    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const pages = [];
    const tokens = [];
    const stamp = Date.now().toString(36);
    for (let i = 0; i < contexts; i++) {
      const invitation = (
        await h.gql(
          baseUrl,
          `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
          {
            input: {
              email: `bench.chat.${i}.${stamp}@example.org`,
              displayName: `Messperson ${i + 1}`,
              organisationId: org,
            },
          },
          admin,
        )
      ).data.inviteMember.token;
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
        viewport: { width: 1280, height: 800 },
      });
      await context.addInitScript(probe, TRACE);
      const email = `bench.chat.${i}.${stamp}@example.org`;
      const accepted = await h.gql(
        baseUrl,
        `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
        { input: { token: invitation, password: demoPassword } },
      );
      const token = accepted.data.acceptInvitation.accessToken;
      tokens.push(token);
      await h.gql(
        baseUrl,
        `mutation($id: ID!) { joinPublicChannel(channelId: $id) { id } }`,
        { id: channel },
        token,
      );
      const page = await context.newPage();
      if (TRACE) trace(page, i + 1);
      // Signed in through the sign-in form, like a member (the API token above is the socket's).
      await page.goto('/anmeldung');
      await page.getByLabel('E-Mail-Adresse').fill(email);
      await page.getByLabel(/^Passwort\s*\*?$/).fill(demoPassword);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor({ timeout: 30_000 });
      await page.goto(`/chat/${channel}`);
      await page.getByRole('textbox', { name: 'Nachricht', exact: true }).waitFor();
      pages.push(page);
      process.stdout.write(`\rcontexts ready: ${pages.length}/${contexts}`);
    }
    process.stdout.write('\n');
    // Plain socket.io clients, one per member, in the room like the pages.
    const socketArrivals = new Map();
    for (const token of tokens) {
      const s = await connect(baseUrl, token);
      await request(s, 'channel:join', { channelId: channel });
      s.on('message:new', (m) => {
        const at = performance.timeOrigin + performance.now();
        const k = MARK.exec(m.body ?? '')?.[1];
        if (!k) return;
        if (!socketArrivals.has(k)) socketArrivals.set(k, []);
        socketArrivals.get(k).push(at);
      });
      sockets.push(s);
    }
    // Every page must be joined (its log present) before the clock starts.
    for (const p of pages) await p.getByRole('log').waitFor({ state: 'attached' });
    console.log(
      `${contexts} browser contexts + ${sockets.length} sockets in one channel; ${rate} messages/s for ${seconds} s`,
    );

    const total = Math.round(seconds * rate);
    // SN_BENCH_PROFILE=1: a V8 CPU profile of page 2 (a receiver most of the time) while sending.
    const profiled = process.env.SN_BENCH_PROFILE
      ? await pages[1].context().newCDPSession(pages[1])
      : null;
    if (profiled) {
      await profiled.send('Profiler.enable');
      await profiled.send('Profiler.start');
    }
    // What the pages cost while nothing happens (timers, animations): 5 s before the clock starts.
    const idleBefore = cpuByKind(server.pid);
    await h.sleep(5000);
    const idleAfter = cpuByKind(server.pid);
    console.log(
      `  CPU seconds in 5 s without messages: ${Object.entries(idleAfter)
        .map(([k, v]) => `${k} ${Math.round((v - (idleBefore[k] ?? 0)) * 10) / 10}`)
        .join(', ')}`,
    );
    // SN_BENCH_CHROME_TRACE=1: a Chrome trace of page 2 while sending, summed by event name.
    const chromeTrace = !!process.env.SN_BENCH_CHROME_TRACE;
    if (chromeTrace)
      await browser.startTracing(pages[1], {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc', 'blink'],
      });
    const cpuBefore = cpuByKind(server.pid);
    const senders = [];
    const sends = [];
    const sendErrors = [];
    const queues = pages.map(() => Promise.resolve());
    const started = Date.now();
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / rate;
      const wait = due - Date.now();
      if (wait > 0) await h.sleep(wait);
      const from = n % contexts;
      senders[n] = from;
      const box = pages[from].getByRole('textbox', { name: 'Nachricht', exact: true });
      // Not awaited one by one: the schedule must not wait for Playwright's round trips. But one
      // page's actions run in order: a fill of the page's next message must not start while the
      // Enter of its previous one is still on its way (it would overwrite the text, that Enter
      // would send the new text and the next Enter an empty composer).
      const action = queues[from]
        .then(() => box.fill(`Meldung bench-${n} aus Kontext ${from + 1}`))
        .then(
          () =>
            TRACE &&
            console.log(
              `[${((Date.now() - T0) / 1000).toFixed(2)}s] filled ${n} page ${from + 1} (${Date.now() - due} ms late)`,
            ),
        )
        .then(() => box.press('Enter'))
        .catch((e) => {
          sendErrors.push(`${n} from page ${from + 1}: ${String(e.message).split('\n')[0]}`);
        });
      queues[from] = action;
      sends.push(action);
    }
    await Promise.all(sends);
    const lateness = Date.now() - (started + (total * 1000) / rate);
    const sendSeconds = (Date.now() - started) / 1000;
    const cpuAfter = cpuByKind(server.pid);
    const cpu = Object.fromEntries(
      Object.entries(cpuAfter)
        .map(([k, v]) => [k, Math.round((v - (cpuBefore[k] ?? 0)) * 10) / 10])
        .sort((a, b) => b[1] - a[1]),
    );
    console.log(
      `  CPU seconds in the ${sendSeconds.toFixed(1)} s of sending (2 cores: ${(2 * sendSeconds).toFixed(0)} s at most): ${Object.entries(
        cpu,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    if (chromeTrace) {
      const raw = (await browser.stopTracing()).toString();
      const dir = join(h.ROOT, 'bench', '.data', 'profiles');
      require('node:fs').mkdirSync(dir, { recursive: true });
      require('node:fs').writeFileSync(join(dir, 'chat-page-trace.json'), raw);
      summariseTrace(JSON.parse(raw));
    }
    if (profiled) {
      const { profile } = await profiled.send('Profiler.stop');
      const dir = join(h.ROOT, 'bench', '.data', 'profiles');
      require('node:fs').mkdirSync(dir, { recursive: true });
      const file = join(dir, `chat-page-${Date.now()}.cpuprofile`);
      require('node:fs').writeFileSync(file, JSON.stringify(profile));
      console.log(`  CPU profile of page 2: ${file}`);
    }
    if (sendErrors.length) {
      console.log(`  SEND ERRORS: ${sendErrors.slice(0, 10).join('; ')}`);
      for (const [c, p] of pages.entries()) {
        const state = await p.evaluate(() => {
          const box = document.querySelector('.chat-composer textarea');
          return {
            url: globalThis.location.href,
            composer: box ? { disabled: box.disabled, value: box.value } : null,
            notice: document.querySelector('.chat-connection')?.textContent ?? null,
            outgoing: document.querySelectorAll('.outgoing').length,
          };
        });
        if (!state.composer || state.composer.disabled || state.composer.value)
          console.log(`  page ${c + 1}: ${JSON.stringify(state)}`);
      }
    }
    await h.sleep(3000);

    const browserLatency = [];
    const socketLatency = [];
    const missing = [];
    const doubled = [];
    const sent = await Promise.all(pages.map((p) => p.evaluate(() => globalThis.__benchSent)));
    const rendered = await Promise.all(
      pages.map((p) => p.evaluate(() => globalThis.__benchRendered)),
    );
    const counts = await Promise.all(
      pages.map((p) =>
        p.evaluate(() =>
          [...document.querySelectorAll('.chat-log .chat-body')].map((b) => b.textContent),
        ),
      ),
    );
    for (let n = 0; n < total; n++) {
      const at = sent[senders[n]][n];
      if (at === undefined) {
        missing.push(`send ${n}`);
        continue;
      }
      for (let c = 0; c < contexts; c++) {
        if (c === senders[n]) continue;
        const r = rendered[c][n];
        if (r === undefined || r < 0) missing.push(`${n} in page ${c + 1}`);
        else browserLatency.push(r - at);
      }
      const arrivals = socketArrivals.get(String(n)) ?? [];
      if (arrivals.length < sockets.length) missing.push(`${n} at sockets`);
      for (const a of arrivals) socketLatency.push(a - at);
    }
    counts.forEach((texts, c) => {
      const seen = new Map();
      for (const t of texts) {
        const k = MARK.exec(t ?? '')?.[1];
        if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
      }
      for (const [k, v] of seen) if (v > 1) doubled.push(`${k} x${v} in page ${c + 1}`);
      if (seen.size !== total) missing.push(`page ${c + 1} shows ${seen.size} of ${total}`);
    });

    const stats = (list) => {
      const r = (x) => Math.round(x * 10) / 10;
      return {
        n: list.length,
        p50: r(h.percentile(list, 50)),
        p95: r(h.percentile(list, 95)),
        p99: r(h.percentile(list, 99)),
        max: r(Math.max(...list)),
      };
    };
    const b = stats(browserLatency);
    const s = stats(socketLatency);
    const ratio = Math.round((b.p99 / s.p99) * 100) / 100;
    const met = ratio <= 2 && !missing.length && !doubled.length && !sendErrors.length;
    const line = (name, x) =>
      `  ${name.padEnd(22)} n=${x.n}  p50 ${x.p50} ms  p95 ${x.p95} ms  p99 ${x.p99} ms  max ${x.max} ms`;
    console.log(line('browser (rendered)', b));
    console.log(line('socket.io (received)', s));
    console.log(`  schedule lateness at the end: ${lateness} ms`);
    if (missing.length) console.log(`  MISSING: ${missing.slice(0, 10).join('; ')}`);
    if (doubled.length) console.log(`  DOUBLED: ${doubled.slice(0, 10).join('; ')}`);
    const verdict = `p99 browser ${b.p99} ms vs socket.io ${s.p99} ms = ${ratio}x (goal <= 2x: ${met ? 'met' : 'missed'}); ${missing.length} missing, ${doubled.length} doubled`;
    const file = h.saveResults('chat-browser', {
      verdict,
      contexts,
      seconds,
      rate,
      messages: total,
      browser: b,
      socket: s,
      ratio,
      met,
      lateness,
      cpuSeconds: cpu,
      missing: missing.slice(0, 50),
      doubled: doubled.slice(0, 50),
    });
    console.log(`\n${verdict}\n${file}`);
  } finally {
    closeAll(sockets);
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop().catch(() => {});
    if (created)
      await h
        .admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, serverUrl)
        .catch((e) => console.error(`could not drop ${database}: ${e.message}`));
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
