import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * German full-text search for advisories, the way the forums do it (migration SearchVectors): a
 * stored tsvector kept by a trigger in the statement that writes the text, and a GIN index on it.
 * Weighted, so that ranking prefers a hit in the tracking id, CVE ids or title (A) over one in the
 * summary (B) or body (C); tsvector_update_trigger cannot weight, hence a small function of our own.
 * Advisories are few (thousands, not millions): the backfill is a plain UPDATE through the trigger.
 */
export class AdvisorySearchVector1795981771089 implements MigrationInterface {
  name = 'AdvisorySearchVector1795981771089';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advisories" ADD "search_vector" tsvector`);
    await queryRunner.query(`CREATE FUNCTION "advisories_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('pg_catalog.german', coalesce(NEW.tracking_id, '') || ' ' || array_to_string(NEW.cves, ' ') || ' ' || coalesce(NEW.title, '')), 'A')
    || setweight(to_tsvector('pg_catalog.german', coalesce(NEW.summary, '')), 'B')
    || setweight(to_tsvector('pg_catalog.german', coalesce(NEW.body_markdown, '')), 'C');
  RETURN NEW;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "tg_advisories_search_vector" BEFORE INSERT OR UPDATE OF "tracking_id", "cves", "title", "summary", "body_markdown" ON "advisories" FOR EACH ROW EXECUTE FUNCTION "advisories_search_vector"()`,
    );
    await queryRunner.query(`UPDATE "advisories" SET "title" = "title"`);
    await queryRunner.query(`ALTER TABLE "advisories" ALTER COLUMN "search_vector" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "ix_advisories_search_vector" ON "advisories" USING GIN ("search_vector") WITH (fastupdate = off)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_advisories_search_vector"`);
    await queryRunner.query(`DROP TRIGGER "tg_advisories_search_vector" ON "advisories"`);
    await queryRunner.query(`DROP FUNCTION "advisories_search_vector"()`);
    await queryRunner.query(`ALTER TABLE "advisories" DROP COLUMN "search_vector"`);
  }
}
