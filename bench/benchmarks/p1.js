'use strict';
// P1: the GraphQL topic page (20 posts with authors and reactions, authenticated) against a bare
// pg + node:http server answering the same JSON from the same rows. autocannon, interleaved runs.
const { isDeepStrictEqual } = require('node:util');
const { join } = require('node:path');
const autocannon = require('autocannon');
const h = require('../lib/harness');
const { accessToken, uuidOf } = require('../data/generate');
const { TOPIC_PAGE } = require('./queries');

function cannon(url, body, token, duration, connections) {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    duration,
    connections,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
}

async function run(ctx) {
  const token = accessToken(1);
  const variables = { id: uuidOf('t', ctx.meta.pageTopicIndex), first: 20 };
  const body = JSON.stringify({ query: TOPIC_PAGE, variables });
  const app = await h.startApp(ctx.url, 4101);
  const base = await h.startServer(join(__dirname, '../baselines/topic-page-server.js'), {
    port: 4201,
    readyPath: '/',
    env: { DATABASE_URL: ctx.url },
  });
  try {
    const a = await h.gql(app.url, TOPIC_PAGE, variables, token);
    const b = await h.gql(base.url, TOPIC_PAGE, variables, token);
    const sameJson = isDeepStrictEqual(a, b);
    if (!sameJson)
      console.warn(
        'P1: the baseline JSON differs from the API JSON',
        JSON.stringify(a).slice(0, 400),
        JSON.stringify(b).slice(0, 400),
      );
    if (a.data.forumTopic.posts.nodes.length !== 20)
      throw new Error('topic page has fewer than 20 posts');
    const duration = ctx.quick ? 4 : 10;
    const connections = 20;
    const runs = { app: [], base: [] };
    // Warm-up long enough for V8 to optimise the app's much larger hot path (with 3 s the app's
    // third run was still ~40 % faster than its first; the baseline is warmed the same way).
    const warmUp = ctx.quick ? 3 : 15;
    await cannon(app.url, body, token, warmUp, connections);
    await cannon(base.url, body, token, warmUp, connections);
    for (let i = 0; i < ctx.runs; i++) {
      for (const [key, server] of Object.entries({ app, base })) {
        const r = await cannon(server.url, body, token, duration, connections);
        if (r.non2xx || r.errors)
          throw new Error(`${key}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        runs[key].push({ rps: r.requests.average, p99: r.latency.p99, p50: r.latency.p50 });
        console.log(
          `  run ${i + 1} ${key}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
        );
      }
    }
    const s = (key, f) => h.summary(runs[key].map((r) => r[f]));
    const appRps = s('app', 'rps'),
      baseRps = s('base', 'rps'),
      appP99 = s('app', 'p99'),
      baseP99 = s('base', 'p99');
    const throughputRatio = appRps.median / baseRps.median;
    const p99Ratio = appP99.median / Math.max(1, baseP99.median);
    const verdict = `throughput ${throughputRatio.toFixed(2)}x of baseline (goal >= 0.50), p99 ${p99Ratio.toFixed(2)}x (goal <= 2.5) — ${throughputRatio >= 0.5 && p99Ratio <= 2.5 ? 'goal met' : 'goal missed'}`;
    console.log(`  P1 ${verdict}`);
    return {
      connections,
      durationSeconds: duration,
      sameJson,
      app: { rps: appRps, p99Ms: appP99, p50Ms: s('app', 'p50') },
      baseline: { rps: baseRps, p99Ms: baseP99, p50Ms: s('base', 'p50') },
      throughputRatio,
      p99Ratio,
      goal: { throughputRatio: 0.5, p99Ratio: 2.5 },
      verdict,
    };
  } finally {
    await app.stop();
    await base.stop();
  }
}

module.exports = { run };
