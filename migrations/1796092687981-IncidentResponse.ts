import { MigrationInterface, QueryRunner } from 'typeorm';

export class IncidentResponse1796092687981 implements MigrationInterface {
  name = 'IncidentResponse1796092687981';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cert_duty_roster" ("member_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "added_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df664e701e42b1281f8096a80c2" PRIMARY KEY ("member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_cert_duty_roster_organisation" ON "cert_duty_roster"  ("organisation_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_affected_reason\" AS ENUM('REPORTER', 'SERVED_BY_PROVIDER', 'ADDED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_affected_situation\" AS ENUM('AFFECTED', 'NOT_AFFECTED', 'UNCLEAR')",
    );
    await queryRunner.query(
      'CREATE TABLE "incident_affected_organisations" ("incident_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "reason" "public"."incident_affected_reason" NOT NULL, "services" "public"."service_kind" array NOT NULL DEFAULT \'{}\', "consent_to_provider" boolean NOT NULL DEFAULT false, "situation" "public"."incident_affected_situation", "note" character varying(2000), "answered_by_id" uuid, "answered_at" TIMESTAMP(3) WITH TIME ZONE, "added_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bef1a7f3f1dc6185b81f732f01b" PRIMARY KEY ("incident_id", "organisation_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_incident_affected_org" ON "incident_affected_organisations"  ("organisation_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_participant_reason\" AS ENUM('REPORTING_ORGANISATION', 'AFFECTED_ORGANISATION', 'PROVIDER', 'CERT_DUTY')",
    );
    await queryRunner.query(
      'CREATE TABLE "incident_participants" ("incident_id" uuid NOT NULL, "member_id" uuid NOT NULL, "reason" "public"."incident_participant_reason" NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68e3ffed19ae8ee6a5c40471ceb" PRIMARY KEY ("incident_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_incident_participants_member" ON "incident_participants"  ("member_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_timeline_entry_type\" AS ENUM('STATUS_CHANGE', 'OBSERVATION', 'MEASURE', 'DECISION', 'CONTACT', 'REPORTING_OBLIGATION', 'AFFECTED_ORGANISATION', 'PARTICIPANT', 'TASK', 'MIRT', 'TLP_CHANGE', 'CORRECTION')",
    );
    await queryRunner.query(
      'CREATE TABLE "incident_timeline_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "type" "public"."incident_timeline_entry_type" NOT NULL, "actor_id" uuid, "text" character varying(4000) NOT NULL, "refers_to_id" uuid, "data" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_41e0f8cba5ce737be506c445d65" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_incident_timeline_incident_created" ON "incident_timeline_entries"  ("incident_id", "created_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_kind\" AS ENUM('RANSOMWARE', 'DDOS', 'DATA_LEAK', 'ACCOUNT_TAKEOVER', 'OUTAGE', 'OTHER')",
    );
    await queryRunner.query(
      'ALTER TABLE "incidents" ADD "kind" "public"."incident_kind" NOT NULL DEFAULT \'OTHER\'',
    );
    await queryRunner.query('ALTER TABLE "incidents" ALTER COLUMN "kind" DROP DEFAULT');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_severity\" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')",
    );
    await queryRunner.query(
      'ALTER TABLE "incidents" ADD "severity" "public"."incident_severity" NOT NULL DEFAULT \'HIGH\'',
    );
    await queryRunner.query('ALTER TABLE "incidents" ALTER COLUMN "severity" DROP DEFAULT');
    await queryRunner.query(
      'ALTER TABLE "incidents" ADD "tlp" "public"."tlp_label" NOT NULL DEFAULT \'RED\'',
    );
    await queryRunner.query(
      'ALTER TABLE "incidents" ADD "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()',
    );
    await queryRunner.query('ALTER TABLE "incidents" ADD "closed_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TYPE "public"."incident_status" RENAME TO "incident_status_old"',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_status\" AS ENUM('REPORTED', 'IN_PROGRESS', 'CONTAINED', 'RESOLVED', 'CLOSED')",
    );
    await queryRunner.query('ALTER TABLE "incidents" ALTER COLUMN "status" DROP DEFAULT');
    await queryRunner.query(
      'ALTER TABLE "incidents" ALTER COLUMN "status" TYPE "public"."incident_status" USING (CASE "status"::"text" WHEN \'OPEN\' THEN \'IN_PROGRESS\' ELSE "status"::"text" END)::"public"."incident_status"',
    );
    await queryRunner.query(
      'ALTER TABLE "incidents" ALTER COLUMN "status" SET DEFAULT \'REPORTED\'',
    );
    await queryRunner.query('DROP TYPE "public"."incident_status_old"');
    await queryRunner.query(
      'ALTER TABLE "incidents" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_incidents_status_created" ON "incidents"  ("status", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_affected_organisations" ADD CONSTRAINT "FK_f83eca5f59ab3b5e97abe75950f" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_participants" ADD CONSTRAINT "FK_fcd31a71e3f74e9a8021f70f26a" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_timeline_entries" ADD CONSTRAINT "FK_77376b69619500185a02489939b" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_timeline_entries" ADD CONSTRAINT "FK_3c03313c4ba0220bfa43ffd6cb9" FOREIGN KEY ("refers_to_id") REFERENCES "incident_timeline_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // The timeline is append-only: corrections are new entries (refers_to_id), never edits.
    await queryRunner.query(`CREATE FUNCTION incident_timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'incident timeline entries are append-only'; END $$`);
    await queryRunner.query(
      'CREATE TRIGGER incident_timeline_append_only BEFORE UPDATE ON incident_timeline_entries FOR EACH ROW EXECUTE FUNCTION incident_timeline_append_only()',
    );
    // Existing incidents: closed ones get their closing time, every one its reporting organisation
    // as affected, its room members as participants and a first timeline entry.
    await queryRunner.query("UPDATE incidents SET closed_at = created_at WHERE status = 'CLOSED'");
    await queryRunner.query(`INSERT INTO incident_affected_organisations (incident_id, organisation_id, reason, consent_to_provider, added_by_id)
      SELECT id, organisation_id, 'REPORTER', consent_to_provider, reporter_id FROM incidents`);
    await queryRunner.query(`INSERT INTO incident_participants (incident_id, member_id, reason)
      SELECT i.id, cm.member_id, CASE WHEN m.organisation_id = i.organisation_id THEN 'REPORTING_ORGANISATION'
                                      WHEN o.kind = 'CERT' THEN 'CERT_DUTY' ELSE 'PROVIDER' END::incident_participant_reason
        FROM incidents i JOIN channel_members cm ON cm.channel_id = i.channel_id
        JOIN members m ON m.id = cm.member_id JOIN organisations o ON o.id = m.organisation_id`);
    await queryRunner.query(`INSERT INTO incident_timeline_entries (incident_id, type, actor_id, text, data, created_at)
      SELECT id, 'STATUS_CHANGE', reporter_id, 'Vorfall gemeldet', jsonb_build_object('to', status::text), created_at FROM incidents`);
    // The duty roster starts with whom the old rule put on duty: every active CERT ORG_ADMIN.
    await queryRunner.query(`INSERT INTO cert_duty_roster (member_id, organisation_id)
      SELECT m.id, m.organisation_id FROM members m JOIN organisations o ON o.id = m.organisation_id
       WHERE o.kind = 'CERT' AND m.organisation_role = 'ORG_ADMIN' AND m.status = 'ACTIVE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER incident_timeline_append_only ON incident_timeline_entries',
    );
    await queryRunner.query('DROP FUNCTION incident_timeline_append_only()');
    await queryRunner.query(
      'ALTER TABLE "incident_timeline_entries" DROP CONSTRAINT "FK_3c03313c4ba0220bfa43ffd6cb9"',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_timeline_entries" DROP CONSTRAINT "FK_77376b69619500185a02489939b"',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_participants" DROP CONSTRAINT "FK_fcd31a71e3f74e9a8021f70f26a"',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_affected_organisations" DROP CONSTRAINT "FK_f83eca5f59ab3b5e97abe75950f"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_incidents_status_created"');
    await queryRunner.query(
      'ALTER TABLE "incidents" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."incident_status_old" AS ENUM(\'OPEN\', \'CLOSED\')',
    );
    await queryRunner.query('ALTER TABLE "incidents" ALTER COLUMN "status" DROP DEFAULT');
    await queryRunner.query(
      'ALTER TABLE "incidents" ALTER COLUMN "status" TYPE "public"."incident_status_old" USING (CASE "status"::"text" WHEN \'CLOSED\' THEN \'CLOSED\' ELSE \'OPEN\' END)::"public"."incident_status_old"',
    );
    await queryRunner.query('ALTER TABLE "incidents" ALTER COLUMN "status" SET DEFAULT \'OPEN\'');
    await queryRunner.query('DROP TYPE "public"."incident_status"');
    await queryRunner.query(
      'ALTER TYPE "public"."incident_status_old" RENAME TO "incident_status"',
    );
    await queryRunner.query('ALTER TABLE "incidents" DROP COLUMN "closed_at"');
    await queryRunner.query('ALTER TABLE "incidents" DROP COLUMN "updated_at"');
    await queryRunner.query('ALTER TABLE "incidents" DROP COLUMN "tlp"');
    await queryRunner.query('ALTER TABLE "incidents" DROP COLUMN "severity"');
    await queryRunner.query('DROP TYPE "public"."incident_severity"');
    await queryRunner.query('ALTER TABLE "incidents" DROP COLUMN "kind"');
    await queryRunner.query('DROP TYPE "public"."incident_kind"');
    await queryRunner.query('DROP INDEX "public"."ix_incident_timeline_incident_created"');
    await queryRunner.query('DROP TABLE "incident_timeline_entries"');
    await queryRunner.query('DROP TYPE "public"."incident_timeline_entry_type"');
    await queryRunner.query('DROP INDEX "public"."ix_incident_participants_member"');
    await queryRunner.query('DROP TABLE "incident_participants"');
    await queryRunner.query('DROP TYPE "public"."incident_participant_reason"');
    await queryRunner.query('DROP INDEX "public"."ix_incident_affected_org"');
    await queryRunner.query('DROP TABLE "incident_affected_organisations"');
    await queryRunner.query('DROP TYPE "public"."incident_affected_situation"');
    await queryRunner.query('DROP TYPE "public"."incident_affected_reason"');
    await queryRunner.query('DROP INDEX "public"."ix_cert_duty_roster_organisation"');
    await queryRunner.query('DROP TABLE "cert_duty_roster"');
  }
}
