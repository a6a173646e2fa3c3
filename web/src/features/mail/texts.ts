/** German texts of the ADMIN's view of e-mail deliveries. */
export const mailTexts = {
  title: 'E-Mail-Zustellung',
  intro:
    'E-Mails, die das Sicherheitsnetz verschickt (Einladungen, Passwort-Links, Benachrichtigungen). Vorübergehende Fehler werden automatisch mehrfach wiederholt; fehlgeschlagene E-Mails können Sie hier erneut senden, nachdem die Ursache behoben ist (zum Beispiel eine falsche Adresse oder ein gestörter Mailserver).',
  filterLabel: 'Zustand',
  states: {
    FAILED: 'Fehlgeschlagen',
    QUEUED: 'In Warteschlange',
    SENT: 'Versendet',
    ALL: 'Alle',
  },
  count: (n: number, state: string) =>
    n === 1 ? `1 E-Mail (${state})` : `${n.toLocaleString('de-DE')} E-Mails (${state})`,
  empty: {
    FAILED: 'Keine fehlgeschlagenen E-Mails. Alles wurde zugestellt oder ist unterwegs.',
    QUEUED: 'Keine E-Mails in der Warteschlange.',
    SENT: 'Noch keine versendeten E-Mails.',
    ALL: 'Noch keine E-Mails.',
  },
  tableCaption: 'E-Mails, neueste zuerst',
  recipient: 'Empfänger',
  subject: 'Betreff',
  kind: 'Art',
  state: 'Zustand',
  attempts: 'Versuche',
  lastError: 'Letzter Fehler',
  created: 'Erstellt',
  sent: 'Zugestellt',
  actions: 'Aktion',
  resend: 'Erneut senden',
  resendLabel: (subject: string, to: string) => `„${subject}“ an ${to} erneut senden`,
  resent: (to: string) => `Die E-Mail an ${to} wird erneut gesendet.`,
  none: '–',
  loadMore: 'Weitere laden',
  adminOnly: 'Diese Seite ist nur für Administratorinnen und Administratoren der Plattform.',
  kinds: {
    INVITATION: 'Einladung',
    PASSWORD_RESET: 'Passwort zurücksetzen',
  } as Record<string, string>,
} as const;
