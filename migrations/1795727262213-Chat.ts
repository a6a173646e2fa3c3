import { MigrationInterface, QueryRunner } from 'typeorm';

export class Chat1795727262213 implements MigrationInterface {
  name = 'Chat1795727262213';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"channel_kind\" AS ENUM('PUBLIC', 'PRIVATE', 'DIRECT', 'INCIDENT')",
    );
    await queryRunner.query(
      'CREATE TABLE "channels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."channel_kind" NOT NULL, "name" character varying(80), "topic" character varying(250), "tlp" character varying(20), "direct_key" character varying(400), "created_by_id" uuid NOT NULL, "last_seq" integer NOT NULL DEFAULT \'0\', "last_change_seq" integer NOT NULL DEFAULT \'0\', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bc603823f3f741359c2339389f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_channels_direct_key" ON "channels"  ("direct_key") ',
    );
    await queryRunner.query('CREATE TYPE "public"."channel_role" AS ENUM(\'ADMIN\', \'MEMBER\')');
    await queryRunner.query(
      'CREATE TABLE "channel_members" ("channel_id" uuid NOT NULL, "member_id" uuid NOT NULL, "role" "public"."channel_role" NOT NULL DEFAULT \'MEMBER\', "last_read_seq" integer NOT NULL DEFAULT \'0\', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9383bd354ca4f9506de2da24ca1" PRIMARY KEY ("channel_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_channel_members_member" ON "channel_members"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel_id" uuid NOT NULL, "seq" integer NOT NULL, "change_seq" integer NOT NULL, "client_message_id" character varying(64) NOT NULL, "sender_id" uuid NOT NULL, "body" text, "thread_root_id" uuid, "edited_at" TIMESTAMP(3) WITH TIME ZONE, "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_messages_thread_root" ON "messages"  ("thread_root_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_messages_channel_change_seq" ON "messages"  ("channel_id", "change_seq") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_messages_channel_client_id" ON "messages"  ("channel_id", "client_message_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_messages_channel_seq" ON "messages"  ("channel_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE TABLE "message_mentions" ("message_id" uuid NOT NULL, "member_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "seq" integer NOT NULL, CONSTRAINT "PK_39da02a89b21eb72284a6cebc05" PRIMARY KEY ("message_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_message_mentions_member_channel_seq" ON "message_mentions"  ("member_id", "channel_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE TABLE "message_reactions" ("message_id" uuid NOT NULL, "member_id" uuid NOT NULL, "emoji" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_610552a91c7d6e1b76af458ec36" PRIMARY KEY ("message_id", "member_id", "emoji"))',
    );
    await queryRunner.query('CREATE TYPE "public"."incident_status" AS ENUM(\'OPEN\', \'CLOSED\')');
    await queryRunner.query(
      'CREATE TABLE "incidents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(4000) NOT NULL, "status" "public"."incident_status" NOT NULL DEFAULT \'OPEN\', "consent_to_provider" boolean NOT NULL, "channel_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ccb34c01719889017e2246469f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_incidents_organisation" ON "incidents"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_incidents_channel" ON "incidents"  ("channel_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_incidents_channel"');
    await queryRunner.query('DROP INDEX "public"."ix_incidents_organisation"');
    await queryRunner.query('DROP TABLE "incidents"');
    await queryRunner.query('DROP TYPE "public"."incident_status"');
    await queryRunner.query('DROP TABLE "message_reactions"');
    await queryRunner.query('DROP INDEX "public"."ix_message_mentions_member_channel_seq"');
    await queryRunner.query('DROP TABLE "message_mentions"');
    await queryRunner.query('DROP INDEX "public"."uq_messages_channel_seq"');
    await queryRunner.query('DROP INDEX "public"."uq_messages_channel_client_id"');
    await queryRunner.query('DROP INDEX "public"."uq_messages_channel_change_seq"');
    await queryRunner.query('DROP INDEX "public"."ix_messages_thread_root"');
    await queryRunner.query('DROP TABLE "messages"');
    await queryRunner.query('DROP INDEX "public"."ix_channel_members_member"');
    await queryRunner.query('DROP TABLE "channel_members"');
    await queryRunner.query('DROP TYPE "public"."channel_role"');
    await queryRunner.query('DROP INDEX "public"."uq_channels_direct_key"');
    await queryRunner.query('DROP TABLE "channels"');
    await queryRunner.query('DROP TYPE "public"."channel_kind"');
  }
}
