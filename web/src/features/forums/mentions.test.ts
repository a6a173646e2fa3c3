import { describe, expect, it } from 'vitest';
import { activeMention, insertMention, quoteMarkdown } from './mentions';

describe('activeMention', () => {
  it('finds @ at the start and after a space', () => {
    expect(activeMention('@an', 3)).toEqual({ start: 0, query: 'an' });
    expect(activeMention('Hallo @jö', 9)).toEqual({ start: 6, query: 'jö' });
  });
  it('gives an empty query right after the @', () => {
    expect(activeMention('Hallo @', 7)).toEqual({ start: 6, query: '' });
  });
  it('ignores e-mail addresses, URLs and double @', () => {
    expect(activeMention('anna@bei', 8)).toBeNull();
    expect(activeMention('https://x/@name', 15)).toBeNull();
    expect(activeMention('@@name', 6)).toBeNull();
  });
  it('ends at a space after the handle', () => {
    expect(activeMention('@anna hallo', 11)).toBeNull();
  });
  it('looks only up to the cursor', () => {
    expect(activeMention('x @anna.b y', 5)).toEqual({ start: 2, query: 'an' });
  });
  it('is off inside inline code', () => {
    expect(activeMention('`@code', 6)).toBeNull();
    expect(activeMention('`a` @b', 6)).toEqual({ start: 4, query: 'b' });
  });
  it('gives up on over-long runs', () => {
    expect(activeMention(`@${'a'.repeat(45)}`, 46)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces the typed part with the handle and a space', () => {
    const text = 'Hallo @an, wie';
    const m = activeMention(text, 9)!;
    expect(insertMention(text, m, 9, 'anna.k')).toEqual({
      text: 'Hallo @anna.k , wie',
      cursor: 14,
    });
  });
  it('does not double a following space', () => {
    const text = 'Hallo @an wie';
    const m = activeMention(text, 9)!;
    expect(insertMention(text, m, 9, 'anna')).toEqual({ text: 'Hallo @anna wie', cursor: 11 });
  });
});

describe('quoteMarkdown', () => {
  it('prefixes every line and names the author', () => {
    expect(quoteMarkdown('Anna *K*', 'a\n\nb\n')).toBe(
      '> **Anna \\*K\\*** schrieb:\n>\n> a\n>\n> b\n\n',
    );
  });
  it('works without an author', () => {
    expect(quoteMarkdown(null, 'x')).toBe('> x\n\n');
  });
});
