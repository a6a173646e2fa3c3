import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevMailController } from './dev-mail.controller';
import { DevMailbox } from './dev-mailbox';
import { MailDeliveriesResolver } from './mail-deliveries.resolver';
import { MailDeliveriesService } from './mail-deliveries.service';
import { MailOutbox } from './mail-outbox.service';
import { MailQueue } from './mail-queue';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker';
import { OutboundMail } from './outbound-mail.entity';

/** E-mail delivery: the outbox (enqueue in the caller's transaction), the queue, the worker. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboundMail])],
  controllers: [DevMailController],
  providers: [
    MailQueue,
    MailOutbox,
    MailTransport,
    MailWorker,
    DevMailbox,
    MailDeliveriesService,
    MailDeliveriesResolver,
  ],
  exports: [MailOutbox, DevMailbox],
})
export class MailModule {}
