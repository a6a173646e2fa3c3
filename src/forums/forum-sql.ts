import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs SQL with `:name` parameters (the same style the query builders use), so that the access
 * fragments of ForumAccessService fit raw list, count and search queries as well.
 */
export async function queryNamed<T = Record<string, unknown>>(db: DataSource | EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const ds = 'connection' in db ? db.connection : db;
  const [text, values] = ds.driver.escapeQueryWithParameters(sql, params);
  return db.query(text, values);
}
