'use strict';
// P5: forum search p95, the app's full-text search end to end (GraphQL over HTTP, with count,
// ranking and headlines) against the same search done with ILIKE in SQL only (same access rule,
// count and first page of 20 newest hits) — the baseline has no HTTP or GraphQL cost at all.
const { Pool } = require('pg');
const h = require('../lib/harness');
const { accessToken } = require('../data/generate');
const { SEARCH } = require('./queries');

const ILIKE = `WITH hits AS (
  SELECT p.id, p.created_at, p.plain FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id JOIN forum_categories c ON c.id = t.category_id
   WHERE $2 = ANY(c.read_kinds) AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND (p.plain ILIKE $1 OR (p.post_number = 1 AND t.title ILIKE $1)))
SELECT (SELECT count(*) FROM hits) AS total, (SELECT json_agg(x) FROM (SELECT id, left(plain, 200) AS excerpt FROM hits ORDER BY created_at DESC, id LIMIT 20) x) AS page`;

async function timed(fn, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  return { p95: h.percentile(times, 95), p50: h.percentile(times, 50) };
}

async function run(ctx) {
  const token = accessToken(1);
  const n = ctx.quick ? 10 : 40;
  const app = await h.startApp(ctx.url, 4105);
  const pool = new Pool({ connectionString: ctx.url, max: 2 });
  const terms = {};
  try {
    for (const { term, posts } of ctx.meta.rareTerms) {
      const found = (await h.gql(app.url, SEARCH, { q: term }, token)).data.forumSearch.totalCount;
      const ilikeCount = Number(
        (await pool.query(ILIKE, [`%${term}%`, 'MUNICIPALITY'])).rows[0].total,
      );
      await timed(() => h.gql(app.url, SEARCH, { q: term }, token), 3);
      await timed(() => pool.query(ILIKE, [`%${term}%`, 'MUNICIPALITY']), 2);
      const runs = { app: [], ilike: [] };
      for (let i = 0; i < ctx.runs; i++) {
        runs.app.push((await timed(() => h.gql(app.url, SEARCH, { q: term }, token), n)).p95);
        runs.ilike.push(
          (await timed(() => pool.query(ILIKE, [`%${term}%`, 'MUNICIPALITY']), Math.max(5, n / 4)))
            .p95,
        );
      }
      const a = h.summary(runs.app);
      const b = h.summary(runs.ilike);
      terms[term] = {
        postsWithTerm: posts,
        hitsApp: found,
        hitsIlike: ilikeCount,
        appP95Ms: a,
        ilikeP95Ms: b,
        speedup: b.median / a.median,
      };
      console.log(
        `  "${term}" (${found} hits full-text, ${ilikeCount} ILIKE): app p95 ${a.median.toFixed(1)} ms, ILIKE p95 ${b.median.toFixed(1)} ms, ${(b.median / a.median).toFixed(1)}x`,
      );
    }
  } finally {
    await pool.end();
    await app.stop();
  }
  const worst = Math.min(...Object.values(terms).map((t) => t.speedup));
  let verdict = `full-text search ${worst.toFixed(1)}x faster than ILIKE at p95 (worst term; goal >= 100x) at ${ctx.meta.actualPosts} posts — ${worst >= 100 ? 'goal met' : 'goal missed'}`;
  // At a larger scale: each term's p95 against the 100k result file of an earlier run (P5.json).
  const growth = ctx.meta.actualPosts > 200000 ? growthOver100k(terms) : null;
  if (growth)
    verdict += `; p95 vs 100k: ${Object.entries(growth.byTerm)
      .map(([t, r]) => `${t} ${r.toFixed(2)}x`)
      .join(', ')} (goal <= 2x) — ${growth.worst <= 2 ? 'goal met' : 'goal missed'}`;
  console.log(`  P5 ${verdict}`);
  return {
    requestsPerRun: n,
    terms,
    worstSpeedup: worst,
    p95VsP100k: growth,
    goal: { speedup: 100, p95At1mVs100k: 2 },
    verdict,
  };
}

function growthOver100k(terms) {
  const file = require('node:path').join(__dirname, '..', 'results', 'P5.json');
  if (!require('node:fs').existsSync(file)) return null;
  const base = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
  if (base.quick || base.posts > 200000) return null;
  const byTerm = {};
  for (const [term, t] of Object.entries(terms)) {
    if (base.terms[term]) byTerm[term] = t.appP95Ms.median / base.terms[term].appP95Ms.median;
  }
  return {
    baseFile: 'results/P5.json',
    baseDate: base.date,
    byTerm,
    worst: Math.max(...Object.values(byTerm)),
  };
}

module.exports = { run };
