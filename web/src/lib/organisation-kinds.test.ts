import { describe, expect, it } from 'vitest';
import { readKind } from './organisation-kinds';

describe('readKind', () => {
  it('accepts the schema kinds only', () => {
    expect(readKind('MUNICIPALITY')).toBe('MUNICIPALITY');
    expect(readKind('CERT')).toBe('CERT');
    expect(readKind('cert')).toBeNull();
    expect(readKind('')).toBeNull();
    expect(readKind(null)).toBeNull();
  });
});
