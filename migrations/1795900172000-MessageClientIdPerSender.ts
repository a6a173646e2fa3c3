import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A client message id is unique per (channel, sender), not per channel: with the channel-wide index
 * another member could send first with an id a victim's client was about to use, and the victim's
 * send then failed. The new index is a superset key of the old one, so existing rows satisfy it.
 */
export class MessageClientIdPerSender1795900172000 implements MigrationInterface {
  name = 'MessageClientIdPerSender1795900172000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_messages_channel_sender_client_id" ON "messages" ("channel_id", "sender_id", "client_message_id") ',
    );
    await queryRunner.query('DROP INDEX "public"."uq_messages_channel_client_id"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Fails if two senders of one channel used the same id since the upgrade (as it must).
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_messages_channel_client_id" ON "messages" ("channel_id", "client_message_id") ',
    );
    await queryRunner.query('DROP INDEX "public"."uq_messages_channel_sender_client_id"');
  }
}
