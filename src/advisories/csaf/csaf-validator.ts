import { CsafError } from './csaf.types';

/** Limits for untrusted uploads: far above real advisories (the large Cisco one is ~130 KB). */
export const MAX_CSAF_BYTES = 5 * 1024 * 1024;
export const MAX_CSAF_DEPTH = 64;

const tooLarge = () =>
  new CsafError(`Das CSAF-Dokument ist zu groß (mehr als ${MAX_CSAF_BYTES / 1024 / 1024} MB).`);
const tooDeep = () =>
  new CsafError(`Das CSAF-Dokument ist zu tief verschachtelt (mehr als ${MAX_CSAF_DEPTH} Ebenen).`);

/** Counts bracket depth in JSON text without parsing it, so a hostile text is refused cheaply. */
function checkTextDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_CSAF_DEPTH) throw tooDeep();
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/**
 * Walks an already parsed value with an explicit stack (never recursion, so a deep value cannot
 * overflow the call stack), bounding depth and the serialized size; cycles end at the depth limit.
 */
function checkValue(root: unknown): void {
  let size = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') size += Buffer.byteLength(value, 'utf8') + 2;
    else if (typeof value === 'number' || typeof value === 'boolean') size += String(value).length;
    else if (value === null) size += 4;
    else if (typeof value === 'object') {
      if (depth > MAX_CSAF_DEPTH) throw tooDeep();
      size += 2;
      if (Array.isArray(value)) {
        for (const item of value) {
          size += 1;
          stack.push([item, depth + 1]);
        }
      } else {
        for (const [key, item] of Object.entries(value)) {
          size += Buffer.byteLength(key, 'utf8') + 4;
          stack.push([item, depth + 1]);
        }
      }
    }
    if (size > MAX_CSAF_BYTES) throw tooLarge();
  }
}

/**
 * Guard before anything else touches an upload: refuses more than 5 MB and more than 64 levels of
 * nesting. A string is checked, then parsed; an object is walked. Returns the parsed value.
 */
export function assertSafeJson(raw: unknown): unknown {
  if (typeof raw === 'string') {
    if (raw.length > MAX_CSAF_BYTES || Buffer.byteLength(raw, 'utf8') > MAX_CSAF_BYTES)
      throw tooLarge();
    checkTextDepth(raw);
    try {
      return JSON.parse(raw);
    } catch (error) {
      throw new CsafError(`Das CSAF-Dokument ist kein gültiges JSON: ${(error as Error).message}`);
    }
  }
  checkValue(raw);
  return raw;
}

type DocumentTest = ((doc: unknown) => unknown) & { name: string };
interface TestMessage {
  message: string;
  instancePath: string;
}
interface ValidationResult {
  isValid: boolean;
  tests: Array<{ name: string; isValid: boolean; errors: TestMessage[] }>;
}
type CsafVersion = '2.0' | '2.1';
type Validate = (tests: DocumentTest[], doc: unknown) => Promise<ValidationResult>;

const LIB = '@secvisogram/csaf-validator-lib';
// The library is ESM-only and ships no type declarations: a real dynamic import() (kept by tsc
// and by our swc setup) with a computed specifier, typed by the interfaces above.
const load = (path: string): Promise<Record<string, unknown>> => import(`${LIB}/${path}`);
const MODULES: Record<CsafVersion, [schema: string, schemaTest: string, mandatory: string]> = {
  '2.0': ['schemaTests.js', 'csaf_2_0_strict', 'mandatoryTests.js'],
  '2.1': ['csaf_2_1/schemaTests.js', 'csaf_2_1_strict', 'csaf_2_1/mandatoryTests.js'],
};

/**
 * Loading compiles many JSON schemas with ajv: seconds per version (measured: about 3 s for 2.0,
 * 6 s for 2.1), so each version loads on first use, once; preloadCsafValidator warms it up.
 * Loads run one after the other because Jest's ESM loader fails on concurrent imports of one
 * module graph ("request ... is not in cache").
 */
