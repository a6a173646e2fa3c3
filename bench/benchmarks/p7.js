'use strict';
// P7: the most concurrent active chat members one instance serves with p99 < 2 s, mean < 100 ms and
// no errors. Steps up the member count; each member connects, joins their three team channels,
// reads the history of one of them over GraphQL (the join phase), then in the active phase types
// and sends a message now and then (every 10-30 s, seeded). Latencies counted: every ack (join,
// send) and every delivery of message:new to every online channel member. Reference: 200 users per
// 2-vCPU node in a well-known chat product's published reference architecture. Clients are raw
// WebSocket socket.io clients (lib/raw-socket.js), light enough for thousands on the one load core.
const { Pool } = require('pg');
const h = require('../lib/harness');
const { RawSocket } = require('../lib/raw-socket');
const { accessToken, uuidOf } = require('../data/generate');
const { CHAT_HISTORY } = require('./queries');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function step(url, n, channelsOf, seconds) {
  const rnd = mulberry32(n);
  const sockets = new Array(n);
  const joinLat = [];
  const ackLat = [];
  const delLat = [];
  const sentAt = new Map();
  const online = new Map(); // channel -> online member count
  let errors = 0;
  let expected = 0;
  let received = 0;
  let active = false;
  const errorSamples = [];
  const fail = (e) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(String(e?.message ?? e));
  };
  const rampStart = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(50, n) }, async () => {
      while (next < n) {
        const i = next++;
        const token = accessToken(i);
        try {
          const t0 = performance.now();
          const s = await RawSocket.connect(url, token);
          joinLat.push(performance.now() - t0);
          sockets[i] = s;
          s.onFrame = (f) => {
            if (!f.startsWith('42["message:new"')) return;
            const at = f.indexOf('"clientMessageId":"') + 19;
            const t = sentAt.get(f.slice(at, f.indexOf('"', at)));
            if (t !== undefined) {
              received++;
              delLat.push(performance.now() - t);
            }
          };
          for (const c of channelsOf(i)) {
            const t1 = performance.now();
            await s.request('channel:join', { channelId: c });
            joinLat.push(performance.now() - t1);
            online.set(c, (online.get(c) ?? 0) + 1);
          }
          const t2 = performance.now();
          await h.gql(url, CHAT_HISTORY, { channelId: channelsOf(i)[0], first: 30 }, token);
          joinLat.push(performance.now() - t2);
        } catch (e) {
          fail(e);
        }
      }
    }),
  );
  const rampSeconds = (performance.now() - rampStart) / 1000;
  // Active phase: typing, then a message a second later, every 10-30 s per member.
  active = true;
  const timers = [];
  let seq = 0;
  const runId = Date.now().toString(36);
  for (let i = 0; i < n; i++) {
    const s = sockets[i];
    if (!s) continue;
    const channels = channelsOf(i);
    const loop = (delay) => {
      const tick = async () => {
        if (!active) return;
        const c = channels[Math.floor(rnd() * channels.length)];
        s.request('typing', { channelId: c }).catch(fail);
        await h.sleep(1000);
        if (!active) return;
        // Unique per run: a reused client id is an idempotent retry (acked, never broadcast again).
        const id = `p7-${runId}-${n}-${seq++}`;
        expected += online.get(c) ?? 0;
        const t = performance.now();
        sentAt.set(id, t);
        s.request('message:send', {
          channelId: c,
          clientMessageId: id,
          body: `Kurze Rückmeldung zur Störung ${seq}: Sicherheitsupdate eingespielt.`,
        })
          .then(() => ackLat.push(performance.now() - t))
          .catch(fail);
        loop(10000 + rnd() * 20000);
      };
      timers.push(setTimeout(() => void tick().catch(fail), delay));
    };
    loop(rnd() * 20000);
  }
  await h.sleep(seconds * 1000);
  active = false;
  timers.forEach(clearTimeout);
  const until = Date.now() + 10000;
  while (received < expected && Date.now() < until) await h.sleep(100);
  for (const s of sockets) s?.close();
  await h.sleep(2000);
  const all = [...ackLat, ...delLat];
  const mean = all.reduce((a, b) => a + b, 0) / Math.max(1, all.length);
  const p99 = h.percentile(all, 99) ?? 0;
  const joinP99 = h.percentile(joinLat, 99) ?? 0;
  const delivered = expected ? received / expected : 1;
  const ok = p99 < 2000 && mean < 100 && errors === 0 && delivered === 1;
  return {
    members: n,
    rampSeconds,
    joinP99Ms: joinP99,
    messages: ackLat.length,
    deliveries: received,
    expected,
    delivered,
    errors,
    errorSamples,
    p99Ms: p99,
    meanMs: mean,
    ok,
  };
}

