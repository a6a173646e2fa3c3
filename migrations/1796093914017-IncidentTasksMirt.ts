import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running an incident (issue 12): tasks and reporting obligations from checklist templates, MIRT
 * deployments, emergency contacts, the share clearance of the situation report, lessons learned.
 */
export class IncidentTasksMirt1796093914017 implements MigrationInterface {
  name = 'IncidentTasksMirt1796093914017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Assigned MIRT members take part in the incident (IncidentParticipants.desired).
    await queryRunner.query(
      `ALTER TYPE "public"."incident_participant_reason" ADD VALUE IF NOT EXISTS 'MIRT_TEAM'`,
    );
    await queryRunner.query(
      'CREATE TABLE "incident_task_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "incident_kind" character varying(30), "description" character varying(2000), "items" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_415549c25b5a371509e9ffaee31" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"incident_task_status\" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"reporting_obligation_kind\" AS ENUM('DATA_PROTECTION', 'BSI', 'POLICE', 'INSURER')",
    );
    await queryRunner.query(
      'CREATE TABLE "incident_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(2000), "assignee_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "status" "public"."incident_task_status" NOT NULL, "obligation" "public"."reporting_obligation_kind", "fulfilled_at" TIMESTAMP WITH TIME ZONE, "fulfilment_note" character varying(2000), "template_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d07c9a8d6f44b580e4d759c975" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_incident_tasks_incident" ON "incident_tasks"  ("incident_id", "created_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"mirt_status\" AS ENUM('REQUESTED', 'ACCEPTED', 'ON_SITE', 'COMPLETED', 'DECLINED')",
    );
    await queryRunner.query(
      'CREATE TABLE "mirt_deployments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "requesting_organisation_id" uuid NOT NULL, "reason" character varying(2000) NOT NULL, "on_site_address" character varying(500) NOT NULL, "phone_numbers" character varying(40) array NOT NULL, "status" "public"."mirt_status" NOT NULL, "decision_reason" character varying(2000), "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "on_site_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05be5382f37a66bfb1538ddf913" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_mirt_deployments_incident" ON "mirt_deployments"  ("incident_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mirt_team_members" ("deployment_id" uuid NOT NULL, "member_id" uuid NOT NULL, "assigned_by_id" uuid NOT NULL, "assigned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5b1488a7a64ef86c308360128c" PRIMARY KEY ("deployment_id", "member_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "emergency_contacts" ("member_id" uuid NOT NULL, "phone" character varying(40) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1bc0373c94a78794ecead8671d" PRIMARY KEY ("member_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_share_clearances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "summary" character varying(8000) NOT NULL, "tlp" character varying(20) NOT NULL, "cleared_by_id" uuid NOT NULL, "cleared_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd7d2c665aba8e153a6cafbb98e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_incident_share_clearances_incident" ON "incident_share_clearances"  ("incident_id", "cleared_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"lessons_learned_status\" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED')",
    );
    await queryRunner.query(
      'CREATE TABLE "incident_lessons_learned" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "author_id" uuid NOT NULL, "category_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "body_markdown" text NOT NULL, "pseudonymised" boolean NOT NULL, "status" "public"."lessons_learned_status" NOT NULL, "reviewed_by_id" uuid, "review_note" character varying(2000), "topic_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e1bb323256023b66fd9a87c42e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_incident_lessons_learned_incident" ON "incident_lessons_learned"  ("incident_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_tasks" ADD CONSTRAINT "FK_cfd2bb9c57b97583d3aa916dc7a" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mirt_deployments" ADD CONSTRAINT "FK_ee8853d7b89c602d981ef335309" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mirt_team_members" ADD CONSTRAINT "FK_f07abbf01f3595e9d25d5d84980" FOREIGN KEY ("deployment_id") REFERENCES "mirt_deployments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_share_clearances" ADD CONSTRAINT "FK_13792ec4171f3530ce30e02d81a" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_lessons_learned" ADD CONSTRAINT "FK_029be71fb51d78bfcdc15cdd048" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // The shipped checklists (src/incidents/response/template-data.ts at the time of writing); ADMINs edit them afterwards.
    const templates = [
      {
        name: 'Ransomware: die ersten 24 Stunden',
        incidentKind: 'RANSOMWARE',
        description:
          'Sofortmaßnahmen nach einem Verschlüsselungsangriff und die Meldepflichten mit ihren Fristen.',
        items: [
          {
            title: 'Betroffene Systeme vom Netz trennen (nicht ausschalten)',
            description:
              'Netzwerkverbindungen kappen, Systeme aber eingeschaltet lassen: der Arbeitsspeicher enthält Spuren für die Forensik.',
            dueAfterHours: 1,
            obligation: null,
          },
          {
            title: 'Krisenstab einberufen und Erreichbarkeit per Telefon sichern',
            description:
              'Verwaltungsvorstand, ISB, IT-Leitung, Datenschutz, Pressestelle. E-Mail kann ausgefallen sein: Telefonliste ausdrucken.',
            dueAfterHours: 2,
            obligation: null,
          },
          {
            title: 'Backups prüfen und offline sichern',
            description:
              'Sind die Sicherungen unverschlüsselt und vom Netz getrennt? Zugang der Angreifer zu Backup-Systemen ausschließen.',
            dueAfterHours: 4,
            obligation: null,
          },
          {
            title: 'Zugangsdaten privilegierter Konten zurücksetzen',
            description:
              'Domänen-Administratoren, Dienstkonten, VPN. Von einem sauberen System aus, nicht aus dem betroffenen Netz.',
            dueAfterHours: 6,
            obligation: null,
          },
          {
            title: 'Spuren sichern (Erpresserschreiben, Protokolle, Speicherabbilder)',
            description: 'Nichts löschen oder neu aufsetzen, bevor die Beweise gesichert sind.',
            dueAfterHours: 8,
            obligation: null,
          },
          {
            title: 'Betroffene Fachverfahren und Dienste erfassen',
            description:
              'Welche Dienste für Bürgerinnen und Bürger fallen aus (Meldewesen, Kfz, Sozialleistungen)? Notbetrieb planen.',
            dueAfterHours: 12,
            obligation: null,
          },
          {
            title: 'Kommunikation an Beschäftigte und Öffentlichkeit abstimmen',
            description: 'Sprachregelung mit Pressestelle; keine Aussagen zu Lösegeld.',
            dueAfterHours: 12,
            obligation: null,
          },
          {
            title: 'Datenschutzverletzung an die LDI NRW melden (Art. 33 DSGVO)',
            description:
              'Sind personenbezogene Daten betroffen, meldet der Verantwortliche die Verletzung binnen 72 Stunden, nachdem sie bekannt wurde, der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW (Online-Meldeformular der LDI NRW). Ist die Frist nicht zu halten, die Gründe der Verzögerung angeben.',
            dueAfterHours: 72,
            obligation: 'DATA_PROTECTION',
          },
          {
            title: 'Meldung an das BSI prüfen und ggf. abgeben',
            description:
              'Meldepflicht besteht für Betreiber kritischer Anlagen und weitere nach dem BSI-Gesetz verpflichtete Einrichtungen; sonst freiwillige Meldung über das Meldeportal des BSI.',
            dueAfterHours: 24,
            obligation: 'BSI',
          },
          {
            title: 'Strafanzeige bei der Polizei (ZAC NRW) erstatten',
            description:
              'Zentrale Ansprechstelle Cybercrime (ZAC NRW) beim Landeskriminalamt: Anzeige erstatten, Beweise (Erpresserschreiben, Protokolle) sichern und übergeben.',
            dueAfterHours: 24,
            obligation: 'POLICE',
          },
          {
            title: 'Cyber-Versicherung informieren',
            description:
              'Schadensmeldung nach den Obliegenheiten des Vertrags (meist „unverzüglich“); vor dem Einsatz eigener Dienstleister die Freigabe des Versicherers klären.',
            dueAfterHours: 24,
            obligation: 'INSURER',
          },
        ],
      },
      {
        name: 'Meldepflichten',
        incidentKind: null,
        description:
          'Datenschutzverletzung an die LDI NRW (72 Stunden, Art. 33 DSGVO), BSI, Polizei (ZAC NRW), Versicherer.',
        items: [
          {
            title: 'Datenschutzverletzung an die LDI NRW melden (Art. 33 DSGVO)',
            description:
              'Sind personenbezogene Daten betroffen, meldet der Verantwortliche die Verletzung binnen 72 Stunden, nachdem sie bekannt wurde, der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW (Online-Meldeformular der LDI NRW). Ist die Frist nicht zu halten, die Gründe der Verzögerung angeben.',
            dueAfterHours: 72,
            obligation: 'DATA_PROTECTION',
          },
          {
            title: 'Meldung an das BSI prüfen und ggf. abgeben',
            description:
              'Meldepflicht besteht für Betreiber kritischer Anlagen und weitere nach dem BSI-Gesetz verpflichtete Einrichtungen; sonst freiwillige Meldung über das Meldeportal des BSI.',
            dueAfterHours: 24,
            obligation: 'BSI',
          },
          {
            title: 'Strafanzeige bei der Polizei (ZAC NRW) erstatten',
            description:
              'Zentrale Ansprechstelle Cybercrime (ZAC NRW) beim Landeskriminalamt: Anzeige erstatten, Beweise (Erpresserschreiben, Protokolle) sichern und übergeben.',
            dueAfterHours: 24,
            obligation: 'POLICE',
          },
          {
            title: 'Cyber-Versicherung informieren',
            description:
              'Schadensmeldung nach den Obliegenheiten des Vertrags (meist „unverzüglich“); vor dem Einsatz eigener Dienstleister die Freigabe des Versicherers klären.',
            dueAfterHours: 24,
            obligation: 'INSURER',
          },
        ],
      },
    ];
    for (const t of templates)
      await queryRunner.query(
        `INSERT INTO "incident_task_templates" ("name", "incident_kind", "description", "items") VALUES ($1, $2, $3, $4::jsonb)`,
        [t.name, t.incidentKind, t.description, JSON.stringify(t.items)],
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "incident_lessons_learned" DROP CONSTRAINT "FK_029be71fb51d78bfcdc15cdd048"',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_share_clearances" DROP CONSTRAINT "FK_13792ec4171f3530ce30e02d81a"',
    );
    await queryRunner.query(
      'ALTER TABLE "mirt_team_members" DROP CONSTRAINT "FK_f07abbf01f3595e9d25d5d84980"',
    );
    await queryRunner.query(
      'ALTER TABLE "mirt_deployments" DROP CONSTRAINT "FK_ee8853d7b89c602d981ef335309"',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_tasks" DROP CONSTRAINT "FK_cfd2bb9c57b97583d3aa916dc7a"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_incident_lessons_learned_incident"');
    await queryRunner.query('DROP TABLE "incident_lessons_learned"');
    await queryRunner.query('DROP TYPE "public"."lessons_learned_status"');
    await queryRunner.query('DROP INDEX "public"."ix_incident_share_clearances_incident"');
    await queryRunner.query('DROP TABLE "incident_share_clearances"');
    await queryRunner.query('DROP TABLE "emergency_contacts"');
    await queryRunner.query('DROP TABLE "mirt_team_members"');
    await queryRunner.query('DROP INDEX "public"."ix_mirt_deployments_incident"');
    await queryRunner.query('DROP TABLE "mirt_deployments"');
    await queryRunner.query('DROP TYPE "public"."mirt_status"');
    await queryRunner.query('DROP INDEX "public"."ix_incident_tasks_incident"');
    await queryRunner.query('DROP TABLE "incident_tasks"');
    await queryRunner.query('DROP TYPE "public"."reporting_obligation_kind"');
    await queryRunner.query('DROP TYPE "public"."incident_task_status"');
    await queryRunner.query('DROP TABLE "incident_task_templates"');
  }
}
