import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import type { ClientInfo } from '../common/access/client-info';
import { badInput, unauthenticated } from '../common/errors/app-error';
import { MemberStatus } from '../members/member.enums';
import { Member } from '../members/member.entity';
import { Organisation } from '../organisations/organisation.entity';
import type { ChangePasswordInput, LoginInput } from './dto/auth.inputs';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { REQUIRE_TOTP_FOR_ALL, totpRequired } from './principal.service';
import { SecuritySetting } from './security-setting.entity';
import { IssuedTokens, SessionsService } from './sessions.service';
import { TotpService } from './totp.service';
import { sha256 } from './token.service';

const WRONG_CREDENTIALS = 'E-Mail-Adresse oder Passwort ist falsch.';

export interface LoginResult extends IssuedTokens {
  member: Member;
  totpSetupRequired: boolean;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly sessions: SessionsService,
    private readonly totp: TotpService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Unknown accounts, wrong passwords and non-active accounts get the same answer after the same
   * amount of work (a password hash is always verified), so logins do not reveal who is a member.
   */
  async login(input: LoginInput, client: ClientInfo): Promise<LoginResult> {
    const email = normaliseEmail(input.email);
    const accountKey = email;
    await this.limiter.checkAttempt(client.ip ?? 'unknown', accountKey);

    const member = await this.db
      .getRepository(Member)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.email = :email', { email })
      .getOne();
    const passwordOk = await this.hasher.verify(member?.passwordHash, input.password);
    if (!member || !passwordOk || member.status !== MemberStatus.ACTIVE) {
      await this.fail(
        accountKey,
        member?.id ?? null,
        client,
        member ? (passwordOk ? 'inactive' : 'password') : 'unknown_account',
      );
      throw unauthenticated(WRONG_CREDENTIALS);
    }

    const outcome = await this.db.transaction(async (manager) => {
      const second = await this.totp.verifyForLogin(
        manager,
        member.id,
        input.totpCode,
        input.recoveryCode,
      );
      if (second !== 'ok') return second;
      const tokens = await this.sessions.start(member.id, client, manager);
      await this.audit.record(
        {
          actorId: member.id,
          action: 'login.succeeded',
          targetType: 'session',
          targetId: tokens.sessionId,
          ip: client.ip,
        },
        manager,
      );
      return tokens;
    });
    if (outcome === 'missing')
      throw badInput('totpCode', 'Bitte den Code aus der Authenticator-App angeben.');
    if (outcome === 'invalid') {
      await this.fail(accountKey, member.id, client, 'second_factor');
      throw unauthenticated('Der Code ist ungültig oder wurde bereits verwendet.');
    }
    await this.limiter.recordSuccess(accountKey);
    return { ...outcome, member, totpSetupRequired: await this.needsTotpSetup(member) };
  }

  async logout(principal: Principal, ip: string | null): Promise<void> {
    await this.sessions.revokeOne(
      principal.sessionId,
      principal.memberId,
      principal.memberId,
      'logout',
      ip,
    );
  }

  /** Changing the password ends every other session of the member. */
  async changePassword(
    principal: Principal,
    input: ChangePasswordInput,
    ip: string | null,
  ): Promise<void> {
    const weakness = PasswordHasher.weakness(input.newPassword);
    if (weakness) throw badInput('newPassword', weakness);
    const current = await this.db
      .getRepository(Member)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.id = :id', { id: principal.memberId })
      .getOneOrFail();
    // Same per-account counter as the login: a stolen access token must not allow guessing the password.
    await this.limiter.checkAttempt(ip ?? 'unknown', current.email);
    if (!(await this.hasher.verify(current.passwordHash, input.currentPassword))) {
      await this.fail(
        current.email,
        principal.memberId,
        { ip, userAgent: null },
        'password_change',
      );
      throw badInput('currentPassword', 'Das aktuelle Passwort ist falsch.');
    }
    const hash = await this.hasher.hash(input.newPassword);
    const revoked = await this.db.transaction(async (manager) => {
      await manager.getRepository(Member).update(principal.memberId, { passwordHash: hash });
      const ended = await this.sessions.revokeAllWith(
        manager,
        principal.memberId,
        'password_changed',
        principal.sessionId,
      );
      await this.audit.record(
        {
          actorId: principal.memberId,
          action: 'password.changed',
          targetType: 'member',
          targetId: principal.memberId,
          ip,
          details: { endedSessions: ended.length },
        },
        manager,
      );
      return ended;
    });
    this.sessions.notifyRevoked(principal.memberId, revoked);
  }

  /** The payload of a refreshed session: the member as stored now. */
  async loginResultFor(tokens: IssuedTokens): Promise<LoginResult> {
    const member = await this.db.getRepository(Member).findOneByOrFail({ id: tokens.memberId });
    return { ...tokens, member, totpSetupRequired: await this.needsTotpSetup(member) };
  }

  async needsTotpSetup(member: Member): Promise<boolean> {
    if (member.totpEnabledAt) return false;
    const org = await this.db
      .getRepository(Organisation)
      .findOneByOrFail({ id: member.organisationId });
    const setting = await this.db
      .getRepository(SecuritySetting)
      .findOneBy({ key: REQUIRE_TOTP_FOR_ALL });
    return totpRequired(org.kind, member.platformRole, setting?.value === true);
  }

  private async fail(
    accountKey: string,
    memberId: string | null,
    client: ClientInfo,
    reason: string,
  ): Promise<void> {
    const locked = await this.limiter.recordFailure(accountKey);
    // Unknown accounts are recorded without the address in clear: the log is not a list of guesses.
    const details = {
      reason,
      ...(memberId ? {} : { accountHash: sha256(accountKey).slice(0, 16) }),
    };
    await this.audit.record({
      actorId: memberId,
      action: 'login.failed',
      targetType: memberId ? 'member' : null,
      targetId: memberId,
      ip: client.ip,
      details,
    });
    if (locked) {
      await this.audit.record({
        actorId: memberId,
        action: 'login.lockout',
        targetType: memberId ? 'member' : null,
        targetId: memberId,
        ip: client.ip,
        details,
      });
    }
  }
}
