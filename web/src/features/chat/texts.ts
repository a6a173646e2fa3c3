import { plural } from '../../lib/format';

/** German texts of the chat. */
export const chatTexts = {
  title: 'Chat',
  myChannels: 'Meine Kanäle',
  noChannels:
    'Sie sind noch in keinem Kanal. Treten Sie einem öffentlichen Kanal bei oder schreiben Sie jemandem direkt.',
  publicChannels: 'Öffentliche Kanäle',
  noPublicChannels: 'Es gibt keine weiteren öffentlichen Kanäle.',
  join: 'Beitreten',
  joinNamed: (name: string) => `Kanal „${name}“ beitreten`,
  directTitle: 'Direktnachricht',
  directSearch: 'Mitglied suchen',
  directSearchHelp: 'Name oder Handle, mindestens zwei Zeichen',
  directStart: (name: string) => `Direktnachricht an ${name}`,
  directNone: 'Kein Mitglied gefunden.',
  unread: (n: number) => plural(n, 'ungelesene Nachricht', 'ungelesene Nachrichten'),
  mentions: (n: number) => plural(n, 'Erwähnung', 'Erwähnungen'),
  archived: 'archiviert',
  kind: {
    PUBLIC: 'öffentlich',
    PRIVATE: 'privat',
    DIRECT: 'Direktnachricht',
    INCIDENT: 'Vorfallsraum',
  },
  directName: (names: string[]) => (names.length ? names.join(', ') : 'Nur Sie'),
  channelNotFound: 'Diesen Kanal gibt es nicht oder Sie sind nicht Mitglied.',
  backToList: 'Alle Kanäle',
  tlpRed: 'TLP:RED',
  tlpRedNote:
    'Nur für die Mitglieder dieses Raums. Inhalte nicht weitergeben, nicht kopieren und nicht per E-Mail versenden.',
  incidentLink: 'Zum Vorfall',
  archivedNote: 'Dieser Kanal ist archiviert: Sie können lesen, aber nicht mehr schreiben.',
  logLabel: (name: string) => `Nachrichten in ${name}`,
  loadOlder: 'Ältere Nachrichten laden',
  loadingOlder: 'Ältere Nachrichten werden geladen …',
  start: 'Anfang des Kanals',
  empty: 'Noch keine Nachrichten. Schreiben Sie die erste.',
  unknownSender: 'Unbekanntes Mitglied',
  you: 'Sie',
  edited: 'bearbeitet',
  deleted: 'Diese Nachricht wurde gelöscht.',
  messageLabel: (sender: string, time: string) => `Nachricht von ${sender}, ${time}`,
  pending: 'Wird gesendet …',
  pendingOffline: 'Wartet auf die Verbindung …',
  sent: 'Gesendet',
  failed: 'Nicht gesendet',
  retry: 'Erneut senden',
  discard: 'Verwerfen',
  noAck: 'Der Server hat nicht geantwortet.',
  composerLabel: 'Nachricht',
  composerHelp: 'Enter sendet, Umschalt+Enter beginnt eine neue Zeile, @ erwähnt ein Mitglied.',
  send: 'Senden',
  threadComposerLabel: 'Antwort im Thread',
  actions: (sender: string) => `Aktionen für die Nachricht von ${sender}`,
  reactWith: (label: string) => `Reagieren: ${label}`,
  reactionChip: (emoji: string, count: number, mine: boolean) =>
    `${emoji} ${count}${mine ? ' (auch Sie; zum Entfernen drücken)' : ''}`,
  replyInThread: 'Im Thread antworten',
  openThread: (n: number) => plural(n, 'Antwort', 'Antworten'),
  thread: 'Thread',
  threadEmpty: 'Noch keine Antworten.',
  threadNote: 'Antworten aus dem geladenen Verlauf; ältere laden Sie im Kanal nach oben.',
  closeThread: 'Thread schließen',
  edit: 'Bearbeiten',
  editLabel: 'Nachricht bearbeiten',
  save: 'Speichern',
  cancel: 'Abbrechen',
  delete: 'Löschen',
  deleteConfirm: 'Diese Nachricht löschen? Der Text wird für alle entfernt.',
  deleteTitle: 'Nachricht löschen',
  // At most three names: in a busy channel the line stays one line and does not push the composer.
  typing: (names: string[]) =>
    names.length === 1
      ? `${names[0]} schreibt …`
      : names.length <= 3
        ? `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]} schreiben …`
        : `${names[0]}, ${names[1]} und ${names.length - 2} weitere schreiben …`,
  members: 'Mitglieder',
  presence: { online: 'online', away: 'abwesend', offline: 'offline' },
  directMessage: (name: string) => `Direktnachricht an ${name}`,
  directShort: 'Direktnachricht',
  channelAdmin: 'Kanal-Admin',
  disconnected: 'Verbindung unterbrochen – Nachrichten werden gesendet, sobald sie wieder besteht.',
  reconnected: 'Verbindung wiederhergestellt',
  connecting: 'Verbindung wird aufgebaut …',
  mentionSuggestions: 'Vorschläge für die Erwähnung',
  mentionOption: (name: string, handle: string) => `${name} (@${handle})`,
} as const;

/** The reactions offered in a message's menu (any emoji is allowed by the API). */
export const REACTIONS = [
  { emoji: '👍', label: 'Daumen hoch' },
  { emoji: '✅', label: 'Erledigt' },
  { emoji: '👀', label: 'Ich schaue es mir an' },
  { emoji: '❗', label: 'Wichtig' },
] as const;
