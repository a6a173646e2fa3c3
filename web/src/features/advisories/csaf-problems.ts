/** One finding of the CSAF validator, split for display. */
export interface CsafProblem {
  /** The validator's test, e.g. "mandatoryTest_6_1_26" or "jsonSchema"; null when not named. */
  test: string | null;
  /** JSON pointer of the place in the document ("/document/category"); null when not named. */
  path: string | null;
  message: string;
}

const FINDING = /^\[([^\]]+)\]\s+(\/[^:]*|\/):\s*(.*)$/s;

/** "[mandatoryTest_6_1_26] /document/category: value prohibited" -> its three parts. */
export function parseCsafProblem(raw: string): CsafProblem {
  const m = FINDING.exec(raw.trim());
  if (!m) return { test: null, path: null, message: raw.trim() };
  return { test: m[1], path: m[2], message: m[3] };
}

/** "mandatoryTest_6_1_26" -> "Pflichttest 6.1.26" (the CSAF standard's section numbers). */
export function testLabel(test: string): string {
  const m = /^(mandatory|recommended|informative)Test_(\d+(?:_\d+)*)$/.exec(test);
  if (!m)
    return test === 'jsonSchema' || test === 'csaf_2_0' || test === 'csaf_2_1' ? 'Schema' : test;
  const kind = {
    mandatory: 'Pflichttest',
    recommended: 'Empfohlener Test',
    informative: 'Hinweis',
  }[m[1] as 'mandatory' | 'recommended' | 'informative'];
  return `${kind} ${m[2].replace(/_/g, '.')}`;
}

/** The validator's messages from an import error (BAD_USER_INPUT, extensions.messages). */
export function csafMessagesOf(error: unknown): string[] {
  const errors = (error as { errors?: { extensions?: Record<string, unknown> }[] } | null)?.errors;
  const messages = Array.isArray(errors) ? errors[0]?.extensions?.messages : undefined;
  return Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [];
}
