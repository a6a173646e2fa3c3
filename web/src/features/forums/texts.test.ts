import { describe, expect, it } from 'vitest';
import { forumTexts as t } from './texts';

describe('forum list count', () => {
  it('names the exact count', () => {
    expect(t.shownOf(1, 1)).toBe('1 von 1 Thema');
    expect(t.shownOf(25, 1000)).toBe('25 von 1.000 Themen');
  });

  it('says "mehr als" when the server stopped counting at the cap', () => {
    expect(t.shownOf(25, 1000, false)).toBe('25 von mehr als 1.000 Themen');
  });
});
