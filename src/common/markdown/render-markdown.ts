import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Upper bound for a single Markdown field (forum post, advisory, chat message). Counted in
 * Unicode code points, so an emoji counts as one character like the user would expect.
 */
export const MARKDOWN_MAX_LENGTH = 64_000;

/** German user-facing message for an over-long Markdown field; callers wrap it in their own error type. */
export function markdownTooLong(field: string, max: number): string {
  return `Der Text im Feld '${field}' ist zu lang (höchstens ${max} Zeichen).`;
}

/** German user-facing message for a Markdown field containing NUL characters. */
export function markdownContainsNul(field: string): string {
  return `Der Text im Feld '${field}' enthält ein unzulässiges Nullzeichen.`;
}

/**
 * Input validation for Markdown before it is stored. Throws a plain `Error` carrying the German
 * message so that controllers/services can map it to their own HTTP error without this module
 * depending on Nest. NUL is rejected because PostgreSQL text columns cannot store it and it is
 * a classic trick to split strings differently in different parsers.
 */
export function assertMarkdownSize(
  raw: string,
  field: string,
  max: number = MARKDOWN_MAX_LENGTH,
): void {
  if (codePointLengthExceeds(raw, max)) {
    throw new Error(markdownTooLong(field, max));
  }
  if (raw.includes('\u0000')) {
    throw new Error(markdownContainsNul(field));
  }
}

/** Code point count without materialising an array, bailing out early for huge inputs. */
function codePointLengthExceeds(raw: string, max: number): boolean {
  // Every code point takes one or two UTF-16 units, so these bounds decide most cases cheaply.
  if (raw.length <= max) return false;
  if (raw.length > max * 2) return true;
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i);
    // Skip the low half of a surrogate pair so the pair counts once.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < raw.length) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++count > max) return true;
  }
  return false;
}

const ALLOWED_LINK_SCHEME = /^(?:https?|mailto):/i;
// Browsers ignore tabs/newlines inside URLs and some strip other invisible characters, which is
// how `jav&#x09;ascript:` style payloads sneak past naive scheme checks. A legitimate link in a
// post never needs any of them (marked percent-encodes spaces in Markdown link targets).
const INVISIBLE_OR_SPACE = /[\s\p{Cc}\p{Cf}\p{Z}]/u;

/**
 * Only absolute http(s)/mailto URLs survive. Relative URLs are dropped on purpose: rendered HTML
 * is shown under our own origin, so a relative link could point at our own state-changing routes
 * or be resolved differently by different clients (web, mail notifications).
 */
function isAllowedHref(href: string | undefined): href is string {
  if (!href || INVISIBLE_OR_SPACE.test(href) || !ALLOWED_LINK_SCHEME.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  // `https://www.bsi.bund.de@evil.example` shows a trusted name but goes elsewhere, and real
  // links never need credentials in the URL.
  if (url.username || url.password) return false;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}

// Tags outside the allowlist are dropped but their text is kept, except for these, whose
// content is not meant as readable text (scripts, styles, foreign markup, fallback content that
// different parsers tokenise differently); keeping their text would leak code into the page.
const NON_TEXT_TAGS = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'xmp',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'object',
  'template',
  'title',
  'svg',
  'math',
];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  // Deliberately no <img>: every image URL would make each reader's browser contact a server
  // chosen by the author, leaking who read a post, when and from which IP address. In a closed
  // security community that is a tracking channel, so images are dropped entirely.
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
  ],
  allowedAttributes: {
    // rel is only allowed because transformTags below overwrites it with our fixed value.
    a: ['href', 'rel'],
    // marked emits these for numbered lists not starting at 1 and for aligned table columns;
    // they are inert, and the alignment values are restricted to the three marked produces.
    ol: ['start'],
    th: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
    td: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
  },
  // Only syntax-highlighting hints for fenced code; anything else could hook into our CSS.
  allowedClasses: { code: [/^language-[a-z0-9_+#.-]{1,40}$/i] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  allowedStyles: {},
  parseStyleAttributes: false,
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT_TAGS,
  transformTags: {
    // Never rename the tag here: sanitize-html 2.17 forgets to clear its rename bookkeeping when
    // the renamed tag is then discarded, and a later <a> at the same depth gets closed with the
    // wrong end tag (`<a href>…</span>`), leaving the link open over the rest of the post.
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href;
      if (!isAllowedHref(href)) return { tagName: 'a', attribs: {} };
      // nofollow: member content must not lend our reputation to external sites;
      // noopener/noreferrer: the target must not learn our URLs or script window.opener.
      return { tagName: 'a', attribs: { href, rel: 'nofollow noopener noreferrer' } };
    },
  },
  // A link whose target was rejected is unwrapped to its text instead of staying as a dead <a>.
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// A private instance so that options or extensions set on the global `marked` elsewhere can never
// change what we render (and therefore what we have to sanitise).
const markdown = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // Keep the alt text so the post still reads sensibly; the image itself is never loaded
    // (see the allowlist comment above).
    image({ text }) {
      return escapeHtml(text);
    },
  },
});

/**
 * Renders member-written Markdown to HTML that is safe to embed in our pages. marked passes raw
 * HTML through unchanged, so the sanitiser is the security boundary, not the Markdown parser.
 * Length is not checked here: validate with `assertMarkdownSize` when content is written.
 */
export function renderMarkdown(raw: string): string {
  // CommonMark replaces NUL with U+FFFD anyway; doing it up front keeps both parsers in agreement.
  const html = markdown.parse(raw.replaceAll('\u0000', '\uFFFD'), { async: false });
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
