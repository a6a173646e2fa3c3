import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * Every SQL statement TypeORM sends goes through PostgresQueryRunner.query (repositories, query
 * builders, raw queries, transactions), so counting calls there counts statements exactly.
 * Shared by the forum and chat statement-count tests.
 */
export async function countStatements<T>(
  run: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const proto = PostgresQueryRunner.prototype as unknown as {
    query: (...args: unknown[]) => Promise<unknown>;
  };
  const original = proto.query;
  const statements: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    statements.push(String(args[0]).replace(/\s+/g, ' ').trim().slice(0, 80));
    return original.apply(this, args);
  };
  try {
    return { result: await run(), statements };
  } finally {
    proto.query = original;
  }
}
