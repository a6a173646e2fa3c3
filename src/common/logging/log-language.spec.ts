import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Logs are for operators and in English; what members read (errors, notifications, seed data)
 * stays German. This looks at every log and console call in src/ for German words.
 */
const GERMAN =
  /[äöüÄÖÜß]|\b(und|der|die|das|nicht|neue|geladen|angelegt|ausgeführt|Konto|Konten|Einladungslink|Passwort|für|Fehler|gestartet)\b/;
const LOG_CALL =
  /\b(?:logger|log|this\.log|this\.logger|console)\.(?:log|info|warn|error|debug|verbose|fatal)\(([\s\S]*?)\);/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('log language', () => {
  it('finds no German in log lines', () => {
    const german: string[] = [];
    for (const file of sources(join(__dirname, '..', '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(LOG_CALL)) {
        if (GERMAN.test(match[1])) german.push(`${file}: ${match[0].slice(0, 120)}`);
      }
    }
    expect(german).toEqual([]);
  });

  it('the pattern catches a German log line', () => {
    const sample = 'logger.log(`Forum: ${n} neue Kategorien.`);';
    expect([...sample.matchAll(LOG_CALL)].some((m) => GERMAN.test(m[1]))).toBe(true);
  });
});
