import { plural } from '../../lib/format';

/** German texts of the organisation directory and pages. */
export const organisationTexts = {
  title: 'Organisationen',
  intro:
    'Kommunen, IT-Dienstleister und CERT auf der Plattform, mit dem Register, welcher Dienstleister welche Kommune betreut.',
  search: 'Suche nach Name, Gemeindeschlüssel oder Kreis',
  searchButton: 'Suchen',
  kind: 'Art',
  allKinds: 'Alle Arten',
  district: 'Kreis',
  results: 'Organisationen',
  empty: 'Keine Organisation gefunden. Ändern Sie die Suche oder den Filter.',
  shownOf: (shown: number, total: number) =>
    `${shown} von ${plural(total, 'Organisation', 'Organisationen')}`,
  loadMore: 'Weitere laden',
  // Page
  notFound: 'Diese Organisation gibt es nicht (nicht gefunden).',
  notFoundTitle: 'Nicht gefunden',
  back: 'Zum Verzeichnis der Organisationen',
  kindLabel: 'Art',
  municipalityKey: 'Gemeindeschlüssel',
  governmentRegion: 'Regierungsbezirk',
  population: 'Einwohnerinnen und Einwohner',
  members: 'Mitglieder',
  providersHeading: 'IT-Dienstleister dieser Kommune',
  servedHeading: 'Betreute Kommunen',
  noProviders: 'Im Register ist für diese Kommune kein IT-Dienstleister eingetragen.',
  noServed: 'Im Register ist für diesen Dienstleister keine Kommune eingetragen.',
  registerNone: 'Für ein CERT führt das Register keine Einträge.',
  provider: 'IT-Dienstleister',
  municipality: 'Kommune',
  services: 'Leistungen',
  noServices: 'keine Leistungen angegeben',
} as const;
