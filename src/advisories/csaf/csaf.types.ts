/** Shapes shared by the CSAF import, export and validation (no database types on purpose). */

export type AdvisoryStatus = 'DRAFT' | 'INTERIM' | 'FINAL';
export type Severity = 'NIEDRIG' | 'MITTEL' | 'HOCH' | 'KRITISCH';
export type TlpLabel = 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER_STRICT' | 'RED';

export interface AdvisoryProduct {
  vendor: string;
  product: string;
  /** A single version or a range (e.g. "<2.4.1", "vers:semver/<2.4.1"). */
  version?: string | null;
  cpe?: string | null;
  purl?: string | null;
}

export interface AdvisoryReference {
  url: string;
  summary?: string;
}

export interface RevisionEntry {
  /** CSAF revision number ("1", "2" or semantic "1.0.0"). */
  number: string;
  /** ISO 8601 date-time. */
  date: string;
  summary: string;
}

/** The platform's view of an advisory, independent of CSAF and of the database. */
export interface AdvisoryData {
  trackingId: string;
  /** CSAF document.tracking.version. */
  version: string;
  status: AdvisoryStatus;
  title: string;
  summary: string;
  bodyMarkdown: string;
  severity: Severity;
  tlp: TlpLabel;
  cves: string[];
  cvssVector?: string | null;
  cvssScore?: number | null;
  products: AdvisoryProduct[];
  references: AdvisoryReference[];
  remediation?: string | null;
  publisherName: string;
  /** ISO 8601 date-time. */
  initialReleaseDate: string;
  /** ISO 8601 date-time. */
  currentReleaseDate: string;
  revisionHistory: RevisionEntry[];
}

/** Raised for input the library refuses; `messages` lists every reason (for the API response). */
export class CsafError extends Error {
  readonly messages: string[];

  constructor(message: string, messages: string[] = [message]) {
    super(message);
    this.name = 'CsafError';
    this.messages = messages;
  }
}
