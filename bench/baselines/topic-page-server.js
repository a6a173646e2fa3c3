'use strict';
// P1 baseline: what node:http + pg alone need to answer the topic page with the same JSON the
// GraphQL API returns for TOPIC_PAGE (bench/benchmarks/queries.js), from the same rows, under the
// same rules: the bearer token is verified (HS256) and its session and member are checked in the
// database on every request, the category audience and post visibility are applied in SQL.
// Two statements per request: the session lookup (as PrincipalService does) and one query for the
// topic, its visible-post count, the first 20 visible posts, their authors and reaction summaries.
// Same pool size as the app (10).
const { Pool } = require('pg');
const { verify, PRINCIPAL, send, serve } = require('./common');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const PAGE = `
WITH t AS (
  SELECT t.id, t.title, t.author_id FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id
   WHERE t.id = $1 AND $2 = ANY(c.read_kinds) AND (cardinality(c.organisation_ids) = 0 OR $3::uuid = ANY(c.organisation_ids))),
pg AS (
  SELECT p.id, p.post_number, p.html, p.created_at, p.author_id FROM forum_posts p JOIN t ON p.topic_id = t.id
   WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL ORDER BY p.post_number LIMIT $5)
SELECT t.id AS topic_id, t.title, tm.id AS t_author_id, tm.display_name AS t_author_name,
       (SELECT count(*)::int FROM forum_posts p WHERE p.topic_id = t.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL) AS post_count,
       pg.id, pg.post_number, pg.html, pg.created_at, pm.id AS author_id, pm.display_name, pm.handle,
       (SELECT COALESCE(json_agg(json_build_object('kind', r.kind, 'count', r.n, 'reactedByMe', r.mine) ORDER BY r.kind), '[]'::json)
          FROM (SELECT kind, count(*)::int AS n, bool_or(member_id = $4) AS mine FROM forum_reactions WHERE post_id = pg.id GROUP BY kind) r) AS reactions
  FROM t LEFT JOIN members tm ON tm.id = t.author_id LEFT JOIN pg ON true LEFT JOIN members pm ON pm.id = pg.author_id
 ORDER BY pg.post_number`;

async function handle(req, res) {
  if (req.method === 'GET') return send(res, 200, { status: 'ok' });
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const { variables } = JSON.parse(Buffer.concat(chunks).toString());
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  const claims = match && verify(match[1]);
  if (!claims)
    return send(res, 200, {
      data: null,
      errors: [{ message: 'Anmeldung erforderlich.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  const me = (await pool.query(PRINCIPAL, [claims.sid, claims.sub])).rows[0];
  if (!me)
    return send(res, 200, {
      data: null,
      errors: [{ message: 'Anmeldung erforderlich.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  const rows = (
    await pool.query(PAGE, [
      variables.id,
      me.kind,
      me.organisation_id,
      me.id,
      variables.first ?? 20,
    ])
  ).rows;
  if (!rows.length)
    return send(res, 200, {
      data: null,
      errors: [{ message: 'Das Thema wurde nicht gefunden.', extensions: { code: 'NOT_FOUND' } }],
    });
  const r0 = rows[0];
  const nodes = r0.id
    ? rows.map((r) => ({
        id: r.id,
        postNumber: r.post_number,
        html: r.html,
        createdAt: r.created_at.toISOString(),
        author: r.author_id
          ? { id: r.author_id, displayName: r.display_name, handle: r.handle }
          : null,
        reactions: r.reactions,
      }))
    : [];
  send(res, 200, {
    data: {
      forumTopic: {
        id: r0.topic_id,
        title: r0.title,
        postCount: r0.post_count,
        author: r0.t_author_id ? { id: r0.t_author_id, displayName: r0.t_author_name } : null,
        posts: { totalCount: r0.post_count, nodes },
      },
    },
  });
}

serve(handle);
