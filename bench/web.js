#!/usr/bin/env node
// Web client budget (a benchmark, not a test): gzipped JavaScript each route needs on first load,
// from the Vite manifest of `npm run build` (dist/web/.vite/manifest.json). A route's JS = the entry
// chunk and its static imports + the lazy chunks of the layout and page it renders (and their
// static imports). Prints the figures and the budgets of issue 11; exit code 0 either way.
//   npm run build && node bench/web.js
const { readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

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

function main() {
  if (!existsSync(MANIFEST)) {
    console.error('No build: run `npm run build` first.');
    process.exit(1);
  }
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
  }
  const css = Object.values(manifest)
    .flatMap((c) => c.css ?? [])
    .filter((f, i, all) => all.indexOf(f) === i);
  console.log(
    `  CSS (all routes)                 ${css
      .reduce((s, f) => s + gzipKb(f), 0)
      .toFixed(1)
      .padStart(6)} KB`,
  );
}

main();
