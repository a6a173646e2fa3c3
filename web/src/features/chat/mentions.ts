/**
 * The @mention being typed at the cursor (the server's rule: `@` at the start or after a
 * character that cannot be part of a handle), and inserting the chosen handle. Candidates are
 * the channel's members: only they are notified by a mention.
 */
export interface ActiveMention {
  start: number;
  query: string;
}

const HANDLE_CHAR = /[\p{L}\p{N}._-]/u;
const BLOCKS_AT = /[\p{L}\p{N}._\-@/\\]/u;

export function activeMention(text: string, cursor: number): ActiveMention | null {
  let i = cursor;
  while (i > 0 && HANDLE_CHAR.test(text[i - 1]) && cursor - i <= 40) i--;
  if (i === 0 || text[i - 1] !== '@') return null;
  const at = i - 1;
  if (at > 0 && BLOCKS_AT.test(text[at - 1])) return null;
  return { start: at, query: text.slice(i, cursor) };
}

export function insertMention(
  text: string,
  mention: ActiveMention,
  cursor: number,
  handle: string,
) {
  const before = text.slice(0, mention.start);
  const after = text.slice(cursor);
  const inserted = `@${handle}${after.startsWith(' ') ? '' : ' '}`;
  return { text: before + inserted + after, cursor: before.length + inserted.length };
}

export interface MentionCandidate {
  id: string;
  displayName: string;
  handle: string;
}

/** Members whose handle or name starts with (or, for names, has a word starting with) the query. */
export function matchMembers<T extends MentionCandidate>(
  members: T[],
  query: string,
  limit = 6,
): T[] {
  const q = query.toLocaleLowerCase('de-DE');
  return members
    .filter(
      (m) =>
        m.handle.toLocaleLowerCase('de-DE').startsWith(q) ||
        m.displayName
          .toLocaleLowerCase('de-DE')
          .split(/\s+/)
          .some((w) => w.startsWith(q)),
    )
    .slice(0, limit);
}
