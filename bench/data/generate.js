'use strict';
// Seeded generator of a realistic data set, written straight into the migrated tables with
// INSERT ... SELECT generate_series (no per-row round trips). Deterministic: ids are md5 of the
// row's index, every "random" choice is hashint8 of (seed, index, slot), so the same seed and scale
// give the same rows on the same PostgreSQL major version.
//
//   node bench/data/generate.js --posts 100000 [--seed 42] [--members 6000] [--db sn_bench_100k]
//
// Derived columns follow what the services write: html is what renderMarkdown makes of the raw
// text ("<p>…</p>\n"), plain what htmlToPlain makes of that (the raw text); post_number is 1..n per
// topic without gaps, topics.last_post_number/last_post_at are those of the last post; channels'
// last_seq/last_change_seq match their messages (seq = change_seq, as for never-edited messages).
// The search vectors (forum_posts.search_vector, forum_topics.title_vector) are filled by the
// tables' own triggers on insert, as for the app's writes.
const { Client } = require('pg');
const { createHmac } = require('node:crypto');
const { benchDatabase, JWT_SECRET } = require('../lib/harness');
const { WORDS, FIRST_NAMES, LAST_NAMES, PLACES, RARE_TERMS } = require('./words');

const TEAM_CHANNELS = 300;
const SENTENCES = 20000;
/** Bumped whenever the generated rows change shape, so older data sets are regenerated. */
const FORMAT = 2;
const OPS_CHANNEL_MEMBERS = 1000;
const MUNICIPALITIES = 396;
const PROVIDERS = 30;
const CATEGORIES = [
  ['Allgemeines', 'MUNICIPALITY,IT_PROVIDER,CERT'],
  ['Warnmeldungen und Schwachstellen', 'MUNICIPALITY,IT_PROVIDER,CERT'],
  ['Informationssicherheitsmanagement', 'MUNICIPALITY,IT_PROVIDER,CERT'],
  ['Technik und Betrieb', 'MUNICIPALITY,IT_PROVIDER,CERT'],
  ['Notfallmanagement', 'MUNICIPALITY,IT_PROVIDER,CERT'],
  ['Datenschutz', 'MUNICIPALITY,IT_PROVIDER,CERT'],
  ['Schulung und Sensibilisierung', 'MUNICIPALITY,IT_PROVIDER,CERT'],
  ['Dienstleister unter sich', 'IT_PROVIDER,CERT'],
];

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[a.slice(2)] = true;
    else {
      out[a.slice(2)] = next;
      i++;
    }
  }
  return out;
}

function scaleName(posts) {
  return posts >= 1e6 && posts % 1e6 === 0 ? `${posts / 1e6}m` : posts >= 1000 && posts % 1000 === 0 ? `${posts / 1000}k` : String(posts);
}

function options(raw = {}) {
  const posts = Number(raw.posts ?? 100000);
  const members = Number(raw.members ?? 6000);
  // Another member count is another database (e.g. sn_bench_100k_m12000 for P7 above 6,000), so
  // asking for it never regenerates the default data set in place.
  const variant = members === 6000 ? '' : `_m${members}`;
  return {
    posts,
    seed: Number(raw.seed ?? 42),
    members,
    messages: Number(raw.messages ?? Math.max(20000, Math.round(posts / 2))),
    db: raw.db ?? `sn_bench_${scaleName(posts)}${variant}${process.env.SN_BENCH_DB_SUFFIX ?? ''}`,
  };
}

