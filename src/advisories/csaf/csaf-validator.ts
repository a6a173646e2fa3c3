import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
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

interface TestMessage {
  message: string;
  instancePath: string;
}
interface ValidationResult {
  isValid: boolean;
  tests: Array<{ name: string; isValid: boolean; errors: TestMessage[] }>;
}
type CsafVersion = '2.0' | '2.1';

/**
 * The official validator runs in a worker thread. Loading it compiles many JSON schemas with ajv,
 * synchronously: seconds per version (3-6 s measured alone, 8-21 s on a loaded machine), and a
 * large document takes long to check too. On the main thread that stalled every request (and
 * /health) for as long. The worker loads each version once, on first use (or on preload).
 *
 * The worker's code is a plain CommonJS string run with `eval: true`, so the same code works from
 * the built dist and under Jest (whose swc transform never sees it), and needs no file of its own
 * next to the compiled output. The library is ESM-only: the worker loads it with a real import()
 * by absolute file URL, resolved here (the package has no exports map, so require.resolve works).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const path = require('node:path');
const MODULES = {
  '2.0': ['schemaTests.js', 'csaf_2_0_strict', 'mandatoryTests.js'],
  '2.1': ['csaf_2_1/schemaTests.js', 'csaf_2_1_strict', 'csaf_2_1/mandatoryTests.js'],
};
const load = (file) => import(pathToFileURL(path.join(workerData.libDir, file)).href);
const cache = new Map();
function once(key, loader) {
  let promise = cache.get(key);
  if (!promise) {
    promise = loader();
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}
const validateFn = () => once('validate', async () => (await load('validate.js')).default);
// Mandatory test 6.1.8 (valid CVSS objects) is covered by the strict schema, as in the library's
// basic.js (whose 2.1 variant re-exports the 2.0 tests, so it is not used).
const testsFor = (version) => once(version, async () => {
  const [schemaModule, schemaTest, mandatoryModule] = MODULES[version];
  const schema = await load(schemaModule);
  const mandatory = await load(mandatoryModule);
  const tests = Object.entries(mandatory).filter(([name]) => name !== 'mandatoryTest_6_1_8');
  return [schema[schemaTest], ...tests.map(([, test]) => test)];
});
parentPort.on('message', async (msg) => {
  try {
    if (msg.kind === 'preload') {
      await validateFn();
      for (const version of msg.versions) await testsFor(version);
      parentPort.postMessage({ id: msg.id, result: null });
      return;
    }
    const result = await (await validateFn())(await testsFor(msg.version), msg.doc);
    parentPort.postMessage({ id: msg.id, result: {
      isValid: !!result.isValid,
      tests: result.tests.map((t) => ({ name: String(t.name), isValid: !!t.isValid,
        errors: (t.errors || []).map((e) => ({ message: String(e.message), instancePath: String(e.instancePath || '') })) })),
    } });
  } catch (error) {
    parentPort.postMessage({ id: msg.id, error: String((error && error.stack) || error) });
  }
});
`;

/** A validation that takes longer (a hostile document, a stuck worker) ends the worker. */
export const CSAF_VALIDATION_TIMEOUT_MS = 180_000;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    pending.delete(id);
    p.reject(error);
  }
}

function startWorker(): Worker {
  const libDir = dirname(require.resolve('@secvisogram/csaf-validator-lib/package.json'));
  const w = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { libDir },
    // A 5 MB document and the compiled schemas fit well; a runaway stays contained.
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  w.on('message', (msg: { id: number; result?: unknown; error?: string }) => {
    const p = pending.get(msg.id);
    if (!p) return;
    clearTimeout(p.timer);
    pending.delete(msg.id);
    if (msg.error !== undefined) p.reject(new Error(`CSAF validator failed: ${msg.error}`));
    else p.resolve(msg.result);
  });
  const gone = (error: Error) => {
    if (worker === w) worker = null;
    failAll(error);
  };
  w.on('error', (error) => gone(error instanceof Error ? error : new Error(String(error))));
  w.on('exit', (code) => gone(new Error(`CSAF validator worker exited (code ${code})`)));
  // Waiting for a validation keeps the process alive through `pending`, not through the worker.
  w.unref();
  return w;
}

function call<T>(message: Record<string, unknown>): Promise<T> {
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new CsafError('Die Prüfung des CSAF-Dokuments hat zu lange gedauert.'));
      // The worker may be stuck in this document: start afresh for the next one.
      if (worker === w) worker = null;
      void w.terminate();
    }, CSAF_VALIDATION_TIMEOUT_MS);
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
    w.postMessage({ id, ...message });
  });
}

/** Loads the validator ahead of the first upload (off the event loop, in the worker). */
export async function preloadCsafValidator(
  versions: CsafVersion[] = ['2.0', '2.1'],
): Promise<void> {
  await call<null>({ kind: 'preload', versions });
}

/** Ends the worker (app shutdown); the next validation starts a new one. */
export async function closeCsafValidator(): Promise<void> {
  const w = worker;
  worker = null;
  failAll(new Error('CSAF validator closed'));
  if (w) await w.terminate();
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
  const result = await call<ValidationResult>({ kind: 'validate', version, doc });
  const messages = result.tests.flatMap((test) => {
    const errors = test.errors.map((e) => `[${test.name}] ${e.instancePath || '/'}: ${e.message}`);
    return errors.length === 0 && !test.isValid ? [`[${test.name}] /: test failed`] : errors;
  });
  const category = prohibitedCategory(doc, version);
  if (category && !messages.some((m) => m.startsWith('[mandatoryTest_6_1_26]')))
    messages.push(category);
  return [...new Set(messages)];
}
