'use strict';
// P4: memory per authenticated idle socket (RSS delta of the server process / connections), the
// app against bare socket.io; each run starts fresh servers.
const { join } = require('node:path');
const h = require('../lib/harness');
const { connectMany, closeAll } = require('../lib/sockets');
const { accessToken } = require('../data/generate');

async function perSocket(server, n, tokenOf) {
  // A few connections first, so lazily built structures are not counted per socket.
  const warm = await connectMany(server.url, 20, tokenOf);
  closeAll(warm);
  await h.sleep(3000);
  const before = h.rssOf(server.pid);
  const sockets = await connectMany(server.url, n, (i) => tokenOf(i));
  await h.sleep(5000);
  const after = h.rssOf(server.pid);
  closeAll(sockets);
  return { before, after, perSocketBytes: (after - before) / n };
}

async function run(ctx) {
  const n = ctx.quick ? 1000 : 5000;
  const runs = { app: [], base: [] };
  for (let i = 0; i < ctx.runs; i++) {
    const app = await h.startApp(ctx.url, 4104);
    try {
      runs.app.push(await perSocket(app, n, (j) => accessToken(j)));
    } finally {
      await app.stop();
    }
    const base = await h.startServer(join(__dirname, '../baselines/socketio-server.js'), {
      port: 4204,
      readyPath: '/',
    });
    try {
      runs.base.push(await perSocket(base, n, () => null));
    } finally {
      await base.stop();
    }
    console.log(
      `  run ${i + 1}: app ${(runs.app[i].perSocketBytes / 1024).toFixed(1)} KiB/socket, bare ${(runs.base[i].perSocketBytes / 1024).toFixed(1)} KiB/socket`,
    );
  }
  const app = h.summary(runs.app.map((r) => r.perSocketBytes));
  const base = h.summary(runs.base.map((r) => r.perSocketBytes));
  const ratio = app.median / base.median;
  const verdict = `${(app.median / 1024).toFixed(1)} KiB vs ${(base.median / 1024).toFixed(1)} KiB per idle socket at ${n}: ${ratio.toFixed(2)}x (goal <= 2) — ${ratio <= 2 ? 'goal met' : 'goal missed'}`;
  console.log(`  P4 ${verdict}`);
  return {
    connections: n,
    app: { perSocketBytes: app },
    baseline: { perSocketBytes: base },
    ratio,
    goal: { ratio: 2 },
    verdict,
    runs,
  };
}

module.exports = { run };
