/**
 * The @mention being typed at the cursor, for the autocomplete: `@` at the start or after a
 * character that cannot be part of a handle (the server's rule: not after a letter, digit, `.`,
 * `_`, `-`, `/`, `\` or `@`, so e-mail addresses and URLs are no mentions), followed by handle
 * characters up to the cursor.
 */
export interface ActiveMention {
  /** Index of the `@`. */
  start: number;
  /** What was typed after the `@` (may be empty). */
  query: string;
}

const HANDLE_CHAR = /[\p{L}\p{N}._-]/u;
const BLOCKS_AT = /[\p{L}\p{N}._\-@/\\]/u;
/** Handles are at most 40 characters (server: MENTION_HANDLE_MAX_LENGTH). */
const MAX_QUERY = 40;

export function activeMention(text: string, cursor: number): ActiveMention | null {
  let i = cursor;
  while (i > 0 && HANDLE_CHAR.test(text[i - 1]) && cursor - i <= MAX_QUERY) i--;
  if (i === 0 || text[i - 1] !== '@') return null;
  const at = i - 1;
  if (at > 0 && BLOCKS_AT.test(text[at - 1])) return null;
  // Inside inline code (an odd number of backticks before it on this line) it is no mention.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const ticks = (text.slice(lineStart, at).match(/`/g) ?? []).length;
  if (ticks % 2 === 1) return null;
  const query = text.slice(i, cursor);
  if (query.length > MAX_QUERY) return null;
  return { start: at, query };
}

/** Replaces the mention being typed with `@handle ` and says where the cursor goes. */
export function insertMention(
  text: string,
  mention: ActiveMention,
  cursor: number,
  handle: string,
): { text: string; cursor: number } {
  const before = text.slice(0, mention.start);
  const after = text.slice(cursor);
  const inserted = `@${handle}${after.startsWith(' ') ? '' : ' '}`;
  return { text: before + inserted + after, cursor: before.length + inserted.length };
}

/** A quote of another post as Markdown: "> line" per line, with who wrote it. */
export function quoteMarkdown(authorName: string | null, raw: string): string {
  const lines = raw.trimEnd().split('\n');
  const head = authorName
    ? `> **${authorName.replace(/([*_`[\]\\])/g, '\\$1')}** schrieb:\n>\n`
    : '';
  return `${head}${lines.map((l) => (l ? `> ${l}` : '>')).join('\n')}\n\n`;
}
