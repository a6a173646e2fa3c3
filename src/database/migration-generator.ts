import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/**
 * Writes a migration with the SQL that brings the schema from the current migrations to the
 * entities (what `typeorm migration:generate` does), so a reviewer reads plain SQL. Returns the
 * file name, or null when there is no drift.
 */
export async function generateMigration(
  db: DataSource,
  name: string,
  dir: string,
): Promise<string | null> {
  const sql = await db.driver.createSchemaBuilder().log();
  if (!sql.upQueries.length) return null;
  const timestamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const render = (qs: { query: string; parameters?: unknown[] }[]) =>
    qs
      .map(
        (q) =>
          `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
      )
      .join('\n');
  const file = `${timestamp}-${name}.ts`;
  writeFileSync(
    join(dir, file),
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${render(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${render(sql.downQueries.reverse())}
  }
}
`,
  );
  return file;
}
