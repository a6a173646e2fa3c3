import 'reflect-metadata';
import type { Logger } from 'pino';
import { createApp } from './app.factory';
import { bootstrapFirstAdmin, FirstAdminOutcome } from './auth/first-admin';
import { bootstrapLogger } from './common/logging/log-setup';
import { framed } from './common/logging/startup-banner';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import {
  EmbeddedDatabase,
  EmbeddedDatabaseInUseError,
  startEmbeddedPostgres,
} from './database/embedded-postgres';
import { runMigrationsLocked } from './database/migrate';

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig(process.env, (m) => console.warn(m));
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`Configuration error: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const log = bootstrapLogger(config);
  let embedded: EmbeddedDatabase | null = null;
  try {
    // A second `npm start` on the same DATA_DIR is refused: the first one's server stays up.
    if (!config.databaseUrl)
      embedded = await startEmbeddedPostgres(config.dataDir, (m) => log.info(m), {
        whenInUse: 'refuse',
      });
  } catch (e) {
    if (e instanceof EmbeddedDatabaseInUseError) {
      // Like a configuration error: a plain line on stderr, then a non-zero exit.
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const applied = await runMigrationsLocked(databaseUrl);
  if (applied.length) log.info(`Migrations applied: ${applied.join(', ')}`);
  const app = await createApp({ config, databaseUrl });
  const firstAdmin = await bootstrapFirstAdmin(app, config);
  // Stop accepting, let running requests finish, close the pool; then the embedded server.
  const shutdown = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  await app.listen(config.port, process.env.HOST ?? (config.production ? '0.0.0.0' : '127.0.0.1'));
  reportStarted(log, config, (await app.getUrl()).replace('[::1]', 'localhost'), firstAdmin);
}

/**
 * What a person starting the app needs: where to open it and, on a fresh database, how to get
 * in. Development: a framed block on stdout. Production: log lines with the values as fields.
 */
function reportStarted(
  log: Logger,
  config: AppConfig,
  url: string,
  firstAdmin: FirstAdminOutcome,
): void {
  const graphql = `${url}/graphql`;
  const adminLines: string[] = [];
  if (firstAdmin.kind === 'invited') {
    adminLines.push(
      `First administrator ${firstAdmin.email}: open this one-time link (valid ${firstAdmin.validHours} h)`,
      `  ${firstAdmin.invitationUrl}`,
    );
  } else if (firstAdmin.kind === 'created') {
    adminLines.push(
      `First administrator ${firstAdmin.email} created; TOTP is set up at the first login.`,
    );
  } else if (firstAdmin.kind === 'missing') {
    adminLines.push(
      'No account exists yet. Create the first administrator:',
      '  npm run create-admin -- <email> "<Name>"   (or start with ADMIN_EMAIL=<email>)',
    );
  }
  if (config.logFormat === 'json') {
    log.info({ url, graphql }, `Sicherheitsnetz listening on ${url}`);
    if (firstAdmin.kind === 'invited')
      log.warn(
        { invitationUrl: firstAdmin.invitationUrl, email: firstAdmin.email },
        `One-time invitation link for the first administrator (valid ${firstAdmin.validHours} h): ${firstAdmin.invitationUrl}`,
      );
    else if (adminLines.length) log.warn(adminLines.join(' '));
    return;
  }
  const lines = [
    `Open:     ${graphql}${config.production ? '' : '   (GraphQL sandbox)'}`,
    `Health:   ${url}/health/ready`,
  ];
  if (adminLines.length) lines.push('', ...adminLines);
  process.stdout.write(framed('Sicherheitsnetz is running', lines));
}

void main();
