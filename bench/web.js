#!/usr/bin/env node
// Web client budget (a benchmark, not a test): gzipped JavaScript each route needs on first load,
// from the Vite manifest of `npm run build` (dist/web/.vite/manifest.json). A route's JS = the entry
// chunk and its static imports + the lazy chunks of the layout and page it renders (and their
// static imports). Then the topic page's time to visible posts in headless Chromium against a static
// HTML page with the same posts from the same server (bench/lib/web-timing.js). Prints the figures,
// the budgets and goals of issue 11 and writes bench/results/web.json; exit code 0 either way
// (1 only when the measurement itself fails).
//   npm run build && npm run bench:web              (--sizes-only: no browser; --runs N)
const { readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');
const h = require('./lib/harness');

const DIST = join(__dirname, '..', 'dist', 'web');
const MANIFEST = join(DIST, '.vite', 'manifest.json');

/** Route -> the source modules loaded lazily for it (besides index.html's entry). */
const ROUTES = [
  { name: 'sign-in (/anmeldung)', budgetKb: 150, modules: ['src/features/auth/LoginPage.tsx'] },
  {
    name: 'start page (/)',
    budgetKb: null,
    modules: ['src/app/AppLayout.tsx', 'src/features/home/HomePage.tsx'],
  },
  {
    name: 'topic page (/foren/thema/:id)',
    budgetKb: 300,
    modules: ['src/app/AppLayout.tsx', 'src/features/forums/TopicPage.tsx'],
  },
];

function bundleSizes() {
  const sizes = { routes: [], cssKb: 0 };
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const gz = new Map();
  const gzipKb = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length);
    return gz.get(file) / 1024;
  };
  const closure = (key, files) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) closure(dep, files);
  };
  console.log('Gzipped JS per route (level 9):');
  for (const route of ROUTES) {
    const missing = route.modules.filter((m) => !manifest[m]);
    if (missing.length) {
      console.log(`  ${route.name.padEnd(32)} not built yet (${missing.join(', ')})`);
      sizes.routes.push({ name: route.name, missing });
      continue;
    }
    const files = new Set();
    closure('index.html', files);
    for (const m of route.modules) closure(m, files);
    const js = [...files].filter((f) => f.endsWith('.js'));
    const total = js.reduce((sum, f) => sum + gzipKb(f), 0);
    const budget = route.budgetKb
      ? ` (budget ${route.budgetKb} KB: ${total <= route.budgetKb ? 'ok' : 'OVER'})`
      : '';
    console.log(
      `  ${route.name.padEnd(32)} ${total.toFixed(1).padStart(6)} KB in ${js.length} files${budget}`,
    );
    sizes.routes.push({
      name: route.name,
      gzipKb: Math.round(total * 10) / 10,
      files: js.length,
      budgetKb: route.budgetKb,
      withinBudget: route.budgetKb ? total <= route.budgetKb : null,
    });
  }
  const css = Object.values(manifest)
    .flatMap((c) => c.css ?? [])
    .filter((f, i, all) => all.indexOf(f) === i);
  const cssKb = css.reduce((s, f) => s + gzipKb(f), 0);
  console.log(`  CSS (all routes)                 ${cssKb.toFixed(1).padStart(6)} KB`);
  sizes.cssKb = Math.round(cssKb * 10) / 10;
  return sizes;
}

async function main() {
  if (!existsSync(MANIFEST)) {
    console.error('No build: run `npm run build` first.');
    process.exit(1);
  }
  const argv = process.argv.slice(2);
  const sizesOnly = argv.includes('--sizes-only');
  // Like the other benchmarks: the server on core 0, this process and its browser on core 1.
  if (!sizesOnly && h.pinSelf()) return;
  const sizes = bundleSizes();
  if (sizesOnly) return;
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 9;
  console.log(
    `\nTopic page, 30 posts, warm cache, signed in: navigation -> last post visible (median of ${runs})`,
  );
  const timing = await require('./lib/web-timing').run({ runs });
  const fmt = (s) => `${s.median} ms (${s.min}-${s.max})`;
  console.log(
    `  app    /foren/thema/<id>  ${fmt(timing.app.inPageMs)}, wall ${fmt(timing.app.wallMs)}`,
  );
  console.log(
    `  static ${timing.baseline.url.padEnd(18)} ${fmt(timing.baseline.inPageMs)}, wall ${fmt(timing.baseline.wallMs)}`,
  );
  const detail = (x) =>
    `in DOM ${x.inDomMs.median}, response end ${x.responseEndMs.median}, DOMContentLoaded ${x.domContentLoadedMs.median} ms`;
  console.log(`  app:    ${detail(timing.app)}`);
  console.log(
    `          ${timing.app.apiRequests.median} API requests (refresh, GraphQL) from ${timing.app.apiFirstStartMs.median} to ${timing.app.apiLastEndMs.median} ms`,
  );
  console.log(`  static: ${detail(timing.baseline)}`);
  console.log(`  ratio ${timing.ratio}x (goal <= 3x: ${timing.met ? 'met' : 'missed'})`);
  const verdict = `sizes ${sizes.routes.map((r) => r.gzipKb ?? '?').join(' / ')} KB; topic page ${timing.app.inPageMs.median} vs static ${timing.baseline.inPageMs.median} ms = ${timing.ratio}x (${timing.met ? 'met' : 'missed'})`;
  const file = h.saveResults('web', { verdict, sizes, timing });
  console.log(`\n${verdict}\n${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
