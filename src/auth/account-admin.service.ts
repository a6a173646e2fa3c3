import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, forbidden, notFound } from '../common/errors/app-error';
import type { SetMemberRolesInput } from '../members/dto/member.inputs';
import { MemberStatus, PlatformRole } from '../members/member.enums';
import { Member } from '../members/member.entity';
import { isAdmin } from '../members/member.type';
import { REQUIRE_TOTP_FOR_ALL } from './principal.service';
import { SecuritySetting } from './security-setting.entity';
import { SessionsService } from './sessions.service';
import { TotpService } from './totp.service';

/** Account administration: roles, disabling, sessions and second factors of other members. */
@Injectable()
export class AccountAdminService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly totp: TotpService,
    private readonly audit: AuditService,
  ) {}

  /**
   * ADMINs manage everyone; ORG_ADMINs manage the plain members of their own organisation, never an
   * ADMIN. A member the caller may not manage answers NOT_FOUND when they could not see it either.
   */
  private async manageable(
    manager: EntityManager,
    actor: Principal,
    memberId: string,
  ): Promise<Member> {
    const member = await manager
      .getRepository(Member)
      .findOne({ where: { id: memberId }, lock: { mode: 'pessimistic_write' } });
    if (!member) throw notFound('Das Mitglied');
    if (isAdmin(actor)) return member;
    if (member.organisationId !== actor.organisationId) throw notFound('Das Mitglied');
    if (member.platformRole === PlatformRole.ADMIN)
      throw forbidden('Administratoren können nur von Administratoren verwaltet werden.');
    return member;
  }

  /** Disabling ends every session at once; open sockets are closed through the revocation event. */
  async setDisabled(
    actor: Principal,
    memberId: string,
    disabled: boolean,
    ip: string | null,
  ): Promise<Member> {
    if (memberId === actor.memberId)
      throw badInput('memberId', 'Sie können Ihr eigenes Konto nicht deaktivieren.');
    const { member, ended } = await this.db.transaction(async (manager) => {
      const member = await this.manageable(manager, actor, memberId);
      if (member.status === MemberStatus.INVITED)
        throw badInput('memberId', 'Das Konto ist noch nicht aktiviert.');
      member.status = disabled ? MemberStatus.DISABLED : MemberStatus.ACTIVE;
      member.disabledAt = disabled ? new Date() : null;
      await manager
        .getRepository(Member)
        .update(member.id, { status: member.status, disabledAt: member.disabledAt });
      const ended = disabled
        ? await this.sessions.revokeAllWith(manager, member.id, 'account_disabled')
        : [];
      await this.audit.record(
        {
          actorId: actor.memberId,
          action: disabled ? 'member.disabled' : 'member.enabled',
          targetType: 'member',
          targetId: member.id,
          ip,
          details: { endedSessions: ended.length },
        },
        manager,
      );
      return { member, ended };
    });
    this.sessions.notifyRevoked(member.id, ended);
    return member;
  }

  async setRoles(actor: Principal, input: SetMemberRolesInput, ip: string | null): Promise<Member> {
    if (input.platformRole && !isAdmin(actor))
      throw forbidden('Nur Administratoren vergeben Plattformrollen.');
    if (
      input.memberId === actor.memberId &&
      input.platformRole &&
      input.platformRole !== PlatformRole.ADMIN
    ) {
      throw badInput(
        'platformRole',
        'Sie können sich die Administratorrolle nicht selbst entziehen.',
      );
    }
    return this.db.transaction(async (manager) => {
      const member = await this.manageable(manager, actor, input.memberId);
      const before = {
        organisationRole: member.organisationRole,
        platformRole: member.platformRole,
      };
      if (input.organisationRole) member.organisationRole = input.organisationRole;
      if (input.platformRole) member.platformRole = input.platformRole;
      await manager.getRepository(Member).update(member.id, {
        organisationRole: member.organisationRole,
        platformRole: member.platformRole,
      });
      await this.audit.record(
        {
          actorId: actor.memberId,
          action: 'member.roles_changed',
          targetType: 'member',
          targetId: member.id,
          ip,
          details: {
            before,
            after: { organisationRole: member.organisationRole, platformRole: member.platformRole },
          },
        },
        manager,
      );
      return member;
    });
  }

  async revokeAllSessions(actor: Principal, memberId: string, ip: string | null): Promise<number> {
    const ended = await this.db.transaction(async (manager) => {
      const member = await this.manageable(manager, actor, memberId);
      const ended = await this.sessions.revokeAllWith(manager, member.id, 'revoked_by_admin');
      await this.audit.record(
        {
          actorId: actor.memberId,
          action: 'session.revoked_all',
          targetType: 'member',
          targetId: member.id,
          ip,
          details: { endedSessions: ended.length },
        },
        manager,
      );
      return ended;
    });
    this.sessions.notifyRevoked(memberId, ended);
    return ended.length;
  }

  /** For a lost authenticator: clears TOTP and ends the member's sessions. */
  async resetTotp(actor: Principal, memberId: string, ip: string | null): Promise<Member> {
    const { member, ended } = await this.db.transaction(async (manager) => {
      const member = await this.manageable(manager, actor, memberId);
      await this.totp.reset(manager, member.id);
      const ended = await this.sessions.revokeAllWith(manager, member.id, 'totp_reset');
      await this.audit.record(
        {
          actorId: actor.memberId,
          action: 'totp.reset',
          targetType: 'member',
          targetId: member.id,
          ip,
        },
        manager,
      );
      return { member: { ...member, totpEnabledAt: null }, ended };
    });
    this.sessions.notifyRevoked(member.id, ended);
    return member;
  }

  async setTotpRequiredForAll(
    actor: Principal,
    required: boolean,
    ip: string | null,
  ): Promise<boolean> {
    await this.db.transaction(async (manager) => {
      await manager
        .getRepository(SecuritySetting)
        .upsert({ key: REQUIRE_TOTP_FOR_ALL, value: required }, ['key']);
      await this.audit.record(
        {
          actorId: actor.memberId,
          action: 'settings.totp_required_for_all',
          ip,
          details: { required },
        },
        manager,
      );
    });
    return required;
  }

  async totpRequiredForAll(): Promise<boolean> {
    const setting = await this.db
      .getRepository(SecuritySetting)
      .findOneBy({ key: REQUIRE_TOTP_FOR_ALL });
    return setting?.value === true;
  }
}

export const ORG_ADMIN_SCOPE = 'ORG_ADMINs only for non-ADMIN members of their own organisation';
