import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/access/authenticated-member';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Allow } from '../../common/access/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { EmergencyContactsService } from './emergency-contacts.service';
import { EmergencyContactType } from './response.types';

@Resolver(() => EmergencyContactType)
export class EmergencyContactsResolver {
  constructor(private readonly contacts: EmergencyContactsService) {}

  @Query(() => String, {
    nullable: true,
    description: "The caller's own out-of-band phone number; null when none is kept.",
  })
  @Allow.members('own number only')
  async myEmergencyPhone(@CurrentPrincipal() me: Principal) {
    return (await this.contacts.mine(me))?.phone ?? null;
  }

  @Mutation(() => String, {
    nullable: true,
    description:
      "Sets (or with null/empty removes) the caller's out-of-band phone number. BAD_USER_INPUT (field phone) for a malformed number.",
  })
  @Allow.members('own number only')
  async setMyEmergencyPhone(
    @Args('phone', { type: () => String, nullable: true, description: 'Phone number, or null.' })
    phone: string | null,
    @CurrentPrincipal() me: Principal,
  ) {
    return (await this.contacts.setMine(me, phone))?.phone ?? null;
  }

  @Query(() => EmergencyContactType, {
    description:
      "A member's out-of-band phone number; every look is audited. With incidentId: caller and member both take part in that incident (caller may be on duty). Without: CERT duty roster only. NOT_FOUND otherwise and when none is kept.",
  })
  @Allow.members('CERT duty roster, or co-participants of the given incident; NOT_FOUND otherwise')
  emergencyContact(
    @Args(
      'memberId',
      { type: () => ID, description: 'Member id (UUID).' },
      new UuidPipe('memberId'),
    )
    memberId: string,
    @Args('incidentId', {
      type: () => ID,
      nullable: true,
      description: 'Incident both take part in.',
    })
    incidentId: string | null,
    @CurrentPrincipal() me: Principal,
  ) {
    if (incidentId != null) new UuidPipe('incidentId').transform(incidentId);
    return this.contacts.lookUp(me, memberId, incidentId ?? null);
  }
}
