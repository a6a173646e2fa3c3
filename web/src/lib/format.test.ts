import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelative,
  formatTime,
  plural,
} from './format';

describe('de-DE formatting in Europe/Berlin', () => {
  it('formats date and time in Berlin time, summer and winter', () => {
    // 22:30 UTC in winter is 23:30 in Berlin (CET), in summer 00:30 the next day (CEST).
    expect(formatDateTime('2026-01-15T22:30:00Z')).toBe('15.01.2026, 23:30');
    expect(formatDateTime('2026-07-15T22:30:00Z')).toBe('16.07.2026, 00:30');
    expect(formatDate('2026-07-15T22:30:00Z')).toBe('16.07.2026');
    expect(formatTime(new Date('2026-01-15T08:05:00Z'))).toBe('09:05');
  });

  it('formats numbers with German grouping', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(plural(1, 'Beitrag', 'Beiträge')).toBe('1 Beitrag');
    expect(plural(1200, 'Beitrag', 'Beiträge')).toBe('1.200 Beiträge');
    expect(plural(0, 'Beitrag', 'Beiträge')).toBe('0 Beiträge');
  });

  it('says how long ago, by Berlin calendar days', () => {
    const now = new Date('2026-03-10T12:00:00Z'); // 13:00 in Berlin
    expect(formatRelative('2026-03-10T11:59:30Z', now)).toBe('gerade eben');
    expect(formatRelative('2026-03-10T11:59:00Z', now)).toBe('vor 1 Minute');
    expect(formatRelative('2026-03-10T11:15:00Z', now)).toBe('vor 45 Minuten');
    expect(formatRelative('2026-03-10T07:03:00Z', now)).toBe('heute, 08:03');
    expect(formatRelative('2026-03-09T08:12:00Z', now)).toBe('gestern, 09:12');
    expect(formatRelative('2026-03-01T08:12:00Z', now)).toBe('01.03.2026, 09:12');
    // 23:30 UTC on the 9th is already the 10th in Berlin: "heute".
    expect(formatRelative('2026-03-09T23:30:00Z', now)).toBe('heute, 00:30');
    // A time in the future (clock skew) is shown as a date, not as "vor -3 Minuten".
    expect(formatRelative('2026-03-10T12:03:00Z', now)).toBe('heute, 13:03');
  });
});
