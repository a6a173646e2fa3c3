import { Cvss3P0, Cvss3P1, Cvss4P0 } from 'ae-cvss-calculator';
import { CsafError, Severity } from './csaf.types';

export type CvssVersion = '3.0' | '3.1' | '4.0';
export type CvssBaseSeverity = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export interface ParsedCvss {
  /** The vector as given (trimmed); it passed the checks below, so it is stored and exported unchanged. */
  vector: string;
  version: CvssVersion;
  baseScore: number;
  /** CVSS qualitative rating of the base score (CSAF `baseSeverity`). */
  baseSeverity: CvssBaseSeverity;
  /** The platform's severity derived from the base score. */
  severity: Severity;
}

export class InvalidCvssError extends CsafError {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidCvssError';
  }
}

const MAX_VECTOR_LENGTH = 300;
const PREFIX = /^CVSS:(3\.0|3\.1|4\.0)\/(.+)$/;
const COMPONENT = /^([A-Za-z]+):([A-Za-z]+)$/;
/**
 * FIRST's CVSS 4.0 JSON schema pattern (also used by the CSAF 2.1 validator): 4.0 prescribes the
 * metric order, while the calculator accepts any order; checking here keeps exports valid.
 */
const CVSS4_ORDER =
  /^CVSS:4[.]0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN](\/E:[XAPU])?(\/CR:[XHML])?(\/IR:[XHML])?(\/AR:[XHML])?(\/MAV:[XNALP])?(\/MAC:[XLH])?(\/MAT:[XNP])?(\/MPR:[XNLH])?(\/MUI:[XNPA])?(\/MVC:[XNLH])?(\/MVI:[XNLH])?(\/MVA:[XNLH])?(\/MSC:[XNLH])?(\/MSI:[XNLHS])?(\/MSA:[XNLHS])?(\/S:[XNP])?(\/AU:[XNY])?(\/R:[XAUI])?(\/V:[XDC])?(\/RE:[XLMH])?(\/U:(X|Clear|Green|Amber|Red))?$/;

function invalid(vector: string, reason: string): InvalidCvssError {
  const shown = vector.length > 80 ? `${vector.slice(0, 80)}…` : vector;
  return new InvalidCvssError(`Ungültiger CVSS-Vektor "${shown}": ${reason}`);
}

/**
 * Parses and scores a CVSS 3.0, 3.1 or 4.0 vector. The calculator itself is lenient (it ignores
 * unknown metrics and lets a repeated metric overwrite the first), so the syntax is checked here
 * first: a vector we store must mean exactly one thing.
 */
export function parseCvss(input: string): ParsedCvss {
  if (typeof input !== 'string') throw new InvalidCvssError('Ungültiger CVSS-Vektor: kein Text.');
  const vector = input.trim();
  if (vector.length === 0) throw new InvalidCvssError('Ungültiger CVSS-Vektor: leer.');
  if (vector.length > MAX_VECTOR_LENGTH) throw invalid(vector, 'zu lang.');
  const match = PREFIX.exec(vector);
  if (!match) throw invalid(vector, 'erwartet wird "CVSS:3.0/…", "CVSS:3.1/…" oder "CVSS:4.0/…".');
  const version = match[1] as CvssVersion;
  const calculator =
    version === '3.0' ? new Cvss3P0() : version === '3.1' ? new Cvss3P1() : new Cvss4P0();

  const seen = new Set<string>();
  for (const part of match[2].split('/')) {
    const component = COMPONENT.exec(part);
    if (!component)
      throw invalid(vector, `Bestandteil "${part.slice(0, 20)}" hat nicht die Form METRIK:WERT.`);
    const [, key, value] = component;
    if (seen.has(key)) throw invalid(vector, `Metrik ${key} kommt mehrfach vor.`);
    seen.add(key);
    try {
      calculator.applyComponentString(key, value);
    } catch {
      throw invalid(vector, `unbekannte Metrik oder unbekannter Wert "${part}".`);
    }
  }
  if (!calculator.isBaseFullyDefined())
    throw invalid(vector, 'nicht alle Basis-Metriken sind angegeben.');
  if (version === '4.0' && !CVSS4_ORDER.test(vector)) {
    throw invalid(
      vector,
      'Metriken fehlen oder stehen nicht in der von CVSS 4.0 vorgeschriebenen Reihenfolge.',
    );
  }

  const scores = calculator.calculateScores() as { base?: number; baseMetricsOnly?: number };
  // For 4.0 the calculator's "base" already includes threat metrics; CSAF's baseScore is the
  // base-metrics-only score (what the validator recomputes), hence baseMetricsOnly.
  const baseScore = version === '4.0' ? scores.baseMetricsOnly : scores.base;
  if (typeof baseScore !== 'number' || !Number.isFinite(baseScore))
    throw invalid(vector, 'kein Basiswert berechenbar.');
  return {
    vector,
    version,
    baseScore,
    baseSeverity: baseSeverityFromScore(baseScore),
    severity: severityFromScore(baseScore),
  };
}

function checkScore(score: number): void {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 10) {
    throw new InvalidCvssError(
      `Ungültiger CVSS-Wert ${String(score)}: erlaubt sind Zahlen von 0 bis 10.`,
    );
  }
}

/** CVSS qualitative severity rating scale (identical for 3.x and 4.0). */
export function baseSeverityFromScore(score: number): CvssBaseSeverity {
  checkScore(score);
  if (score === 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
}

/**
 * The platform has no "none" level: a 0.0 score still describes a reported weakness, so it is
 * NIEDRIG like "low".
 */
export function severityFromScore(score: number): Severity {
  const rating = baseSeverityFromScore(score);
  switch (rating) {
    case 'CRITICAL':
      return 'KRITISCH';
    case 'HIGH':
      return 'HOCH';
    case 'MEDIUM':
      return 'MITTEL';
    default:
      return 'NIEDRIG';
  }
}
