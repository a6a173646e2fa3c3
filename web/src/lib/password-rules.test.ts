import { describe, expect, it } from 'vitest';
import { passwordAcceptable, passwordRules } from './password-rules';

describe('password rules (same as the server)', () => {
  it('checks length and distinct characters', () => {
    expect(passwordAcceptable('kurz')).toBe(false);
    expect(passwordAcceptable('aaaaaaaaaaaaaaaa')).toBe(false);
    expect(passwordRules('aaaaaaaaaaaaaaaa').map((r) => [r.id, r.met])).toEqual([
      ['minLength', true],
      ['maxLength', true],
      ['distinct', false],
    ]);
    expect(passwordAcceptable('Korrekt-Pferd-Batterie-42')).toBe(true);
    expect(passwordAcceptable('x'.repeat(250) + 'abcdefg')).toBe(false);
  });
});
