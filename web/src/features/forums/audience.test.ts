import { describe, expect, it } from 'vitest';
import { audienceLabel, kindsList, postersLabel } from './audience';

describe('audienceLabel', () => {
  it('names every kind as all members', () => {
    expect(
      audienceLabel({ readKinds: ['CERT', 'MUNICIPALITY', 'IT_PROVIDER'], organisationIds: [] }),
    ).toBe('alle Mitglieder');
  });
  it('says "nur Kommunen" for a municipal category', () => {
    expect(audienceLabel({ readKinds: ['MUNICIPALITY'], organisationIds: [] })).toBe(
      'nur Kommunen',
    );
  });
  it('lists two kinds in a fixed order', () => {
    expect(audienceLabel({ readKinds: ['CERT', 'MUNICIPALITY'], organisationIds: [] })).toBe(
      'nur Kommunen und CERT',
    );
  });
  it('shows a sharing group with its size', () => {
    expect(audienceLabel({ readKinds: ['MUNICIPALITY'], organisationIds: ['a'] })).toBe(
      'geschlossene Gruppe (1 Organisation)',
    );
    expect(audienceLabel({ readKinds: ['MUNICIPALITY'], organisationIds: ['a', 'b'] })).toBe(
      'geschlossene Gruppe (2 Organisationen)',
    );
  });
  it('handles no kinds at all', () => {
    expect(audienceLabel({ readKinds: [], organisationIds: [] })).toBe('nur Moderation');
  });
});

describe('kindsList', () => {
  it('joins three with commas and "und"', () => {
    expect(kindsList(['IT_PROVIDER', 'CERT', 'MUNICIPALITY'])).toBe(
      'Kommunen, IT-Dienstleister und CERT',
    );
    expect(kindsList([])).toBe('');
  });
});

describe('postersLabel', () => {
  it('is null when readers may write', () => {
    expect(postersLabel({ readKinds: ['MUNICIPALITY'], postKinds: ['MUNICIPALITY'] })).toBeNull();
  });
  it('names the narrower writers', () => {
    expect(postersLabel({ readKinds: ['MUNICIPALITY', 'CERT'], postKinds: ['CERT'] })).toBe(
      'schreiben: nur CERT',
    );
  });
  it('says read-only when no reader may write', () => {
    expect(postersLabel({ readKinds: ['MUNICIPALITY'], postKinds: ['CERT'] })).toBe('nur lesen');
  });
});
