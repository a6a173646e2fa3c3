#!/usr/bin/env node
// E-mail throughput (issue 13, a ratio): 5,000 mails from "publish" (one transaction writing the
// outbox rows and their pg-boss jobs) until the last one is accepted by a local SMTP server,
// against a plain nodemailer loop (one reused connection, `await sendMail()` one after another)
// sending the same mails to the same server in the same run. Goal: outbox <= 2x the loop.
// The advisory alert of issue 13 (built on this outbox) is not in this branch: the publish step
// here enqueues the 5,000 rendered mails directly through MailOutbox.enqueueMany.
//   npm run build && npm run bench:mail        (--mails N; DATABASE_URL: a PostgreSQL server)
const { Client } = require('pg');
const { SMTPServer } = require('smtp-server');
const nodemailer = require('nodemailer');
const { mkdtempSync, rmSync, writeFileSync, mkdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const DIST = join(__dirname, '..', 'dist', 'src');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const MAILS = Number(arg('mails', 5000));

function startSink() {
  let count = 0;
  let waiter = null;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      // Read the whole message (as a real server does), then accept it.
      stream.on('data', () => undefined);
      stream.on('end', () => {
        count++;
        if (waiter && count >= waiter.target) waiter.resolve();
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.server.address().port,
        reset: () => (count = 0),
        count: () => count,
        until: (target) =>
          count >= target
            ? Promise.resolve()
            : new Promise((r) => (waiter = { target, resolve: r })),
        close: () => new Promise((r) => server.close(r)),
      }),
    );
  });
}

function mailContent(renderMail, i) {
  const body = renderMail({
    title: 'Neue Sicherheitswarnung',
    greeting: `Guten Tag Mitglied ${i},`,
    paragraphs: [
      'Das CERT hat eine neue Sicherheitswarnung (TLP:CLEAR, Schweregrad hoch) veröffentlicht: Kritische Schwachstelle in einem verbreiteten VPN-Gateway; Updates sind verfügbar und sollten umgehend eingespielt werden.',
      'Die vollständige Warnung mit betroffenen Versionen und Maßnahmen finden Sie auf der Plattform.',
    ],
    action: { label: 'Warnung lesen', url: 'https://sicherheitsnetz.example/warnungen/1' },
  });
  return {
    to: `mitglied${i}@kommune.example`,
    subject: 'Neue Sicherheitswarnung: Kritische Schwachstelle in VPN-Gateway',
    ...body,
  };
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error('Set DATABASE_URL to a PostgreSQL server (a database is created and dropped)');
  const { renderMail } = require(join(DIST, 'mail', 'templates', 'layout.js'));
  const { runMigrationsLocked } = require(join(DIST, 'database', 'migrate.js'));
  const { createApp } = require(join(DIST, 'app.factory.js'));
  const { loadConfig } = require(join(DIST, 'config', 'app-config.js'));
  const { MailOutbox } = require(join(DIST, 'mail', 'mail-outbox.service.js'));
  const { DataSource } = require('typeorm');

  const sink = await startSink();
  const mails = Array.from({ length: MAILS }, (_, i) => mailContent(renderMail, i));
  const from = 'Sicherheitsnetz <noreply@sicherheitsnetz.example>';

  // 1. The plain loop.
  const loop = nodemailer.createTransport({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 1,
  });
  let started = Date.now();
  for (const m of mails) {
    await loop.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html });
  }
  const plainMs = Date.now() - started;
  loop.close();
  console.log(`plain nodemailer loop: ${MAILS} mails in ${plainMs} ms`);

  // 2. Through the outbox, queue and worker of the app (dist/).
  const db = `sn_bench_mail_${process.pid}`;
  const admin = new Client({
    connectionString: Object.assign(new URL(serverUrl), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'sn-bench-mail-'));
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${db}` }).toString();
  let app;
  try {
    await runMigrationsLocked(databaseUrl);
    const config = loadConfig(
      {
        NODE_ENV: 'test',
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
        LOG_LEVEL: 'warn',
        DATA_DIR: dataDir,
        PORT: '0',
        SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
        MAIL_FROM: from,
      },
      () => undefined,
    );
    app = await createApp({ config, databaseUrl });
    await app.init();
    const outbox = app.get(MailOutbox);
    const ds = app.get(DataSource);
    sink.reset();
    started = Date.now();
    await ds.transaction((manager) =>
      outbox.enqueueMany(
        manager,
        mails.map((m) => ({ ...m, kind: 'ADVISORY' })),
      ),
    );
    const committedMs = Date.now() - started;
    await sink.until(MAILS);
    const outboxMs = Date.now() - started;
    const ratio = outboxMs / plainMs;
    console.log(
      `outbox: ${MAILS} mails in ${outboxMs} ms (publish transaction committed after ${committedMs} ms)`,
    );
    const verdict = ratio <= 2 ? 'met' : 'missed';
    console.log(`ratio outbox / plain loop: ${ratio.toFixed(2)}x (goal <= 2x: ${verdict})`);
    const results = join(__dirname, 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      join(results, 'mail.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          mails: MAILS,
          plainMs,
          outboxMs,
          committedMs,
          ratio,
          verdict,
        },
        null,
        2,
      ),
    );
  } finally {
    await app?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
