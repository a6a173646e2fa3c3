import { renderMail, type RenderedMail } from './layout';

/** Dates in mails: German, Berlin time (the members' time zone), e.g. "3. Dezember 2026 um 14:05". */
export function germanDateTime(date: Date): string {
  return new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

export interface MailText extends RenderedMail {
  subject: string;
}

export function invitationMail(input: {
  displayName: string;
  organisationName: string;
  inviterName: string | null;
  url: string;
  expiresAt: Date;
  renewed: boolean;
}): MailText {
  const subject = input.renewed
    ? 'Erneute Einladung zum Sicherheitsnetz'
    : 'Einladung zum Sicherheitsnetz';
  const who = input.inviterName ? `${input.inviterName} lädt Sie` : 'Sie sind';
  const invited = input.inviterName ? 'ein' : 'eingeladen';
  return {
    subject,
    ...renderMail({
      title: subject,
      greeting: `Guten Tag ${input.displayName},`,
      paragraphs: [
        `${who} ${invited}, dem Sicherheitsnetz beizutreten, der geschlossenen Gemeinschaft für IT-Sicherheit der Kommunen in Nordrhein-Westfalen. Ihr Konto gehört zur Organisation „${input.organisationName}“.`,
        ...(input.renewed ? ['Frühere Einladungslinks gelten nicht mehr.'] : []),
        `Der Link ist bis zum ${germanDateTime(input.expiresAt)} Uhr gültig und kann nur einmal verwendet werden. Sie legen dabei Ihr Passwort fest; danach richten Sie die Anmeldung mit einem zweiten Faktor ein.`,
        'Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
      ],
      action: { label: 'Einladung annehmen', url: input.url },
    }),
  };
}

export function passwordResetMail(input: {
  displayName: string;
  url: string;
  expiresAt: Date;
  startedByAdmin: boolean;
}): MailText {
  const subject = 'Passwort zurücksetzen – Sicherheitsnetz';
  return {
    subject,
    ...renderMail({
      title: subject,
      greeting: `Guten Tag ${input.displayName},`,
      paragraphs: [
        input.startedByAdmin
          ? 'eine Administratorin oder ein Administrator Ihrer Organisation hat für Ihr Konto im Sicherheitsnetz das Zurücksetzen des Passworts veranlasst.'
          : 'für Ihr Konto im Sicherheitsnetz wurde das Zurücksetzen des Passworts angefordert.',
        `Über den folgenden Link legen Sie ein neues Passwort fest. Er ist bis ${germanDateTime(input.expiresAt)} Uhr gültig und kann nur einmal verwendet werden. Danach werden alle Ihre Sitzungen beendet; bei der nächsten Anmeldung fragen wir wie gewohnt nach Ihrem zweiten Faktor.`,
        'Falls Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren: Ihr Passwort bleibt unverändert. Wenn Sie öfter solche E-Mails erhalten, informieren Sie bitte Ihre Administration.',
      ],
      action: { label: 'Neues Passwort festlegen', url: input.url },
    }),
  };
}
