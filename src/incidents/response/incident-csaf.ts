/**
 * Builds the CSAF 2.0 `csaf_security_incident_response` document of the part of a situation
 * report that a reviewer cleared for sharing. Pure: the service collects the data and checks
 * the label; the result is validated with the same validator as advisory imports.
 */

export interface IncidentShareData {
  incidentId: string;
  title: string;
  /** IncidentKind value; written into the document as a German category text. */
  kind: string;
  severity: string;
  /** Only CLEAR or GREEN are exported. */
  tlp: 'CLEAR' | 'GREEN';
  reportedAt: Date;
  /** When the clearance was given (becomes the current release date). */
  clearedAt: Date;
  /** The cleared summary (Markdown). */
  summary: string;
  /** Measures taken, as cleared (titles of done tasks); optional. */
  measures: string[];
  publisherName: string;
  publisherNamespace: string;
}

const KIND_TEXT: Record<string, string> = {
  RANSOMWARE: 'Ransomware',
  DDOS: 'DDoS-Angriff',
  DATA_LEAK: 'Datenabfluss',
  ACCOUNT_TAKEOVER: 'Phishing / Kontoübernahme',
  OUTAGE: 'Ausfall',
  OTHER: 'Sonstiger Vorfall',
};
const SEVERITY_TEXT: Record<string, string> = {
  LOW: 'Niedrig',
  MEDIUM: 'Mittel',
  HIGH: 'Hoch',
  CRITICAL: 'Kritisch',
  NIEDRIG: 'Niedrig',
  MITTEL: 'Mittel',
  HOCH: 'Hoch',
  KRITISCH: 'Kritisch',
};

export const kindText = (kind: string) => KIND_TEXT[kind] ?? kind;
export const severityText = (severity: string) => SEVERITY_TEXT[severity] ?? severity;

/** Stable per incident and date, so that a re-export of the same clearance has the same id. */
export function incidentTrackingId(incidentId: string, reportedAt: Date): string {
  const day = reportedAt.toISOString().slice(0, 10).replace(/-/g, '');
  return `SN-VORFALL-${day}-${incidentId.slice(0, 8).toUpperCase()}`;
}

export function incidentToCsaf(d: IncidentShareData): Record<string, unknown> {
  const initial = d.reportedAt.toISOString();
  const current = new Date(Math.max(d.clearedAt.getTime(), d.reportedAt.getTime())).toISOString();
  const notes: Record<string, unknown>[] = [
    { category: 'summary', title: 'Zusammenfassung', text: d.summary.trim() },
    {
      category: 'general',
      title: 'Art des Vorfalls',
      text: `${kindText(d.kind)}, Schweregrad ${severityText(d.severity)}.`,
    },
  ];
  if (d.measures.length > 0)
    notes.push({
      category: 'details',
      title: 'Ergriffene Maßnahmen',
      text: d.measures.map((m) => `- ${m}`).join('\n'),
    });
  return {
    document: {
      category: 'csaf_security_incident_response',
      csaf_version: '2.0',
      distribution: {
        // CSAF 2.0 knows TLP 1.0: CLEAR is WHITE there.
        tlp: { label: d.tlp === 'CLEAR' ? 'WHITE' : 'GREEN', url: 'https://www.first.org/tlp/' },
      },
      lang: 'de-DE',
      notes,
      publisher: {
        category: 'coordinator',
        name: d.publisherName,
        namespace: d.publisherNamespace,
      },
      references: [
        {
          category: 'external',
          summary: 'TLP-Definitionen (FIRST)',
          url: 'https://www.first.org/tlp/',
        },
      ],
      title: d.title,
      tracking: {
        current_release_date: current,
        id: incidentTrackingId(d.incidentId, d.reportedAt),
        initial_release_date: initial,
        revision_history: [{ date: current, number: '1', summary: 'Zur Weitergabe freigegeben' }],
        status: 'final',
        version: '1',
      },
    },
  };
}
