import { MigrationInterface, QueryRunner } from 'typeorm';

/** "Stadt Olpe" and "stadt olpe" are one organisation: enforce it in the database, not only in code. */
export class OrganisationNameCaseInsensitive1795731928336 implements MigrationInterface {
  name = 'OrganisationNameCaseInsensitive1795731928336';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organisations_name_lower" ON "organisations" (lower("name"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_organisations_name_lower"');
  }
}
