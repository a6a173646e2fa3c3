import { Controller, Get, Header, NotFoundException } from '@nestjs/common';
import { Allow } from '../common/access/policy.decorator';
import { DevMailbox, type DevMail } from './dev-mailbox';
import { MailTransport } from './mail-transport';
import { escapeHtml } from './templates/layout';

/**
 * The development mailbox (no SMTP_URL, never in production): what would have been sent, so
 * `npm start` works without a mail server. Public on purpose — it exists only on a developer's
 * machine; everywhere else it answers 404.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(
    private readonly mailbox: DevMailbox,
    private readonly transport: MailTransport,
  ) {}

  @Get()
  @Allow.public()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    const mails = this.mails();
    const items = mails
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p>An: ${escapeHtml(m.to)} · ${escapeHtml(m.sentAt)} · ${escapeHtml(m.messageId)}</p><pre>${linkify(m.text)}</pre></article>`,
      )
      .join('<hr>');
    return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Entwicklungs-Postfach</title></head><body><main><h1>Entwicklungs-Postfach</h1><p>Ohne SMTP_URL werden E-Mails nicht versandt, sondern hier angezeigt (neueste zuerst, höchstens ${DevMailbox.LIMIT}).</p>${items || '<p>Noch keine E-Mails.</p>'}</main></body></html>`;
  }

  /** For scripts and browser tests. */
  @Get('messages.json')
  @Allow.public()
  json(): DevMail[] {
    return this.mails();
  }

  private mails(): DevMail[] {
    if (!this.transport.devMode) throw new NotFoundException();
    return this.mailbox.list();
  }
}

function linkify(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}
