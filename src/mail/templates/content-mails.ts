import { AdvisorySeverity, TlpLabel, tlpText } from '../../advisories/advisory.enums';
import { renderMail } from './layout';

/**
 * German texts of the content mails (alerts, reminders, notifications, digests). Every function
 * gets only what its mail may show: callers pass redacted input for AMBER, AMBER+STRICT and RED.
 */
export interface MailText {
  subject: string;
  text: string;
  html: string;
}

export const SEVERITY_TEXT: Record<AdvisorySeverity, string> = {
  [AdvisorySeverity.NIEDRIG]: 'niedrig',
  [AdvisorySeverity.MITTEL]: 'mittel',
  [AdvisorySeverity.HOCH]: 'hoch',
  [AdvisorySeverity.KRITISCH]: 'kritisch',
};

export interface AdvisoryFacts {
  tlp: TlpLabel;
  severity: AdvisorySeverity;
  trackingId: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  version: string;
}

const greetingFor = (name: string) => `Guten Tag ${name},`;

function withFooter(footer: string[] | undefined, unsubscribeUrl: string | null): string[] {
  const out = [...(footer ?? [])];
  if (unsubscribeUrl)
    out.push(`Diese Art von E-Mail abbestellen (ohne Anmeldung): ${unsubscribeUrl}`);
  out.push('Einstellungen für E-Mails: im Sicherheitsnetz unter Konto › Benachrichtigungen.');
  return out;
}

/** CLEAR and GREEN: the summary may travel in clear text. */
export function openAdvisoryMail(
  a: AdvisoryFacts,
  opts: {
    name: string;
    update: boolean;
    url: string;
    unsubscribeUrl: string | null;
    reminder?: boolean;
  },
): MailText {
  const label = tlpText(a.tlp);
  const what = opts.reminder
    ? 'Erinnerung: Bitte Rückmeldung zur Sicherheitswarnung'
    : opts.update
      ? 'Aktualisierte Sicherheitswarnung'
      : 'Neue Sicherheitswarnung';
  const subject = `[${label}] ${what} ${a.trackingId} (${SEVERITY_TEXT[a.severity]}): ${a.title}`;
  const paragraphs = [
    `${what} ${a.trackingId}, Version ${a.version}: ${a.title}`,
    `Schweregrad: ${SEVERITY_TEXT[a.severity]} · Kennzeichnung: ${label}`,
    a.summary,
  ];
  if (opts.reminder)
    paragraphs.push(
      'Das CERT bittet Ihre Organisation um eine Rückmeldung (gelesen, betroffen, nicht betroffen oder gepatcht).',
    );
  return {
    subject: subject.slice(0, 250),
    ...renderMail({
      greeting: greetingFor(opts.name),
      paragraphs,
      action: { label: 'Sicherheitswarnung öffnen', url: opts.url },
      footer: withFooter(undefined, opts.unsubscribeUrl),
    }),
  };
}

/**
 * AMBER, AMBER+STRICT and RED without a key: only that an advisory for the member's organisation
 * exists, its label, its severity and a link. No tracking id, no title.
 */
export function closedAdvisoryMail(
  a: Pick<AdvisoryFacts, 'tlp' | 'severity'>,
  opts: {
    name: string;
    update: boolean;
    url: string;
    unsubscribeUrl: string | null;
    reminder?: boolean;
    encrypted?: boolean;
  },
): MailText {
  const label = tlpText(a.tlp);
  const what = opts.reminder
    ? 'Erinnerung: Das CERT bittet um Rückmeldung zu einer Sicherheitswarnung'
    : opts.update
      ? 'Aktualisierte Sicherheitswarnung für Ihre Organisation'
      : 'Neue Sicherheitswarnung für Ihre Organisation';
  return {
    subject: `[${label}] ${what} (Schweregrad ${SEVERITY_TEXT[a.severity]})`,
    ...renderMail({
      greeting: greetingFor(opts.name),
      paragraphs: [
        `${what}. Schweregrad: ${SEVERITY_TEXT[a.severity]} · Kennzeichnung: ${label}.`,
        opts.encrypted
          ? 'Der Inhalt ist mit Ihrem OpenPGP-Schlüssel verschlüsselt.'
          : `Inhalte mit der Kennzeichnung ${label} werden nicht unverschlüsselt per E-Mail versandt. Sie lesen die Warnung nach der Anmeldung im Sicherheitsnetz. Wenn Sie unter Konto › Benachrichtigungen einen öffentlichen OpenPGP-Schlüssel hinterlegen, erhalten Sie den Inhalt künftig verschlüsselt.`,
      ],
      action: { label: 'Sicherheitswarnung öffnen', url: opts.url },
      footer: withFooter(undefined, opts.unsubscribeUrl),
    }),
  };
}

