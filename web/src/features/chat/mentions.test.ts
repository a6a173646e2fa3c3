import { describe, expect, it } from 'vitest';
import { activeMention, insertMention, matchMembers } from './mentions';

describe('chat mentions', () => {
  it('finds the mention at the cursor, not in e-mail addresses', () => {
    expect(activeMention('Hallo @kat', 10)).toEqual({ start: 6, query: 'kat' });
    expect(activeMention('mail an a@b', 11)).toBeNull();
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' });
  });

  it('inserts the handle with one space', () => {
    expect(insertMention('Hallo @kat danke', { start: 6, query: 'kat' }, 10, 'katrin.h')).toEqual({
      text: 'Hallo @katrin.h danke',
      cursor: 15,
    });
  });

  it('matches handles and words of names', () => {
    const people = [
      { id: '1', displayName: 'Katrin Hoffmann', handle: 'katrin.hoffmann' },
      { id: '2', displayName: 'Jörg Özdemir', handle: 'joerg' },
    ];
    expect(matchMembers(people, 'hoff').map((m) => m.id)).toEqual(['1']);
    expect(matchMembers(people, 'özd').map((m) => m.id)).toEqual(['2']);
  });
});
