import { Inject, Injectable } from '@nestjs/common';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { rateLimited } from '../common/errors/app-error';
import { RedisLink } from '../common/redis/redis-link';
import { sha256 } from './token.service';

export const LOGIN_LIMITS = Symbol('LOGIN_LIMITS');

/** The PostgreSQL table of the insurance limiters (migration LoginRateLimits). */
export const LOGIN_LIMIT_TABLE = 'login_rate_limits';

export interface LoginLimits {
  /** Attempts per IP and minute, whatever their outcome. */
  perIpPerMinute: number;
  /** Failed attempts per account before it is locked for `lockoutSeconds`. */
  failuresPerAccount: number;
  lockoutSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perIpPerMinute: 30,
  failuresPerAccount: 5,
  lockoutSeconds: 900,
};

/**
 * Login throttling per IP and per account. Keys for unknown accounts are treated exactly like known
 * ones, so the answers do not reveal which e-mail addresses exist.
 *
 * With REDIS_URL the counters are shared by all instances in Redis, under the key prefix
 * LOGIN_LIMIT_REDIS_KEY (`<prefix>:ip:<ip>`, `<prefix>:account:<key>`), so two deployments on one
 * Redis keep separate budgets; accounts appear there (and in PostgreSQL) only as a SHA-256 of the
 * key, never as an e-mail address. While Redis does not answer, each call falls back at once (the
 * Redis client has no offline queue) to an insurance limiter in PostgreSQL, which all instances
 * share too: a lockout holds across instances during an outage. The two stores do not merge, so
 * an outage can at most double an account's budget once. Without REDIS_URL (one instance) the
 * counters are in memory.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGIN_LIMITS) readonly limits: LoginLimits,
    redis: RedisLink,
    db: DataSource,
  ) {
    const prefix = config.loginLimitRedisKey;
    const ip = { keyPrefix: `${prefix}:ip`, points: limits.perIpPerMinute, duration: 60 };
    const account = {
      keyPrefix: `${prefix}:account`,
      points: limits.failuresPerAccount,
      duration: limits.lockoutSeconds,
      blockDuration: limits.lockoutSeconds,
    };
    if (redis.publisher) {
      const insurance = (opts: typeof ip) =>
        new RateLimiterPostgres({
          ...opts,
          storeClient: db,
          storeType: 'typeorm',
          tableName: LOGIN_LIMIT_TABLE,
          tableCreated: true,
          // Expired rows are deleted by the periodic clean-up of this library (every 5 minutes).
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

  /** Throws RATE_LIMITED when this IP or account may not try now. */
  async checkAttempt(ip: string, accountKey: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (res) {
      throw rateLimited(secondsOf(res));
    }
    const state = await this.perAccount.get(sha256(accountKey));
    if (state && state.consumedPoints >= this.limits.failuresPerAccount)
      throw rateLimited(secondsOf(state));
  }

  /** Counts a failure; true when this failure locked the account. */
  async recordFailure(accountKey: string): Promise<boolean> {
    try {
      const res = await this.perAccount.consume(sha256(accountKey));
      return res.consumedPoints >= this.limits.failuresPerAccount;
    } catch {
      return false; // already locked
    }
  }

  async recordSuccess(accountKey: string): Promise<void> {
    await this.perAccount.delete(sha256(accountKey));
  }
}

function secondsOf(res: unknown): number {
  return res instanceof RateLimiterRes ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 60;
}
