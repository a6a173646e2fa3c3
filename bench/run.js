'use strict';
// Runs the benchmarks: `npm run bench` (all), `npm run bench -- P1 P5` (some), `--quick` (small
// scale, one short run each), `--posts 1000000` (another data set; generated on first use).
// Needs `npm run build` first (the benchmarks measure dist/, what `npm start` runs).
const h = require('./lib/harness');
const { ensureDataset } = require('./data/generate');

const ALL = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9'];

function parse(argv) {
  const names = [];
  const opts = { quick: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a.startsWith('--'))
      opts[a.slice(2)] = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true;
    else names.push(a.toUpperCase());
  }
  return { names: names.length ? names : ALL, opts };
}

async function main() {
  const { names, opts } = parse(process.argv.slice(2));
  if (opts.profile) process.env.SN_BENCH_CPU_PROF = '1';
  if (h.pinSelf()) return;
  const posts = Number(opts.posts ?? (opts.quick ? 20000 : 100000));
  const dataset = await ensureDataset({ posts, seed: opts.seed ?? 42, members: opts.members });
  const ctx = { ...dataset, quick: opts.quick, opts, runs: opts.quick ? 1 : 3 };
  const summaryLines = [];
  for (const name of names) {
    if (!ALL.includes(name)) throw new Error(`unknown benchmark ${name}`);
    console.log(
      `\n=== ${name} (${dataset.meta.actualPosts} posts${opts.quick ? ', quick' : ''}) ===`,
    );
    const started = Date.now();
    try {
      const result = await require(`./benchmarks/${name.toLowerCase()}.js`).run(ctx);
      // Results of another scale than the default get their own file (P5 compares 100k with 1m).
      const file = h.saveResults(
        (posts === 100000 && !opts.members) || opts.quick
          ? name
          : `${name}-${dataset.meta.db.replace('sn_bench_', '')}`,
        { dataset: dataset.meta.db, posts: dataset.meta.actualPosts, quick: ctx.quick, ...result },
      );
      summaryLines.push(
        `${name}: ${result.verdict} (${Math.round((Date.now() - started) / 1000)} s, ${file})`,
      );
    } catch (e) {
      console.error(e);
      summaryLines.push(`${name}: FAILED (${e.message})`);
    }
  }
  console.log(`\n${summaryLines.join('\n')}`);
  await h.shutdown();
}

main().catch(async (e) => {
  console.error(e);
  await h.shutdown();
  process.exit(1);
});
