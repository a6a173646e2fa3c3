import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored German tsvectors for forum search (bench/README.md, P5): the search matched through
 * expression GIN indexes but had to recompute to_tsvector for every hit to rank it. The GIN indexes
 * move from the expressions to the columns.
 *
 * The columns are kept by PostgreSQL's own tsvector_update_trigger, in the statement that writes
 * the text (insert, edit, soft delete), so they cannot drift from it and no service has to
 * remember them. Not GENERATED ... STORED: TypeORM records a generated column's expression in
 * typeorm_metadata under the literal database name, so every copied database (the test template,
 * a restored dump) would look drifted to migration:generate and the schema-drift test.
 * Backfilled as generated columns whose expression is then dropped: one table rewrite instead of
 * an UPDATE of every row (about 40 s at 100k posts on the bench machine).
 */
export class SearchVectors1795736232609 implements MigrationInterface {
  name = 'SearchVectors1795736232609';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "forum_topics" ADD "title_vector" tsvector GENERATED ALWAYS AS (to_tsvector('german', "title")) STORED NOT NULL`,
    );
    await queryRunner.query(
      'ALTER TABLE "forum_topics" ALTER COLUMN "title_vector" DROP EXPRESSION',
    );
    await queryRunner.query(
      `CREATE TRIGGER "tg_forum_topics_title_vector" BEFORE INSERT OR UPDATE OF "title" ON "forum_topics" FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger("title_vector", 'pg_catalog.german', "title")`,
    );
    // STORAGE MAIN keeps the vector in the row (compressed if need be), so ranking a hit reads no
    // TOAST; raw/html/plain are moved out of line first when a row outgrows its share of a page.
    await queryRunner.query(
      `ALTER TABLE "forum_posts" ADD "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('german', "plain")) STORED NOT NULL, ALTER COLUMN "search_vector" SET STORAGE MAIN`,
    );
    await queryRunner.query(
      'ALTER TABLE "forum_posts" ALTER COLUMN "search_vector" DROP EXPRESSION',
    );
    await queryRunner.query(
      `CREATE TRIGGER "tg_forum_posts_search_vector" BEFORE INSERT OR UPDATE OF "plain" ON "forum_posts" FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger("search_vector", 'pg_catalog.german', "plain")`,
    );
    await queryRunner.query('DROP INDEX "public"."ix_forum_posts_plain_fts"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_topics_title_fts"');
    // fastupdate off: a post's lexemes go into the index when it is written (people post at human
    // speed), instead of into a pending list that every search would scan until the next vacuum.
    await queryRunner.query(
      'CREATE INDEX "ix_forum_posts_search_vector" ON "forum_posts" USING GIN ("search_vector") WITH (fastupdate = off)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forum_topics_title_vector" ON "forum_topics" USING GIN ("title_vector") WITH (fastupdate = off)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_forum_topics_title_vector"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_posts_search_vector"');
    await queryRunner.query(
      `CREATE INDEX "ix_forum_topics_title_fts" ON "forum_topics" USING GIN (to_tsvector('german', "title"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_forum_posts_plain_fts" ON "forum_posts" USING GIN (to_tsvector('german', "plain"))`,
    );
    await queryRunner.query('DROP TRIGGER "tg_forum_posts_search_vector" ON "forum_posts"');
    await queryRunner.query('ALTER TABLE "forum_posts" DROP COLUMN "search_vector"');
    await queryRunner.query('DROP TRIGGER "tg_forum_topics_title_vector" ON "forum_topics"');
    await queryRunner.query('ALTER TABLE "forum_topics" DROP COLUMN "title_vector"');
  }
}
