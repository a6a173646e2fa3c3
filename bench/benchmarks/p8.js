'use strict';
// P8: the forum's topic list as the web app asks for it (TOPIC_LIST_WEB: the "latest topics" list,
// 25 per page), first page and a deep page (keyset cursor at depth 500,000 or the deepest the data
// allows), against a bare pg + node:http server answering the same JSON under the same access rule
// (bench/baselines/topic-list-server.js). p50 of sequential requests, interleaved, median of 3.
const { isDeepStrictEqual } = require('node:util');
const { join } = require('node:path');
const { Pool } = require('pg');
const h = require('../lib/harness');
const { accessToken } = require('../data/generate');
const { TOPIC_LIST_WEB } = require('./queries');

// As in P6: a member of an IT provider (generator: index % 10 = 9) reads all eight categories, so
// the list goes deepest; the audience rule is still evaluated in SQL on both sides.
const VIEWER = 9;
const PAGE_SIZE = 25;
const GOAL = 3;
const DEPTH = 500000;

async function p50(fn, n) {
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
  const app = await h.startApp(ctx.url, 4108);
  const base = await h.startServer(join(__dirname, '../baselines/topic-list-server.js'), {
    port: 4208,
    readyPath: '/',
    env: { DATABASE_URL: ctx.url },
  });
  const n = ctx.quick ? 10 : 30;
  try {
    const readable = Number(
      (
        await pool.query(
          `SELECT count(*) FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id WHERE 'IT_PROVIDER' = ANY(c.read_kinds)`,
        )
      ).rows[0].count,
    );
    const depth = Math.min(DEPTH, readable - 2 * PAGE_SIZE);
    // The cursor of the row just above the deep page: the page then starts at row `depth`.
    const [row] = (
      await pool.query(
        `SELECT t.id, t.last_post_at FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id
          WHERE 'IT_PROVIDER' = ANY(c.read_kinds) ORDER BY t.last_post_at DESC, t.id DESC OFFSET $1 LIMIT 1`,
        [depth - 1],
      )
    ).rows;
    const after = Buffer.from(JSON.stringify([0, row.last_post_at.toISOString(), row.id])).toString(
      'base64url',
    );
    const pages = { first: { first: PAGE_SIZE }, deep: { first: PAGE_SIZE, after } };
    const sameJson = {};
    for (const [name, variables] of Object.entries(pages)) {
      const a = await h.gql(app.url, TOPIC_LIST_WEB, variables, token, { allowErrors: true });
      const b = await h.gql(base.url, TOPIC_LIST_WEB, variables, token);
      sameJson[name] = isDeepStrictEqual(a, b);
      if (!sameJson[name])
        console.warn(
          `P8: the baseline's ${name} page differs from the API's`,
          JSON.stringify(a).slice(0, 600),
          JSON.stringify(b).slice(0, 600),
        );
      if (b.data.forumTopics.nodes.length !== PAGE_SIZE)
        throw new Error(`${name} page has fewer than ${PAGE_SIZE} topics`);
    }
    const get = (server, variables) => () => h.gql(server.url, TOPIC_LIST_WEB, variables, token);
    // Warm-up: V8 optimises the app's much longer path; both servers fill their pools and plans.
    const warm = ctx.quick ? 10 : 60;
    for (const server of [app, base])
      for (const variables of Object.values(pages)) await p50(get(server, variables), warm);
    const runs = { appFirst: [], baseFirst: [], appDeep: [], baseDeep: [] };
    for (let i = 0; i < ctx.runs; i++) {
      const r = {
        appFirst: await p50(get(app, pages.first), n),
        baseFirst: await p50(get(base, pages.first), n),
        appDeep: await p50(get(app, pages.deep), n),
        baseDeep: await p50(get(base, pages.deep), n),
      };
      for (const k of Object.keys(runs)) runs[k].push(r[k]);
      console.log(
        `  run ${i + 1}: first page app ${r.appFirst.toFixed(1)} ms, bare ${r.baseFirst.toFixed(1)} ms; at ${depth} app ${r.appDeep.toFixed(1)} ms, bare ${r.baseDeep.toFixed(1)} ms`,
      );
    }
    const s = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, h.summary(v)]));
    const firstRatio = s.appFirst.median / s.baseFirst.median;
    const deepRatio = s.appDeep.median / s.baseDeep.median;
    const met = firstRatio <= GOAL && deepRatio <= GOAL;
    const verdict = `p50 first page ${firstRatio.toFixed(2)}x the bare server (${s.appFirst.median.toFixed(1)} vs ${s.baseFirst.median.toFixed(1)} ms), at depth ${depth} ${deepRatio.toFixed(2)}x (${s.appDeep.median.toFixed(1)} vs ${s.baseDeep.median.toFixed(1)} ms) (goal <= ${GOAL}) — ${met ? 'goal met' : 'goal missed'}${depth < DEPTH ? ` (depth limited by the ${readable} readable topics)` : ''}${sameJson.first && sameJson.deep ? '' : ' (JSON differs!)'}`;
    console.log(`  P8 ${verdict}`);
    return {
      viewer: 'IT provider member (reads all eight categories)',
      pageSize: PAGE_SIZE,
      requestsPerRun: n,
      depth,
      readableTopics: readable,
      sameJson,
      p50Ms: s,
      firstRatio,
      deepRatio,
      goal: { ratio: GOAL, depth: DEPTH },
      verdict,
    };
  } finally {
    await pool.end();
    await app.stop();
    await base.stop();
  }
}

module.exports = { run };
