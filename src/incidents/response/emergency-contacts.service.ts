import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../common/access/authenticated-member';
import { badInput, notFound } from '../../common/errors/app-error';
import { Member } from '../../members/member.entity';
import { MemberStatus } from '../../members/member.enums';
import { ResponseAccess } from './response-access';
import { EmergencyContact } from './response.entities';
import { PHONE } from './response.types';

export interface EmergencyContactView {
  memberId: string;
  displayName: string;
  phone: string;
  updatedAt: Date;
}

/**
 * Out-of-band phone numbers. A member keeps their own; the CERT duty roster, and the
 * co-participants of an incident the member takes part in, may look one up. Every look is
 * audited, and a refused look answers NOT_FOUND (whether someone keeps a number is not told).
 */
@Injectable()
export class EmergencyContactsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ResponseAccess,
    private readonly audit: AuditService,
  ) {}

  async mine(p: Principal): Promise<EmergencyContact | null> {
    return this.db.getRepository(EmergencyContact).findOneBy({ memberId: p.memberId });
  }

  async setMine(p: Principal, phone: string | null): Promise<EmergencyContact | null> {
    const value = phone?.trim() || null;
    if (value && !PHONE.test(value))
      throw badInput('phone', 'Bitte eine Telefonnummer angeben (Ziffern, +, Leerzeichen, -, /).');
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(EmergencyContact);
      const had = await repo.existsBy({ memberId: p.memberId });
      await this.audit.record(
        {
          actorId: p.memberId,
          action: value ? 'emergency_contact.set' : 'emergency_contact.removed',
          targetType: 'member',
          targetId: p.memberId,
          details: { replaced: had },
        },
        manager,
      );
      if (!value) {
        await repo.delete({ memberId: p.memberId });
        return null;
      }
      return repo.save({ memberId: p.memberId, phone: value });
    });
  }

  /**
   * One member's number. With `incidentId`: allowed when both the caller and the member take part
   * in that incident (the caller also when on duty). Without: the duty roster only.
   */
  async lookUp(
    p: Principal,
    memberId: string,
    incidentId: string | null,
  ): Promise<EmergencyContactView> {
    return this.db.transaction(async (manager) => {
      let allowed: boolean;
      if (incidentId) {
        // Throws NOT_FOUND when the caller may not read the incident.
        await this.access.readable(p, incidentId, manager);
        allowed = (await this.access.participantIds(incidentId, manager)).includes(memberId);
      } else {
        allowed = await this.access.isOnDuty(p, manager);
      }
      const member = allowed
        ? await manager
            .getRepository(Member)
            .findOneBy({ id: memberId, status: MemberStatus.ACTIVE })
        : null;
      const contact = member
        ? await manager.getRepository(EmergencyContact).findOneBy({ memberId })
        : null;
      if (!member || !contact) throw notFound('Die Notfallnummer');
      await this.audit.record(
        {
          actorId: p.memberId,
          action: 'emergency_contact.read',
          targetType: 'member',
          targetId: memberId,
          details: { incidentId },
        },
        manager,
      );
      return {
        memberId,
        displayName: member.displayName,
        phone: contact.phone,
        updatedAt: contact.updatedAt,
      };
    });
  }
}
