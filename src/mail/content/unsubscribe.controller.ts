import { Controller, Get, Header, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditService } from '../../audit/audit.service';
import { Allow } from '../../common/access/policy.decorator';
import { clientInfoOf } from '../../common/access/client-info';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { MAIL_KIND_LABELS, MailFrequency } from './mail-kinds';
import { MailPreferencesService } from './mail-preferences.service';
import { verifyUnsubscribeToken } from './unsubscribe-token';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Sicherheitsnetz</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/**
 * One-click unsubscribe (RFC 8058) without sign-in. The mail's List-Unsubscribe URL points here:
 * mail clients POST to it (body "List-Unsubscribe=One-Click", which is not needed: the signed
 * token in the URL says who and what). A GET only shows a confirmation page with a button,
 * because link scanners fetch URLs in mails and must not unsubscribe anyone.
 */
@Controller('public/mail')
export class UnsubscribeController {
  constructor(
    private readonly preferences: MailPreferencesService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('unsubscribe')
  @Allow.public()
  @Header('Cache-Control', 'no-store')
  confirm(@Query('t') token: string | undefined, @Res() res: Response): void {
    const target = verifyUnsubscribeToken(this.config.jwtSecret, String(token ?? ''));
    res.type('html');
    if (!target) {
      res
        .status(404)
        .send(
          page(
            'Link ungültig',
            '<p>Dieser Abmeldelink ist ungültig oder unvollständig. Ihre E-Mail-Einstellungen ändern Sie nach der Anmeldung unter Konto › Benachrichtigungen.</p>',
          ),
        );
      return;
    }
    const label = escapeHtml(MAIL_KIND_LABELS[target.kind]);
    const action = `/public/mail/unsubscribe?t=${encodeURIComponent(String(token))}&amp;form=1`;
    res.send(
      page(
        'E-Mails abbestellen',
        `<p>Möchten Sie keine E-Mails der Art „${label}“ mehr erhalten? Die Benachrichtigungen in der Plattform bleiben erhalten; sicherheitskritische E-Mails (Vorfälle, kritische Sicherheitswarnungen) werden weiterhin zugestellt.</p>
<form method="post" action="${action}"><button type="submit">„${label}“ abbestellen</button></form>`,
      ),
    );
  }

  @Post('unsubscribe')
  @Allow.public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async unsubscribe(
    @Query('t') token: string | undefined,
    @Query('form') form: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const target = verifyUnsubscribeToken(this.config.jwtSecret, String(token ?? ''));
    if (!target) {
      res.status(404).type('text').send('Ungültiger Abmeldelink.');
      return;
    }
    await this.preferences.set(target.memberId, target.kind, MailFrequency.OFF);
    await this.audit.record({
      actorId: target.memberId,
      action: 'mail.unsubscribed',
      targetType: 'member',
      targetId: target.memberId,
      ip: clientInfoOf(req).ip,
      details: { kind: target.kind },
    });
    const label = escapeHtml(MAIL_KIND_LABELS[target.kind]);
    if (form)
      res
        .type('html')
        .send(
          page(
            'Abbestellt',
            `<p>Sie erhalten keine E-Mails der Art „${label}“ mehr. Sie können das jederzeit nach der Anmeldung unter Konto › Benachrichtigungen wieder ändern.</p>`,
          ),
        );
    else res.type('text').send(`Abbestellt: ${MAIL_KIND_LABELS[target.kind]}`);
  }
}
