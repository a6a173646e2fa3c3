import { registerEnumType } from '@nestjs/graphql';

export enum IncidentKind {
  RANSOMWARE = 'RANSOMWARE',
  DDOS = 'DDOS',
  DATA_LEAK = 'DATA_LEAK',
  ACCOUNT_TAKEOVER = 'ACCOUNT_TAKEOVER',
  OUTAGE = 'OUTAGE',
  OTHER = 'OTHER',
}
registerEnumType(IncidentKind, {
  name: 'IncidentKind',
  description: 'What kind of incident it is.',
  valuesMap: {
    RANSOMWARE: { description: 'Ransomware: data encrypted or stolen for ransom.' },
    DDOS: { description: 'Distributed denial of service.' },
    DATA_LEAK: { description: 'Data leak: data reached people who must not have it.' },
    ACCOUNT_TAKEOVER: { description: 'Phishing or an account taken over.' },
    OUTAGE: { description: 'An outage of services, cause unknown or not an attack.' },
    OTHER: { description: 'Anything else.' },
  },
});
export const INCIDENT_KIND_LABEL: Record<IncidentKind, string> = {
  RANSOMWARE: 'Ransomware',
  DDOS: 'DDoS',
  DATA_LEAK: 'Datenabfluss',
  ACCOUNT_TAKEOVER: 'Phishing/Kontoübernahme',
  OUTAGE: 'Ausfall',
  OTHER: 'Sonstiges',
};

export enum IncidentSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(IncidentSeverity, {
  name: 'IncidentSeverity',
  description: 'Severity of an incident (niedrig, mittel, hoch, kritisch).',
  valuesMap: {
    LOW: { description: 'Low (niedrig).' },
    MEDIUM: { description: 'Medium (mittel).' },
    HIGH: { description: 'High (hoch).' },
    CRITICAL: { description: 'Critical (kritisch).' },
  },
});
export const INCIDENT_SEVERITY_LABEL: Record<IncidentSeverity, string> = {
  LOW: 'niedrig',
  MEDIUM: 'mittel',
  HIGH: 'hoch',
  CRITICAL: 'kritisch',
};

/**
 * Lifecycle: REPORTED -> IN_PROGRESS -> CONTAINED -> RESOLVED -> CLOSED. Any open state may move
 * to any other (incidents do not always follow the book); CLOSED only back to IN_PROGRESS
 * (reopen), which is recorded on the timeline like every change.
 */
export enum IncidentStatus {
  REPORTED = 'REPORTED',
  IN_PROGRESS = 'IN_PROGRESS',
  CONTAINED = 'CONTAINED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(IncidentStatus, {
  name: 'IncidentStatus',
  description:
    'Lifecycle of an incident: REPORTED -> IN_PROGRESS -> CONTAINED -> RESOLVED -> CLOSED; a CLOSED incident may be reopened.',
  valuesMap: {
    REPORTED: { description: 'Reported (gemeldet), nobody has taken it on yet.' },
    IN_PROGRESS: { description: 'Being handled (in Bearbeitung).' },
    CONTAINED: { description: 'Contained (eingedämmt): the damage does not spread any more.' },
    RESOLVED: { description: 'Resolved (behoben): services are back, follow-up remains.' },
    CLOSED: { description: 'Closed (abgeschlossen).' },
  },
});
export const INCIDENT_STATUS_LABEL: Record<IncidentStatus, string> = {
  REPORTED: 'gemeldet',
  IN_PROGRESS: 'in Bearbeitung',
  CONTAINED: 'eingedämmt',
  RESOLVED: 'behoben',
  CLOSED: 'abgeschlossen',
};
/** Every status but CLOSED counts as open (lists, the CERT's "open incidents"). */
export const OPEN_INCIDENT_STATUSES: IncidentStatus[] = [
  IncidentStatus.REPORTED,
  IncidentStatus.IN_PROGRESS,
  IncidentStatus.CONTAINED,
  IncidentStatus.RESOLVED,
];

/** An affected organisation's own answer, like an advisory acknowledgement. */
export enum AffectedSituation {
  AFFECTED = 'AFFECTED',
  NOT_AFFECTED = 'NOT_AFFECTED',
  UNCLEAR = 'UNCLEAR',
}
registerEnumType(AffectedSituation, {
  name: 'AffectedSituation',
  description: "An affected organisation's own statement about its situation.",
  valuesMap: {
    AFFECTED: { description: 'Affected (betroffen).' },
    NOT_AFFECTED: { description: 'Not affected (nicht betroffen).' },
    UNCLEAR: { description: 'Unclear so far (unklar).' },
  },
});
export const AFFECTED_SITUATION_LABEL: Record<AffectedSituation, string> = {
  AFFECTED: 'betroffen',
  NOT_AFFECTED: 'nicht betroffen',
  UNCLEAR: 'unklar',
};

/** Why an organisation is on an incident's list of affected organisations. */
export enum AffectedReason {
  REPORTER = 'REPORTER',
  SERVED_BY_PROVIDER = 'SERVED_BY_PROVIDER',
  ADDED = 'ADDED',
}
registerEnumType(AffectedReason, {
  name: 'AffectedReason',
  description: 'Why an organisation is listed as affected.',
  valuesMap: {
    REPORTER: { description: 'It reported the incident.' },
    SERVED_BY_PROVIDER: {
      description: 'The reporting IT provider serves it (provider register).',
    },
    ADDED: { description: 'Added later by the CERT duty roster or the reporting organisation.' },
  },
});

/** Why a member takes part in an incident (the first reason that applies). */
export enum ParticipantReason {
  REPORTING_ORGANISATION = 'REPORTING_ORGANISATION',
  AFFECTED_ORGANISATION = 'AFFECTED_ORGANISATION',
  PROVIDER = 'PROVIDER',
  CERT_DUTY = 'CERT_DUTY',
  MIRT_TEAM = 'MIRT_TEAM',
}
registerEnumType(ParticipantReason, {
  name: 'ParticipantReason',
  description: 'Why a member takes part in an incident.',
  valuesMap: {
    REPORTING_ORGANISATION: { description: 'A member of the reporting organisation.' },
    AFFECTED_ORGANISATION: { description: 'A member of an affected organisation.' },
    PROVIDER: {
      description: 'Staff of an IT provider of an affected municipality that consented.',
    },
    CERT_DUTY: { description: 'On the CERT duty roster.' },
    MIRT_TEAM: { description: 'Assigned to a MIRT deployment of the incident.' },
  },
});
