import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795726916903 implements MigrationInterface {
  name = 'Notifications1795726916903';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "body" character varying(1000), "target_type" character varying(40) NOT NULL, "target_id" character varying(64) NOT NULL, "actor_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_member_created" ON "notifications"  ("member_id", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_notifications_member_created"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
