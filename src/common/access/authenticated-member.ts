import type { OrganisationKind } from '../../organisations/organisation.enums';
import type { OrganisationRole, PlatformRole } from '../../members/member.enums';

/** Who is calling, as loaded from the database for this request (never from token claims alone). */
export interface Principal {
  memberId: string;
  sessionId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationRole: OrganisationRole;
  platformRole: PlatformRole;
  displayName: string;
  handle: string;
  /** TOTP is required for this member but not yet set up: only enrolment is allowed. */
  mfaPending: boolean;
}

export interface AuthenticatedRequest {
  principal?: Principal | null;
}
