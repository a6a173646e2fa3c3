import sanitizeHtml from 'sanitize-html';
import { badInput } from '../common/errors/app-error';
import {
  assertMarkdownSize,
  MARKDOWN_MAX_LENGTH,
  renderMarkdown,
} from '../common/markdown/render-markdown';

/** Posts are capped below the global Markdown maximum; a forum post is not a document store. */
export const POST_MAX_LENGTH = 32_000;
export const EXCERPT_LENGTH = 300;

export interface PostContent {
  raw: string;
  html: string;
  plain: string;
}

/** Validates and renders a post body; every error names the input field. */
export function preparePostBody(raw: string, field: string): PostContent {
  if (!raw.trim()) throw badInput(field, 'Der Text darf nicht leer sein.');
  try {
    assertMarkdownSize(raw, field, Math.min(POST_MAX_LENGTH, MARKDOWN_MAX_LENGTH));
  } catch (e) {
    throw badInput(field, (e as Error).message);
  }
  const html = renderMarkdown(raw);
  return { raw, html, plain: htmlToPlain(html) };
}

// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f]/g;
const BLOCK_END = /<\/(?:p|li|h[1-6]|pre|blockquote|td|th|tr|table|ul|ol)>|<br\s*\/?>|<hr\s*\/?>/gi;

/**
 * Plain text of sanitised HTML, for the search index and excerpts. The control characters used as
 * highlight markers in search are removed so no post can forge a <mark>.
 */
export function htmlToPlain(html: string): string {
  const text = sanitizeHtml(html.replace(BLOCK_END, '$& '), {
    allowedTags: [],
    allowedAttributes: {},
  });
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(CONTROL_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function excerpt(plain: string, max = EXCERPT_LENGTH): string {
  const chars = [...plain];
  return chars.length <= max ? plain : `${chars.slice(0, max - 1).join('')}…`;
}
