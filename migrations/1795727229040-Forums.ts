import { MigrationInterface, QueryRunner } from 'typeorm';

export class Forums1795727229040 implements MigrationInterface {
  name = 'Forums1795727229040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "forum_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(80) NOT NULL, "description" character varying(500) NOT NULL DEFAULT \'\', "read_kinds" character varying(20) array NOT NULL, "post_kinds" character varying(20) array NOT NULL, "organisation_ids" uuid array NOT NULL DEFAULT \'{}\', "position" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_502afa07fc57ce4b302dc00217e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_forum_categories_name" ON "forum_categories"  ("name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "forum_topics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "locked_at" TIMESTAMP(3) WITH TIME ZONE, "last_post_number" integer NOT NULL DEFAULT \'0\', "last_post_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c3cfc62a16863804757504742b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forum_topics_author" ON "forum_topics"  ("author_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forum_topics_latest" ON "forum_topics"  ("last_post_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forum_topics_category_latest" ON "forum_topics"  ("category_id", "pinned", "last_post_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "forum_posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "topic_id" uuid NOT NULL, "author_id" uuid NOT NULL, "post_number" integer NOT NULL, "raw" text NOT NULL, "html" text NOT NULL, "plain" text NOT NULL, "reply_to_post_id" uuid, "quoted_post_id" uuid, "edited_at" TIMESTAMP(3) WITH TIME ZONE, "hidden_at" TIMESTAMP(3) WITH TIME ZONE, "hidden_by_id" uuid, "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_forum_posts_topic_number" UNIQUE ("topic_id", "post_number"), CONSTRAINT "PK_3e9c301114a0fd42c998681b04e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forum_posts_author" ON "forum_posts"  ("author_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "forum_post_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "revision" integer NOT NULL, "raw" text NOT NULL, "edited_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_forum_post_revisions_number" UNIQUE ("post_id", "revision"), CONSTRAINT "PK_324fe7c4ef9fae3c35f6824aff9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"forum_reaction_kind\" AS ENUM('LIKE', 'THANKS', 'AGREE', 'IMPORTANT')",
    );
    await queryRunner.query(
      'CREATE TABLE "forum_reactions" ("post_id" uuid NOT NULL, "member_id" uuid NOT NULL, "kind" "public"."forum_reaction_kind" NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3559ee0bae81eeb5853a42f57fb" PRIMARY KEY ("post_id", "member_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "forum_read_states" ("member_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "last_read_post_number" integer NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8513f4a6a8353486f2eb216249a" PRIMARY KEY ("member_id", "topic_id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"forum_watch_level\" AS ENUM('MUTED', 'NORMAL', 'TRACKING', 'WATCHING')",
    );
    await queryRunner.query(
      'CREATE TABLE "forum_category_watches" ("member_id" uuid NOT NULL, "category_id" uuid NOT NULL, "level" "public"."forum_watch_level" NOT NULL, CONSTRAINT "PK_9c2ba92500376ed73578dca757b" PRIMARY KEY ("member_id", "category_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forum_category_watches_category" ON "forum_category_watches"  ("category_id", "level") ',
    );
    await queryRunner.query(
      'CREATE TABLE "forum_topic_watches" ("member_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "level" "public"."forum_watch_level" NOT NULL, CONSTRAINT "PK_b1228fd46b9edb75d19ed2939dc" PRIMARY KEY ("member_id", "topic_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forum_topic_watches_topic" ON "forum_topic_watches"  ("topic_id", "level") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"forum_flag_reason\" AS ENUM('SPAM', 'INAPPROPRIATE', 'OFF_TOPIC', 'ILLEGAL', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"forum_flag_status\" AS ENUM('OPEN', 'RESOLVED', 'DISMISSED')",
    );
    await queryRunner.query(
      'CREATE TABLE "forum_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" "public"."forum_flag_reason" NOT NULL, "note" character varying(1000), "status" "public"."forum_flag_status" NOT NULL DEFAULT \'OPEN\', "resolved_by_id" uuid, "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3094e7800a11bdbac238beabaac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forum_flags_status_created" ON "forum_flags"  ("status", "created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_topics" ADD CONSTRAINT "FK_8aa26854fe49304aff26d465e8f" FOREIGN KEY ("category_id") REFERENCES "forum_categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_topics" ADD CONSTRAINT "FK_50bd3aedee473d6d6ef26353a7a" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_posts" ADD CONSTRAINT "FK_726d764fd28c8991dda5c1edbb0" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_posts" ADD CONSTRAINT "FK_141ee222adc1090094e49486a00" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_post_revisions" ADD CONSTRAINT "FK_6d1c632673ef834b34f157a137c" FOREIGN KEY ("post_id") REFERENCES "forum_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_reactions" ADD CONSTRAINT "FK_e9bd01ca463335fa1f8b2b5a8af" FOREIGN KEY ("post_id") REFERENCES "forum_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_reactions" ADD CONSTRAINT "FK_e1b1a228d509b0cf6fab8082b34" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_read_states" ADD CONSTRAINT "FK_122841517014befb2c0094572d5" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_read_states" ADD CONSTRAINT "FK_3874594d38ea7765052a3e74e2b" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_category_watches" ADD CONSTRAINT "FK_d0eaebd37d256afe53ef2d8cace" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_category_watches" ADD CONSTRAINT "FK_1ba7f817754d8d4d2b6f04ba535" FOREIGN KEY ("category_id") REFERENCES "forum_categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_topic_watches" ADD CONSTRAINT "FK_ed72ae126e6ecb978c7c33ae4a9" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_topic_watches" ADD CONSTRAINT "FK_e1e4ce0baa513f2294329f5eb6f" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_flags" ADD CONSTRAINT "FK_fe303b0b28aaa91f4c958d197d1" FOREIGN KEY ("post_id") REFERENCES "forum_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_flags" ADD CONSTRAINT "FK_eaf14fec008cd9abae6debd031e" FOREIGN KEY ("reporter_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // By hand (entities mark them synchronize: false): German full-text expression indexes and
    // the partial unique index allowing one open flag per member and post. The shared enum type
    // forum_watch_level is created once (the generator emitted it for both watch tables).
    await queryRunner.query(
      'CREATE INDEX "ix_forum_posts_plain_fts" ON "forum_posts" USING GIN (to_tsvector(\'german\', "plain"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forum_topics_title_fts" ON "forum_topics" USING GIN (to_tsvector(\'german\', "title"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_forum_flags_open" ON "forum_flags" ("post_id", "reporter_id") WHERE "status" = \'OPEN\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_forum_flags_open"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_topics_title_fts"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_posts_plain_fts"');
    await queryRunner.query(
      'ALTER TABLE "forum_flags" DROP CONSTRAINT "FK_eaf14fec008cd9abae6debd031e"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_flags" DROP CONSTRAINT "FK_fe303b0b28aaa91f4c958d197d1"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_topic_watches" DROP CONSTRAINT "FK_e1e4ce0baa513f2294329f5eb6f"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_topic_watches" DROP CONSTRAINT "FK_ed72ae126e6ecb978c7c33ae4a9"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_category_watches" DROP CONSTRAINT "FK_1ba7f817754d8d4d2b6f04ba535"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_category_watches" DROP CONSTRAINT "FK_d0eaebd37d256afe53ef2d8cace"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_read_states" DROP CONSTRAINT "FK_3874594d38ea7765052a3e74e2b"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_read_states" DROP CONSTRAINT "FK_122841517014befb2c0094572d5"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_reactions" DROP CONSTRAINT "FK_e1b1a228d509b0cf6fab8082b34"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_reactions" DROP CONSTRAINT "FK_e9bd01ca463335fa1f8b2b5a8af"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_post_revisions" DROP CONSTRAINT "FK_6d1c632673ef834b34f157a137c"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_posts" DROP CONSTRAINT "FK_141ee222adc1090094e49486a00"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_posts" DROP CONSTRAINT "FK_726d764fd28c8991dda5c1edbb0"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_topics" DROP CONSTRAINT "FK_50bd3aedee473d6d6ef26353a7a"',
    );
    await queryRunner.query(
      'ALTER TABLE "forum_topics" DROP CONSTRAINT "FK_8aa26854fe49304aff26d465e8f"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_forum_flags_status_created"');
    await queryRunner.query('DROP TABLE "forum_flags"');
    await queryRunner.query('DROP TYPE "public"."forum_flag_status"');
    await queryRunner.query('DROP TYPE "public"."forum_flag_reason"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_topic_watches_topic"');
    await queryRunner.query('DROP TABLE "forum_topic_watches"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_category_watches_category"');
    await queryRunner.query('DROP TABLE "forum_category_watches"');
    await queryRunner.query('DROP TYPE "public"."forum_watch_level"');
    await queryRunner.query('DROP TABLE "forum_read_states"');
    await queryRunner.query('DROP TABLE "forum_reactions"');
    await queryRunner.query('DROP TYPE "public"."forum_reaction_kind"');
    await queryRunner.query('DROP TABLE "forum_post_revisions"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_posts_author"');
    await queryRunner.query('DROP TABLE "forum_posts"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_topics_category_latest"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_topics_latest"');
    await queryRunner.query('DROP INDEX "public"."ix_forum_topics_author"');
    await queryRunner.query('DROP TABLE "forum_topics"');
    await queryRunner.query('DROP INDEX "public"."uq_forum_categories_name"');
    await queryRunner.query('DROP TABLE "forum_categories"');
  }
}
