import { ADVISORY_ENTITIES } from '../advisories/advisory.entities';
import { AuditEvent } from '../audit/audit-event.entity';
import { Channel } from '../chat/channel.entity';
import { ChannelMember } from '../chat/channel-member.entity';
import { Message } from '../chat/message.entity';
import { MessageMention } from '../chat/message-mention.entity';
import { MessageReaction } from '../chat/message-reaction.entity';
import { INCIDENT_ENTITIES } from '../incidents/incident.entities';
import { Invitation } from '../auth/invitation.entity';
import { PasswordReset } from '../auth/password-reset.entity';
import { OutboundMail } from '../mail/outbound-mail.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { SecuritySetting } from '../auth/security-setting.entity';
import { Session } from '../auth/session.entity';
import { FORUM_ENTITIES } from '../forums/forum.entities';
import { MAIL_CONTENT_ENTITIES } from '../mail/content/mail-content.entities';
import { RESPONSE_ENTITIES } from '../incidents/response/response.entities';
import { Member } from '../members/member.entity';
import { Notification } from '../notifications/notification.entity';
import { Organisation } from '../organisations/organisation.entity';
import { ServiceRelation } from '../organisations/service-relation.entity';

/**
 * Every entity, listed once: the app, the CLI (migrations, drift check) and the tests share it.
 * Explicit rather than a glob because globs of .ts files do not load under Jest and the CLI alike.
 */
export const ALL_ENTITIES = [
  Organisation,
  ServiceRelation,
  Member,
  Session,
  RefreshToken,
  Invitation,
  SecuritySetting,
  AuditEvent,
  Notification,
  ...FORUM_ENTITIES,
  Channel,
  ChannelMember,
  Message,
  MessageReaction,
  MessageMention,
  ...INCIDENT_ENTITIES,
  ...ADVISORY_ENTITIES,
  OutboundMail,
  PasswordReset,
  ...MAIL_CONTENT_ENTITIES,
  ...RESPONSE_ENTITIES,
];
