import { Inject, Injectable } from '@nestjs/common';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { rateLimited } from '../common/errors/app-error';
import { RedisLink } from '../common/redis/redis-link';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { LOGIN_LIMIT_TABLE } from './login-rate-limiter';
import { sha256 } from './token.service';

/** Reset mails per account and hour; more requests get the same answer but no mail. */
export const RESET_MAILS_PER_ACCOUNT_PER_HOUR = 3;

/**
 * Throttles password-reset requests the way the login is throttled (LoginRateLimiter): per IP
 * (RATE_LIMITED, the same for known and unknown addresses) and per account (silently: no more
 * mails, so nobody can flood a mailbox). Redis with a PostgreSQL insurance when REDIS_URL is set,
 * memory otherwise.
 */
@Injectable()
export class PasswordResetLimiter {
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig, redis: RedisLink, db: DataSource) {
    const prefix = `${config.loginLimitRedisKey}:reset`;
    const ip = {
      keyPrefix: `${prefix}:ip`,
      points: config.passwordResetsPerIpPerHour,
      duration: 3600,
    };
    const account = {
      keyPrefix: `${prefix}:account`,
      points: RESET_MAILS_PER_ACCOUNT_PER_HOUR,
      duration: 3600,
    };
    if (redis.publisher) {
      const insurance = (opts: typeof ip) =>
        new RateLimiterPostgres({
          ...opts,
          storeClient: db,
          storeType: 'typeorm',
          tableName: LOGIN_LIMIT_TABLE,
          tableCreated: true,
          clearExpiredByTimeout: true,
        });
      this.perIp = new RateLimiterRedis({
        storeClient: redis.publisher,
        ...ip,
        insuranceLimiter: insurance(ip),
      });
      this.perAccount = new RateLimiterRedis({
        storeClient: redis.publisher,
        ...account,
        insuranceLimiter: insurance(account),
      });
    } else {
      this.perIp = new RateLimiterMemory(ip);
      this.perAccount = new RateLimiterMemory(account);
    }
  }

  /** Throws RATE_LIMITED when this IP has asked too often. */
  async checkIp(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (res) {
      throw rateLimited(
        res instanceof RateLimiterRes ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 60,
      );
    }
  }

  /** False when this account got enough reset mails this hour. */
  async allowMail(accountKey: string): Promise<boolean> {
    try {
      await this.perAccount.consume(sha256(accountKey));
      return true;
    } catch {
      return false;
    }
  }
}