/** The full content, only ever sent encrypted to the reader's own key. */
export function fullAdvisoryMail(
  a: AdvisoryFacts,
  opts: { name: string; update: boolean; url: string; reminder?: boolean },
): MailText {
  const label = tlpText(a.tlp);
  const what = opts.reminder
    ? 'Erinnerung: Bitte Rückmeldung zur Sicherheitswarnung'
    : opts.update
      ? 'Aktualisierte Sicherheitswarnung'
      : 'Neue Sicherheitswarnung';
  return {
    subject: `[${label}] ${what} ${a.trackingId}: ${a.title}`.slice(0, 250),
    ...renderMail({
      greeting: greetingFor(opts.name),
      paragraphs: [
        `${what} ${a.trackingId}, Version ${a.version}: ${a.title}`,
        `Schweregrad: ${SEVERITY_TEXT[a.severity]} · Kennzeichnung: ${label}. Bitte geben Sie den Inhalt nur gemäß ${label} weiter.`,
        a.summary,
        a.bodyMarkdown,
      ],
      action: { label: 'Sicherheitswarnung öffnen', url: opts.url },
    }),
  };
}

/** Mentions, invitations, forum posts: the notification's own text (already limited to what the recipient may read). */
export function notificationMail(opts: {
  name: string;
  title: string;
  body: string | null;
  url: string;
  unsubscribeUrl: string | null;
}): MailText {
  return {
    subject: opts.title.slice(0, 250),
    ...renderMail({
      greeting: greetingFor(opts.name),
      paragraphs: [opts.title, ...(opts.body ? [opts.body] : [])],
      action: { label: 'Im Sicherheitsnetz öffnen', url: opts.url },
      footer: withFooter(undefined, opts.unsubscribeUrl),
    }),
  };
}

/** Incidents are TLP:RED: in clear text only that something happened, and a link. */
export function closedIncidentMail(opts: {
  name: string;
  invitation: boolean;
  url: string;
  encrypted?: boolean;
}): MailText {
  const what = opts.invitation
    ? 'Sie wurden in einen Vorfallraum eingeladen'
    : 'Neuigkeit zu einem Vorfall, an dem Sie beteiligt sind';
  return {
    subject: `[TLP:RED] ${what}`,
    ...renderMail({
      greeting: greetingFor(opts.name),
      paragraphs: [
        `${what}.`,
        opts.encrypted
          ? 'Einzelheiten stehen im verschlüsselten Teil dieser E-Mail.'
          : 'Einzelheiten zu Vorfällen (TLP:RED) werden nicht unverschlüsselt per E-Mail versandt. Sie sehen sie nach der Anmeldung im Sicherheitsnetz.',
      ],
      action: { label: 'Im Sicherheitsnetz öffnen', url: opts.url },
      footer: withFooter(undefined, null),
    }),
  };
}

export function fullIncidentMail(opts: {
  name: string;
  title: string;
  body: string | null;
  url: string;
}): MailText {
  return {
    subject: `[TLP:RED] ${opts.title}`.slice(0, 250),
    ...renderMail({
      greeting: greetingFor(opts.name),
      paragraphs: [
        opts.title,
        ...(opts.body ? [opts.body] : []),
        'TLP:RED: nur für Sie persönlich, nicht weitergeben.',
      ],
      action: { label: 'Im Sicherheitsnetz öffnen', url: opts.url },
    }),
  };
}

export interface DigestLine {
  text: string;
  url: string;
}

export function digestMail(opts: {
  name: string;
  weekly: boolean;
  sections: Array<{ heading: string; lines: DigestLine[] }>;
  unsubscribeUrl: string | null;
}): MailText {
  const period = opts.weekly ? 'Wochenübersicht' : 'Tagesübersicht';
  const paragraphs: string[] = [
    `Ihre ${period} aus dem Sicherheitsnetz.`,
    ...opts.sections.flatMap((s) => [
      `${s.heading}:`,
      ...s.lines.map((l) => `• ${l.text}\n  ${l.url}`),
    ]),
  ];
  return {
    subject: `${period}: ${opts.sections.reduce((n, s) => n + s.lines.length, 0)} Neuigkeiten im Sicherheitsnetz`,
    ...renderMail({
      greeting: greetingFor(opts.name),
      paragraphs,
      footer: withFooter(undefined, opts.unsubscribeUrl),
    }),
  };
}

export function escalationMail(opts: {
  name: string;
  facts: Pick<AdvisoryFacts, 'tlp' | 'severity' | 'trackingId' | 'title'>;
  hours: number;
  url: string;
}): MailText {
  const open = opts.facts.tlp === TlpLabel.CLEAR || opts.facts.tlp === TlpLabel.GREEN;
  const label = tlpText(opts.facts.tlp);
  const which = open
    ? `der kritischen Sicherheitswarnung ${opts.facts.trackingId} („${opts.facts.title}“)`
    : `einer kritischen Sicherheitswarnung (${label})`;
  return {
    subject: `[${label}] Eskalation: Rückmeldung Ihrer Organisation zu einer kritischen Sicherheitswarnung fehlt`,
    ...renderMail({
      greeting: greetingFor(opts.name),
      paragraphs: [
        `Seit mehr als ${opts.hours} Stunden liegt keine Rückmeldung Ihrer Organisation zu ${which} vor.`,
        'Als Administrator/in Ihrer Organisation erhalten Sie diese Erinnerung einmalig. Bitte sorgen Sie dafür, dass die Warnung bewertet und beantwortet wird.',
      ],
      action: { label: 'Sicherheitswarnung öffnen', url: opts.url },
      footer: withFooter(undefined, null),
    }),
  };
}
