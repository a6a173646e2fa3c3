import { plural } from '../../lib/format';

/** German texts of the member directory and profiles. */
export const memberTexts = {
  title: 'Mitglieder',
  intro:
    'Alle aktiven Mitglieder der Plattform. Kontaktdaten sehen Sie, soweit die Mitglieder sie freigeben.',
  search: 'Suche nach Name, @Handle, Funktion oder Fachgebiet',
  searchButton: 'Suchen',
  kind: 'Art der Organisation',
  allKinds: 'Alle Arten',
  results: 'Mitglieder',
  empty: 'Keine Mitglieder gefunden. Ändern Sie die Suche oder den Filter.',
  shownOf: (shown: number, total: number) =>
    `${shown} von ${plural(total, 'Mitglied', 'Mitgliedern')}`,
  loadMore: 'Weitere laden',
  // Profile
  notFound:
    'Dieses Mitglied gibt es nicht, oder sein Profil ist für Sie nicht sichtbar (nicht gefunden).',
  notFoundTitle: 'Nicht gefunden',
  backToDirectory: 'Zum Mitgliederverzeichnis',
  organisation: 'Organisation',
  position: 'Funktion',
  handle: 'Erwähnen mit',
  role: 'Rolle in der Organisation',
  platformRole: 'Rolle auf der Plattform',
  status: 'Status',
  memberSince: 'Mitglied seit',
  email: 'E-Mail',
  phone: 'Telefon',
  contactHidden: 'Dieses Mitglied hat seine Kontaktdaten für Sie nicht freigegeben.',
  expertise: 'Fachgebiete',
  about: 'Über mich',
  contact: 'Kontakt',
  topics: 'Begonnene Themen',
  itsMe: 'Das ist Ihr Profil. Ändern können Sie es unter „Mein Konto“.',
  myAccount: 'Mein Konto',
} as const;
