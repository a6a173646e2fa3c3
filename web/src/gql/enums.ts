/** What an organisation reports about an advisory. */
export type AcknowledgementStatus =
  /** Affected; working on it. */
  | 'AFFECTED'
  /** Not affected (closes the advisory for the organisation). */
  | 'NOT_AFFECTED'
  /** Affected and fixed (closes the advisory for the organisation). */
  | 'PATCHED'
  /** Read; not yet assessed. */
  | 'READ';

/** Severity of an advisory on the CERT's German four-step scale. */
export type AdvisorySeverity =
  /** High. */
  | 'HOCH'
  /** Critical. */
  | 'KRITISCH'
  /** Medium. */
  | 'MITTEL'
  /** Low. */
  | 'NIEDRIG';

/** Publication state of an advisory (CSAF tracking status). */
export type AdvisoryStatus =
  /** Not published; visible to the authoring CERT only. */
  | 'DRAFT'
  /** Published; the final version (later versions are still possible). */
  | 'FINAL'
  /** Published; the content may still change. */
  | 'INTERIM';

/** Why an organisation is listed as affected. */
export type AffectedReason =
  /** Added later by the CERT duty roster or the reporting organisation. */
  | 'ADDED'
  /** It reported the incident. */
  | 'REPORTER'
  /** The reporting IT provider serves it (provider register). */
  | 'SERVED_BY_PROVIDER';

/** An affected organisation's own statement about its situation. */
export type AffectedSituation =
  /** Affected (betroffen). */
  | 'AFFECTED'
  /** Not affected (nicht betroffen). */
  | 'NOT_AFFECTED'
  /** Unclear so far (unklar). */
  | 'UNCLEAR';

/** Kind of a chat channel; it decides who may join and who manages it. */
export type ChannelKind =
  /** Direct messages between 2 to 8 fixed people; one channel per set of people. */
  | 'DIRECT'
  /** The room of an incident (TLP:RED by default), opened by reportIncident; its members follow the incident's participants (invite, remove and leave are refused). */
  | 'INCIDENT'
  /** Members are invited by a channel ADMIN. */
  | 'PRIVATE'
  /** Any active member may join; members may invite others. */
  | 'PUBLIC';

/** A member's role in a channel. */
export type ChannelRole =
  /** Manages the channel: rename, archive, invite (PRIVATE), remove members (not in INCIDENT rooms), delete messages. */
  | 'ADMIN'
  /** Reads and writes. */
  | 'MEMBER';

/** Who may see a member's e-mail address and phone number (the member themself and ADMINs always do). */
export type ContactVisibility =
  /** Every active member. */
  | 'ALL_MEMBERS'
  /** Nobody else. */
  | 'HIDDEN'
  /** Members of the same organisation only. */
  | 'ORGANISATION';

/** Why a member reports a forum post to the moderators. */
export type ForumFlagReason =
  /** Possibly unlawful content. */
  | 'ILLEGAL'
  /** Offensive or inappropriate content. */
  | 'INAPPROPRIATE'
  /** Does not belong in this topic or category. */
  | 'OFF_TOPIC'
  /** Another reason, explained in the note. */
  | 'OTHER'
  /** Advertising or other spam. */
  | 'SPAM';

/** State of a forum flag. */
export type ForumFlagStatus =
  /** A moderator closed it without action. */
  | 'DISMISSED'
  /** Waiting for a moderator. */
  | 'OPEN'
  /** A moderator acted on it (e.g. hid the post). */
  | 'RESOLVED';

/** The reactions a member can give to a forum post (one of each kind per member and post). */
export type ForumReactionKind =
  /** Agrees with the post. */
  | 'AGREE'
  /** Marks the post as important. */
  | 'IMPORTANT'
  /** Likes the post. */
  | 'LIKE'
  /** Thanks the author. */
  | 'THANKS';

/** How much a member hears about a forum category or topic (levels as in Discourse); a topic's own level overrides its category's. */
export type ForumWatchLevel =
  /** Nothing; the topics are left out of the latest-topics list. */
  | 'MUTED'
  /** Notified only when mentioned (the default). */
  | 'NORMAL'
  /** Like NORMAL; clients show unread counts prominently. */
  | 'TRACKING'
  /** A notification for every new post (plus mentions). */
  | 'WATCHING';

