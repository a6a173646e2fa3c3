import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail content (src/mail/content): per-member preferences per mail kind, members' OpenPGP public
 * keys, and the once-only markers of digests (per member and period) and of critical-advisory
 * escalations (per advisory and organisation) that keep several instances from sending twice.
 */
export class MailContent1796002662380 implements MigrationInterface {
  name = 'MailContent1796002662380';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"mail_frequency\" AS ENUM('IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF')",
    );
    await queryRunner.query(
      'CREATE TABLE "mail_preferences" ("member_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "frequency" "public"."mail_frequency" NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_160989507f97a2d2f70aaac204b" PRIMARY KEY ("member_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "member_openpgp_keys" ("member_id" uuid NOT NULL, "fingerprint" character varying(64) NOT NULL, "armored_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_45bf82eb6d5b2d981bb31e7d35c" PRIMARY KEY ("member_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_digest_runs" ("member_id" uuid NOT NULL, "frequency" character varying(10) NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "ran_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_84c0f4fa2cca281979a583fd7e0" PRIMARY KEY ("member_id", "frequency", "period_start"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_escalations" ("advisory_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1a5a42f8ba3fd54f9adb3050fee" PRIMARY KEY ("advisory_id", "organisation_id"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "mail_escalations"');
    await queryRunner.query('DROP TABLE "mail_digest_runs"');
    await queryRunner.query('DROP TABLE "member_openpgp_keys"');
    await queryRunner.query('DROP TABLE "mail_preferences"');
    await queryRunner.query('DROP TYPE "public"."mail_frequency"');
  }
}
