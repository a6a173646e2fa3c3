import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ClientInfo } from '../common/access/client-info';
import { notFound, unauthenticated } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { MemberStatus } from '../members/member.enums';
import { Member } from '../members/member.entity';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';
import { randomToken, sha256, TokenService } from './token.service';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  sessionId: string;
  memberId: string;
}

/** Emitted whenever sessions end, so that open sockets of those sessions are closed at once. */
export const SESSIONS_REVOKED = 'sessions.revoked';
export interface SessionsRevokedEvent {
  memberId: string;
  sessionIds: string[];
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(memberId: string, client: ClientInfo, manager: EntityManager): Promise<IssuedTokens> {
    const now = new Date();
    const session = await manager.getRepository(Session).save({
      memberId,
      lastUsedAt: now,
      expiresAt: this.refreshExpiry(now),
      userAgent: client.userAgent,
      ip: client.ip,
      revokedAt: null,
      revokedReason: null,
    });
    return this.issue(session, manager);
  }

  /**
   * Rotates the refresh token. Presenting a token that was already used means it was copied:
   * the whole family (session) is revoked and the caller must log in again.
   */
  async refresh(refreshToken: string, client: ClientInfo): Promise<IssuedTokens> {
    const revokedFamily = await this.db.transaction(async (manager) => {
      const token = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: sha256(refreshToken) })
        .getOne();
      if (!token) throw unauthenticated('Sitzung ungültig. Bitte erneut anmelden.');
      const session = await manager.getRepository(Session).findOneBy({ id: token.sessionId });
      const member =
        session && (await manager.getRepository(Member).findOneBy({ id: session.memberId }));
      if (
        !session ||
        !member ||
        session.revokedAt ||
        session.expiresAt <= new Date() ||
        member.status !== MemberStatus.ACTIVE
      ) {
        throw unauthenticated('Sitzung ungültig. Bitte erneut anmelden.');
      }
      if (token.usedAt) {
        await this.revokeWith(manager, [session], 'refresh_token_reuse');
        await this.audit.record(
          {
            actorId: session.memberId,
            action: 'session.refresh_reuse',
            targetType: 'session',
            targetId: session.id,
            ip: client.ip,
          },
          manager,
        );
        return session;
      }
      await manager.getRepository(RefreshToken).update(token.id, { usedAt: new Date() });
      await manager.getRepository(Session).update(session.id, {
        lastUsedAt: new Date(),
        ip: client.ip,
        userAgent: client.userAgent,
        expiresAt: this.refreshExpiry(new Date()),
      });
      return this.issue(session, manager);
    });
    if ('accessToken' in revokedFamily) return revokedFamily;
    this.events.emit(SESSIONS_REVOKED, {
      memberId: revokedFamily.memberId,
      sessionIds: [revokedFamily.id],
    } satisfies SessionsRevokedEvent);
    throw unauthenticated('Sitzung ungültig. Bitte erneut anmelden.');
  }

  listActive(memberId: string): Promise<Session[]> {
    return this.sessions
      .createQueryBuilder('s')
      .where('s.member_id = :memberId AND s.revoked_at IS NULL AND s.expires_at > now()', {
        memberId,
      })
      .orderBy('s.last_used_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(200)
      .getMany();
  }

  /** Ends one session. `ownerId` restricts to that member's sessions (NOT_FOUND otherwise). */
  async revokeOne(
    sessionId: string,
    ownerId: string | null,
    actorId: string,
    reason: string,
    ip: string | null,
  ): Promise<Session> {
    const session = await this.db.transaction(async (manager) => {
      const found = await manager
        .getRepository(Session)
        .findOneBy({ id: sessionId, revokedAt: IsNull() });
      if (!found || (ownerId && found.memberId !== ownerId)) throw notFound('Die Sitzung');
      await this.revokeWith(manager, [found], reason);
      await this.audit.record(
        {
          actorId,
          action: 'session.revoked',
          targetType: 'session',
          targetId: found.id,
          ip,
          details: { memberId: found.memberId, reason },
        },
        manager,
      );
      return found;
    });
    this.events.emit(SESSIONS_REVOKED, {
      memberId: session.memberId,
      sessionIds: [session.id],
    } satisfies SessionsRevokedEvent);
    return session;
  }

  /** Ends every session of a member, optionally keeping one; call inside the caller's transaction. */
  async revokeAllWith(
    manager: EntityManager,
    memberId: string,
    reason: string,
    exceptSessionId?: string,
  ): Promise<string[]> {
    const qb = manager
      .getRepository(Session)
      .createQueryBuilder('s')
      .where('s.member_id = :memberId AND s.revoked_at IS NULL', { memberId });
    if (exceptSessionId) qb.andWhere('s.id <> :exceptSessionId', { exceptSessionId });
    const open = await qb.getMany();
    await this.revokeWith(manager, open, reason);
    return open.map((s) => s.id);
  }

  notifyRevoked(memberId: string, sessionIds: string[]): void {
    if (sessionIds.length)
      this.events.emit(SESSIONS_REVOKED, { memberId, sessionIds } satisfies SessionsRevokedEvent);
  }

  private async revokeWith(
    manager: EntityManager,
    sessions: Session[],
    reason: string,
  ): Promise<void> {
    if (!sessions.length) return;
    await manager
      .getRepository(Session)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .whereInIds(sessions.map((s) => s.id))
      .execute();
  }

  private async issue(session: Session, manager: EntityManager): Promise<IssuedTokens> {
    const refreshToken = `${randomToken(32)}`;
    await manager
      .getRepository(RefreshToken)
      .insert({ sessionId: session.id, tokenHash: sha256(refreshToken), usedAt: null });
    const access = this.tokens.signAccessToken(session.memberId, session.id);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      sessionId: session.id,
      memberId: session.memberId,
    };
  }

  private refreshExpiry(from: Date): Date {
    return new Date(from.getTime() + this.config.refreshTokenTtlDays * 86_400_000);
  }
}
