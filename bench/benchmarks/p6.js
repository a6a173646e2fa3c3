'use strict';
// P6: the topic list deep in the list against its first page: the app's keyset pagination (GraphQL
// `after` cursor) and, as the baseline, OFFSET pagination of the same list in SQL.
const { Pool } = require('pg');
const h = require('../lib/harness');
const { accessToken } = require('../data/generate');
const { TOPIC_LIST } = require('./queries');

// The viewer is a member of an IT provider (generator: every member with index % 10 = 9), who reads
// all eight categories, so the deepest page goes further than a municipal member's list would.
const VIEWER = 9;
// The list as the app defines it for that member: readable categories, latest first.
const LIST = `SELECT t.id, t.title, t.last_post_at FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id
  WHERE 'IT_PROVIDER' = ANY(c.read_kinds) ORDER BY t.last_post_at DESC, t.id DESC OFFSET $1 LIMIT 20`;

async function median(fn, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return h.percentile(times, 50);
}

async function run(ctx) {
  const token = accessToken(VIEWER);
  const pool = new Pool({ connectionString: ctx.url, max: 2 });
  const app = await h.startApp(ctx.url, 4106);
  const n = ctx.quick ? 10 : 30;
  try {
    const readable = Number(
      (
        await pool.query(
          `SELECT count(*) FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id WHERE 'IT_PROVIDER' = ANY(c.read_kinds)`,
        )
      ).rows[0].count,
    );
    const depth = Math.min(500000, readable - 40);
    const [row] = (await pool.query(LIST.replace('LIMIT 20', 'LIMIT 1'), [depth - 1])).rows;
    const after = Buffer.from(JSON.stringify([0, row.last_post_at.toISOString(), row.id])).toString(
      'base64url',
    );
    const deepPage = await h.gql(app.url, TOPIC_LIST, { first: 20, after }, token);
    const offsetPage = (await pool.query(LIST, [depth])).rows;
    const same =
      deepPage.data.forumTopics.nodes.map((t) => t.id).join() ===
      offsetPage.map((t) => t.id).join();
    if (!same) console.warn('P6: keyset page and OFFSET page differ');
    const runs = { first: [], deep: [], offFirst: [], offDeep: [] };
    for (let i = -1; i < ctx.runs; i++) {
      const r = {
        first: await median(() => h.gql(app.url, TOPIC_LIST, { first: 20 }, token), n),
        deep: await median(() => h.gql(app.url, TOPIC_LIST, { first: 20, after }, token), n),
        offFirst: await median(() => pool.query(LIST, [0]), n),
        offDeep: await median(() => pool.query(LIST, [depth]), n),
      };
      if (i < 0) continue; // warm-up
      for (const k of Object.keys(runs)) runs[k].push(r[k]);
      console.log(
        `  run ${i + 1}: keyset first ${r.first.toFixed(1)} ms, at ${depth} ${r.deep.toFixed(1)} ms; OFFSET first ${r.offFirst.toFixed(1)} ms, at ${depth} ${r.offDeep.toFixed(1)} ms`,
      );
    }
    const s = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, h.summary(v)]));
    const keysetRatio = s.deep.median / s.first.median;
    const offsetRatio = s.offDeep.median / s.offFirst.median;
    const verdict = `keyset page at depth ${depth} ${keysetRatio.toFixed(2)}x the first page (goal <= 1.5; OFFSET: ${offsetRatio.toFixed(1)}x) — ${keysetRatio <= 1.5 ? 'goal met' : 'goal missed'}${depth < 500000 ? ` (depth limited by the ${readable} readable topics)` : ''}`;
    console.log(`  P6 ${verdict}`);
    return {
      depth,
      readableTopics: readable,
      samePageAsOffset: same,
      medianMs: s,
      keysetRatio,
      offsetRatio,
      goal: { ratio: 1.5, depth: 500000 },
      verdict,
    };
  } finally {
    await pool.end();
    await app.stop();
  }
}

module.exports = { run };
