#!/usr/bin/env node
// E-mail throughput (issue 13, a ratio): a TLP:CLEAR advisory published through the GraphQL API
// (publishAdvisory, as a CERT analyst) to 5,000 active members, from the publish request until the
// last of their mails is accepted by a local SMTP server, against a plain nodemailer loop (one
// reused connection, `await sendMail()` one after another) sending the same mails (the very rows
// the app wrote: address, subject, text, html, headers) to the same server in the same run.
// Goal: publish <= 2x the loop. The real path: notification INSERT ... SELECT of every reader,
// NotificationMailer rendering per recipient, MailOutbox.enqueueMany, pg-boss, the mail worker.
//   npm run build && npm run bench:mail        (--members N; DATABASE_URL: a PostgreSQL server)
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
const MEMBERS = Number(arg('members', 5000));
const MUNICIPALITIES = 50;

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

async function gql(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** One CERT analyst (TOTP marked as set up) and MEMBERS active members in 50 municipalities. */
async function seed(ds) {
  const [cert] = await ds.query(
    `INSERT INTO organisations (kind, name) VALUES ('CERT', 'CERT Bench') RETURNING id`,
  );
  await ds.query(
    `INSERT INTO organisations (kind, name, municipality_key, district, government_region)
     SELECT 'MUNICIPALITY', 'Stadt ' || g, lpad((10000000 + g)::text, 8, '0'), 'Märkischer Kreis', 'Arnsberg'
       FROM generate_series(1, $1::int) g`,
    [MUNICIPALITIES],
  );
  const [analyst] = await ds.query(
    `INSERT INTO members (organisation_id, email, handle, display_name, status, totp_secret, totp_enabled_at)
     VALUES ($1, 'analyst@cert.example', 'analyst', 'Analystin Bench', 'ACTIVE', 'JBSWY3DPEHPK3PXP', now())
     RETURNING id`,
    [cert.id],
  );
  await ds.query(
    `INSERT INTO members (organisation_id, email, handle, display_name, status)
     SELECT o.id, 'mitglied' || g || '@kommune.example', 'mitglied' || g, 'Mitglied ' || g, 'ACTIVE'
       FROM generate_series(1, $1::int) g
       JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n
               FROM organisations WHERE kind = 'MUNICIPALITY') o ON o.n = g % $2::int`,
    [MEMBERS, MUNICIPALITIES],
  );
  return analyst.id;
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error('Set DATABASE_URL to a PostgreSQL server (a database is created and dropped)');
  const { runMigrationsLocked } = require(join(DIST, 'database', 'migrate.js'));
  const { createApp } = require(join(DIST, 'app.factory.js'));
  const { loadConfig } = require(join(DIST, 'config', 'app-config.js'));
  const { SessionsService } = require(join(DIST, 'auth', 'sessions.service.js'));
  const { DataSource } = require('typeorm');

  const sink = await startSink();
  const from = 'Sicherheitsnetz <noreply@sicherheitsnetz.example>';
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
        PUBLIC_URL: 'https://sicherheitsnetz.example',
        SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
        MAIL_FROM: from,
      },
      () => undefined,
    );
    app = await createApp({ config, databaseUrl });
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
    const ds = app.get(DataSource);
    const analystId = await seed(ds);
    const { accessToken } = await ds.transaction((m) =>
      app.get(SessionsService).start(analystId, { ip: '127.0.0.1', userAgent: 'bench' }, m),
    );
    const draft = await gql(
      url,
      `mutation($input: CreateAdvisoryInput!) { createAdvisory(input: $input) { id } }`,
      {
        input: {
          tlp: 'CLEAR',
          severity: 'HOCH',
          title: 'Kritische Schwachstelle in einem verbreiteten VPN-Gateway',
          summary:
            'Eine Schwachstelle erlaubt Angreifern ohne Anmeldung die Ausführung von Code; Updates sind verfügbar und sollten umgehend eingespielt werden.',
          bodyMarkdown:
            '## Betroffene Versionen\n\nAlle Versionen vor 9.1.4.\n\n## Maßnahmen\n\nUpdate einspielen, Zugangsdaten prüfen, Protokolle auf Auffälligkeiten durchsehen.',
        },
      },
      accessToken,
    );

    // 1. The real path: publish over HTTP until the SMTP server accepted the last mail.
    sink.reset();
    let started = Date.now();
    await gql(
      url,
      `mutation($id: ID!, $input: PublishAdvisoryInput!) { publishAdvisory(id: $id, input: $input) { id } }`,
      {
        id: draft.createAdvisory.id,
        input: { status: 'FINAL', changeSummary: 'Erstveröffentlichung' },
      },
      accessToken,
    );
    const committedMs = Date.now() - started;
    // Committed with the publish: every mail of this run is in the outbox now.
    const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM mail_outbox`);
    if (count !== MEMBERS) throw new Error(`expected ${MEMBERS} mails, the outbox holds ${count}`);
    await sink.until(count);
    const publishMs = Date.now() - started;
    console.log(
      `publish: ${count} mails in ${publishMs} ms (publishAdvisory answered after ${committedMs} ms)`,
    );
    const mails = await ds.query(
      `SELECT to_address, subject, text_body, html_body, headers FROM mail_outbox ORDER BY created_at, id`,
    );
    await app.close();
    app = undefined;

    // 2. The plain loop with the same mails.
    const loop = nodemailer.createTransport({
      host: '127.0.0.1',
      port: sink.port,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: 1,
    });
    sink.reset();
    started = Date.now();
    for (const m of mails) {
      await loop.sendMail({
        from,
        to: m.to_address,
        subject: m.subject,
        text: m.text_body,
        html: m.html_body,
        headers: m.headers,
      });
    }
    const plainMs = Date.now() - started;
    loop.close();
    console.log(`plain nodemailer loop: ${mails.length} mails in ${plainMs} ms`);

    const ratio = publishMs / plainMs;
    const verdict = ratio <= 2 ? 'met' : 'missed';
    console.log(`ratio publish / plain loop: ${ratio.toFixed(2)}x (goal <= 2x: ${verdict})`);
    const results = join(__dirname, 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      join(results, 'mail.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          mails: count,
          plainMs,
          publishMs,
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
