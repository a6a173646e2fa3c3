/**
 * A framed block for what a person starting the app must see (the URL to open, the first
 * administrator's invitation link), printed once and set apart from the log lines.
 */
export function framed(title: string, lines: string[]): string {
  const width = Math.max(title.length, ...lines.map((l) => l.length));
  const rule = '═'.repeat(width + 2);
  const row = (text: string) => `║ ${text.padEnd(width)} ║`;
  return [
    '',
    `╔${rule}╗`,
    row(title),
    `╟${'─'.repeat(width + 2)}╢`,
    ...lines.map(row),
    `╚${rule}╝`,
    '',
  ].join('\n');
}
