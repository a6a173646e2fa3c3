/**
 * The search excerpt as HTML: the API sends escaped plain text with <mark> around matches; this
 * keeps exactly those two tags and escapes any other angle bracket, so even a broken promise of
 * the API cannot put markup on the page.
 */
export function safeHeadline(headline: string): string {
  return headline
    .split(/(<\/?mark>)/)
    .map((part) =>
      part === '<mark>' || part === '</mark>'
        ? part
        : part.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    )
    .join('');
}
