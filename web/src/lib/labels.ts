import type {
  AcknowledgementStatus,
  AdvisorySeverity,
  AdvisoryStatus,
  ChannelKind,
  ChannelRole,
  ContactVisibility,
  ForumFlagReason,
  ForumFlagStatus,
  ForumReactionKind,
  ForumWatchLevel,
  AffectedReason,
  AffectedSituation,
  IncidentKind,
  IncidentSeverity,
  IncidentStatus,
  ParticipantReason,
  TimelineEntryType,
  MemberStatus,
  OrganisationKind,
  OrganisationRole,
  PlatformRole,
  ServiceKind,
  TlpLabel,
} from '../gql/enums';

/**
 * German labels for every enum of the API: one function per enum, each backed by an exhaustive
 * Record (a new enum value fails the type check until it has a label). Never show a raw value.
 */
const label =
  <T extends string>(labels: Record<T, string>) =>
  (value: T): string =>
    labels[value] ?? value;

export const organisationKindLabel = label<OrganisationKind>({
  MUNICIPALITY: 'Kommune',
  IT_PROVIDER: 'IT-Dienstleister',
  CERT: 'CERT',
});
/** Plural, for audiences: "nur Kommunen". */
export const organisationKindPluralLabel = label<OrganisationKind>({
  MUNICIPALITY: 'Kommunen',
  IT_PROVIDER: 'IT-Dienstleister',
  CERT: 'CERT',
});
export const organisationRoleLabel = label<OrganisationRole>({
  MEMBER: 'Mitglied',
  ORG_ADMIN: 'Administration der Organisation',
});
export const platformRoleLabel = label<PlatformRole>({
  USER: 'Mitglied',
  MODERATOR: 'Moderation',
  ADMIN: 'Administration',
});
export const memberStatusLabel = label<MemberStatus>({
  ACTIVE: 'aktiv',
  INVITED: 'eingeladen',
  DISABLED: 'gesperrt',
});
export const contactVisibilityLabel = label<ContactVisibility>({
  ALL_MEMBERS: 'für alle Mitglieder',
  ORGANISATION: 'nur für meine Organisation',
  HIDDEN: 'für niemanden',
});
export const serviceKindLabel = label<ServiceKind>({
  CLIENT_SUPPORT: 'Arbeitsplatz-Betreuung',
  DATA_CENTRE_HOSTING: 'Rechenzentrum und Hosting',
  EMAIL: 'E-Mail',
  NETWORK: 'Netzwerk',
  SPECIALIST_APPLICATIONS: 'Fachverfahren',
});
export const tlpLabel = label<TlpLabel>({
  CLEAR: 'TLP:CLEAR',
  GREEN: 'TLP:GREEN',
  AMBER: 'TLP:AMBER',
  AMBER_STRICT: 'TLP:AMBER+STRICT',
  RED: 'TLP:RED',
});
export const forumWatchLevelLabel = label<ForumWatchLevel>({
  MUTED: 'Stummgeschaltet',
  NORMAL: 'Normal',
  TRACKING: 'Verfolgen',
  WATCHING: 'Beobachten',
});
export const forumReactionKindLabel = label<ForumReactionKind>({
  LIKE: 'Gefällt mir',
  THANKS: 'Danke',
  AGREE: 'Zustimmung',
  IMPORTANT: 'Wichtig',
});
export const forumFlagReasonLabel = label<ForumFlagReason>({
  SPAM: 'Spam',
  INAPPROPRIATE: 'Unangemessen',
  OFF_TOPIC: 'Am Thema vorbei',
  ILLEGAL: 'Rechtswidrig',
  OTHER: 'Sonstiges',
});
export const forumFlagStatusLabel = label<ForumFlagStatus>({
  OPEN: 'offen',
  RESOLVED: 'erledigt',
  DISMISSED: 'verworfen',
});
export const advisorySeverityLabel = label<AdvisorySeverity>({
  NIEDRIG: 'niedrig',
  MITTEL: 'mittel',
  HOCH: 'hoch',
  KRITISCH: 'kritisch',
});
export const advisoryStatusLabel = label<AdvisoryStatus>({
  DRAFT: 'Entwurf',
  INTERIM: 'vorläufig',
  FINAL: 'endgültig',
});
export const acknowledgementStatusLabel = label<AcknowledgementStatus>({
  READ: 'gelesen',
  AFFECTED: 'betroffen',
  NOT_AFFECTED: 'nicht betroffen',
  PATCHED: 'behoben',
});
export const channelKindLabel = label<ChannelKind>({
  PUBLIC: 'öffentlich',
  PRIVATE: 'privat',
  DIRECT: 'Direktnachricht',
  INCIDENT: 'Vorfall',
});
export const channelRoleLabel = label<ChannelRole>({
  ADMIN: 'Kanal-Administration',
  MEMBER: 'Mitglied',
});
export const incidentStatusLabel = label<IncidentStatus>({
  REPORTED: 'gemeldet',
  IN_PROGRESS: 'in Bearbeitung',
  CONTAINED: 'eingedämmt',
  RESOLVED: 'behoben',
  CLOSED: 'abgeschlossen',
});
export const incidentKindLabel = label<IncidentKind>({
  RANSOMWARE: 'Ransomware',
  DDOS: 'DDoS',
  DATA_LEAK: 'Datenabfluss',
  ACCOUNT_TAKEOVER: 'Phishing/Kontoübernahme',
  OUTAGE: 'Ausfall',
  OTHER: 'Sonstiges',
});
export const incidentSeverityLabel = label<IncidentSeverity>({
  LOW: 'niedrig',
  MEDIUM: 'mittel',
  HIGH: 'hoch',
  CRITICAL: 'kritisch',
});
export const affectedSituationLabel = label<AffectedSituation>({
  AFFECTED: 'betroffen',
  NOT_AFFECTED: 'nicht betroffen',
  UNCLEAR: 'unklar',
});
export const affectedReasonLabel = label<AffectedReason>({
  REPORTER: 'meldende Organisation',
  SERVED_BY_PROVIDER: 'vom meldenden IT-Dienstleister betreut',
  ADDED: 'nachgetragen',
});
export const participantReasonLabel = label<ParticipantReason>({
  REPORTING_ORGANISATION: 'meldende Organisation',
  AFFECTED_ORGANISATION: 'betroffene Organisation',
  PROVIDER: 'IT-Dienstleister',
  CERT_DUTY: 'CERT-Bereitschaft',
  MIRT_TEAM: 'MIRT-Team',
});
export const timelineEntryTypeLabel = label<TimelineEntryType>({
  STATUS_CHANGE: 'Statusänderung',
  OBSERVATION: 'Beobachtung',
  MEASURE: 'Maßnahme',
  DECISION: 'Entscheidung',
  CONTACT: 'Kontakt',
  REPORTING_OBLIGATION: 'Meldepflicht erfüllt',
  AFFECTED_ORGANISATION: 'Betroffene Organisation',
  PARTICIPANT: 'Beteiligte',
  TASK: 'Aufgabe',
  MIRT: 'MIRT',
  TLP_CHANGE: 'TLP-Änderung',
  CORRECTION: 'Korrektur',
});
