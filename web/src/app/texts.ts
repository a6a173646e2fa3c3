/** German texts of the app shell (header, navigation, errors, session). */
export const appTexts = {
  appName: 'Sicherheitsnetz',
  brandLabel: 'Sicherheitsnetz – zur Übersicht',
  skipToContent: 'Zum Inhalt springen',
  mainNavigation: 'Hauptnavigation',
  openNavigation: 'Navigation öffnen',
  closeNavigation: 'Navigation schließen',
  closeDialog: 'Dialog schließen',
  accountMenu: 'Konto-Menü',
  signOut: 'Abmelden',
  signingOut: 'Sie werden abgemeldet …',
  checkingSession: 'Anmeldung wird geprüft …',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText:
    'Diese Seite gibt es nicht, oder sie ist für Sie nicht freigegeben. Prüfen Sie die Adresse oder gehen Sie zur Übersicht.',
  toHome: 'Zur Übersicht',
  crashTitle: 'Etwas ist schiefgegangen',
  crashText:
    'Die Seite konnte nicht angezeigt werden. Laden Sie die Seite neu; wenn der Fehler bleibt, melden Sie ihn bitte der Administration.',
  reload: 'Seite neu laden',
  chunkErrorText:
    'Ein Teil der Anwendung konnte nicht geladen werden, vielleicht wegen einer neuen Version. Bitte laden Sie die Seite neu.',
} as const;
