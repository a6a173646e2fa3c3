import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { AdvisoriesModule } from './advisories/advisories.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ChatModule } from './chat/chat.module';
import { DEFAULT_LOGIN_LIMITS, LOGIN_LIMITS, LoginLimits } from './auth/login-rate-limiter';
import { graphqlOptions } from './common/graphql/graphql-options';
import { RedisModule } from './common/redis/redis-link';
import { logSetup } from './common/logging/log-setup';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { DatabaseOutage } from './database/database-outage';
import { ForumsModule } from './forums/forums.module';
import { HealthController } from './health/health.controller';
import { IncidentsModule } from './incidents/incidents.module';
import { MailModule } from './mail/mail.module';
import { MailContentModule } from './mail/content/mail-content.module';
import { IncidentResponseModule } from './incidents/response/incident-response.module';
import { MembersModule } from './members/members.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  loginLimits?: LoginLimits;
}

/** Configuration values every module may inject. */
@Global()
@Module({})
class ConfigValuesModule {
  static forRoot(options: AppModuleOptions, outage: DatabaseOutage): DynamicModule {
    return {
      module: ConfigValuesModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: LOGIN_LIMITS, useValue: options.loginLimits ?? DEFAULT_LOGIN_LIMITS },
        { provide: DatabaseOutage, useValue: outage },
      ],
      exports: [APP_CONFIG, LOGIN_LIMITS, DatabaseOutage],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    // One per app: GraphQL's error formatter is built here, outside dependency injection.
    const outage = new DatabaseOutage();
    const log = logSetup(config);
    return {
      module: AppModule,
      imports: [
        ConfigValuesModule.forRoot(options, outage),
        RedisModule,
        LoggerModule.forRoot({
          pinoHttp: [
            {
              ...log.options,
              // Tokens, passwords and invitation secrets never reach the log.
              redact: [
                'req.headers.authorization',
                'req.headers.cookie',
                'req.body.variables.input.password',
              ],
              autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
            },
            log.stream,
          ],
        }),
        EventEmitterModule.forRoot(),
        DiscoveryModule,
        DatabaseModule.forRoot(options.databaseUrl, { poolSize: config.databasePoolSize, outage }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config, outage),
        }),
        AuditModule,
        OrganisationsModule,
        MembersModule,
        AuthModule,
        NotificationsModule,
        MailModule,
        // Domain modules: forums, advisories, chat (each registers itself here).
        ForumsModule,
        ChatModule,
        IncidentsModule,
        IncidentResponseModule,
        AdvisoriesModule,
        MailContentModule,
      ],
      controllers: [HealthController],
    };
  }
}