/** Member index -> the ids of that member's team channels (all but the operations channel). */
async function teamChannels(url) {
  const pool = new Pool({ connectionString: url, max: 2 });
  const ops = uuidOf('ch', 0);
  const rows = (
    await pool.query(
      `SELECT member_id, array_agg(channel_id ORDER BY channel_id) AS channels FROM channel_members WHERE channel_id <> $1 GROUP BY member_id`,
      [ops],
    )
  ).rows;
  await pool.end();
  const byMember = new Map(rows.map((r) => [r.member_id, r.channels]));
  return (i) => byMember.get(uuidOf('m', i));
}

async function run(ctx) {
  const channelsOf = await teamChannels(ctx.url);
  const steps = (
    ctx.opts.steps
      ? String(ctx.opts.steps).split(',').map(Number)
      : ctx.quick
        ? [100, 250, 500]
        : [250, 500, 1000, 2000, 3000, 4000, 5000, 6000, 8000, 10000]
  ).filter((s) => s <= ctx.meta.members);
  const seconds = ctx.quick ? 15 : 30;
  const app = await h.startApp(ctx.url, 4107);
  const results = [];
  try {
    for (const n of steps) {
      const r = await step(app.url, n, channelsOf, seconds);
      results.push(r);
      console.log(
        `  ${n} members: ramp ${r.rampSeconds.toFixed(0)} s (join p99 ${r.joinP99Ms.toFixed(0)} ms), ${r.messages} messages, ${(r.delivered * 100).toFixed(2)} % delivered, ${r.errors} errors, p99 ${r.p99Ms.toFixed(0)} ms, mean ${r.meanMs.toFixed(1)} ms — ${r.ok ? 'ok' : 'over the limits'}${r.errorSamples.length ? ` (${r.errorSamples.join('; ')})` : ''}`,
      );
      if (!r.ok) break;
    }
  } finally {
    await app.stop();
  }
  // The limit lies between the highest step within the thresholds and the first step over them
  // (the steps stop there). Without a failed step the limit was not reached: more members need a
  // data set with more members (`--members`).
  const passed = results.filter((r) => r.ok).map((r) => r.members);
  const max = passed.length ? Math.max(...passed) : 0;
  const firstOver = results.find((r) => !r.ok)?.members ?? null;
  const limit =
    firstOver === null
      ? `not reached: highest step tried (${ctx.meta.members} members in the data set)`
      : `limit between ${max} and ${firstOver}`;
  const verdict = `${max} concurrent active members within the limits, ${limit} (goal >= 5,000; reference 200 per node: ${(max / 200).toFixed(1)}x) — ${max >= 5000 ? 'goal met' : 'goal missed'}`;
  console.log(`  P7 ${verdict}`);
  return {
    secondsPerStep: seconds,
    steps: results,
    maxMembers: max,
    firstOverMembers: firstOver,
    datasetMembers: ctx.meta.members,
    goal: { members: 5000, reference: 200 },
    verdict,
  };
}

module.exports = { run, mulberry32, teamChannels };
