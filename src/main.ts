import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrationsLocked } from './database/migrate';
import { bootstrapFirstAdmin } from './auth/first-admin';
import { logUnhandledRejections } from './common/process/unhandled-rejections';

async function main() {
  // Before anything can reject: a lost Redis (or any other optional dependency) must never stop
  // the process; the database is checked by /health/ready, not by exiting.
  logUnhandledRejections();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`Configuration error: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, (m) => console.log(m));
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const applied = await runMigrationsLocked(databaseUrl);
  if (applied.length) console.log(`Migrationen ausgeführt: ${applied.join(', ')}`);
  const app = await createApp({ config, databaseUrl });
  await bootstrapFirstAdmin(app, config);
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
  console.log(`Sicherheitsnetz läuft auf ${await app.getUrl()}/graphql`);
}

// A failed start (no database, a bad migration) stops the process with the reason.
main().catch((e: unknown) => {
  console.error('Start failed:', e);
  process.exit(1);
});
