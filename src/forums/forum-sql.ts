import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs SQL with `:name` parameters (the same style the query builders use), so that the access
 * fragments of ForumAccessService fit raw list, count and search queries as well.
 */
export async function queryNamed<T = Record<string, unknown>>(
  db: DataSource | EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const ds = 'connection' in db ? db.connection : db;
  const [text, values] = ds.driver.escapeQueryWithParameters(sql, params);
  return db.query(text, values);
}

/**
 * The reaction summaries of the post whose id is the SQL expression `postId`, as a JSON array of
 * { kind, count, reactedByMe } ordered by kind (enum order), `[]` without reactions. The one
 * definition for the reactions loader and the topic page query that primes it, so both give the
 * same answer. Needs the parameter `:me` (the viewer's member id).
 */
export function reactionSummariesSql(postId: string): string {
  return `(SELECT COALESCE(json_agg(json_build_object('kind', r.kind, 'count', r.count, 'reactedByMe', r.mine) ORDER BY r.kind), '[]'::json)
     FROM (SELECT fr.kind, count(*)::int AS count, bool_or(fr.member_id = :me) AS mine
             FROM forum_reactions fr WHERE fr.post_id = ${postId} GROUP BY fr.kind) r)`;
}
