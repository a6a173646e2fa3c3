/**
 * The one layout of every mail: German, plain text and HTML with the same content. The HTML is
 * accessible (lang="de", a heading-free simple structure readable by screen readers, link texts
 * that name their target, contrast above 7:1) and loads nothing remote (no images, no web fonts).
 */
export interface MailContent {
  /** Shown in the HTML <title> (mail clients use it as the document name). */
  title?: string;
  /** e.g. "Guten Tag Erika Mustermann," */
  greeting?: string;
  paragraphs: string[];
  /** The one thing to do, as a button-like link; its URL also appears in the text version. */
  action?: { label: string; url: string };
  /** Small print below a rule: why the member gets this mail, how to stop it. */
  footer?: string[];
}

export interface RenderedMail {
  text: string;
  html: string;
}

export const DEFAULT_FOOTER = [
  'Diese Nachricht wurde automatisch vom Sicherheitsnetz versandt. Bitte antworten Sie nicht darauf.',
];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Line breaks inside a paragraph survive in both versions. */
const htmlLines = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');

/** Only http(s) links: a template must never produce a javascript: or data: link. */
function safeUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) throw new Error(`mail link must be http(s): ${url}`);
  return url;
}

export function renderMail(content: MailContent): RenderedMail {
  const footer = content.footer ?? DEFAULT_FOOTER;
  const action = content.action
    ? { label: content.action.label, url: safeUrl(content.action.url) }
    : undefined;

  const textParts: string[] = [];
  if (content.greeting) textParts.push(content.greeting);
  textParts.push(...content.paragraphs);
  if (action) textParts.push(`${action.label}:\n${action.url}`);
  let text = textParts.join('\n\n');
  if (footer.length) text += `\n\n-- \n${footer.join('\n')}`;
  text += '\n';

  const p = 'margin:0 0 16px 0;';
  const body: string[] = [];
  if (content.greeting) body.push(`<p style="${p}">${htmlLines(content.greeting)}</p>`);
  for (const paragraph of content.paragraphs) {
    body.push(`<p style="${p}">${htmlLines(paragraph)}</p>`);
  }
  if (action) {
    const href = escapeHtml(action.url);
    body.push(
      `<p style="${p}"><a href="${href}" style="display:inline-block;padding:10px 18px;background:#1c4e80;color:#ffffff;text-decoration:underline;border-radius:4px;font-weight:bold;">${escapeHtml(action.label)}</a></p>`,
      `<p style="${p}font-size:14px;">Falls der Link nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:<br><span style="word-break:break-all;">${href}</span></p>`,
    );
  }
  const footerHtml = footer.length
    ? `<footer style="margin-top:24px;padding-top:12px;border-top:1px solid #5c5c5c;font-size:14px;color:#333333;">${footer
        .map((line) => `<p style="margin:0 0 8px 0;">${htmlLines(line)}</p>`)
        .join('')}</footer>`
    : '';
  const html = [
    '<!DOCTYPE html>',
    '<html lang="de">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.title ?? 'Sicherheitsnetz')}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">',
    '<main style="max-width:640px;margin:0 auto;padding:24px;">',
    '<p style="margin:0 0 24px 0;font-weight:bold;font-size:18px;">Sicherheitsnetz</p>',
    ...body,
    footerHtml,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
  return { text, html };
}
