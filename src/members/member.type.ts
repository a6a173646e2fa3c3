import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Principal } from '../common/access/authenticated-member';
import { ContactVisibility, MemberStatus, OrganisationRole, PlatformRole } from './member.enums';
import type { Member } from './member.entity';

@ObjectType('Member', {
  description:
    "A person in the community. Every active member may read the directory; contact details follow the member's contact visibility.",
})
export class MemberType {
  @Field(() => ID, { description: 'Member id (UUID).' })
  id: string;

  @Field({ description: 'Full name as shown to other members, 2 to 120 characters.' })
  displayName: string;

  @Field({ description: 'Unique handle (lower case) used to mention the member as @handle.' })
  handle: string;

  @Field(() => String, {
    description: 'Job title or role in the organisation, e.g. ISB; null when not given.',
    nullable: true,
  })
  position: string | null;

  @Field(() => [String], {
    description:
      'Free-form areas of expertise (at most 20 tags of 1 to 40 characters); empty when none.',
  })
  expertiseTags: string[];

  @Field(() => String, {
    description: 'Short self-description (plain text, at most 2000 characters); null when none.',
    nullable: true,
  })
  bio: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'E-mail address; null unless the contact visibility lets the viewer see it (the member themself and ADMINs always do).',
  })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Phone number as entered; null unless the contact visibility lets the viewer see it.',
  })
  phone: string | null;

  @Field(() => ContactVisibility, {
    nullable: true,
    description:
      'Who may see email and phone; only for the member themself and ADMINs, null for everyone else.',
  })
  contactVisibility: ContactVisibility | null;

  @Field(() => OrganisationRole, { description: 'Role inside the organisation.' })
  organisationRole: OrganisationRole;

  @Field(() => PlatformRole, { description: 'Role on the platform.' })
  platformRole: PlatformRole;

  @Field(() => MemberStatus, {
    description:
      'Account status. The directory lists ACTIVE members unless the caller may see others.',
  })
  status: MemberStatus;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether TOTP is set up; only for the member themself and ADMINs, null for everyone else.',
  })
  totpEnabled: boolean | null;

  @Field({ description: 'When the member was invited or created (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  /** Not a GraphQL field: resolved through a DataLoader by the `organisation` field resolver. */
  organisationId: string;
}

export function isAdmin(p: Principal | null | undefined): boolean {
  return p?.platformRole === PlatformRole.ADMIN;
}

/** Contact details follow the member's chosen visibility; the member themself and ADMINs see all. */
export function toMemberType(m: Member, viewer: Principal | null): MemberType {
  const self = viewer?.memberId === m.id;
  const privileged = self || isAdmin(viewer);
  const contactVisible =
    privileged ||
    (viewer !== null &&
      (m.contactVisibility === ContactVisibility.ALL_MEMBERS ||
        (m.contactVisibility === ContactVisibility.ORGANISATION &&
          viewer.organisationId === m.organisationId)));
  return {
    id: m.id,
    displayName: m.displayName,
    handle: m.handle,
    position: m.position,
    expertiseTags: m.expertiseTags,
    bio: m.bio,
    email: contactVisible ? m.email : null,
    phone: contactVisible ? m.phone : null,
    contactVisibility: privileged ? m.contactVisibility : null,
    organisationRole: m.organisationRole,
    platformRole: m.platformRole,
    status: m.status,
    totpEnabled: privileged ? m.totpEnabledAt !== null : null,
    createdAt: m.createdAt,
    organisationId: m.organisationId,
  };
}
