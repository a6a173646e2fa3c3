import { registerEnumType } from '@nestjs/graphql';

/** How often a member wants mails of one kind. */
export enum MailFrequency {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  OFF = 'OFF',
}
registerEnumType(MailFrequency, {
  name: 'MailFrequency',
  description: 'How often the member receives e-mails of one kind.',
  valuesMap: {
    IMMEDIATELY: { description: 'One e-mail per event, right away.' },
    DAILY: { description: 'Collected into the daily digest (mornings, 07:00 German time).' },
    WEEKLY: { description: 'Collected into the weekly digest (Monday mornings).' },
    OFF: { description: 'No e-mails of this kind (in-app notifications stay).' },
  },
});

/** The kinds of e-mail a member can configure; each in-app notification kind maps to one of them. */
export enum MailKind {
  ADVISORY_CRITICAL = 'ADVISORY_CRITICAL',
  ADVISORY_HIGH = 'ADVISORY_HIGH',
  ADVISORY_MEDIUM = 'ADVISORY_MEDIUM',
  ADVISORY_LOW = 'ADVISORY_LOW',
  ACK_REMINDER = 'ACK_REMINDER',
  INCIDENT = 'INCIDENT',
  MENTION = 'MENTION',
  CHANNEL_INVITATION = 'CHANNEL_INVITATION',
  FORUM_WATCH = 'FORUM_WATCH',
}
registerEnumType(MailKind, {
  name: 'MailKind',
  description: 'A kind of e-mail the platform sends, configurable per member.',
  valuesMap: {
    ADVISORY_CRITICAL: {
      description: 'New or updated advisory of severity KRITISCH (cannot be switched off).',
    },
    ADVISORY_HIGH: { description: 'New or updated advisory of severity HOCH.' },
    ADVISORY_MEDIUM: { description: 'New or updated advisory of severity MITTEL.' },
    ADVISORY_LOW: { description: 'New or updated advisory of severity NIEDRIG.' },
    ACK_REMINDER: { description: 'The CERT asks the organisation to acknowledge an advisory.' },
    INCIDENT: {
      description:
        'Incident invitations, MIRT steps and status changes (immediately, cannot be switched off).',
    },
    MENTION: {
      description: 'Someone mentioned the member in the forum or chat (immediately or off).',
    },
    CHANNEL_INVITATION: { description: 'The member was added to a chat channel.' },
    FORUM_WATCH: { description: 'New posts in watched forum categories and topics.' },
  },
});

export interface MailKindRule {
  /** What the member may choose; a single entry means the kind is locked. */
  allowed: MailFrequency[];
  default: MailFrequency;
  /** Security-critical: cannot be switched off, and mails carry no unsubscribe link. */
  locked: boolean;
}

const ALL = [
  MailFrequency.IMMEDIATELY,
  MailFrequency.DAILY,
  MailFrequency.WEEKLY,
  MailFrequency.OFF,
];
const rule = (def: MailFrequency, allowed = ALL): MailKindRule => ({
  allowed,
  default: def,
  locked: allowed.length === 1,
});

/**
 * The rules per kind. Mentions, incident invitations and MIRT steps go out immediately, always
 * (a mention may be switched off, never deferred); critical advisories and incidents are locked.
 */
export const MAIL_KIND_RULES: Record<MailKind, MailKindRule> = {
  [MailKind.ADVISORY_CRITICAL]: rule(MailFrequency.IMMEDIATELY, [MailFrequency.IMMEDIATELY]),
  [MailKind.ADVISORY_HIGH]: rule(MailFrequency.IMMEDIATELY),
  [MailKind.ADVISORY_MEDIUM]: rule(MailFrequency.DAILY),
  [MailKind.ADVISORY_LOW]: rule(MailFrequency.WEEKLY),
  [MailKind.ACK_REMINDER]: rule(MailFrequency.IMMEDIATELY),
  [MailKind.INCIDENT]: rule(MailFrequency.IMMEDIATELY, [MailFrequency.IMMEDIATELY]),
  [MailKind.MENTION]: rule(MailFrequency.IMMEDIATELY, [
    MailFrequency.IMMEDIATELY,
    MailFrequency.OFF,
  ]),
  [MailKind.CHANNEL_INVITATION]: rule(MailFrequency.IMMEDIATELY),
  [MailKind.FORUM_WATCH]: rule(MailFrequency.DAILY),
};

export const MAIL_KINDS = Object.values(MailKind);

/** German names, used in mails and on the unsubscribe page. */
export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  [MailKind.ADVISORY_CRITICAL]: 'Sicherheitswarnungen „kritisch“',
  [MailKind.ADVISORY_HIGH]: 'Sicherheitswarnungen „hoch“',
  [MailKind.ADVISORY_MEDIUM]: 'Sicherheitswarnungen „mittel“',
  [MailKind.ADVISORY_LOW]: 'Sicherheitswarnungen „niedrig“',
  [MailKind.ACK_REMINDER]: 'Erinnerungen an Rückmeldungen zu Sicherheitswarnungen',
  [MailKind.INCIDENT]: 'Vorfälle (Einladungen, MIRT-Schritte, Statusänderungen)',
  [MailKind.MENTION]: 'Erwähnungen',
  [MailKind.CHANNEL_INVITATION]: 'Einladungen in Chat-Kanäle',
  [MailKind.FORUM_WATCH]: 'Neue Beiträge in beobachteten Foren und Themen',
};

export const isMailKind = (v: string): v is MailKind => (MAIL_KINDS as string[]).includes(v);
