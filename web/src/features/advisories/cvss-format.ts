/** "9,8" (German decimal comma, one digit). Apart from cvss.ts so lists do not load the calculator. */
export const formatScore = (score: number) =>
  score.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
