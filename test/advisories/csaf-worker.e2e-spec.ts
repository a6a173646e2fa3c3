import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createActor } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { importCsafDoc, ok } from './advisory-helpers';

jest.setTimeout(240_000);

/**
 * The CSAF validator compiles its schemas for 8-21 s on first use and checks a large document for
 * seconds: in a worker thread, so the app keeps answering meanwhile. This suite's module registry
 * is fresh, so the first import here pays the full compilation.
 */
describe('CSAF validation off the event loop', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers /health while the first import compiles the validator and checks a large document', async () => {
    const cert = await createActor(t, OrganisationKind.CERT);
    // The large Cisco advisory (about 130 KB, a deep product tree), a CSAF 2.0 document, and its
    // 2.1 sibling afterwards, so that both versions compile while we watch.
    const doc = JSON.parse(
      readFileSync(
        join(__dirname, '../fixtures/csaf/valid/csaf20-cisco-sa-20180328-smi2.json'),
        'utf8',
      ),
    );
    const doc21 = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/csaf/valid/csaf21-bsi-2022-0001.json'), 'utf8'),
    );
    let done = false;
    const imports = (async () => {
      try {
        const first = await importCsafDoc(t, cert.token, doc);
        const second = await importCsafDoc(t, cert.token, doc21);
        return [first, second];
      } finally {
        done = true;
      }
    })();
    const latencies: number[] = [];
    const server = t.app.getHttpServer();
    while (!done) {
      const started = Date.now();
      await request(server).get('/health').expect(200);
      latencies.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [first, second] = await imports;
    expect(ok(first).importCsafAdvisory.trackingId).toBe('cisco-sa-20180328-smi2');
    expect(ok(second).importCsafAdvisory.trackingId).toBe('BSI-2022-0001');
    // The compilation alone takes seconds: /health was asked many times meanwhile, and never
    // waited behind it (on the main thread one request took as long as the whole compilation).
    expect(latencies.length).toBeGreaterThan(10);
    expect(Math.max(...latencies)).toBeLessThan(2_000);
  });
});
