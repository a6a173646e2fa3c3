import { Marked, type Tokens } from 'marked';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Links and images only to http(s), mailto and in-app paths; anything else stays text. */
export function safeUrl(href: string): string | null {
  const url = href.trim();
  if (/^(https?:|mailto:)/i.test(url)) return url;
  if (/^[/#]/.test(url) && !url.startsWith('//')) return url;
  return null;
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    // Raw HTML in the Markdown is shown as text (the server's sanitiser decides what the post shows).
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      const url = safeUrl(href);
      if (!url) return text;
      const t = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(url)}"${t} rel="noopener noreferrer nofollow">${text}</a>`;
    },
    image({ href, text }: Tokens.Image) {
      const url = safeUrl(href);
      return url ? `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}">` : escapeHtml(text);
    },
  },
});

/**
 * The member's own Markdown as HTML for the preview while writing. Raw HTML is escaped and only
 * safe link targets kept; the published post is rendered and sanitised by the server.
 */
export function renderPreview(raw: string): string {
  return marked.parse(raw, { async: false });
}
