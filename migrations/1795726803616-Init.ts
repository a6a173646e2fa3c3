import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795726803616 implements MigrationInterface {
  name = 'Init1795726803616';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(60) NOT NULL, "target_type" character varying(40), "target_id" character varying(64), "ip" character varying(64), "details" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_created" ON "audit_events"  ("created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_actor" ON "audit_events"  ("actor_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_events_action" ON "audit_events"  ("action") ');
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_target" ON "audit_events"  ("target_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organisation_kind\" AS ENUM('MUNICIPALITY', 'IT_PROVIDER', 'CERT')",
    );
    await queryRunner.query(
      'CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."organisation_kind" NOT NULL, "name" character varying(200) NOT NULL, "municipality_key" character(8), "district" character varying(120), "government_region" character varying(120), "population" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organisations_name" ON "organisations"  ("name") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organisations_ags" ON "organisations"  ("municipality_key") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"contact_visibility\" AS ENUM('ALL_MEMBERS', 'ORGANISATION', 'HIDDEN')",
    );
    await queryRunner.query(
      'CREATE TYPE "public"."organisation_role" AS ENUM(\'MEMBER\', \'ORG_ADMIN\')',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"platform_role\" AS ENUM('USER', 'MODERATOR', 'ADMIN')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"member_status\" AS ENUM('INVITED', 'ACTIVE', 'DISABLED')",
    );
    await queryRunner.query(
      'CREATE TABLE "members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "handle" character varying(40) NOT NULL, "display_name" character varying(120) NOT NULL, "position" character varying(120), "expertise_tags" text array NOT NULL DEFAULT \'{}\', "phone" character varying(40), "bio" character varying(2000), "contact_visibility" "public"."contact_visibility" NOT NULL DEFAULT \'ALL_MEMBERS\', "organisation_role" "public"."organisation_role" NOT NULL DEFAULT \'MEMBER\', "platform_role" "public"."platform_role" NOT NULL DEFAULT \'USER\', "status" "public"."member_status" NOT NULL DEFAULT \'INVITED\', "password_hash" character varying(200), "totp_secret" character varying(200), "totp_enabled_at" TIMESTAMP WITH TIME ZONE, "totp_last_step" bigint, "recovery_code_hashes" text array NOT NULL DEFAULT \'{}\', "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_members_organisation" ON "members"  ("organisation_id") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_members_email" ON "members"  ("email") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_members_handle" ON "members"  ("handle") ');
    await queryRunner.query(
      'CREATE TABLE "security_settings" ("key" character varying(60) NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_670c3847bed21e95bbe4d1033d2" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(60), "user_agent" character varying(300), "ip" character varying(64), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_sessions_member" ON "sessions"  ("member_id") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_refresh_tokens_session" ON "refresh_tokens"  ("session_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "invited_by_id" uuid, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invitations_member" ON "invitations"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_invitations_token_hash" ON "invitations"  ("token_hash") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"service_kind\" AS ENUM('DATA_CENTRE_HOSTING', 'NETWORK', 'SPECIALIST_APPLICATIONS', 'EMAIL', 'CLIENT_SUPPORT')",
    );
    await queryRunner.query(
      'CREATE TABLE "service_relations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "services" "public"."service_kind" array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_451172ce40414d12ece57f4b706" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_service_relations_municipality" ON "service_relations"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_service_relations_pair" ON "service_relations"  ("provider_id", "municipality_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "members" ADD CONSTRAINT "FK_ea8e953157d3927bf956cf40a60" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_32520aa49cd5a4acd571e81f752" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_514c802e06418791eb294f1884a" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_relations" ADD CONSTRAINT "FK_5231af602444033478096bed289" FOREIGN KEY ("provider_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_relations" ADD CONSTRAINT "FK_2c25bb3ce08e3cca323a2e79592" FOREIGN KEY ("municipality_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "service_relations" DROP CONSTRAINT "FK_2c25bb3ce08e3cca323a2e79592"',
    );
    await queryRunner.query(
      'ALTER TABLE "service_relations" DROP CONSTRAINT "FK_5231af602444033478096bed289"',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" DROP CONSTRAINT "FK_514c802e06418791eb294f1884a"',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" DROP CONSTRAINT "FK_32520aa49cd5a4acd571e81f752"',
    );
    await queryRunner.query(
      'ALTER TABLE "members" DROP CONSTRAINT "FK_ea8e953157d3927bf956cf40a60"',
    );
    await queryRunner.query('DROP INDEX "public"."uq_service_relations_pair"');
    await queryRunner.query('DROP INDEX "public"."ix_service_relations_municipality"');
    await queryRunner.query('DROP TABLE "service_relations"');
    await queryRunner.query('DROP TYPE "public"."service_kind"');
    await queryRunner.query('DROP INDEX "public"."uq_invitations_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_invitations_member"');
    await queryRunner.query('DROP TABLE "invitations"');
    await queryRunner.query('DROP INDEX "public"."uq_refresh_tokens_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_tokens_session"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."ix_sessions_member"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP TABLE "security_settings"');
    await queryRunner.query('DROP INDEX "public"."uq_members_handle"');
    await queryRunner.query('DROP INDEX "public"."uq_members_email"');
    await queryRunner.query('DROP INDEX "public"."ix_members_organisation"');
    await queryRunner.query('DROP TABLE "members"');
    await queryRunner.query('DROP TYPE "public"."member_status"');
    await queryRunner.query('DROP TYPE "public"."platform_role"');
    await queryRunner.query('DROP TYPE "public"."organisation_role"');
    await queryRunner.query('DROP TYPE "public"."contact_visibility"');
    await queryRunner.query('DROP INDEX "public"."uq_organisations_ags"');
    await queryRunner.query('DROP INDEX "public"."uq_organisations_name"');
    await queryRunner.query('DROP TABLE "organisations"');
    await queryRunner.query('DROP TYPE "public"."organisation_kind"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_target"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_action"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_actor"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_events_created"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
