import { closeCsafValidator, validateCsaf } from '../../advisories/csaf/csaf-validator';
import { incidentToCsaf, IncidentShareData } from './incident-csaf';

const data = (overrides: Partial<IncidentShareData> = {}): IncidentShareData => ({
  incidentId: '0b4f6a0e-8c1d-4a52-9a57-2f0d4c1e9b11',
  title: 'Ransomware bei einem kommunalen IT-Dienstleister',
  kind: 'RANSOMWARE',
  severity: 'CRITICAL',
  tlp: 'GREEN',
  reportedAt: new Date('2026-11-02T05:40:00Z'),
  clearedAt: new Date('2026-11-04T10:00:00Z'),
  summary: 'Fachverfahren mehrerer Kommunen waren verschlüsselt; die Wiederherstellung läuft.',
  measures: ['Netztrennung', 'Meldung an die LDI NRW'],
  publisherName: 'CERT Nordrhein-Westfalen',
  publisherNamespace: 'https://sicherheitsnetz.nrw.de',
  ...overrides,
});

describe('incident CSAF export', () => {
  afterAll(() => closeCsafValidator());

  it('is a csaf_security_incident_response document that the import validator accepts', async () => {
    const doc = incidentToCsaf(data());
    expect(doc).toMatchObject({
      document: {
        category: 'csaf_security_incident_response',
        csaf_version: '2.0',
        distribution: { tlp: { label: 'GREEN' } },
      },
    });
    expect(await validateCsaf(doc)).toEqual([]);
  }, 120_000);

  it('CLEAR becomes TLP:WHITE of CSAF 2.0 and passes without measures too', async () => {
    const doc = incidentToCsaf(data({ tlp: 'CLEAR', measures: [] }));
    expect(JSON.stringify(doc)).toContain('"WHITE"');
    expect(await validateCsaf(doc)).toEqual([]);
  }, 120_000);

  it('the validator is not a rubber stamp: the same document without notes fails', async () => {
    const doc = incidentToCsaf(data()) as { document: Record<string, unknown> };
    delete doc.document.notes;
    const errors = await validateCsaf(doc);
    expect(errors.join('\n')).toContain('mandatoryTest_6_1_27_1');
  }, 120_000);
});
