import { describe, expect, it } from 'vitest';
import { berlinMidnight, readSearch, searchVariables, writeSearch } from './search-params';

describe('search params', () => {
  it('round-trips through the URL and drops bad dates', () => {
    const s = readSearch(
      new URLSearchParams('q=%20Phishing%20&kategorie=c1&von=2026-01-02&bis=kaputt'),
    );
    expect(s).toEqual({ q: 'Phishing', categoryId: 'c1', from: '2026-01-02', to: '' });
    expect(writeSearch(s).toString()).toBe('q=Phishing&kategorie=c1&von=2026-01-02');
  });
  it('takes Berlin midnight in winter and summer', () => {
    expect(berlinMidnight('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(berlinMidnight('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
  });
  it('makes "bis" include its whole day', () => {
    const v = searchVariables({ q: 'x', categoryId: '', from: '', to: '2026-07-15' });
    expect(v).toEqual({ query: 'x', categoryId: null, from: null, to: '2026-07-15T22:00:00.000Z' });
  });
});
