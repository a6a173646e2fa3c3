import { describe, expect, it } from 'vitest';
import { readIncidentFilters, toApiFilter } from './filters';

describe('incident list filters', () => {
  it('reads known values from the URL and ignores unknown ones', () => {
    const f = readIncidentFilters(
      new URLSearchParams('auswahl=offen&status=CLOSED&schwere=KAPUTT&art=RANSOMWARE'),
    );
    expect(f).toEqual({ scope: 'offen', status: 'CLOSED', severity: null, kind: 'RANSOMWARE' });
    expect(toApiFilter(f)).toEqual({
      mine: null,
      open: true,
      status: ['CLOSED'],
      severity: null,
      kind: ['RANSOMWARE'],
    });
  });

  it('defaults to my incidents', () => {
    expect(toApiFilter(readIncidentFilters(new URLSearchParams()))).toMatchObject({ mine: true });
  });
});