let queue: Promise<unknown> = Promise.resolve();
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, loader: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = queue.then(loader, loader);
    promise.catch(() => cache.delete(key)); // allow a retry instead of caching the failure
    cache.set(key, promise);
    queue = promise.catch(() => undefined);
  }
  return promise;
}

const validateFn = () =>
  once('validate', async () => (await load('validate.js')).default as Validate);

function testsFor(version: CsafVersion): Promise<DocumentTest[]> {
  return once(version, async () => {
    const [schemaModule, schemaTest, mandatoryModule] = MODULES[version];
    const schema = await load(schemaModule);
    const mandatory = await load(mandatoryModule);
    // Mandatory test 6.1.8 (valid CVSS objects) is covered by the strict schema, as in the
    // library's basic.js (whose 2.1 variant re-exports the 2.0 tests, so it is not used).
    const tests = Object.entries(mandatory).filter(([name]) => name !== 'mandatoryTest_6_1_8');
    return [schema[schemaTest] as DocumentTest, ...tests.map(([, test]) => test as DocumentTest)];
  });
}

/** Loads the validator ahead of the first upload (e.g. on module init), so no request waits. */
export async function preloadCsafValidator(
  versions: CsafVersion[] = ['2.0', '2.1'],
): Promise<void> {
  await validateFn();
  for (const version of versions) await testsFor(version);
}

const OTHER_PROFILES: Record<CsafVersion, string[]> = {
  '2.0': [
    'csaf_security_incident_response',
    'csaf_informational_advisory',
    'csaf_security_advisory',
    'csaf_vex',
  ],
  '2.1': [
    'csaf_security_incident_response',
    'csaf_informational_advisory',
    'csaf_security_advisory',
    'csaf_vex',
    'csaf_withdrawn',
    'csaf_superseded',
  ],
};

/**
 * Complements the library's test 6.1.26, which misses categories that only differ from a
 * profile name by removed separators (e.g. "csafsecurityadvisory", the committee's example 4).
 */
function prohibitedCategory(
  doc: Record<string, unknown>,
  version: CsafVersion,
): string | undefined {
  const category = (doc.document as Record<string, unknown>).category;
  if (
    typeof category !== 'string' ||
    category === 'csaf_base' ||
    OTHER_PROFILES[version].includes(category)
  )
    return;
  const normalized = category.replace(/[_\-\s]+/g, '').toLowerCase();
  const similar = OTHER_PROFILES[version].some((p) => p.replace(/_/g, '') === normalized);
  if (similar) return '[mandatoryTest_6_1_26] /document/category: value prohibited';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates a CSAF 2.0 or 2.1 document (object or JSON text) with the official validator: strict
 * schema plus all mandatory tests of the document's csaf_version. Returns the error messages;
 * an empty list means valid. Warnings of optional/recommended tests are not reported.
 */
export async function validateCsaf(input: unknown): Promise<string[]> {
  let doc: unknown;
  try {
    doc = assertSafeJson(input);
  } catch (error) {
    if (error instanceof CsafError) return error.messages;
    throw error;
  }
  if (!isObject(doc)) return ['Das CSAF-Dokument muss ein JSON-Objekt sein.'];
  const version = isObject(doc.document) ? doc.document.csaf_version : undefined;
  if (version !== '2.0' && version !== '2.1') {
    return ['document.csaf_version fehlt oder wird nicht unterstützt (erlaubt: "2.0", "2.1").'];
  }
  const result = await (await validateFn())(await testsFor(version), doc);
  const messages = result.tests.flatMap((test) => {
    const errors = test.errors.map((e) => `[${test.name}] ${e.instancePath || '/'}: ${e.message}`);
    return errors.length === 0 && !test.isValid ? [`[${test.name}] /: test failed`] : errors;
  });
  const category = prohibitedCategory(doc, version);
  if (category && !messages.some((m) => m.startsWith('[mandatoryTest_6_1_26]')))
    messages.push(category);
  return [...new Set(messages)];
}
