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
    // JIT compilation and parallel workers pay off for long analytical queries, not for this app's
    // statements: above their cost thresholds (a count over many topics, a search with many hits)
    // JIT added 30+ ms of compile time, and parallel workers made the count of 530k topics slower
    // (350 vs 187 ms) and rare-term searches too, as their start-up costs more than they save
    // (bench/README.md, P5 and P6).
    extra: { max: poolSize, options: '-c jit=off -c max_parallel_workers_per_gather=0' },
  };
}
