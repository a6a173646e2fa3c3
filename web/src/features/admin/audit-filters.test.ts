import { describe, expect, it } from 'vitest';
import {
  filtersFromParams,
  filtersToParams,
  filtersToVariables,
  rangeReversed,
} from './audit-filters';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS } from './texts';

describe('audit log filters', () => {
  it('round-trips through the URL and drops malformed values', () => {
    const f = {
      actorId: '0b7c6a39-3f5e-4f61-9d7e-4a0c2b1e8f00',
      action: 'login.',
      targetId: 'x',
      from: '2026-11-01',
      to: '2026-11-02',
    };
    expect(filtersFromParams(filtersToParams(f))).toEqual(f);
    const bad = filtersFromParams(new URLSearchParams('wer=nicht-uuid&von=gestern&bis=2026-1-1'));
    expect(bad).toEqual({ actorId: '', action: '', targetId: '', from: '', to: '' });
  });

  it('makes "bis" inclusive: the API gets the start of the following day', () => {
    const v = filtersToVariables({
      actorId: '',
      action: '',
      targetId: '',
      from: '2026-11-01',
      to: '2026-11-01',
    });
    expect(new Date(v.to!).getTime() - new Date(v.from!).getTime()).toBe(24 * 3600 * 1000);
    expect(v.actorId).toBeNull();
    expect(v.action).toBeNull();
  });

  it('spots a reversed range', () => {
    expect(rangeReversed({ from: '2026-11-02', to: '2026-11-01' })).toBe(true);
    expect(rangeReversed({ from: '2026-11-01', to: '' })).toBe(false);
  });

  it('offers every action filter value once (the select refuses duplicates)', () => {
    const values = [...AUDIT_ACTION_GROUPS.map((g) => g.value), ...Object.keys(AUDIT_ACTIONS)];
    expect(new Set(values).size).toBe(values.length);
    // Groups are prefixes: the API matches them with starts_with.
    for (const g of AUDIT_ACTION_GROUPS) expect(g.value.endsWith('.')).toBe(true);
  });
});
