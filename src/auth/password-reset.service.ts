import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import type { ClientInfo } from '../common/access/client-info';
import { badInput, forbidden, notFound } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { MailOutbox } from '../mail/mail-outbox.service';
import { passwordResetMail } from '../mail/templates/auth-mails';
import { MemberStatus, PlatformRole } from '../members/member.enums';
import { Member } from '../members/member.entity';
import { isAdmin } from '../members/member.type';
import { normaliseEmail } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetLimiter } from './password-reset-limiter';
import { SessionsService } from './sessions.service';
import { randomToken, sha256 } from './token.service';

const INVALID_LINK = 'Der Link ist ungültig, abgelaufen oder bereits verwendet.';

/**
 * Password reset by e-mail: a short-lived single-use link (only its SHA-256 is stored). Asked for
 * by the member (same answer for known and unknown addresses, rate-limited) or started by an
 * ADMIN or the member's ORG_ADMIN. Setting the new password ends every session; the second
 * factor is still asked at the next sign-in.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly limiter: PasswordResetLimiter,
    private readonly loginLimiter: LoginRateLimiter,
    private readonly mail: MailOutbox,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Always resolves the same way (unless the IP is over its limit); a mail only for an active account. */
  async request(emailInput: string, client: ClientInfo): Promise<void> {
    await this.limiter.checkIp(client.ip ?? 'unknown');
    const email = normaliseEmail(emailInput);
    await this.db.transaction(async (manager) => {
      const member = await manager.getRepository(Member).findOneBy({ email });
      const eligible = member?.status === MemberStatus.ACTIVE;
      const mailed = eligible && (await this.limiter.allowMail(email));
      if (member && mailed) await this.issue(manager, member, null);
      await this.audit.record(
        {
          actorId: null,
          action: 'password_reset.requested',
          targetType: member ? 'member' : null,
          targetId: member?.id ?? null,
          ip: client.ip,
          // Never the address itself: an unknown one may be a typo of someone's private address.
          details: {
            known: Boolean(member),
            mailed,
            ...(member && !eligible ? { status: member.status } : {}),
            ...(eligible && !mailed ? { reason: 'account_limit' } : {}),
          },
        },
        manager,
      );
    });
  }

  /** ADMINs for anyone, ORG_ADMINs for the members of their own organisation (never an ADMIN). */
  async startFor(actor: Principal, memberId: string, ip: string | null): Promise<void> {
    await this.db.transaction(async (manager) => {
      const member = await manager.getRepository(Member).findOneBy({ id: memberId });
      if (!member || (!isAdmin(actor) && member.organisationId !== actor.organisationId))
        throw notFound('Das Mitglied');
      if (!isAdmin(actor) && member.platformRole === PlatformRole.ADMIN)
        throw forbidden('Administratoren können nur von Administratoren verwaltet werden.');
      if (member.status !== MemberStatus.ACTIVE)
        throw badInput(
          'memberId',
          member.status === MemberStatus.INVITED
            ? 'Das Konto ist noch nicht aktiviert; senden Sie die Einladung erneut.'
            : 'Das Konto ist deaktiviert.',
        );
      await this.issue(manager, member, actor.memberId);
      await this.audit.record(
        {
          actorId: actor.memberId,
          action: 'password_reset.started',
          targetType: 'member',
          targetId: member.id,
          ip,
        },
        manager,
      );
    });
  }

  /** Single use: sets the password, voids every other link, ends every session. */
  async reset(token: string, newPassword: string, client: ClientInfo): Promise<void> {
    const weakness = PasswordHasher.weakness(newPassword);
    if (weakness) throw badInput('newPassword', weakness);
    const passwordHash = await this.hasher.hash(newPassword);
    const { memberId, ended, email } = await this.db.transaction(async (manager) => {
      const reset = await manager
        .getRepository(PasswordReset)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.token_hash = :hash', { hash: sha256(token) })
        .getOne();
      if (!reset || reset.usedAt || reset.expiresAt <= new Date()) {
        await this.audit.record(
          {
            action: 'password_reset.refused',
            targetType: reset ? 'member' : null,
            targetId: reset?.memberId ?? null,
            ip: client.ip,
            details: { reason: !reset ? 'unknown' : reset.usedAt ? 'used' : 'expired' },
          },
          manager,
        );
        return { memberId: null, ended: [], email: null };
      }
      const member = await manager.getRepository(Member).findOneBy({ id: reset.memberId });
      if (!member || member.status !== MemberStatus.ACTIVE)
        return { memberId: null, ended: [], email: null };
      await manager.getRepository(Member).update(member.id, { passwordHash });
      await manager
        .getRepository(PasswordReset)
        .update({ memberId: member.id, usedAt: IsNull() }, { usedAt: new Date() });
      const ended = await this.sessions.revokeAllWith(manager, member.id, 'password_reset');
      await this.audit.record(
        {
          actorId: member.id,
          action: 'password_reset.completed',
          targetType: 'member',
          targetId: member.id,
          ip: client.ip,
          details: { endedSessions: ended.length, startedBy: reset.requestedById },
        },
        manager,
      );
      return { memberId: member.id, ended, email: member.email };
    });
    if (!memberId) throw badInput('token', INVALID_LINK);
    this.sessions.notifyRevoked(memberId, ended);
    // The member proved control of the mailbox: an earlier lockout by wrong passwords ends.
    await this.loginLimiter.recordSuccess(email);
  }

  /** A newer link voids the older ones; the mail is written in the same transaction. */
  private async issue(
    manager: EntityManager,
    member: Member,
    requestedById: string | null,
  ): Promise<void> {
    await manager
      .getRepository(PasswordReset)
      .update({ memberId: member.id, usedAt: IsNull() }, { usedAt: new Date() });
    const token = randomToken(32);
    const expiresAt = new Date(Date.now() + this.config.passwordResetTtlMinutes * 60_000);
    await manager.getRepository(PasswordReset).insert({
      memberId: member.id,
      requestedById,
      tokenHash: sha256(token),
      expiresAt,
      usedAt: null,
    });
    // In the fragment (like invitation links): it never reaches a server log or a Referer header.
    const url = `${this.config.publicUrl}/passwort-zuruecksetzen#token=${token}`;
    const content = passwordResetMail({
      displayName: member.displayName,
      url,
      expiresAt,
      startedByAdmin: requestedById !== null,
    });
    await this.mail.enqueue(manager, {
      to: member.email,
      memberId: member.id,
      kind: 'PASSWORD_RESET',
      subject: content.subject,
      text: content.text,
      html: content.html,
    });
  }
}
