import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { createFirstAdmin } from './auth/first-admin';
import { framed } from './common/logging/startup-banner';
import { loadConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrationsLocked } from './database/migrate';
import { generateMigration } from './database/migration-generator';
import { seedDemoData } from './seed/demo-data';

const USAGE = `Usage: node dist/src/cli.js <command>
  migrate                          run pending migrations
  migration:generate <Name>        write migrations/<ts>-<Name>.ts from the entity drift
  create-admin <email> "<Name>" [--password <pw>] [--organisation "<Name>"]
  seed                             load demo data (organisations, register, members, forums)`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  try {
    // A running `npm start` on the same DATA_DIR keeps its server: the command connects to it.
    if (!config.databaseUrl)
      embedded = await startEmbeddedPostgres(config.dataDir, console.log, { whenInUse: 'share' });
    return await work(config.databaseUrl ?? embedded!.url);
  } finally {
    await embedded?.stop();
  }
}

async function main(argv: string[]) {
  const [command, ...args] = argv;
  const config = loadConfig();
  switch (command) {
    case 'migrate':
    case 'migration:generate':
      return withDatabase(async (url) => {
        const done = await runMigrationsLocked(url);
        console.log(`Migrations applied: ${done.length ? done.join(', ') : 'none pending'}`);
        if (command !== 'migration:generate') return;
        const db = await new DataSource(dataSourceOptions(url)).initialize();
        try {
          if (!args[0]) throw new Error('Name required');
          const file = await generateMigration(db, args[0], join(process.cwd(), 'migrations'));
          console.log(
            file
              ? `Written migrations/${file}: review it and add it to migrations/index.ts`
              : 'No changes: entities and migrations agree.',
          );
        } finally {
          await db.destroy();
        }
      });
    case 'create-admin':
    case 'seed':
      return withDatabase(async (url) => {
        await runMigrationsLocked(url);
        const app = await createApp({
          // No mail worker in a short CLI run: mails it enqueues go out from the running server.
          config: {
            ...config,
            logLevel: 'warn',
            skipWarmUp: true,
            mail: { ...config.mail, workerEnabled: false },
          },
          databaseUrl: url,
        });
        await app.init();
        try {
          if (command === 'seed') {
            await seedDemoData(app);
            return;
          }
          const [email, name] = args;
          if (!email || !name) throw new Error(USAGE);
          const link = await createFirstAdmin(app, {
            email,
            displayName: name,
            password: option(args, '--password'),
            organisationName: option(args, '--organisation') ?? 'CERT Nordrhein-Westfalen',
          });
          console.log(
            link
              ? framed(`Administrator ${email} invited`, [
                  `Open this one-time link (valid ${config.invitationTtlHours} h) to set the password:`,
                  `  ${link}`,
                ])
              : `Administrator ${email} created; TOTP is set up at the first login.`,
          );
        } finally {
          await app.close();
        }
      });
    default:
      console.log(USAGE);
      process.exitCode = command ? 1 : 0;
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
