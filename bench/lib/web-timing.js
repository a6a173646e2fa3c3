'use strict';
// Web client timing (a benchmark, not a test; called by bench/web.js): the time from navigation to
// the forum topic page's posts being visible in headless Chromium on loopback, against a static
// HTML file with the same posts served by the same server process (same-run baseline).
//
// One run: a fresh database on DATABASE_URL's server (default: the machine's PostgreSQL), the demo
// data (`cli.js seed`), the built app on a copy of dist/web (WEB_DIST_DIR) that also holds the
// static baseline page, a topic with 30 posts created over GraphQL by a demo member, a browser
// signed in through the sign-in page like a member. Both pages are loaded with a warm cache
// (assets cached, the member signed in: a returning member); a run ends when the last post's text
// is on screen. Everything started here is stopped, and the database dropped, also on failure.
const { execFileSync, spawnSync } = require('node:child_process');
const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const h = require('./harness');

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
/** Demo ORG_ADMIN of Stadt Siegen: a municipal member, no TOTP required (src/seed/demo-data.ts). */
const MEMBER_EMAIL = 'andreas.grossmann@demo.sicherheitsnetz.nrw';
const POSTS = 30;
/** The flags of test/browser/playwright.config.ts. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const BASELINE_FILE = 'bench-topic.html';

const SENTENCES = [
  'Die Stadtverwaltung hat die Mehrfaktor-Authentifizierung für alle Fernzugänge eingeführt.',
  'Nach dem Patchtag wurden die Domänencontroller neu gestartet und die Protokolle geprüft.',
  'Die Phishing-Welle richtet sich gezielt an die Personalabteilungen der Kommunen.',
  'Unser Notfallhandbuch sieht für diesen Fall eine Meldung an das CERT innerhalb von 24 Stunden vor.',
  'Die Sicherung der Fachverfahren läuft jetzt täglich und wird wöchentlich zurückgespielt.',
  'Der Dienstleister hat bestätigt, dass die Schwachstelle in der Firewall geschlossen ist.',
  'Bitte prüft eure Webserver auf die veraltete TLS-Konfiguration aus dem letzten Bericht.',
  'Die Schulung zur Informationssicherheit findet für alle Beschäftigten im Frühjahr statt.',
];

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium not found: apt-get install -y chromium (see .ci/run)');
  }
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function freePort() {
  const net = require('node:net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Body of post `n` (1-based): a few sentences; the last post ends with `marker`. */
function postBody(n, marker) {
  const parts = [];
  for (let i = 0; i < 2 + (n % 4); i++) parts.push(SENTENCES[(n * 3 + i) % SENTENCES.length]);
  return `Beitrag ${n}: ${parts.join(' ')}${n === POSTS ? ` ${marker}` : ''}`;
}

