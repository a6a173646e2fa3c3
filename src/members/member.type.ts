import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Principal } from '../common/access/authenticated-member';
import { ContactVisibility, MemberStatus, OrganisationRole, PlatformRole } from './member.enums';
import type { Member } from './member.entity';

@ObjectType('Member')
export class MemberType {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'Used to mention the member as @handle.' })
  handle: string;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field(() => [String])
  expertiseTags: string[];

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Null unless the contact visibility lets the viewer see it.',
  })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Null unless the contact visibility lets the viewer see it.',
  })
  phone: string | null;

  @Field(() => ContactVisibility, {
    nullable: true,
    description: 'Only for the member themself and admins.',
  })
  contactVisibility: ContactVisibility | null;

  @Field(() => OrganisationRole)
  organisationRole: OrganisationRole;

  @Field(() => PlatformRole)
  platformRole: PlatformRole;

  @Field(() => MemberStatus)
  status: MemberStatus;

  @Field(() => Boolean, { nullable: true, description: 'Only for the member themself and admins.' })
  totpEnabled: boolean | null;

  @Field()
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
