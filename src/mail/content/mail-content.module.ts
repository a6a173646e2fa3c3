import { Module } from '@nestjs/common';
import { ForumsModule } from '../../forums/forums.module';
import { MailModule } from '../mail.module';
import { AdvisoryEscalationService } from './advisory-escalation.service';
import { MailContentJobs } from './mail-content-jobs';
import { MailDigestService } from './mail-digest.service';
import { MailPreferencesService } from './mail-preferences.service';
import { MailSettingsResolver } from './mail-settings.resolver';
import { NotificationMailer } from './notification-mailer';
import { OpenPgpKeysService } from './openpgp-keys.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * What the platform mails and to whom: preferences, OpenPGP keys, TLP-aware alerts from in-app
 * notifications, digests, escalations and one-click unsubscribe. Delivery is MailModule's job.
 */
@Module({
  imports: [MailModule, ForumsModule],
  providers: [
    MailPreferencesService,
    OpenPgpKeysService,
    NotificationMailer,
    MailDigestService,
    AdvisoryEscalationService,
    MailContentJobs,
    MailSettingsResolver,
  ],
  controllers: [UnsubscribeController],
  exports: [
    MailPreferencesService,
    NotificationMailer,
    MailDigestService,
    AdvisoryEscalationService,
  ],
})
export class MailContentModule {}