/** The static baseline: the posts' content in roughly the app's markup, with the app's CSS. */
function staticPage(topic, cssFiles) {
  const posts = topic.posts.nodes
    .map(
      (p) => `<li style="margin-bottom: 12px">
<article class="post" id="beitrag-${p.postNumber}" aria-labelledby="beitrag-${p.postNumber}-kopf">
<div class="m-stack"><div class="m-group">
<h3 id="beitrag-${p.postNumber}-kopf"><a href="/mitglieder/${escapeHtml(p.author.id)}">${escapeHtml(p.author.displayName)}</a></h3>
<p>${escapeHtml(p.author.organisation.name)}</p>
<p>· Beitrag ${p.postNumber} · <time datetime="${escapeHtml(p.createdAt)}">${escapeHtml(new Date(p.createdAt).toLocaleString('de-DE'))}</time></p>
</div>
<div class="post-body">${p.html}</div>
</div></article></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(topic.title)} – Sicherheitsnetz</title>
${cssFiles.map((f) => `<link rel="stylesheet" href="/${f}">`).join('\n')}
</head><body><main>
<h1>${escapeHtml(topic.title)}</h1>
<section aria-labelledby="topic-posts"><h2 class="visually-hidden" id="topic-posts">Beiträge</h2>
<ol class="plain-list" aria-label="Beiträge">
${posts}
</ol></section></main></body></html>
`;
}

const TOPIC_QUERY = `query($id: ID!) { forumTopic(id: $id) { id title posts(first: ${POSTS}) { nodes {
  postNumber html createdAt author { id displayName organisation { name } } } } } }`;

/**
 * Injected into every page before its scripts: the time (ms since navigation start) of the first
 * animation frame after the last post's text is in the document. rAF runs only once rendering is
 * no longer blocked (stylesheets loaded), right before that frame is painted.
 */
function visibilityProbe(marker) {
  /* global document, requestAnimationFrame, MutationObserver -- runs in the page */
  const w = /** @type {any} */ (globalThis);
  const check = () => {
    if (w.__snVisibleAt !== undefined || w.__snPending) return;
    const el = document.getElementById('beitrag-30');
    if (!el || !el.textContent || !el.textContent.includes(marker)) return;
    w.__snPending = true;
    w.__snInDomAt = performance.now();
    requestAnimationFrame(() => {
      w.__snVisibleAt = performance.now();
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
}

/**
 * One navigation from the page before (the runs alternate app and static page, so the URL always
 * changes), as a member following a link or bookmark in an open tab. Not via about:blank: that
 * gives every navigation a new renderer process, whose start-up (~0.5 s on this loaded machine)
 * would be added to both sides. Returns the in-page time to visible, when the last post entered
 * the DOM, navigation timing, and the wall clock seen by the bench (includes Playwright's polling).
 */
async function timeNavigation(page, url, marker) {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const last = page.locator('#beitrag-30').getByText(marker);
  await last.waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(() => /** @type {any} */ (globalThis).__snVisibleAt !== undefined);
  const wall = performance.now() - started;
  const probe = await page.evaluate(() => {
    const w = /** @type {any} */ (globalThis);
    const nav = /** @type {PerformanceNavigationTiming} */ (
      performance.getEntriesByType('navigation')[0]
    );
    // The app's requests to the API (token refresh, GraphQL) up to the visible frame.
    const api = performance
      .getEntriesByType('resource')
      .filter((e) => /\/(graphql|auth\/)/.test(e.name) && e.startTime < w.__snVisibleAt)
      .map((e) => /** @type {PerformanceResourceTiming} */ (e));
    const r1 = (x) => Math.round(x * 10) / 10;
    return {
      // Every request of the navigation up to the visible frame (path, start, response end).
      requests: performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < w.__snVisibleAt)
        .map((e) => {
          const t = /** @type {PerformanceResourceTiming} */ (e);
          return `${new URL(t.name).pathname} ${r1(t.startTime)}-${r1(t.responseEnd)} ${t.transferSize}B`;
        }),
      apiRequests: api.length,
      apiFirstStart: api.length ? Math.min(...api.map((e) => e.startTime)) : 0,
      apiLastEnd: api.length ? Math.max(...api.map((e) => e.responseEnd)) : 0,
      inPage: w.__snVisibleAt,
      inDom: w.__snInDomAt,
      responseEnd: nav.responseEnd,
      domContentLoaded: nav.domContentLoadedEventEnd,
    };
  });
  return { ...probe, wall };
}

async function run({ runs = 9, warmups = 3 } = {}) {
  const root = h.ROOT;
  if (!existsSync(join(root, 'dist/src/main.js')) || !existsSync(join(root, 'dist/web/index.html')))
    throw new Error('No build: run `npm run build` first.');
  const { chromium } = require('@playwright/test');
  const serverUrl = process.env.DATABASE_URL || DEFAULT_SERVER;
  const database = `sn_bench_web_${process.pid}_${Date.now().toString(36)}`;
  const databaseUrl = withDatabase(serverUrl, database);
  const tmp = mkdtempSync(join(tmpdir(), 'sn-bench-web-'));
  const webDir = join(tmp, 'web');
  const demoPassword = `Bench-Web-${Date.now().toString(36)}-Passwort`;
  const marker = `Letzter Beitrag ${Date.now().toString(36)}`;
  let server = null;
  let browser = null;
  let created = false;
  /** Stops the browser and the server, drops the database: once, on success, error or signal. */
  let cleaning = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // A timer keeps the event loop alive: a close that never settles must not end the process
      // before the database is dropped.
      const bounded = (p) =>
        Promise.race([p.catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
      if (browser) await bounded(browser.close());
      if (server) await bounded(server.stop());
      if (created)
        await h
          .admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, serverUrl)
          .catch((e) => console.error(`could not drop ${database}: ${e.message}`));
      rmSync(tmp, { recursive: true, force: true });
    })());
  function onSignal() {
    void cleanup().finally(() => process.exit(130));
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await h.admin(`CREATE DATABASE ${database}`, serverUrl);
    created = true;
    cpSync(join(root, 'dist', 'web'), webDir, { recursive: true });
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      DATABASE_URL: databaseUrl,
      DATA_DIR: join(tmp, 'data'),
      DEMO_PASSWORD: demoPassword,
      WEB_DIST_DIR: webDir,
      PUBLIC_URL: baseUrl,
      CORS_ORIGINS: baseUrl,
    };
    const seeded = spawnSync(process.execPath, ['dist/src/cli.js', 'seed'], {
      cwd: root,
      env: { ...process.env, ...env, NODE_ENV: 'production', JWT_SECRET: h.JWT_SECRET },
      stdio: 'pipe',
    });
    if (seeded.status !== 0)
      throw new Error(`seed failed: ${seeded.stderr.toString()}${seeded.stdout.toString()}`);

    server = await h.startApp(databaseUrl, port, env);

    // The topic: 30 posts by the demo member, over the API.
    const login = await h.gql(
      baseUrl,
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: MEMBER_EMAIL, password: demoPassword, totpCode: null } },
    );
    const token = login.data.login.accessToken;
    const cats = await h.gql(
      baseUrl,
      `{ forumCategories(first: 100) { nodes { id name } } }`,
      {},
      token,
    );
    const general = cats.data.forumCategories.nodes.find((c) => c.name === 'Allgemein');
    if (!general) throw new Error('seed has no category "Allgemein"');
    const topicRes = await h.gql(
      baseUrl,
      `mutation($input: CreateForumTopicInput!) { createForumTopic(input: $input) { id } }`,
      {
        input: {
          categoryId: general.id,
          title: 'Messung: Ladezeit der Themenseite',
          body: postBody(1, marker),
        },
      },
      token,
    );
    const topicId = topicRes.data.createForumTopic.id;
    for (let n = 2; n <= POSTS; n++) {
      await h.gql(
        baseUrl,
        `mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { id } }`,
        { input: { topicId, body: postBody(n, marker) } },
        token,
      );
    }

    // The baseline page: the same posts (as the API renders them) and the app's CSS.
    const topic = (await h.gql(baseUrl, TOPIC_QUERY, { id: topicId }, token)).data.forumTopic;
    if (topic.posts.nodes.length !== POSTS) throw new Error('topic has not 30 posts');
    const indexHtml = readFileSync(join(webDir, 'index.html'), 'utf8');
    const cssFiles = [...indexHtml.matchAll(/href="\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
    const baselineHtml = staticPage(topic, cssFiles);
    writeFileSync(join(webDir, BASELINE_FILE), baselineHtml);

    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      // Playwright's own handlers would end the process before cleanup() dropped the database.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const context = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 800 },
    });
    await context.addInitScript(visibilityProbe, marker);
    const page = await context.newPage();
    // Sign in like a member (test/browser/helpers.ts signIn).
    await page.goto(`${baseUrl}/anmeldung`);
    await page.getByLabel('E-Mail-Adresse').fill(MEMBER_EMAIL);
    await page.getByLabel(/^Passwort\s*\*?$/).fill(demoPassword);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Übersicht' })
      .waitFor({ state: 'visible', timeout: 30_000 });

    const appUrl = `${baseUrl}/foren/thema/${topicId}`;
    const staticUrl = `${baseUrl}/${BASELINE_FILE}`;
    // Warm-up: caches filled, V8 and the server warm.
    for (let i = 0; i < warmups; i++) {
      await timeNavigation(page, appUrl, marker);
      await timeNavigation(page, staticUrl, marker);
    }
    const app = [];
    const baseline = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so drift on the shared machine hits both alike.
      app.push(await timeNavigation(page, appUrl, marker));
      baseline.push(await timeNavigation(page, staticUrl, marker));
    }
    const round = (x) => Math.round(x * 10) / 10;
    const figures = (list) => ({
      inPageMs: h.summary(list.map((r) => round(r.inPage))),
      wallMs: h.summary(list.map((r) => round(r.wall))),
      inDomMs: h.summary(list.map((r) => round(r.inDom))),
      responseEndMs: h.summary(list.map((r) => round(r.responseEnd))),
      domContentLoadedMs: h.summary(list.map((r) => round(r.domContentLoaded))),
      apiRequests: h.summary(list.map((r) => r.apiRequests)),
      apiFirstStartMs: h.summary(list.map((r) => round(r.apiFirstStart))),
      apiLastEndMs: h.summary(list.map((r) => round(r.apiLastEnd))),
    });
    const result = {
      lastAppRequests: app[app.length - 1].requests,
      posts: POSTS,
      runs,
      warmups,
      app: { url: '/foren/thema/<id>', ...figures(app) },
      baseline: {
        url: `/${BASELINE_FILE}`,
        htmlKb: round(Buffer.byteLength(baselineHtml) / 1024),
        ...figures(baseline),
      },
    };
    result.ratio =
      Math.round((result.app.inPageMs.median / result.baseline.inPageMs.median) * 100) / 100;
    result.goal = '<= 3x';
    result.met = result.ratio <= 3;
    return result;
  } finally {
    await cleanup();
  }
}

module.exports = { run };
