'use strict';
// P2: SQL statements per request for the topic page, the topic list and the chat history at 5 and
// 50 items, counted in the app process by the preloaded bench/lib/count-queries.js.
const { join } = require('node:path');
const h = require('../lib/harness');
const { accessToken, uuidOf } = require('../data/generate');
const { TOPIC_PAGE, TOPIC_LIST, CHAT_HISTORY } = require('./queries');

const COUNTER_PORT = 4302;

async function counter(path) {
  return (await fetch(`http://127.0.0.1:${COUNTER_PORT}${path}`)).json();
}

async function run(ctx) {
  const token = accessToken(1);
  const app = await h.startApp(ctx.url, 4102, { SN_BENCH_COUNTER_PORT: String(COUNTER_PORT) }, [
    '-r',
    join(__dirname, '../lib/count-queries.js'),
  ]);
  /** @type {Array<[name: string, query: string, vars: (n: number) => object, size: (data: any) => number]>} */
  const ops = [
    [
      'topic page',
      TOPIC_PAGE,
      (n) => ({ id: uuidOf('t', ctx.meta.pageTopicIndex), first: n }),
      (d) => d.forumTopic.posts.nodes.length,
    ],
    ['topic list', TOPIC_LIST, (n) => ({ first: n }), (d) => d.forumTopics.nodes.length],
    [
      'chat history',
      CHAT_HISTORY,
      (n) => ({ channelId: uuidOf('ch', 0), first: n }),
      (d) => d.messages.nodes.length,
    ],
  ];
  const results = {};
  try {
    for (const [name, query, vars, size] of ops) {
      results[name] = {};
      for (const n of [5, 50]) {
        await h.gql(app.url, query, vars(n), token); // warm: caches, prepared plans
        await counter('/reset');
        const repeats = 5;
        for (let i = 0; i < repeats; i++) {
          const body = await h.gql(app.url, query, vars(n), token);
          if (size(body.data) !== n)
            throw new Error(`${name}: expected ${n} items, got ${size(body.data)}`);
        }
        const { count, statements } = await counter('/reset');
        const perRequest = count / repeats;
        results[name][n] = {
          statements: perRequest,
          sample: statements.slice(0, Math.round(perRequest)),
        };
        console.log(`  ${name} (${n} items): ${perRequest} statements`);
      }
    }
  } finally {
    await app.stop();
  }
  const flat = Object.entries(results).map(([name, r]) => ({
    name,
    five: r[5].statements,
    fifty: r[50].statements,
  }));
  const constant = flat.every((r) => r.five === r.fifty);
  const max = Math.max(...flat.map((r) => r.fifty));
  const verdict = `${flat.map((r) => `${r.name} ${r.five}/${r.fifty}`).join(', ')} statements (5/50 items; goal <= 3, equal) — ${constant ? 'constant in page size' : 'NOT constant'}, ${max <= 3 ? 'goal met' : 'above 3: goal missed'}`;
  console.log(`  P2 ${verdict}`);
  return { results, constant, max, goal: { statements: 3 }, verdict };
}

module.exports = { run };
