import { Cvss3P0, Cvss3P1, Cvss4P0 } from 'ae-cvss-calculator';
import type { AdvisorySeverity } from '../../gql/enums';

/**
 * CVSS scoring in the browser with the library the server uses (ae-cvss-calculator), with the
 * same syntax checks as the server's src/advisories/csaf/cvss.ts, so the score shown while typing
 * is the score the server stores (or the server's refusal is foreseen).
 */
export type CvssResult =
  | { ok: true; version: '3.0' | '3.1' | '4.0'; score: number; severity: AdvisorySeverity }
  | { ok: false; error: string };

const PREFIX = /^CVSS:(3\.0|3\.1|4\.0)\/(.+)$/;
const COMPONENT = /^([A-Za-z]+):([A-Za-z]+)$/;
const CVSS4_ORDER =
  /^CVSS:4[.]0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN](\/E:[XAPU])?(\/CR:[XHML])?(\/IR:[XHML])?(\/AR:[XHML])?(\/MAV:[XNALP])?(\/MAC:[XLH])?(\/MAT:[XNP])?(\/MPR:[XNLH])?(\/MUI:[XNPA])?(\/MVC:[XNLH])?(\/MVI:[XNLH])?(\/MVA:[XNLH])?(\/MSC:[XNLH])?(\/MSI:[XNLHS])?(\/MSA:[XNLHS])?(\/S:[XNP])?(\/AU:[XNY])?(\/R:[XAUI])?(\/V:[XDC])?(\/RE:[XLMH])?(\/U:(X|Clear|Green|Amber|Red))?$/;

/** The platform's four steps from the CVSS rating (0.0 counts as "niedrig", as on the server). */
export function severityFromScore(score: number): AdvisorySeverity {
  if (score >= 9) return 'KRITISCH';
  if (score >= 7) return 'HOCH';
  if (score >= 4) return 'MITTEL';
  return 'NIEDRIG';
}

export function scoreCvss(input: string): CvssResult {
  const vector = input.trim();
  if (!vector) return { ok: false, error: 'Kein Vektor angegeben.' };
  if (vector.length > 300) return { ok: false, error: 'Der Vektor ist zu lang.' };
  const match = PREFIX.exec(vector);
  if (!match)
    return { ok: false, error: 'Erwartet wird „CVSS:3.0/…“, „CVSS:3.1/…“ oder „CVSS:4.0/…“.' };
  const version = match[1] as '3.0' | '3.1' | '4.0';
  const calculator =
    version === '3.0' ? new Cvss3P0() : version === '3.1' ? new Cvss3P1() : new Cvss4P0();
  const seen = new Set<string>();
  for (const part of match[2].split('/')) {
    const component = COMPONENT.exec(part);
    if (!component) return { ok: false, error: `„${part}“ hat nicht die Form METRIK:WERT.` };
    const [, key, value] = component;
    if (seen.has(key)) return { ok: false, error: `Die Metrik ${key} kommt mehrfach vor.` };
    seen.add(key);
    try {
      calculator.applyComponentString(key, value);
    } catch {
      return { ok: false, error: `Unbekannte Metrik oder unbekannter Wert „${part}“.` };
    }
  }
  if (!calculator.isBaseFullyDefined())
    return { ok: false, error: 'Es fehlen noch Basis-Metriken.' };
  if (version === '4.0' && !CVSS4_ORDER.test(vector))
    return {
      ok: false,
      error: 'Metriken fehlen oder stehen nicht in der von CVSS 4.0 vorgeschriebenen Reihenfolge.',
    };
  const scores = calculator.calculateScores() as { base?: number; baseMetricsOnly?: number };
  // As on the server: for 4.0 the base score is the base-metrics-only score.
  const score = version === '4.0' ? scores.baseMetricsOnly : scores.base;
  if (typeof score !== 'number' || !Number.isFinite(score))
    return { ok: false, error: 'Kein Basiswert berechenbar.' };
  return { ok: true, version, score, severity: severityFromScore(score) };
}
