const PREFIXES = /^(Stadt|Gemeinde|Hansestadt|Kreisstadt|Kreis|Landkreis|Markt)\s+/i;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the names of affected municipalities with "Kommune A", "Kommune B", ... in a text.
 * Also the bare place name ("Siegen" for "Stadt Siegen"), since people write it that way; longer
 * names first so that "Bad Berleburg" is not half-replaced by a shorter one.
 */
export function pseudonymise(text: string, municipalityNames: string[]): string {
  const labelled = municipalityNames.map((name, i) => ({
    name,
    label: `Kommune ${i < 26 ? String.fromCharCode(65 + i) : i + 1}`,
  }));
  const variants: Array<{ variant: string; label: string }> = [];
  for (const { name, label } of labelled) {
    variants.push({ variant: name, label });
    const bare = name.replace(PREFIXES, '').trim();
    if (bare !== name && bare.length >= 3) variants.push({ variant: bare, label });
  }
  variants.sort((a, b) => b.variant.length - a.variant.length);
  let result = text;
  for (const { variant, label } of variants) {
    // Whole words only (\p{L} aware), so "Hagen" does not eat "Hagener Straße"'s neighbours wrongly.
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(variant)}(?![\\p{L}\\p{N}])`, 'giu');
    result = result.replace(pattern, label);
  }
  return result;
}
