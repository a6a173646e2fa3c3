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
import { logUnhandledRejections } from './common/process/unhandled-rejections';

async function main() {
  // Before anything can reject: a lost Redis (or any other optional dependency) must never stop
  // the process; the database is checked by /health/ready, not by exiting.
  logUnhandledRejections();
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
  // Stop accepting, let running requests finish, close the pool; then the embedded server (also
  // when closing the app failed: an orphaned postmaster would block the next start).
  const shutdown = async () => {
    try {
      await app.close();
    } finally {
      await embedded?.stop();
    }
  };
  // A signal handler's promise is ignored by the emitter: a failed shutdown is logged and exits 1.
  const onSignal = () =>
    void shutdown().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error('Shutdown failed', e);
        process.exit(1);
      },
    );
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
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

// A failed start (no database, a bad migration) stops the process with the reason.
main().catch((e: unknown) => {
  console.error('Start failed:', e);
  process.exit(1);
});
