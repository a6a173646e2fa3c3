import type { MailFrequency } from '../../gql/graphql';

/** German texts of the e-mail settings page. */
export const mailSettingsTexts = {
  title: 'E-Mail-Benachrichtigungen',
  back: 'Zurück zu Mein Konto',
  intro:
    'Legen Sie fest, welche E-Mails Sie vom Sicherheitsnetz erhalten und wie oft. Die Benachrichtigungen in der Plattform bleiben davon unberührt.',
  preferences: {
    title: 'Was Sie per E-Mail erhalten',
    caption: 'E-Mail-Einstellungen je Art der Nachricht',
    kind: 'Art der Nachricht',
    locked: 'immer sofort',
    lockedHint:
      'Sicherheitskritisch: Einladungen zu Vorfällen, MIRT-Schritte und kritische Sicherheitswarnungen werden immer sofort zugestellt und lassen sich nicht abbestellen.',
    notAllowed: 'nicht möglich',
    option: (kind: string, frequency: string) => `${kind}: ${frequency}`,
    saved: (kind: string, frequency: string) => `Gespeichert: ${kind} – ${frequency}.`,
    digestHint:
      'Tägliche Übersichten kommen morgens um 7 Uhr, wöchentliche montags um 7 Uhr. Warnungen mit TLP:AMBER oder TLP:RED erscheinen dort nur mit Kennzeichnung und Schweregrad.',
  },
  frequency: {
    IMMEDIATELY: 'Sofort',
    DAILY: 'Täglich',
    WEEKLY: 'Wöchentlich',
    OFF: 'Aus',
  } satisfies Record<MailFrequency, string>,
  key: {
    title: 'OpenPGP-Schlüssel',
    intro:
      'Inhalte mit TLP:AMBER, TLP:AMBER+STRICT oder TLP:RED verschicken wir nie unverschlüsselt. Wenn Sie hier Ihren öffentlichen OpenPGP-Schlüssel hinterlegen, erhalten Sie diese Inhalte verschlüsselt (PGP/MIME); ohne Schlüssel nur den Hinweis mit Kennzeichnung, Schweregrad und Link.',
    none: 'Sie haben noch keinen Schlüssel hinterlegt.',
    fingerprint: 'Fingerabdruck',
    userIds: 'Benutzerkennung',
    stored: 'Hinterlegt am',
    expires: 'Gültig bis',
    noExpiry: 'unbegrenzt',
    paste: 'Öffentlicher Schlüssel (ASCII-Format)',
    pasteHint:
      'Beginnt mit -----BEGIN PGP PUBLIC KEY BLOCK-----. Niemals den privaten Schlüssel einfügen.',
    file: 'Oder Schlüsseldatei wählen (.asc)',
    filePlaceholder: 'Datei auswählen',
    save: 'Schlüssel speichern',
    replace: 'Schlüssel ersetzen',
    remove: 'Schlüssel entfernen',
    saved: 'Der Schlüssel wurde gespeichert.',
    removed:
      'Der Schlüssel wurde entfernt. Vertrauliche Inhalte erhalten Sie wieder nur als Hinweis.',
    empty: 'Bitte zuerst einen Schlüssel einfügen oder eine Datei wählen.',
    fileError: 'Die Datei konnte nicht gelesen werden.',
  },
} as const;
