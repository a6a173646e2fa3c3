import { describe, expect, it } from 'vitest';
import { registerRows, servicesText } from './register';

describe('servicesText', () => {
  it('lists German labels in a fixed order', () => {
    expect(servicesText(['EMAIL', 'NETWORK'], '-')).toBe('Netzwerk, E-Mail');
  });
  it('falls back when empty', () => {
    expect(servicesText([], 'keine')).toBe('keine');
  });
});

describe('registerRows', () => {
  const rel = (id: string, p: string, m: string) => ({
    id,
    provider: { id: p, name: `P ${p}` },
    municipality: { id: m, name: `M ${m}` },
  });
  it('shows municipalities for a provider and providers for a municipality, sorted', () => {
    expect(
      registerRows('p1', [rel('1', 'p1', 'b'), rel('2', 'p1', 'a')]).map((r) => r.other.name),
    ).toEqual(['M a', 'M b']);
    expect(registerRows('a', [rel('2', 'p1', 'a')]).map((r) => r.other.name)).toEqual(['P p1']);
  });
});
