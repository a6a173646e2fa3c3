/** German formatting for everything a member reads: de-DE, always in Europe/Berlin time. */
export const TIME_ZONE = 'Europe/Berlin';
export const LOCALE = 'de-DE';

const dateTime = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const date = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const number = new Intl.NumberFormat(LOCALE);
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "29.11.2026, 21:05" */
export function formatDateTime(value: string | number | Date): string {
  return dateTime.format(toDate(value));
}

/** "29.11.2026" */
export function formatDate(value: string | number | Date): string {
  return date.format(toDate(value));
}

/** "21:05" */
export function formatTime(value: string | number | Date): string {
  return time.format(toDate(value));
}

/** "1.234" */
export function formatNumber(value: number): string {
  return number.format(value);
}

/**
 * Short, readable age of an event: "gerade eben", "vor 5 Minuten", "heute, 14:03",
 * "gestern, 09:12", otherwise the date and time. Days are counted in Berlin time.
 */
export function formatRelative(value: string | number | Date, now: Date = new Date()): string {
  const then = toDate(value);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds >= 0 && seconds < 60) return 'gerade eben';
  if (seconds >= 60 && seconds < 3600) {
    const minutes = Math.floor(seconds / 60);
    return minutes === 1 ? 'vor 1 Minute' : `vor ${minutes} Minuten`;
  }
  const today = dayKey.format(now);
  const yesterday = dayKey.format(new Date(now.getTime() - 24 * 3600 * 1000));
  const day = dayKey.format(then);
  if (day === today) return `heute, ${formatTime(then)}`;
  if (day === yesterday) return `gestern, ${formatTime(then)}`;
  return formatDateTime(then);
}

/** "1 Beitrag" / "3 Beiträge": German singular and plural with a formatted count. */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
