import { Injectable } from '@nestjs/common';

export interface DevMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

/**
 * Development only (no SMTP_URL, NODE_ENV not production): the mails the worker "sent", newest
 * first, kept in memory for the page /dev/mail and for browser tests.
 */
@Injectable()
export class DevMailbox {
  private readonly mails: DevMail[] = [];
  static readonly LIMIT = 200;

  add(mail: DevMail): void {
    this.mails.unshift(mail);
    this.mails.length = Math.min(this.mails.length, DevMailbox.LIMIT);
  }

  list(): DevMail[] {
    return [...this.mails];
  }
}
