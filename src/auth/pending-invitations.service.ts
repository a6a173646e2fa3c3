import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { forbidden, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { MemberStatus } from '../members/member.enums';
import { Member } from '../members/member.entity';
import { isAdmin } from '../members/member.type';
import { Invitation } from './invitation.entity';

export interface PendingInvitationRow {
  id: string;
  memberId: string;
  organisationId: string;
  invitedById: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * Open invitations (neither accepted nor revoked, the invitee still INVITED) for the
 * administration page, and their revocation. ADMINs see every organisation, ORG_ADMINs their own.
 */
@Injectable()
export class PendingInvitationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(
    actor: Principal,
    organisationId: string | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<PendingInvitationRow>> {
    if (!isAdmin(actor) && organisationId && organisationId !== actor.organisationId)
      throw forbidden('Sie sehen nur die Einladungen Ihrer eigenen Organisation.');
    const scope = isAdmin(actor) ? (organisationId ?? null) : actor.organisationId;
    const qb = this.db
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .innerJoin(Member, 'm', 'm.id = i.member_id')
      .select([
        'i.id AS id',
        'i.member_id AS "memberId"',
        'm.organisation_id AS "organisationId"',
        'i.invited_by_id AS "invitedById"',
        'i.created_at AS "createdAt"',
        'i.expires_at AS "expiresAt"',
      ])
      .where('i.accepted_at IS NULL AND i.revoked_at IS NULL AND m.status = :invited', {
        invited: MemberStatus.INVITED,
      });
    if (scope) qb.andWhere('m.organisation_id = :scope', { scope });
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2, ['timestamp', 'uuid']);
      // Cursors carry milliseconds; PostgreSQL keeps microseconds: compare and order at the cursor's precision.
      qb.andWhere("(date_trunc('milliseconds', i.created_at), i.id) < (:createdAt, :id)", {
        createdAt,
        id,
      });
    }
    const rows = await qb
      .orderBy("date_trunc('milliseconds', i.created_at)", 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(first + 1)
      .getRawMany<PendingInvitationRow>();
    return toConnection(
      rows,
      first,
      totalCount,
      (r) => [new Date(r.createdAt).toISOString(), r.id],
      after,
    );
  }

  /** The link stops working at once; the invitee stays INVITED and can be invited again. */
  async revoke(actor: Principal, invitationId: string, ip: string | null): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(Invitation)
        .findOne({ where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
      const member = invitation
        ? await manager.getRepository(Member).findOneBy({ id: invitation.memberId })
        : null;
      if (
        !invitation ||
        !member ||
        invitation.acceptedAt ||
        invitation.revokedAt ||
        (!isAdmin(actor) && member.organisationId !== actor.organisationId)
      )
        throw notFound('Die Einladung');
      await manager.getRepository(Invitation).update(invitation.id, { revokedAt: new Date() });
      await this.audit.record(
        {
          actorId: actor.memberId,
          action: 'invitation.revoked',
          targetType: 'member',
          targetId: member.id,
          ip,
          details: { invitationId: invitation.id, organisationId: member.organisationId },
        },
        manager,
      );
      return true;
    });
  }
}
