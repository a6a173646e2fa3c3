import type { DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from '../../migrations';
import { ALL_ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'migrations',
    // Each migration in its own transaction: a failure leaves the schema at the last good one.
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL >= 13; no extension needs installing.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    // JIT compilation pays off for long analytical queries, not for this app's short ones: above
    // its cost threshold (e.g. a count over many topics or search hits) it added 30+ ms of compile
    // time per statement in the benchmarks (bench/README.md, P5).
    extra: { max: poolSize, options: '-c jit=off' },
  };
}
