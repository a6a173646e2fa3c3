import { ADVISORY_ENTITIES } from '../advisories/advisory.entities';
import { AuditEvent } from '../audit/audit-event.entity';
import { Invitation } from '../auth/invitation.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { SecuritySetting } from '../auth/security-setting.entity';
import { Session } from '../auth/session.entity';
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
  ...ADVISORY_ENTITIES,
];
