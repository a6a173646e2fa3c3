'use strict';
// P8 baseline: what node:http + pg alone need to answer the forum's "latest topics" list (the
// web app's ForumTopics query, bench/benchmarks/queries.js TOPIC_LIST_WEB) with the same JSON the
// GraphQL API returns, from the same rows, under the same rules: the bearer token is verified
// (HS256) and its session and member are checked in the database on every request (as
// PrincipalService does), the category audience is applied in SQL (staff read every category),
// muted categories and topics are left out as in the app's cross-category list, and the per-viewer
// figures (visible posts, unread posts) are computed per row. totalCount follows the API's rule:
// exact up to 1,000, above that 1,000 with totalCountIsExact false (at most 1,001 rows counted).
// Two statements per request: the session lookup and one query for the page, its figures, authors,
// categories and the capped count. Only the cross-category list (no categoryId/authorId).
// Same pool size as the app (10).
const { Pool } = require('pg');
const { verify, PRINCIPAL, send, serve } = require('./common');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
/** The API's cap of totalCount (src/forums/topics.service.ts, TOPIC_COUNT_CAP). */
const CAP = 1000;

function filterSql(staff) {
  // Staff read every category; $2 and $3 stay referenced so both variants take the same
  // parameters (PostgreSQL folds `TRUE OR …` to TRUE when planning).
  const readable = staff
    ? '(TRUE OR $2::text IS NULL OR $3::uuid IS NULL)'
    : '($2 = ANY(c.read_kinds) AND (cardinality(c.organisation_ids) = 0 OR $3::uuid = ANY(c.organisation_ids)))';
  return `${readable}
    AND NOT EXISTS (SELECT 1 FROM forum_category_watches mw WHERE mw.category_id = t.category_id AND mw.member_id = $1 AND mw.level = 'MUTED')
    AND NOT EXISTS (SELECT 1 FROM forum_topic_watches mt WHERE mt.topic_id = t.id AND mt.member_id = $1 AND mt.level = 'MUTED')`;
}

/** The capped count: at most CAP + 1 rows of the filtered list are read. */
const countSql = (staff) =>
  `SELECT count(*)::int FROM (SELECT 1 FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id WHERE ${filterSql(staff)} LIMIT ${CAP + 1}) n`;

// $1 member id, $2 organisation kind, $3 organisation id, $4 limit (first + 1), $5/$6 cursor.
function listSql(staff, withCursor) {
  const visible = staff ? 'p.deleted_at IS NULL' : 'p.deleted_at IS NULL AND p.hidden_at IS NULL';
  return `
WITH page AS (
  SELECT t.id, t.title, t.pinned, t.locked_at, t.last_post_at, t.created_at, t.author_id, c.id AS category_id, c.name AS category_name
    FROM forum_topics t JOIN forum_categories c ON c.id = t.category_id
   WHERE ${filterSql(staff)}${withCursor ? ' AND (t.last_post_at, t.id) < ($5::timestamptz, $6::uuid)' : ''}
   ORDER BY t.last_post_at DESC, t.id DESC LIMIT $4),
rs AS (
  SELECT page.id, COALESCE((SELECT r.last_read_post_number FROM forum_read_states r WHERE r.topic_id = page.id AND r.member_id = $1), 0) AS last_read FROM page)
SELECT page.*, a.id AS a_id, a.display_name AS author_name,
       (SELECT count(*)::int FROM forum_posts p WHERE p.topic_id = page.id AND ${visible}) AS post_count,
       (SELECT count(*)::int FROM forum_posts p WHERE p.topic_id = page.id AND ${visible} AND p.post_number > rs.last_read) AS unread_count,
       (${countSql(staff)}) AS total
  FROM page JOIN rs ON rs.id = page.id LEFT JOIN members a ON a.id = page.author_id
 ORDER BY page.last_post_at DESC, page.id DESC`;
}
const SQL = {};
for (const staff of [false, true])
  for (const cursor of [false, true]) SQL[`${staff}:${cursor}`] = listSql(staff, cursor);

const UNAUTHENTICATED = {
  data: null,
  errors: [{ message: 'Anmeldung erforderlich.', extensions: { code: 'UNAUTHENTICATED' } }],
};

/** The app's keyset cursor: base64url of [pin, lastPostAt, id] (pin is 0 outside a category). */
const cursorOf = (r) =>
  Buffer.from(JSON.stringify([0, r.last_post_at.toISOString(), r.id])).toString('base64url');

async function handle(req, res) {
  if (req.method === 'GET') return send(res, 200, { status: 'ok' });
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const { variables } = JSON.parse(Buffer.concat(chunks).toString());
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  const claims = match && verify(match[1]);
  if (!claims) return send(res, 200, UNAUTHENTICATED);
  const me = (await pool.query(PRINCIPAL, [claims.sid, claims.sub])).rows[0];
  if (!me) return send(res, 200, UNAUTHENTICATED);
  const staff = me.platform_role === 'MODERATOR' || me.platform_role === 'ADMIN';
  const first = variables.first ?? 20;
  const params = [me.id, me.kind, me.organisation_id, first + 1];
  if (variables.after) {
    const [, at, id] = JSON.parse(Buffer.from(variables.after, 'base64url').toString());
    params.push(at, id);
  }
  const rows = (await pool.query(SQL[`${staff}:${Boolean(variables.after)}`], params)).rows;
  let counted = rows.length ? rows[0].total : 0;
  // Past the end of a non-empty list the count still counts (as in the app); not on the bench's path.
  if (!rows.length && variables.after) {
    counted = (await pool.query(countSql(staff), params.slice(0, 3))).rows[0].count;
  }
  const hasNextPage = rows.length > first;
  const page = hasNextPage ? rows.slice(0, first) : rows;
  send(res, 200, {
    data: {
      forumTopics: {
        nodes: page.map((r) => ({
          id: r.id,
          title: r.title,
          pinned: r.pinned,
          locked: r.locked_at !== null,
          postCount: r.post_count,
          unreadCount: r.unread_count,
          lastPostAt: r.last_post_at.toISOString(),
          createdAt: r.created_at.toISOString(),
          author: r.a_id ? { id: r.a_id, displayName: r.author_name } : null,
          category: { id: r.category_id, name: r.category_name },
        })),
        pageInfo: { hasNextPage, endCursor: page.length ? cursorOf(page[page.length - 1]) : null },
        totalCount: Math.min(counted, CAP),
        totalCountIsExact: counted <= CAP,
      },
    },
  });
}

serve(handle);
