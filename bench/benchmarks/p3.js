'use strict';
// P3: chat end-to-end latency, 500 members in one channel, 100 messages/s, authenticated and
// persisted, against a bare socket.io server broadcasting the same messages (no auth, no storage).
// Latency = time from emitting message:send to receiving message:new, over every recipient.
// The 500 receivers are raw WebSocket clients (lib/raw-socket.js): with socket.io-client, decoding
// 50,000 broadcasts/s on the one load core saturated the client and both sides measured the client.
const { join } = require('node:path');
const h = require('../lib/harness');
const { connectManyRaw } = require('../lib/raw-socket');
const { accessToken, uuidOf } = require('../data/generate');

async function measure(url, channelId, members, rate, seconds, tokenOf, tag) {
  const sockets = await connectManyRaw(url, members, tokenOf);
  const sentAt = new Map();
  const latencies = [];
  // send -> ack at the sender: for the app the time until the statement committed (the bare server
  // acks at once), so p99 - ackP99 is roughly what the fan-out after the commit adds.
  const ackLatencies = [];
  let received = 0;
  let errors = 0;
  try {
    for (const s of sockets) {
      s.onFrame = (f) => {
        if (!f.startsWith('42["message:new"')) return;
        const at = f.indexOf('"clientMessageId":"') + 19;
        const t = sentAt.get(f.slice(at, f.indexOf('"', at)));
        if (t !== undefined) {
          received++;
          latencies.push(performance.now() - t);
        }
      };
    }
    await Promise.all(sockets.map((s) => s.request('channel:join', { channelId })));
    const total = rate * seconds;
    const started = performance.now();
    const acks = [];
    for (let k = 0; k < total; k++) {
      const due = started + (k * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await h.sleep(wait);
      const id = `${tag}-${k}`;
      const t = performance.now();
      sentAt.set(id, t);
      acks.push(
        sockets[k % members]
          .request('message:send', {
            channelId,
            clientMessageId: id,
            body: `Lagemeldung ${k}: Störung im Rechenzentrum behoben.`,
          })
          .then(() => ackLatencies.push(performance.now() - t))
          .catch(() => errors++),
      );
    }
    await Promise.all(acks);
    const expected = total * members;
    const until = Date.now() + 10000;
    while (received < expected && Date.now() < until) await h.sleep(50);
    return {
      sent: total,
      expected,
      received,
      delivered: received / expected,
      errors,
      p50: h.percentile(latencies, 50),
      p99: h.percentile(latencies, 99),
      mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
      ackP50: h.percentile(ackLatencies, 50),
      ackP99: h.percentile(ackLatencies, 99),
    };
  } finally {
    for (const s of sockets) s.close();
  }
}

async function run(ctx) {
  const members = ctx.quick ? 100 : 500;
  const rate = ctx.quick ? 50 : 100;
  const seconds = ctx.quick ? 5 : 10;
  const channelId = uuidOf('ch', 0);
  const app = await h.startApp(ctx.url, 4103);
  const base = await h.startServer(join(__dirname, '../baselines/socketio-server.js'), {
    port: 4203,
    readyPath: '/',
  });
  const runs = { app: [], base: [] };
  try {
    // The chat rate limit is per member (100 events / 10 s); at 100 msg/s over 500 members each sends 0.2/s.
    await measure(
      app.url,
      channelId,
      members,
      rate,
      2,
      (i) => accessToken(i),
      `warm-app-${Date.now()}`,
    );
    await measure(base.url, channelId, members, rate, 2, () => null, 'warm-base');
    for (let i = 0; i < ctx.runs; i++) {
      const a = await measure(
        app.url,
        channelId,
        members,
        rate,
        seconds,
        (j) => accessToken(j),
        `app-${Date.now()}-${i}`,
      );
      const b = await measure(base.url, channelId, members, rate, seconds, () => null, `base-${i}`);
      runs.app.push(a);
      runs.base.push(b);
      for (const [k, r] of Object.entries({ app: a, base: b }))
        console.log(
          `  run ${i + 1} ${k}: ${r.sent} sent, ${(r.delivered * 100).toFixed(2)} % delivered, ${r.errors} errors, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (ack p50 ${r.ackP50?.toFixed(1)} ms, p99 ${r.ackP99?.toFixed(1)} ms)`,
        );
    }
  } finally {
    await app.stop();
    await base.stop();
  }
  const s = (k, f) => h.summary(runs[k].map((r) => r[f]));
  const p99Ratio = s('app', 'p99').median / s('base', 'p99').median;
  const delivered = Math.min(...runs.app.map((r) => r.delivered));
  const errors = runs.app.reduce((a, r) => a + r.errors, 0);
  const verdict = `p99 ${p99Ratio.toFixed(2)}x of bare socket.io (goal <= 1.5), ${(delivered * 100).toFixed(2)} % delivered, ${errors} errors — ${p99Ratio <= 1.5 && delivered === 1 && !errors ? 'goal met' : 'goal missed'}`;
  console.log(`  P3 ${verdict}`);
  return {
    members,
    rate,
    seconds,
    app: {
      p99Ms: s('app', 'p99'),
      p50Ms: s('app', 'p50'),
      meanMs: s('app', 'mean'),
      ackP50Ms: s('app', 'ackP50'),
      ackP99Ms: s('app', 'ackP99'),
      delivered,
      errors,
    },
    baseline: {
      p99Ms: s('base', 'p99'),
      p50Ms: s('base', 'p50'),
      meanMs: s('base', 'mean'),
      ackP99Ms: s('base', 'ackP99'),
    },
    p99Ratio,
    goal: { p99Ratio: 1.5, delivered: 1 },
    verdict,
    runs,
  };
}

module.exports = { run };
