import { ReportingObligationKind } from './response.enums';
import type { TemplateItem } from './response.entities';

/** GDPR art. 33: a personal data breach is reported within 72 hours of becoming aware of it. */
export const GDPR_DEADLINE_HOURS = 72;

/**
 * The reporting obligations, each a task whose due time follows from the report time. Only the
 * GDPR deadline is fixed by law for everyone; the others depend on the organisation (KRITIS,
 * insurance policy), so they are due "as soon as possible" in practice: 24 hours is a working
 * default the team may change per task.
 */
export const REPORTING_OBLIGATIONS: TemplateItem[] = [
  {
    title: 'Datenschutzverletzung an die LDI NRW melden (Art. 33 DSGVO)',
    description:
      'Sind personenbezogene Daten betroffen, meldet der Verantwortliche die Verletzung binnen 72 Stunden, nachdem sie bekannt wurde, der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW (Online-Meldeformular der LDI NRW). Ist die Frist nicht zu halten, die Gründe der Verzögerung angeben.',
    dueAfterHours: GDPR_DEADLINE_HOURS,
    obligation: ReportingObligationKind.DATA_PROTECTION,
  },
  {
    title: 'Meldung an das BSI prüfen und ggf. abgeben',
    description:
      'Meldepflicht besteht für Betreiber kritischer Anlagen und weitere nach dem BSI-Gesetz verpflichtete Einrichtungen; sonst freiwillige Meldung über das Meldeportal des BSI.',
    dueAfterHours: 24,
    obligation: ReportingObligationKind.BSI,
  },
  {
    title: 'Strafanzeige bei der Polizei (ZAC NRW) erstatten',
    description:
      'Zentrale Ansprechstelle Cybercrime (ZAC NRW) beim Landeskriminalamt: Anzeige erstatten, Beweise (Erpresserschreiben, Protokolle) sichern und übergeben.',
    dueAfterHours: 24,
    obligation: ReportingObligationKind.POLICE,
  },
  {
    title: 'Cyber-Versicherung informieren',
    description:
      'Schadensmeldung nach den Obliegenheiten des Vertrags (meist „unverzüglich“); vor dem Einsatz eigener Dienstleister die Freigabe des Versicherers klären.',
    dueAfterHours: 24,
    obligation: ReportingObligationKind.INSURER,
  },
];

/** The first 24 hours after a ransomware attack, after BSI and CERT NRW guidance. */
export const RANSOMWARE_FIRST_24_HOURS: TemplateItem[] = [
  {
    title: 'Betroffene Systeme vom Netz trennen (nicht ausschalten)',
    description:
      'Netzwerkverbindungen kappen, Systeme aber eingeschaltet lassen: der Arbeitsspeicher enthält Spuren für die Forensik.',
    dueAfterHours: 1,
    obligation: null,
  },
  {
    title: 'Krisenstab einberufen und Erreichbarkeit per Telefon sichern',
    description:
      'Verwaltungsvorstand, ISB, IT-Leitung, Datenschutz, Pressestelle. E-Mail kann ausgefallen sein: Telefonliste ausdrucken.',
    dueAfterHours: 2,
    obligation: null,
  },
  {
    title: 'Backups prüfen und offline sichern',
    description:
      'Sind die Sicherungen unverschlüsselt und vom Netz getrennt? Zugang der Angreifer zu Backup-Systemen ausschließen.',
    dueAfterHours: 4,
    obligation: null,
  },
  {
    title: 'Zugangsdaten privilegierter Konten zurücksetzen',
    description:
      'Domänen-Administratoren, Dienstkonten, VPN. Von einem sauberen System aus, nicht aus dem betroffenen Netz.',
    dueAfterHours: 6,
    obligation: null,
  },
  {
    title: 'Spuren sichern (Erpresserschreiben, Protokolle, Speicherabbilder)',
    description: 'Nichts löschen oder neu aufsetzen, bevor die Beweise gesichert sind.',
    dueAfterHours: 8,
    obligation: null,
  },
  {
    title: 'Betroffene Fachverfahren und Dienste erfassen',
    description:
      'Welche Dienste für Bürgerinnen und Bürger fallen aus (Meldewesen, Kfz, Sozialleistungen)? Notbetrieb planen.',
    dueAfterHours: 12,
    obligation: null,
  },
  {
    title: 'Kommunikation an Beschäftigte und Öffentlichkeit abstimmen',
    description: 'Sprachregelung mit Pressestelle; keine Aussagen zu Lösegeld.',
    dueAfterHours: 12,
    obligation: null,
  },
  ...REPORTING_OBLIGATIONS,
];

/** What the migration ships; ADMINs change and extend them in the web app. */
export const DEFAULT_TEMPLATES: Array<{
  name: string;
  incidentKind: string | null;
  description: string;
  items: TemplateItem[];
}> = [
  {
    name: 'Ransomware: die ersten 24 Stunden',
    incidentKind: 'RANSOMWARE',
    description:
      'Sofortmaßnahmen nach einem Verschlüsselungsangriff und die Meldepflichten mit ihren Fristen.',
    items: RANSOMWARE_FIRST_24_HOURS,
  },
  {
    name: 'Meldepflichten',
    incidentKind: null,
    description:
      'Datenschutzverletzung an die LDI NRW (72 Stunden, Art. 33 DSGVO), BSI, Polizei (ZAC NRW), Versicherer.',
    items: REPORTING_OBLIGATIONS,
  },
];
