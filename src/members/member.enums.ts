import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationRole {
  MEMBER = 'MEMBER',
  ORG_ADMIN = 'ORG_ADMIN',
}
registerEnumType(OrganisationRole, {
  name: 'OrganisationRole',
  description: "A member's role inside their organisation.",
  valuesMap: {
    MEMBER: { description: 'Ordinary member.' },
    ORG_ADMIN: {
      description:
        'Administers the organisation: invites, enables and disables its members, sets their organisation roles.',
    },
  },
});

export enum PlatformRole {
  USER = 'USER',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: "A member's role on the whole platform.",
  valuesMap: {
    USER: { description: 'No platform privileges.' },
    MODERATOR: { description: 'Moderates the forums (flags, hide, lock, pin, move).' },
    ADMIN: {
      description:
        'Administers the platform: organisations, the provider register, any account, the audit log. No bypass of TLP.',
    },
  },
});

export enum MemberStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'Lifecycle of an account.',
  valuesMap: {
    INVITED: { description: 'Invited; the invitation has not been accepted yet.' },
    ACTIVE: { description: 'Can sign in.' },
    DISABLED: {
      description: 'Disabled by an ADMIN or ORG_ADMIN; cannot sign in, all sessions ended.',
    },
  },
});

/** Who may see a member's e-mail address and phone number. */
export enum ContactVisibility {
  ALL_MEMBERS = 'ALL_MEMBERS',
  ORGANISATION = 'ORGANISATION',
  HIDDEN = 'HIDDEN',
}
registerEnumType(ContactVisibility, {
  name: 'ContactVisibility',
  description:
    "Who may see a member's e-mail address and phone number (the member themself and ADMINs always do).",
  valuesMap: {
    ALL_MEMBERS: { description: 'Every active member.' },
    ORGANISATION: { description: 'Members of the same organisation only.' },
    HIDDEN: { description: 'Nobody else.' },
  },
});
