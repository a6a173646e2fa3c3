import { describe, expect, it } from 'vitest';
import { addChosen, expandRecipients } from './recipients';

const siegen = { id: 'm1', name: 'Stadt Siegen' };
const olpe = { id: 'm2', name: 'Stadt Olpe' };
const altena = { id: 'm3', name: 'Stadt Altena' };
const sit = { id: 'p1', name: 'Südwestfalen-IT' };
const hagen = { id: 'p2', name: 'Hagen.de IT-Service' };

describe('expandRecipients', () => {
  it('adds the served municipalities, each once, by name, with the providers that brought them', () => {
    const list = expandRecipients(
      [sit, olpe],
      [
        { provider: sit, municipalities: [siegen, olpe, altena] },
        { provider: hagen, municipalities: [altena] },
      ],
    );
    expect(list).toEqual([
      { ...altena, via: ['Südwestfalen-IT', 'Hagen.de IT-Service'] },
      { ...olpe, via: ['Südwestfalen-IT'] },
      { ...siegen, via: ['Südwestfalen-IT'] },
      { ...sit, via: [] },
    ]);
  });

  it('is the chosen list when nothing is expanded', () => {
    expect(expandRecipients([olpe], [])).toEqual([{ ...olpe, via: [] }]);
    expect(expandRecipients([], [{ provider: sit, municipalities: [] }])).toEqual([]);
  });
});

describe('addChosen', () => {
  it('keeps each organisation once and the order of choice', () => {
    expect(addChosen([olpe], [siegen, olpe])).toEqual([olpe, siegen]);
  });
});
