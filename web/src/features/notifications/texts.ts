/** German texts of the notifications feature. */
export const notificationTexts = {
  title: 'Benachrichtigungen',
  bellLabel: (count: number) =>
    count === 0
      ? 'Benachrichtigungen, keine ungelesen'
      : count === 1
        ? 'Benachrichtigungen, 1 ungelesen'
        : `Benachrichtigungen, ${count} ungelesen`,
  unreadOnly: 'Nur ungelesene',
  all: 'Alle',
  filterLabel: 'Anzeigen',
  markAllRead: 'Alle als gelesen markieren',
  markRead: 'Als gelesen markieren',
  unread: 'ungelesen',
  empty: 'Sie haben keine Benachrichtigungen.',
  emptyUnread: 'Keine ungelesenen Benachrichtigungen. Alles erledigt.',
  loadMore: 'Weitere laden',
  open: 'Öffnen',
  count: (shown: number, total: number) => `${shown} von ${total}`,
  cardTitle: 'Neue Benachrichtigungen',
  cardAll: 'Alle Benachrichtigungen',
  kind: {
    MENTION: 'Erwähnung',
    NEW_POST: 'Neuer Beitrag',
    CHANNEL_INVITATION: 'Einladung in einen Kanal',
    INCIDENT_INVITATION: 'Einladung zu einem Vorfall',
    ADVISORY: 'Warnmeldung',
  } as Record<string, string>,
  kindFallback: 'Hinweis',
} as const;

/** The notification kinds are strings on the API; unknown ones get a neutral label. */
export function notificationKindLabel(kind: string): string {
  return notificationTexts.kind[kind] ?? notificationTexts.kindFallback;
}
