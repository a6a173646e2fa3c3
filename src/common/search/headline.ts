/**
 * Highlighted excerpts from PostgreSQL's ts_headline, shared by forum and advisory search.
 * The source text must not contain the two marker characters (forum plain text never does; advisory
 * search removes them in SQL), so a text cannot forge a highlight: the excerpt is escaped first and
 * only these markers become <mark>.
 */
const START = '\u0001';
const STOP = '\u0002';
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escapes a ts_headline result and turns its markers into <mark> tags. */
export function safeHeadline(raw: string): string {
  return escapeHtml(raw).split(START).join('<mark>').split(STOP).join('</mark>');
}
