'use strict';
// Summarises a V8 .cpuprofile: self time by package/file area and the top functions.
//   node bench/lib/profile-summary.js bench/.data/profiles/<file>.cpuprofile [--skip-seconds 20]
// --skip-seconds leaves out the start (e.g. the CSAF validator compiled before listening).
const { readFileSync } = require('node:fs');

const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
const skipAt = process.argv.indexOf('--skip-seconds');
const skipUs = skipAt > 0 ? Number(process.argv[skipAt + 1]) * 1e6 : 0;
let elapsed = 0;
for (let i = 0; i < prof.samples.length; i++)
  if ((elapsed += dt[i] ?? 0) >= skipUs)
    self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const areas = new Map();
const fns = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  const url = n.callFrame.url || '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  const area = m
    ? m[1]
    : url.includes('/dist/src/')
      ? `app:${url.split('/dist/src/')[1].split('/')[0]}`
      : url.startsWith('node:')
        ? 'node'
        : n.callFrame.functionName || url;
  areas.set(area, (areas.get(area) ?? 0) + t);
  const key = `${n.callFrame.functionName || '(anon)'} ${url.replace(/.*node_modules\//, '').replace(/.*dist\//, '')}:${n.callFrame.lineNumber}`;
  fns.set(key, (fns.get(key) ?? 0) + t);
}
const pct = (t) => `${((100 * t) / total).toFixed(1)} %`;
console.log('Self time by area:');
for (const [a, t] of [...areas].sort((x, y) => y[1] - x[1]).slice(0, 25))
  console.log(`  ${pct(t).padStart(7)}  ${a}`);
console.log('Top functions:');
for (const [f, t] of [...fns].sort((x, y) => y[1] - x[1]).slice(0, 30))
  console.log(`  ${pct(t).padStart(7)}  ${f}`);
