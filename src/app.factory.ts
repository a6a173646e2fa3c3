import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule, AppModuleOptions } from './app.module';
import { SocketIoAdapter } from './chat/socket-io.adapter';
import { RedisLink } from './common/redis/redis-link';
import { validationExceptionFactory } from './common/errors/validation-exception.factory';
import { InputValidationPipe } from './common/graphql/input-validation.pipe';
import { securityHeaders, serveWebApp } from './web/web-app';

/** Request bodies above this are refused before parsing (a CSAF document may be a few MB). */
export const BODY_LIMIT = '8mb';

/** Builds the application the same way for `npm start`, the CLI and the tests. */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // One proxy hop: req.ip is the last X-Forwarded-For entry (the socket limits read it the same way).
  app.set('trust proxy', options.config.trustProxy ? 1 : false);
  // Strict CSP for everything; Apollo's sandbox page (outside production only) is the one exception.
  app.use(securityHeaders(options.config.production));
  // The members' web app at `/` (when built), with a fallback to index.html for client routes.
  serveWebApp(app);
  app.enableCors({ origin: options.config.corsOrigins, credentials: false });
  // socket.io: Origin allowlist, 64 KB packets, and the Redis adapter when REDIS_URL is set.
  const sockets = new SocketIoAdapter(app, options.config, app.get(RedisLink));
  await sockets.connectRedis();
  app.useWebSocketAdapter(sockets);
  app.useGlobalPipes(
    new InputValidationPipe({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  return app;
}
