import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { DevMailbox } from './dev-mailbox';
import type { OutboundMail } from './outbound-mail.entity';

/** Thrown for a refusal that a retry cannot fix (SMTP 5xx): the mail fails at once. */
export class PermanentMailError extends Error {}

/**
 * Hands a mail to the SMTP server of SMTP_URL (a pool of connections), or, without SMTP_URL
 * outside production, to the development mailbox and the log.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly log = new Logger('MailTransport');
  private readonly smtp?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly devMailbox: DevMailbox,
  ) {
    const { mail } = config;
    if (mail.smtpUrl) {
      this.smtp = createTransport({
        url: mail.smtpUrl,
        pool: true,
        maxConnections: mail.concurrency,
        maxMessages: 1000,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        tls: { rejectUnauthorized: mail.tlsRejectUnauthorized },
      } as Parameters<typeof createTransport>[0]);
    }
  }

  /** True when mails go to the development mailbox instead of an SMTP server. */
  get devMode(): boolean {
    return !this.smtp && !this.config.production;
  }

  /** False in production without SMTP_URL: then mails wait in the outbox until it is set. */
  get canSend(): boolean {
    return Boolean(this.smtp) || this.devMode;
  }

  async send(mail: OutboundMail): Promise<void> {
    const message = {
      from: this.config.mail.from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      messageId: mail.messageId,
      headers: mail.headers,
      attachments: mail.attachments.map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.contentType,
        ...(a.contentTransferEncoding
          ? { contentTransferEncoding: a.contentTransferEncoding }
          : {}),
        ...(a.contentDisposition ? { contentDisposition: a.contentDisposition } : {}),
      })),
    };
    if (!this.smtp) {
      this.devMailbox.add({
        messageId: mail.messageId,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        sentAt: new Date().toISOString(),
      });
      this.log.log(
        `development mailbox (no SMTP_URL): ${mail.kind} "${mail.subject}" to ${mail.toAddress}`,
      );
      return;
    }
    try {
      await this.smtp.sendMail(message);
    } catch (e) {
      const err = e as Error & { responseCode?: number };
      if (err.responseCode && err.responseCode >= 500 && err.responseCode < 600) {
        throw new PermanentMailError(err.message);
      }
      throw err;
    }
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}
