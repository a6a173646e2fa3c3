import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { Member } from '../members/member.entity';
import { randomToken, sha256 } from './token.service';

const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Sicherheitsnetz';

export type SecondFactorOutcome = 'ok' | 'missing' | 'invalid';

@Injectable()
export class TotpService {
  private readonly key: Buffer;

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = createHash('sha256').update(`totp-secret-key:${config.jwtSecret}`).digest();
  }

  /** Starts (or restarts) enrolment; the secret only counts once a code from it is confirmed. */
  async beginEnrolment(memberId: string): Promise<{ secret: string; otpauthUri: string }> {
    const member = await this.db.getRepository(Member).findOneBy({ id: memberId });
    if (!member) throw notFound('Das Mitglied');
    if (member.totpEnabledAt) throw conflict('Der zweite Faktor ist bereits eingerichtet.');
    const secret = generateSecret();
    await this.db.getRepository(Member).update(memberId, { totpSecret: this.encrypt(secret) });
    return { secret, otpauthUri: generateURI({ secret, label: member.email, issuer: ISSUER }) };
  }

  /** Confirms enrolment with a first code and hands out the recovery codes (shown once). */
  async confirmEnrolment(memberId: string, code: string, ip: string | null): Promise<string[]> {
    return this.db.transaction(async (manager) => {
      const member = await this.loadSecrets(manager, memberId);
      if (member.totpEnabledAt) throw conflict('Der zweite Faktor ist bereits eingerichtet.');
      if (!member.totpSecret) throw badInput('code', 'Bitte zuerst die Einrichtung starten.');
      const step = this.verifyCode(member, code);
      if (step === null) throw badInput('code', 'Der Code ist ungültig.');
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => randomToken(10));
      await manager.getRepository(Member).update(memberId, {
        totpEnabledAt: new Date(),
        totpLastStep: String(step),
        recoveryCodeHashes: codes.map(sha256),
      });
      await this.audit.record(
        { actorId: memberId, action: 'totp.enabled', targetType: 'member', targetId: memberId, ip },
        manager,
      );
      return codes;
    });
  }

  /**
   * Checks a login's second factor inside the login transaction: a TOTP code is accepted once
   * (its time step must be newer than the last accepted one), a recovery code is consumed.
   */
  async verifyForLogin(
    manager: EntityManager,
    memberId: string,
    code?: string | null,
    recoveryCode?: string | null,
  ): Promise<SecondFactorOutcome> {
    const member = await this.loadSecrets(manager, memberId, true);
    if (!member.totpEnabledAt) return 'ok';
    if (code) {
      const step = this.verifyCode(member, code);
      if (step === null) return 'invalid';
      await manager.getRepository(Member).update(memberId, { totpLastStep: String(step) });
      return 'ok';
    }
    if (recoveryCode) {
      const hash = sha256(recoveryCode.trim());
      if (!member.recoveryCodeHashes.includes(hash)) return 'invalid';
      await manager.getRepository(Member).update(memberId, {
        recoveryCodeHashes: member.recoveryCodeHashes.filter((h) => h !== hash),
      });
      await this.audit.record(
        {
          actorId: memberId,
          action: 'totp.recovery_code_used',
          targetType: 'member',
          targetId: memberId,
        },
        manager,
      );
      return 'ok';
    }
    return 'missing';
  }

  /** For a lost device: an ADMIN clears the factor; the member must enrol again at next login. */
  async reset(manager: EntityManager, memberId: string): Promise<void> {
    await manager.getRepository(Member).update(memberId, {
      totpEnabledAt: null,
      totpSecret: null,
      totpLastStep: null,
      recoveryCodeHashes: [],
    });
  }

  private verifyCode(member: Member, code: string): number | null {
    if (!/^\d{6}$/.test(code) || !member.totpSecret) return null;
    const result = verifySync({
      secret: this.decrypt(member.totpSecret),
      token: code,
      epochTolerance: 30,
      afterTimeStep: member.totpLastStep ? Number(member.totpLastStep) : undefined,
    });
    return result.valid ? (result as { timeStep: number }).timeStep : null;
  }

  private async loadSecrets(
    manager: EntityManager,
    memberId: string,
    lock = false,
  ): Promise<Member> {
    const qb = manager
      .getRepository(Member)
      .createQueryBuilder('m')
      .addSelect(['m.totpSecret', 'm.totpLastStep', 'm.recoveryCodeHashes'])
      .where('m.id = :memberId', { memberId });
    if (lock) qb.setLock('pessimistic_write');
    const member = await qb.getOne();
    if (!member) throw notFound('Das Mitglied');
    return member;
  }

  private encrypt(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url');
  }

  private decrypt(stored: string): string {
    const raw = Buffer.from(stored, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
