'use strict';
// Prints the results table of bench/README.md from bench/results/*.json: `node bench/lib/table.js`.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = join(__dirname, '..', 'results');
const rows = readdirSync(dir)
  .filter((f) => /^P\d.*\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const m = rows[0]?.machine;
if (m)
  console.log(
    `Machine: ${m.cpus} × ${m.model}, ${m.memoryGiB} GiB, Node ${m.node}, pinned: ${m.pinned}\n`,
  );
console.log('| # | date (UTC) | data | result | goal |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.benchmark} | ${r.date.slice(0, 16).replace('T', ' ')} | ${r.posts} posts${r.quick ? ', quick' : ''} | ${r.verdict.split(' — ')[0]} | ${r.verdict.split(' — ').slice(1).join('; ')} |`,
  );