/** What kind of incident it is. */
export type IncidentKind =
  /** Phishing or an account taken over. */
  | 'ACCOUNT_TAKEOVER'
  /** Data leak: data reached people who must not have it. */
  | 'DATA_LEAK'
  /** Distributed denial of service. */
  | 'DDOS'
  /** Anything else. */
  | 'OTHER'
  /** An outage of services, cause unknown or not an attack. */
  | 'OUTAGE'
  /** Ransomware: data encrypted or stolen for ransom. */
  | 'RANSOMWARE';

/** Severity of an incident (niedrig, mittel, hoch, kritisch). */
export type IncidentSeverity =
  /** Critical (kritisch). */
  | 'CRITICAL'
  /** High (hoch). */
  | 'HIGH'
  /** Low (niedrig). */
  | 'LOW'
  /** Medium (mittel). */
  | 'MEDIUM';

/** Lifecycle of an incident: REPORTED -> IN_PROGRESS -> CONTAINED -> RESOLVED -> CLOSED; a CLOSED incident may be reopened. */
export type IncidentStatus =
  /** Closed (abgeschlossen). */
  | 'CLOSED'
  /** Contained (eingedämmt): the damage does not spread any more. */
  | 'CONTAINED'
  /** Being handled (in Bearbeitung). */
  | 'IN_PROGRESS'
  /** Reported (gemeldet), nobody has taken it on yet. */
  | 'REPORTED'
  /** Resolved (behoben): services are back, follow-up remains. */
  | 'RESOLVED';

/** State of an incident task. */
export type IncidentTaskStatus =
  /** Erledigt. */
  | 'DONE'
  /** In Arbeit. */
  | 'IN_PROGRESS'
  /** Offen: not started. */
  | 'OPEN';

/** State of a lessons-learned post. */
export type LessonsLearnedStatus =
  /** Entwurf: the author edits it (also after the review sent it back). */
  | 'DRAFT'
  /** Submitted; the CERT duty roster reviews it. */
  | 'IN_REVIEW'
  /** Published as a forum topic. */
  | 'PUBLISHED';

/** Where an e-mail of the outbox stands. */
export type MailDeliveryState =
  /** Given up: the SMTP server refused it permanently (5xx), or every retry failed. An ADMIN can resend it. */
  | 'FAILED'
  /** Waiting to be sent, or waiting for a retry after a temporary error. */
  | 'QUEUED'
  /** Accepted by the SMTP server. */
  | 'SENT';

/** How often the member receives e-mails of one kind. */
export type MailFrequency =
  /** Collected into the daily digest (mornings, 07:00 German time). */
  | 'DAILY'
  /** One e-mail per event, right away. */
  | 'IMMEDIATELY'
  /** No e-mails of this kind (in-app notifications stay). */
  | 'OFF'
  /** Collected into the weekly digest (Monday mornings). */
  | 'WEEKLY';

/** A kind of e-mail the platform sends, configurable per member. */
export type MailKind =
  /** The CERT asks the organisation to acknowledge an advisory. */
  | 'ACK_REMINDER'
  /** New or updated advisory of severity KRITISCH (cannot be switched off). */
  | 'ADVISORY_CRITICAL'
  /** New or updated advisory of severity HOCH. */
  | 'ADVISORY_HIGH'
  /** New or updated advisory of severity NIEDRIG. */
  | 'ADVISORY_LOW'
  /** New or updated advisory of severity MITTEL. */
  | 'ADVISORY_MEDIUM'
  /** The member was added to a chat channel. */
  | 'CHANNEL_INVITATION'
  /** New posts in watched forum categories and topics. */
  | 'FORUM_WATCH'
  /** Incident invitations, MIRT steps and status changes (immediately, cannot be switched off). */
  | 'INCIDENT'
  /** Someone mentioned the member in the forum or chat (immediately or off). */
  | 'MENTION';

/** Lifecycle of an account. */
export type MemberStatus =
  /** Can sign in. */
  | 'ACTIVE'
  /** Disabled by an ADMIN or ORG_ADMIN; cannot sign in, all sessions ended. */
  | 'DISABLED'
  /** Invited; the invitation has not been accepted yet. */
  | 'INVITED';

/** State of a MIRT deployment. */
export type MirtStatus =
  /** Angenommen: the team is on its way. */
  | 'ACCEPTED'
  /** Abgeschlossen. */
  | 'COMPLETED'
  /** Abgelehnt, with a reason. */
  | 'DECLINED'
  /** Vor Ort. */
  | 'ON_SITE'
  /** Angefordert: waiting for the CERT duty roster. */
  | 'REQUESTED';

