export type AcknowledgementStatus =
  | 'AFFECTED'
  | 'NOT_AFFECTED'
  | 'PATCHED'
  | 'READ';

export type AdvisorySeverity =
  | 'HOCH'
  | 'KRITISCH'
  | 'MITTEL'
  | 'NIEDRIG';

export type AdvisoryStatus =
  | 'DRAFT'
  | 'FINAL'
  | 'INTERIM';

export type ChannelKind =
  | 'DIRECT'
  | 'INCIDENT'
  | 'PRIVATE'
  | 'PUBLIC';

export type ChannelRole =
  | 'ADMIN'
  | 'MEMBER';

export type ContactVisibility =
  | 'ALL_MEMBERS'
  | 'HIDDEN'
  | 'ORGANISATION';

export type ForumFlagReason =
  | 'ILLEGAL'
  | 'INAPPROPRIATE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'SPAM';

export type ForumFlagStatus =
  | 'DISMISSED'
  | 'OPEN'
  | 'RESOLVED';

export type ForumReactionKind =
  | 'AGREE'
  | 'IMPORTANT'
  | 'LIKE'
  | 'THANKS';

export type ForumWatchLevel =
  | 'MUTED'
  | 'NORMAL'
  | 'TRACKING'
  | 'WATCHING';

export type IncidentStatus =
  | 'CLOSED'
  | 'OPEN';

export type MemberStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVITED';

export type OrganisationKind =
  | 'CERT'
  | 'IT_PROVIDER'
  | 'MUNICIPALITY';

export type OrganisationRole =
  | 'MEMBER'
  | 'ORG_ADMIN';

export type PlatformRole =
  | 'ADMIN'
  | 'MODERATOR'
  | 'USER';

export type ServiceKind =
  | 'CLIENT_SUPPORT'
  | 'DATA_CENTRE_HOSTING'
  | 'EMAIL'
  | 'NETWORK'
  | 'SPECIALIST_APPLICATIONS';

export type TlpLabel =
  | 'AMBER'
  | 'AMBER_STRICT'
  | 'CLEAR'
  | 'GREEN'
  | 'RED';
