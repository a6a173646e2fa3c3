import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import {
  EmbeddedDatabase,
  EmbeddedDatabaseInUseError,
  startEmbeddedPostgres,
} from './database/embedded-postgres';
import { runMigrationsLocked } from './database/migrate';
import { bootstrapFirstAdmin } from './auth/first-admin';

async function main() {
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
  let embedded: EmbeddedDatabase | null = null;
  try {
    // A second `npm start` on the same DATA_DIR is refused: the first one's server stays up.
    if (!config.databaseUrl)
      embedded = await startEmbeddedPostgres(config.dataDir, (m) => console.log(m), {
        whenInUse: 'refuse',
      });
  } catch (e) {
    if (e instanceof EmbeddedDatabaseInUseError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const applied = await runMigrationsLocked(databaseUrl);
  if (applied.length) console.log(`Migrationen ausgeführt: ${applied.join(', ')}`);
  const app = await createApp({ config, databaseUrl });
  await bootstrapFirstAdmin(app, config);
  // Stop accepting, let running requests finish, close the pool; then the embedded server.
  const shutdown = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  await app.listen(config.port, process.env.HOST ?? (config.production ? '0.0.0.0' : '127.0.0.1'));
  console.log(`Sicherheitsnetz läuft auf ${await app.getUrl()}/graphql`);
}

void main();
