import { MigrationInterface, QueryRunner } from 'typeorm';

export class Advisories1795727442551 implements MigrationInterface {
  name = 'Advisories1795727442551';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"advisory_status\" AS ENUM('DRAFT', 'INTERIM', 'FINAL')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"tlp_label\" AS ENUM('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"advisory_severity\" AS ENUM('NIEDRIG', 'MITTEL', 'HOCH', 'KRITISCH')",
    );
    await queryRunner.query(
      'CREATE TABLE "advisories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tracking_id" character varying(100) NOT NULL, "version" character varying(40) NOT NULL, "status" "public"."advisory_status" NOT NULL DEFAULT \'DRAFT\', "tlp" "public"."tlp_label" NOT NULL, "severity" "public"."advisory_severity" NOT NULL, "title" character varying(300) NOT NULL, "summary" character varying(4000) NOT NULL, "body_markdown" text NOT NULL, "body_html" text NOT NULL, "cves" text array NOT NULL DEFAULT \'{}\', "cvss_vector" character varying(300), "cvss_score" double precision, "products" jsonb NOT NULL DEFAULT \'[]\', "reference_links" jsonb NOT NULL DEFAULT \'[]\', "remediation" text, "revision_history" jsonb NOT NULL DEFAULT \'[]\', "publisher_name" character varying(200) NOT NULL, "publisher_namespace" character varying(300) NOT NULL, "author_id" uuid NOT NULL, "author_organisation_id" uuid NOT NULL, "initial_release_date" TIMESTAMP WITH TIME ZONE, "current_release_date" TIMESTAMP WITH TIME ZONE, "listed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d7296456a2d94b0ec905412c5b2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_advisories_tracking_id" ON "advisories"  ("tracking_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_advisories_author_organisation" ON "advisories"  ("author_organisation_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_advisories_listed" ON "advisories"  ("listed_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"acknowledgement_status\" AS ENUM('READ', 'AFFECTED', 'NOT_AFFECTED', 'PATCHED')",
    );
    await queryRunner.query(
      'CREATE TABLE "advisory_acknowledgements" ("advisory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" "public"."acknowledgement_status" NOT NULL, "note" character varying(2000), "member_id" uuid NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ad7753a9500ce4d7586a79640c3" PRIMARY KEY ("advisory_id", "organisation_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_advisory_acknowledgements_org" ON "advisory_acknowledgements"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "advisory_acknowledgement_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "advisory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" "public"."acknowledgement_status" NOT NULL, "note" character varying(2000), "member_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_349398e2107feb95582e321a246" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_advisory_acknowledgement_events" ON "advisory_acknowledgement_events"  ("advisory_id", "organisation_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "advisory_forwards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "advisory_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "forwarded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_891b5f3f2500ead0cda883713e8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_advisory_forwards_org" ON "advisory_forwards"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_advisory_forwards" ON "advisory_forwards"  ("advisory_id", "provider_id", "organisation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "advisory_recipient_organisations" ("advisory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "added_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ec51163d8ea62ba22791d124b6" PRIMARY KEY ("advisory_id", "organisation_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_advisory_recipient_organisations_org" ON "advisory_recipient_organisations"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "advisory_recipient_members" ("advisory_id" uuid NOT NULL, "member_id" uuid NOT NULL, "added_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f73a252c7522e691e52f1f374c5" PRIMARY KEY ("advisory_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_advisory_recipient_members_member" ON "advisory_recipient_members"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "advisory_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "advisory_id" uuid NOT NULL, "version" character varying(40) NOT NULL, "status" "public"."advisory_status" NOT NULL, "tlp" "public"."tlp_label" NOT NULL, "change_summary" character varying(1000) NOT NULL, "snapshot" jsonb NOT NULL, "published_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f95822cdd1f0186b4f645e9c23a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_advisory_revisions_version" ON "advisory_revisions"  ("advisory_id", "version") ',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_acknowledgements" ADD CONSTRAINT "FK_28dc10ebac5fb672061ecd58bfe" FOREIGN KEY ("advisory_id") REFERENCES "advisories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_acknowledgement_events" ADD CONSTRAINT "FK_908ae1233f73219f0bb7e118f9d" FOREIGN KEY ("advisory_id") REFERENCES "advisories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_forwards" ADD CONSTRAINT "FK_8b54659da674f8fd7ad60dc4e80" FOREIGN KEY ("advisory_id") REFERENCES "advisories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_recipient_organisations" ADD CONSTRAINT "FK_7ebc3a6bb85ec71789bc4f42dba" FOREIGN KEY ("advisory_id") REFERENCES "advisories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_recipient_members" ADD CONSTRAINT "FK_1b748c1f78ccc64d94f0638b249" FOREIGN KEY ("advisory_id") REFERENCES "advisories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_revisions" ADD CONSTRAINT "FK_0effbc2ec098c06439c4d71e58b" FOREIGN KEY ("advisory_id") REFERENCES "advisories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "advisory_revisions" DROP CONSTRAINT "FK_0effbc2ec098c06439c4d71e58b"',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_recipient_members" DROP CONSTRAINT "FK_1b748c1f78ccc64d94f0638b249"',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_recipient_organisations" DROP CONSTRAINT "FK_7ebc3a6bb85ec71789bc4f42dba"',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_forwards" DROP CONSTRAINT "FK_8b54659da674f8fd7ad60dc4e80"',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_acknowledgement_events" DROP CONSTRAINT "FK_908ae1233f73219f0bb7e118f9d"',
    );
    await queryRunner.query(
      'ALTER TABLE "advisory_acknowledgements" DROP CONSTRAINT "FK_28dc10ebac5fb672061ecd58bfe"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_advisory_revisions_version"');
    await queryRunner.query('DROP TABLE "advisory_revisions"');
    await queryRunner.query('DROP INDEX "public"."ix_advisory_recipient_members_member"');
    await queryRunner.query('DROP TABLE "advisory_recipient_members"');
    await queryRunner.query('DROP INDEX "public"."ix_advisory_recipient_organisations_org"');
    await queryRunner.query('DROP TABLE "advisory_recipient_organisations"');
    await queryRunner.query('DROP INDEX "public"."uq_advisory_forwards"');
    await queryRunner.query('DROP INDEX "public"."ix_advisory_forwards_org"');
    await queryRunner.query('DROP TABLE "advisory_forwards"');
    await queryRunner.query('DROP INDEX "public"."ix_advisory_acknowledgement_events"');
    await queryRunner.query('DROP TABLE "advisory_acknowledgement_events"');
    await queryRunner.query('DROP INDEX "public"."ix_advisory_acknowledgements_org"');
    await queryRunner.query('DROP TABLE "advisory_acknowledgements"');
    await queryRunner.query('DROP TYPE "public"."acknowledgement_status"');
    await queryRunner.query('DROP INDEX "public"."ix_advisories_listed"');
    await queryRunner.query('DROP INDEX "public"."ix_advisories_author_organisation"');
    await queryRunner.query('DROP INDEX "public"."uq_advisories_tracking_id"');
    await queryRunner.query('DROP TABLE "advisories"');
    await queryRunner.query('DROP TYPE "public"."advisory_severity"');
    await queryRunner.query('DROP TYPE "public"."tlp_label"');
    await queryRunner.query('DROP TYPE "public"."advisory_status"');
  }
}
