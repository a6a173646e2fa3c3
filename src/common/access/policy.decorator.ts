import { SetMetadata } from '@nestjs/common';
import { OrganisationKind } from '../../organisations/organisation.enums';
import { PlatformRole } from '../../members/member.enums';

export const POLICY_KEY = 'sicherheitsnetz:policy';

/**
 * The declared access policy of a resolver, field resolver, controller route or socket event.
 * Without one, the global PolicyGuard denies (default deny), and a test fails.
 */
export interface PolicySpec {
  /** Open to anonymous callers. */
  public?: boolean;
  /** Any of these platform roles passes. */
  platformRoles?: PlatformRole[];
  /** The caller must be ORG_ADMIN of their organisation (ADMINs pass too). */
  organisationAdmin?: boolean;
  /** The caller's organisation must be of one of these kinds (ADMINs pass too). */
  participantKinds?: OrganisationKind[];
  /** Allowed while the member still has to set up TOTP (enrolment, logout, own profile). */
  allowMfaPending?: boolean;
  /** The object-level rule the service enforces on top (documentation for reviewers and the policy test). */
  objectCheck?: string;
}

const policy = (spec: PolicySpec) => SetMetadata(POLICY_KEY, spec);

export const Allow = {
  /** Anyone, also without a login. */
  public: () => policy({ public: true }),
  /** Any active member; `objectCheck` names the per-object rule the service applies. */
  members: (objectCheck?: string) => policy({ objectCheck }),
  /** Any active member even before TOTP enrolment is complete. */
  membersDuringMfaSetup: () => policy({ allowMfaPending: true }),
  moderators: (objectCheck?: string) =>
    policy({ platformRoles: [PlatformRole.MODERATOR, PlatformRole.ADMIN], objectCheck }),
  admins: () => policy({ platformRoles: [PlatformRole.ADMIN] }),
  /** ORG_ADMINs (limited to their own organisation by `objectCheck` in the service) and ADMINs. */
  orgAdmins: (objectCheck: string) => policy({ organisationAdmin: true, objectCheck }),
  participants: (kinds: OrganisationKind[], objectCheck?: string) =>
    policy({ participantKinds: kinds, objectCheck }),
  custom: policy,
};
