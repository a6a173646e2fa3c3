import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scale-out without Redis for what must end everywhere (src/chat/database-signals.ts): a NOTIFY on
 * `sn_socket_signals`, sent in the writing transaction, when a session is revoked, a member stops
 * being ACTIVE or a channel membership row is deleted. And the table of the login rate limiter's
 * PostgreSQL insurance (rate-limiter-flexible's layout: key, points, expiry in epoch ms), used while
 * Redis is unreachable.
 */
export class SocketSignals1795981805236 implements MigrationInterface {
  name = 'SocketSignals1795981805236';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "notify_session_revoked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sn_socket_signals', 'session:' || NEW.id);
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "sessions_revoked_notify" AFTER UPDATE OF "revoked_at" ON "sessions"
  FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
  EXECUTE FUNCTION "notify_session_revoked"()`);
    await queryRunner.query(`CREATE FUNCTION "notify_member_inactive"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sn_socket_signals', 'member:' || NEW.id);
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "members_inactive_notify" AFTER UPDATE OF "status" ON "members"
  FOR EACH ROW WHEN (OLD.status = 'ACTIVE' AND NEW.status <> 'ACTIVE')
  EXECUTE FUNCTION "notify_member_inactive"()`);
    await queryRunner.query(`CREATE FUNCTION "notify_channel_member_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sn_socket_signals', 'removed:' || OLD.channel_id || ':' || OLD.member_id);
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "channel_members_removed_notify" AFTER DELETE ON "channel_members"
  FOR EACH ROW EXECUTE FUNCTION "notify_channel_member_removed"()`);
    await queryRunner.query(
      `CREATE TABLE "login_rate_limits" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_login_rate_limits" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_rate_limits"`);
    await queryRunner.query(`DROP TRIGGER "channel_members_removed_notify" ON "channel_members"`);
    await queryRunner.query(`DROP FUNCTION "notify_channel_member_removed"()`);
    await queryRunner.query(`DROP TRIGGER "members_inactive_notify" ON "members"`);
    await queryRunner.query(`DROP FUNCTION "notify_member_inactive"()`);
    await queryRunner.query(`DROP TRIGGER "sessions_revoked_notify" ON "sessions"`);
    await queryRunner.query(`DROP FUNCTION "notify_session_revoked"()`);
  }
}