/** The kind of an organisation; it is also the participant kind of its members and cannot change. */
export type OrganisationKind =
  /** The state CERT: publishes advisories, runs the incident duty roster. */
  | 'CERT'
  /** A municipal IT service provider that runs data centres or services for municipalities. */
  | 'IT_PROVIDER'
  /** A city, district or town (Kommune). */
  | 'MUNICIPALITY';

/** A member's role inside their organisation. */
export type OrganisationRole =
  /** Ordinary member. */
  | 'MEMBER'
  /** Administers the organisation: invites, enables and disables its members, sets their organisation roles. */
  | 'ORG_ADMIN';

/** Why a member takes part in an incident. */
export type ParticipantReason =
  /** A member of an affected organisation. */
  | 'AFFECTED_ORGANISATION'
  /** On the CERT duty roster. */
  | 'CERT_DUTY'
  /** Assigned to a MIRT deployment of the incident. */
  | 'MIRT_TEAM'
  /** Staff of an IT provider of an affected municipality that consented. */
  | 'PROVIDER'
  /** A member of the reporting organisation. */
  | 'REPORTING_ORGANISATION';

/** A member's role on the whole platform. */
export type PlatformRole =
  /** Administers the platform: organisations, the provider register, any account, the audit log. No bypass of TLP. */
  | 'ADMIN'
  /** Moderates the forums (flags, hide, lock, pin, move). */
  | 'MODERATOR'
  /** No platform privileges. */
  | 'USER';

/** A reporting obligation after an incident. */
export type ReportingObligationKind =
  /** Report to the BSI where a duty applies (e.g. KRITIS, BSIG). */
  | 'BSI'
  /** Personal data breach to the data-protection authority (LDI NRW) within 72 hours of becoming aware (GDPR art. 33). */
  | 'DATA_PROTECTION'
  /** Notice to the cyber insurer. */
  | 'INSURER'
  /** Criminal complaint to the police (ZAC NRW, cybercrime). */
  | 'POLICE';

/** What an IT provider does for a municipality (the provider register). */
export type ServiceKind =
  /** Supports the workplaces (clients). */
  | 'CLIENT_SUPPORT'
  /** Hosts the municipality's systems in its data centre. */
  | 'DATA_CENTRE_HOSTING'
  /** Runs e-mail. */
  | 'EMAIL'
  /** Runs the municipality's network connection. */
  | 'NETWORK'
  /** Runs specialist applications (Fachverfahren). */
  | 'SPECIALIST_APPLICATIONS';

/** Type of an incident timeline entry. Members add OBSERVATION, MEASURE, DECISION, CONTACT, REPORTING_OBLIGATION and CORRECTION; the others are written by the platform when something changes. */
export type TimelineEntryType =
  /** An affected organisation was added or removed, or stated its situation. */
  | 'AFFECTED_ORGANISATION'
  /** Someone was contacted (authority, police, insurer, vendor, …). */
  | 'CONTACT'
  /** Corrects an earlier entry (refersToId); the earlier entry stays as it was. */
  | 'CORRECTION'
  /** A decision was made. */
  | 'DECISION'
  /** A measure was taken. */
  | 'MEASURE'
  /** A step of a mobile incident response team deployment. */
  | 'MIRT'
  /** Something was observed. */
  | 'OBSERVATION'
  /** Participants changed. */
  | 'PARTICIPANT'
  /** A reporting obligation was fulfilled. */
  | 'REPORTING_OBLIGATION'
  /** The status changed (written by the status change). */
  | 'STATUS_CHANGE'
  /** A task was created or changed. */
  | 'TASK'
  /** The TLP label was changed (lowering needs a reason). */
  | 'TLP_CHANGE';

/** Traffic Light Protocol 2.0 label: who may see an item and anything derived from it. AMBER+STRICT is spelled AMBER_STRICT. */
export type TlpLabel =
  /** TLP:AMBER, members of the recipient organisations and of the municipalities a recipient IT provider forwarded it to. */
  | 'AMBER'
  /** TLP:AMBER+STRICT, members of the recipient organisations only. */
  | 'AMBER_STRICT'
  /** TLP:CLEAR, anyone, also the public feed. */
  | 'CLEAR'
  /** TLP:GREEN, every active member. */
  | 'GREEN'
  /** TLP:RED, the named people only. */
  | 'RED';
