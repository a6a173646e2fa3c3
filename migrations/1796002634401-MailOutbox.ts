import { MigrationInterface, QueryRunner } from 'typeorm';

/** PostgreSQL schema that pg-boss owns (outside TypeORM's entities and its drift check). */
export const PG_BOSS_SCHEMA = 'pgboss';

/**
 * The mail outbox, password-reset links, and pg-boss's own schema. pg-boss is installed here (its
 * construction SQL without the BEGIN/COMMIT around it, inside this migration's transaction) so a
 * test database copied from the migrated template starts without installing it again; on later
 * pg-boss versions its start() migrates its schema itself.
 */
export class MailOutbox1796002634401 implements MigrationInterface {
  name = 'MailOutbox1796002634401';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" character varying(255) NOT NULL, "to_address" character varying(320) NOT NULL, "member_id" uuid, "kind" character varying(60) NOT NULL, "subject" character varying(500) NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "headers" jsonb NOT NULL DEFAULT '{}', "attachments" jsonb NOT NULL DEFAULT '[]', "dedupe_key" character varying(200), "state" character varying(10) NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT 0, "last_error" character varying(1000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_mail_outbox_message_id" ON "mail_outbox" ("message_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_mail_outbox_member" ON "mail_outbox" ("member_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_mail_outbox_dedupe_key" ON "mail_outbox" ("dedupe_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mail_outbox_state_created" ON "mail_outbox" ("state", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "requested_by_id" uuid, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_password_resets_member" ON "password_resets" ("member_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_password_resets_token_hash" ON "password_resets" ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "FK_0fea864154d92cb723b1c4547d8" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    const { getConstructionPlans } = await import('pg-boss');
    const plan = getConstructionPlans(PG_BOSS_SCHEMA)
      .replace(/^\s*BEGIN;/, '')
      .replace(/COMMIT;\s*$/, '');
    await queryRunner.query(plan);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS "${PG_BOSS_SCHEMA}" CASCADE`);
    await queryRunner.query(
      `ALTER TABLE "password_resets" DROP CONSTRAINT "FK_0fea864154d92cb723b1c4547d8"`,
    );
    await queryRunner.query(`DROP TABLE "password_resets"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
