import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationRole {
  MEMBER = 'MEMBER',
  ORG_ADMIN = 'ORG_ADMIN',
}
registerEnumType(OrganisationRole, { name: 'OrganisationRole' });

export enum PlatformRole {
  USER = 'USER',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(PlatformRole, { name: 'PlatformRole' });

export enum MemberStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

/** Who may see a member's e-mail address and phone number. */
export enum ContactVisibility {
  ALL_MEMBERS = 'ALL_MEMBERS',
  ORGANISATION = 'ORGANISATION',
  HIDDEN = 'HIDDEN',
}
registerEnumType(ContactVisibility, { name: 'ContactVisibility' });
