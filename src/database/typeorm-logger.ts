import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLoggerContract } from 'typeorm';
import type { DatabaseOutage } from './database-outage';

/**
 * TypeORM's messages through the app's logger. Failures because the database is unreachable go
 * to the outage (logged once per outage, not per query); other failed queries are logged with
 * the statement but without its parameters (passwords, tokens and content travel in them).
 */
export class TypeOrmLogger implements TypeOrmLoggerContract {
  private readonly logger = new NestLogger('Database');

  constructor(private readonly outage: DatabaseOutage) {}

  logQuery(): void {}

  logQueryError(error: string | Error, query: string): void {
    if (this.outage.report(error)) return;
    const message = error instanceof Error ? error.message : error;
    this.logger.error(`Query failed: ${message}\n${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // "Postgres pool raised an error. Error: Connection terminated unexpectedly" per idle client.
    if (level === 'warn' && this.outage.report({ message: String(message) })) return;
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.log(String(message));
  }
}