const b64url = (s) => Buffer.from(s).toString('base64url');
/** An HS256 access token as TokenService signs it (sub = member, sid = session), valid for a day. */
function accessToken(memberIndex, seed = 42) {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const now = Math.floor(Date.now() / 1000);
  const payload = b64url(JSON.stringify({ sid: uuidOf('s', memberIndex, seed), sub: uuidOf('m', memberIndex, seed), iat: now, exp: now + 86400 }));
  const sig = createHmac('sha256', JWT_SECRET).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${sig}`;
}

/** The deterministic id the generator gives row `i` of kind `k` (same formula as in SQL). */
function uuidOf(kind, i, seed = 42) {
  const hex = require('node:crypto').createHash('md5').update(`${seed}:${kind}:${i}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

async function generate(raw = {}, log = console.log) {
  const o = options(raw);
  const { url } = await benchDatabase(o.db, { fresh: true });
  const db = new Client({ connectionString: url });
  await db.connect();
  const t0 = Date.now();
  const step = async (label, sql, params = []) => {
    const t = Date.now();
    const r = await db.query(sql, params);
    log(`  ${label}: ${r.rowCount ?? ''} rows, ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return r;
  };
  try {
    await db.query(`SET synchronous_commit = off; SET maintenance_work_mem = '512MB'; SET max_parallel_workers_per_gather = 0`);
    // SQL helpers: id(kind, i) and h(i, slot) >= 0, both seeded.
    const S = o.seed;
    // md5 shaped as a version-4 UUID (the API's ID validation accepts only RFC 4122 ids).
    const id = (kind, expr) => `overlay(overlay(md5('${S}:${kind}:' || (${expr})) placing '4' from 13) placing '8' from 17)::uuid`;
    const h = (expr, slot) => `abs(hashint8((${expr})::bigint * 1000003 + ${slot} * 7919 + ${S}))`;
    const pick = (arr, expr, slot) => `(${arr})[1 + (${h(expr, slot)} % cardinality(${arr}))::int]`;
    const P = { words: '$1::text[]' };

    log(`Generating ${o.db}: ${o.posts} posts, ${o.members} members, ${o.messages} messages, seed ${o.seed}`);
    await step(
      'organisations',
      `INSERT INTO organisations (id, kind, name, municipality_key, district, government_region, population)
       SELECT ${id('o', 'g')}, CASE WHEN g < ${MUNICIPALITIES} THEN 'MUNICIPALITY' WHEN g < ${MUNICIPALITIES + PROVIDERS} THEN 'IT_PROVIDER' ELSE 'CERT' END::organisation_kind,
              CASE WHEN g < ${MUNICIPALITIES} THEN 'Stadt ' || ($1::text[])[1 + g % cardinality($1::text[])] || ' ' || g
                   WHEN g < ${MUNICIPALITIES + PROVIDERS} THEN 'Kommunales Rechenzentrum ' || g ELSE 'CERT NRW' END,
              CASE WHEN g < ${MUNICIPALITIES} THEN lpad((5000000 + g)::text, 8, '0') END, NULL, NULL,
              CASE WHEN g < ${MUNICIPALITIES} THEN 5000 + (${h('g', 1)} % 500000)::int END
         FROM generate_series(0, ${MUNICIPALITIES + PROVIDERS}) g`,
      [PLACES],
    );
    // Every tenth member works at an IT provider, the rest at municipalities; all ACTIVE USERs
    // without TOTP (TOTP is only required for CERT staff and ADMINs), one live session each.
    await step(
      'members',
      `INSERT INTO members (id, organisation_id, email, handle, display_name, position, status, created_at)
       SELECT ${id('m', 'g')}, ${id('o', `CASE WHEN g % 10 = 9 THEN ${MUNICIPALITIES} + g % ${PROVIDERS} ELSE g % ${MUNICIPALITIES} END`)},
              'mitglied' || g || '@bench.example', 'mitglied' || g,
              ${pick('$1::text[]', 'g', 2)} || ' ' || ${pick('$2::text[]', 'g', 3)}, 'Informationssicherheitsbeauftragte', 'ACTIVE',
              now() - interval '800 days'
         FROM generate_series(0, ${o.members - 1}) g`,
      [FIRST_NAMES, LAST_NAMES],
    );
    await step(
      'sessions',
      `INSERT INTO sessions (id, member_id, last_used_at, expires_at, user_agent, ip)
       SELECT ${id('s', 'g')}, ${id('m', 'g')}, now(), now() + interval '30 days', 'bench', '127.0.0.1' FROM generate_series(0, ${o.members - 1}) g`,
    );
    await step(
      'forum_categories',
      `INSERT INTO forum_categories (id, name, description, read_kinds, post_kinds, position)
       SELECT ${id('c', 'g - 1')}, c[1], 'Erzeugt für Messungen', string_to_array(c[2], ','), string_to_array(c[2], ','), g
         FROM unnest($1::text[]) WITH ORDINALITY AS x(c0, g), LATERAL (SELECT string_to_array(c0, '|') AS c) y`,
      [CATEGORIES.map((c) => c.join('|'))],
    );

    // Topic sizes: most topics short (1-7 posts), every 50th a long thread (20-60 posts); the
    // number of topics is chosen so the total comes close to the requested post count.
    const topics = Math.max(10, Math.round(o.posts / 4.72));
    await db.query(`DROP TABLE IF EXISTS bench_topics`);
    await step(
      'topic plan',
      `CREATE UNLOGGED TABLE bench_topics AS
       SELECT i, cnt, sum(cnt) OVER (ORDER BY i) - cnt AS start FROM (
         SELECT i, CASE WHEN i % 50 = 0 THEN 20 + (${h('i', 4)} % 41)::int ELSE 1 + (${h('i', 4)} % 7)::int END AS cnt
           FROM generate_series(0, ${topics - 1}) i) x`,
    );
    // Indexes are built once after the bulk load (much faster than maintaining them row by row).
    await db.query(`DROP INDEX IF EXISTS ix_forum_posts_search_vector; DROP INDEX IF EXISTS ix_forum_topics_title_vector; DROP INDEX IF EXISTS ix_forum_posts_author`);
    // Topic i starts at minute i*k over the last ~2 years; its posts follow minutes apart.
    const span = `interval '1 second' * ((${topics} - i) * (63072000 / ${topics}))`;
    await step(
      'forum_topics',
      `INSERT INTO forum_topics (id, category_id, author_id, title, pinned, last_post_number, last_post_at, created_at)
       SELECT ${id('t', 'i')}, ${id('c', `i % ${CATEGORIES.length}`)}, ${id('m', `${h('i', 5)} % ${o.members}`)},
              initcap(${pick(P.words, 'i', 6)}) || ' ' || ${pick(P.words, 'i', 7)} || ' ' || ${pick(P.words, 'i', 8)} || ' in ' || ${pick('$2::text[]', 'i', 9)},
              i % 5000 = 1, cnt, now() - ${span} + interval '7 minutes' * (cnt - 1), now() - ${span}
         FROM bench_topics`,
      [WORDS, PLACES],
    );
    // Text comes from a seeded pool of sentences (6-14 words each); a post is 1-8 of them, picked by
    // hash (a per-word subquery for a million posts would take many minutes).
    await db.query(`DROP TABLE IF EXISTS bench_sentences`);
    await step(
      'sentence pool',
      `CREATE UNLOGGED TABLE bench_sentences AS
       SELECT s AS id, (SELECT string_agg(CASE WHEN j = 1 THEN initcap(w) ELSE w END, ' ' ORDER BY j) || '.'
                          FROM (SELECT j, ${pick(P.words, 's * 131 + j', 10)} AS w FROM generate_series(1, 6 + (${h('s', 11)} % 9)::int) j) ws) AS s
         FROM generate_series(0, ${SENTENCES - 1}) s`,
      [WORDS],
    );
    await db.query(`ALTER TABLE bench_sentences ADD PRIMARY KEY (id)`);
    // Post g (global index) = start + k, 1-based; rare terms go into exactly every `every`-th post.
    const rare = RARE_TERMS.map((r) => `CASE WHEN (start + k) % ${r.every} = ${r.every - 1} THEN ' ${r.term} wurde besprochen.' ELSE '' END`).join(' || ');
    const sentenceIds = Array.from({ length: 8 }, (_, n) => `(${h('(start + k) * 8 + ' + n, 18)} % ${SENTENCES})::int`).join(', ');
    const text = `(SELECT string_agg(bs.s, ' ' ORDER BY u.o) FROM unnest(ARRAY[${sentenceIds}]) WITH ORDINALITY u(sid, o)
                    JOIN bench_sentences bs ON bs.id = u.sid WHERE u.o <= 1 + ${h('start + k', 19)} % 8) || ${rare}`;
    await step(
      'forum_posts',
      `INSERT INTO forum_posts (id, topic_id, author_id, post_number, raw, html, plain, quoted_post_id, created_at)
       SELECT ${id('p', 'start + k')}, ${id('t', 'i')}, ${id('m', `${h('start + k', 12)} % ${o.members}`)}, k, body, '<p>' || body || '</p>' || chr(10), body,
              CASE WHEN k > 1 AND (start + k) % 17 = 0 THEN ${id('p', 'start + 1')} END,
              now() - ${span} + interval '7 minutes' * (k - 1)
         FROM bench_topics, generate_series(1, cnt) k, LATERAL (SELECT ${text} AS body) b`,
    );
    // 0-3 reactions per post, of different kinds (so the primary key never collides).
    await step(
      'forum_reactions',
      `INSERT INTO forum_reactions (post_id, member_id, kind)
       SELECT ${id('p', 'g')}, ${id('m', `${h('g * 4 + j', 13)} % ${o.members}`)}, (ARRAY['LIKE','THANKS','AGREE','IMPORTANT']::forum_reaction_kind[])[j + 1]
         FROM generate_series(1, (SELECT sum(cnt) FROM bench_topics)) g, generate_series(0, 2) j
        WHERE j < ${h('g', 14)} % 4`,
    );
    await step('index ix_forum_posts_author', `CREATE INDEX ix_forum_posts_author ON forum_posts (author_id, created_at)`);
    await step('index ix_forum_posts_search_vector', `CREATE INDEX ix_forum_posts_search_vector ON forum_posts USING GIN (search_vector) WITH (fastupdate = off)`);
    await step('index ix_forum_topics_title_vector', `CREATE INDEX ix_forum_topics_title_vector ON forum_topics USING GIN (title_vector) WITH (fastupdate = off)`);

    // Chat: channel 0 is the large operations channel (members 0..999); channels 1..300 are team
    // channels, member i is in three of them.
    await step(
      'channels',
      `INSERT INTO channels (id, kind, name, topic, created_by_id, created_at)
       SELECT ${id('ch', 'g')}, 'PUBLIC', CASE WHEN g = 0 THEN 'Lagezentrum' ELSE 'Team ' || g END, 'Erzeugt für Messungen',
              ${id('m', `CASE WHEN g = 0 THEN 0 ELSE g - 1 END`)}, now() - interval '400 days'
         FROM generate_series(0, ${TEAM_CHANNELS}) g`,
    );
    const teamOf = (slot) => `1 + (CASE ${slot} WHEN 0 THEN m ELSE ${h('m', `20 + ${slot}`)} END) % ${TEAM_CHANNELS}`;
    await step(
      'channel_members',
      `INSERT INTO channel_members (channel_id, member_id, role)
       SELECT DISTINCT ON (c, m) ${id('ch', 'c')}, ${id('m', 'm')}, CASE WHEN (c = 0 AND m = 0) OR (c > 0 AND m = c - 1) THEN 'ADMIN' ELSE 'MEMBER' END::channel_role
         FROM (SELECT m, 0 AS c FROM generate_series(0, ${Math.min(OPS_CHANNEL_MEMBERS, o.members) - 1}) m
               UNION ALL SELECT m, ${teamOf(0)} FROM generate_series(0, ${o.members - 1}) m
               UNION ALL SELECT m, ${teamOf(1)} FROM generate_series(0, ${o.members - 1}) m
               UNION ALL SELECT m, ${teamOf(2)} FROM generate_series(0, ${o.members - 1}) m) x
       ON CONFLICT DO NOTHING`,
    );
    // Messages: spread over the channels; the sender is a random member of the channel.
    const perChannel = Math.max(1, Math.floor(o.messages / (TEAM_CHANNELS + 1)));
    await step(
      'messages',
      `INSERT INTO messages (id, channel_id, seq, change_seq, client_message_id, sender_id, body, created_at)
       SELECT ${id('msg', 'c::bigint * 1000000 + s')}, cm.channel_id, s, s, 'gen-' || s, cm.member_id,
              (SELECT string_agg(${pick('$1::text[]', '(c::bigint * 1000000 + s) * 31 + j', 15)}, ' ' ORDER BY j) FROM generate_series(1, 4 + (${h('c::bigint * 1000000 + s', 16)} % 20)::int) j),
              now() - interval '1 minute' * (${perChannel} - s)
         FROM generate_series(0, ${TEAM_CHANNELS}) c, generate_series(1, ${perChannel}) s,
              LATERAL (SELECT channel_id, member_id FROM channel_members WHERE channel_id = ${id('ch', 'c')}
                        ORDER BY member_id OFFSET (${h('c::bigint * 1000000 + s', 17)} % GREATEST(1, (SELECT count(*) FROM channel_members WHERE channel_id = ${id('ch', 'c')})))::int LIMIT 1) cm`,
      [WORDS],
    );
    await step('channel sequences', `UPDATE channels c SET last_seq = x.n, last_change_seq = x.n FROM (SELECT channel_id, max(seq) AS n FROM messages GROUP BY channel_id) x WHERE x.channel_id = c.id`);

    const [{ posts, topics: topicCount, reactions }] = (
      await db.query(`SELECT (SELECT count(*) FROM forum_posts)::int AS posts, (SELECT count(*) FROM forum_topics)::int AS topics, (SELECT count(*) FROM forum_reactions)::int AS reactions`)
    ).rows;
    // The topic for the topic page: the first long thread (>= 20 posts).
    const [pageTopic] = (await db.query(`SELECT i FROM bench_topics WHERE cnt >= 50 ORDER BY i LIMIT 1`)).rows;
    const meta = {
      ...o,
      format: FORMAT,
      actualPosts: posts,
      topics: topicCount,
      reactions,
      messagesPerChannel: perChannel,
      teamChannels: TEAM_CHANNELS,
      opsChannelMembers: Math.min(OPS_CHANNEL_MEMBERS, o.members),
      pageTopicIndex: pageTopic.i,
      rareTerms: RARE_TERMS.map((r) => ({ ...r, posts: Math.floor(posts / r.every) })),
      generatedAt: new Date().toISOString(),
      seconds: Math.round((Date.now() - t0) / 1000),
    };
    await db.query(`DROP TABLE bench_topics; DROP TABLE bench_sentences`);
    await db.query(`CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value jsonb NOT NULL)`);
    await db.query(`INSERT INTO bench_meta VALUES ('dataset', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [meta]);
    await step('vacuum analyze', `VACUUM ANALYZE`);
    log(`Done in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${posts} posts in ${topicCount} topics, ${reactions} reactions.`);
    return { url, meta };
  } finally {
    await db.end();
  }
}

/** The data set of this scale, generated unless a matching one exists. */
async function ensureDataset(raw = {}, log = console.log) {
  const o = options(raw);
  const { url } = await benchDatabase(o.db);
  const db = new Client({ connectionString: url });
  await db.connect();
  let meta = null;
  try {
    meta = (await db.query(`SELECT value FROM bench_meta WHERE key = 'dataset'`)).rows[0]?.value ?? null;
  } catch {
    // not generated yet
  } finally {
    await db.end();
  }
  if (meta && meta.format === FORMAT && meta.posts === o.posts && meta.seed === o.seed && meta.members === o.members && meta.messages === o.messages) return { url, meta };
  return generate(raw, log);
}

module.exports = { generate, ensureDataset, accessToken, uuidOf, options };

if (require.main === module) {
  const { shutdown } = require('../lib/harness');
  generate(parseArgs(process.argv.slice(2)))
    .then(async ({ meta }) => {
      console.log(JSON.stringify(meta, null, 2));
      await shutdown();
    })
    .catch(async (e) => {
      console.error(e);
      await shutdown();
      process.exit(1);
    });
}
