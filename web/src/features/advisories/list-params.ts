import type { AdvisorySeverity, AdvisoryStatus, TlpLabel } from '../../gql/enums';

/** The list's state in the URL: ?ansicht=offen|alle&q=…&cve=…&schweregrad=…&tlp=…&stand=… */
export interface ListState {
  view: 'offen' | 'alle';
  q: string;
  cve: string;
  severity: AdvisorySeverity | '';
  tlp: TlpLabel | '';
  status: AdvisoryStatus | '';
}

const SEVERITIES = ['NIEDRIG', 'MITTEL', 'HOCH', 'KRITISCH'];
const TLPS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];
const STATUSES = ['DRAFT', 'INTERIM', 'FINAL'];
export const CVE = /^CVE-\d{4}-\d{4,}$/;

const oneOf = <T extends string>(v: string | null, allowed: string[]): T | '' =>
  v && allowed.includes(v) ? (v as T) : '';

export function readList(params: URLSearchParams, defaultView: 'offen' | 'alle'): ListState {
  const view = params.get('ansicht');
  return {
    view: view === 'offen' || view === 'alle' ? view : defaultView,
    q: (params.get('q') ?? '').trim().slice(0, 200),
    cve: (params.get('cve') ?? '').trim().toUpperCase(),
    severity: oneOf(params.get('schweregrad'), SEVERITIES),
    tlp: oneOf(params.get('tlp'), TLPS),
    status: oneOf(params.get('stand'), STATUSES),
  };
}

export function writeList(s: ListState): URLSearchParams {
  const p = new URLSearchParams();
  p.set('ansicht', s.view);
  if (s.view === 'alle') {
    if (s.q.trim()) p.set('q', s.q.trim());
    if (s.cve.trim()) p.set('cve', s.cve.trim().toUpperCase());
    if (s.severity) p.set('schweregrad', s.severity);
    if (s.tlp) p.set('tlp', s.tlp);
    if (s.status) p.set('stand', s.status);
  }
  return p;
}

/** The API's filter variables (an invalid CVE is left out; the form says why). */
export function listVariables(s: ListState) {
  return {
    cve: CVE.test(s.cve) ? s.cve : null,
    severity: s.severity || null,
    tlp: s.tlp || null,
    status: s.status || null,
  };
}
