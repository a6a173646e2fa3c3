import type { IncidentKind, IncidentSeverity, IncidentStatus } from '../../gql/enums';

export const INCIDENT_STATUSES: IncidentStatus[] = [
  'REPORTED',
  'IN_PROGRESS',
  'CONTAINED',
  'RESOLVED',
  'CLOSED',
];
export const INCIDENT_SEVERITIES: IncidentSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
export const INCIDENT_KINDS: IncidentKind[] = [
  'RANSOMWARE',
  'DDOS',
  'DATA_LEAK',
  'ACCOUNT_TAKEOVER',
  'OUTAGE',
  'OTHER',
];

export type Scope = 'meine' | 'offen' | 'alle';

const pick = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value && (values as readonly string[]).includes(value) ? (value as T) : null;

/** The list's filters from the URL (?auswahl=, status=, schwere=, art=); unknown values are ignored. */
export function readIncidentFilters(params: URLSearchParams) {
  return {
    scope: pick<Scope>(['meine', 'offen', 'alle'], params.get('auswahl')) ?? 'meine',
    status: pick(INCIDENT_STATUSES, params.get('status')),
    severity: pick(INCIDENT_SEVERITIES, params.get('schwere')),
    kind: pick(INCIDENT_KINDS, params.get('art')),
  };
}

export type IncidentFilters = ReturnType<typeof readIncidentFilters>;

/** The API filter for the list. */
export function toApiFilter(f: IncidentFilters) {
  return {
    mine: f.scope === 'meine' ? true : null,
    open: f.scope === 'offen' ? true : null,
    status: f.status ? [f.status] : null,
    severity: f.severity ? [f.severity] : null,
    kind: f.kind ? [f.kind] : null,
  };
}
