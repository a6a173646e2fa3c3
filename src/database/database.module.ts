import {
  DynamicModule,
  Injectable,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { DatabaseOutage } from './database-outage';
import { TypeOrmLogger } from './typeorm-logger';

/** Lets the outage probe the database while it is down; stops probing at shutdown. */
@Injectable()
class DatabaseOutageProbe implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly db: DataSource,
    private readonly outage: DatabaseOutage,
  ) {}

  onApplicationBootstrap(): void {
    this.outage.attach(() => this.db.query('SELECT 1'));
  }

  onApplicationShutdown(): void {
    this.outage.stop();
  }
}

@Module({})
export class DatabaseModule {
  static forRoot(
    url: string,
    options: { poolSize: number; outage: DatabaseOutage },
  ): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(url, options.poolSize),
          // Migrations run before the app is built (runMigrationsLocked), never `synchronize`.
          migrationsRun: false,
          logging: ['error', 'warn'],
          logger: new TypeOrmLogger(options.outage),
        }),
      ],
      providers: [DatabaseOutageProbe],
    };
  }
}
