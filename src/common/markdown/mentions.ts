import { Marked, type MarkedToken, type Token } from 'marked';

export const MENTION_HANDLE_MIN_LENGTH = 2;
export const MENTION_HANDLE_MAX_LENGTH = 40;
/** Caps notification fan-out from a single post. */
export const MAX_MENTIONS = 50;

// `@` must not follow a handle character (that would be an e-mail address like a@b.de),
// a slash (profile URLs such as https://host/@name) or another `@`. The full run of handle
// characters is captured so that an over-long run is rejected rather than cut down to a shorter
// handle that may belong to somebody else; a following `@` means user@host, not a mention.
const MENTION = /(?<![\p{L}\p{N}._\-@/\\])@([\p{L}\p{N}._-]+)(?![\p{L}\p{N}._\-@])/gu;
const VALID_HANDLE = /^[\p{L}0-9][\p{L}0-9._-]*$/u;

// Private instance: global marked options set elsewhere must not change what counts as code.
const lexer = new Marked({ gfm: true });

/**
 * Returns the distinct handles mentioned as `@handle` in member Markdown, lowercased, in order of
 * first appearance, at most MAX_MENTIONS. Text inside code spans, code blocks and raw HTML blocks
 * is ignored because that is quoted material (logs, configs), not an address to a member.
 * Whether a handle exists is for the caller to check.
 */
export function extractMentions(raw: string): string[] {
  const mentions = new Set<string>();
  // NFC so that a decomposed "ö" (o + combining diaeresis) matches like the composed one.
  const tokens = lexer.lexer(raw.normalize('NFC'));
  for (const text of proseTexts(tokens)) {
    for (const match of text.matchAll(MENTION)) {
      // A sentence-ending dot ("Danke @anna.") belongs to the sentence, not to the handle.
      const handle = match[1].replace(/\.+$/, '').toLowerCase();
      const length = [...handle].length;
      if (length < MENTION_HANDLE_MIN_LENGTH || length > MENTION_HANDLE_MAX_LENGTH) continue;
      if (!VALID_HANDLE.test(handle)) continue;
      mentions.add(handle);
      if (mentions.size >= MAX_MENTIONS) return [...mentions];
    }
  }
  return [...mentions];
}

/**
 * Yields the prose of the token tree, skipping code and raw HTML. Adjacent text and escape
 * tokens are joined so that e.g. `@jörg\_müller` is seen as one word.
 */
function* proseTexts(tokens: Token[]): Generator<string> {
  let run = '';
  // No extensions are registered, so every token is one of marked's own (not Tokens.Generic).
  for (const token of tokens as MarkedToken[]) {
    if ((token.type === 'text' && !token.tokens?.length) || token.type === 'escape') {
      // Keep the backslash of an escaped "@" so that `\@name` stays a deliberate non-mention.
      run += token.type === 'escape' && token.text === '@' ? token.raw : token.text;
      continue;
    }
    if (run) yield run;
    run = '';
    switch (token.type) {
      case 'code':
      case 'codespan':
      case 'html':
        break;
      case 'table':
        for (const cell of token.header) yield* proseTexts(cell.tokens);
        for (const row of token.rows) for (const cell of row) yield* proseTexts(cell.tokens);
        break;
      case 'list':
        for (const item of token.items) yield* proseTexts(item.tokens);
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) yield* proseTexts(token.tokens);
    }
  }
  if (run) yield run;
}
