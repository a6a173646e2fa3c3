import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { rateLimited } from '../common/errors/app-error';

export const LOGIN_LIMITS = Symbol('LOGIN_LIMITS');

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
 * ones, so the answers do not reveal which e-mail addresses exist. With REDIS_URL the counters are
 * shared by all instances.
 */
@Injectable()
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGIN_LIMITS) readonly limits: LoginLimits,
  ) {
    const ip = { keyPrefix: 'login_ip', points: limits.perIpPerMinute, duration: 60 };
    const account = {
      keyPrefix: 'login_account',
      points: limits.failuresPerAccount,
      duration: limits.lockoutSeconds,
      blockDuration: limits.lockoutSeconds,
    };
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, {
        enableOfflineQueue: false,
        lazyConnect: false,
        maxRetriesPerRequest: 1,
      });
      const insuranceLimiter = (opts: typeof ip) => new RateLimiterMemory(opts);
      this.perIp = new RateLimiterRedis({
        storeClient: this.redis,
        ...ip,
        insuranceLimiter: insuranceLimiter(ip),
      });
      this.perAccount = new RateLimiterRedis({
        storeClient: this.redis,
        ...account,
        insuranceLimiter: insuranceLimiter(account),
      });
    } else {
      this.perIp = new RateLimiterMemory(ip);
      this.perAccount = new RateLimiterMemory(account);
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  /** Throws RATE_LIMITED when this IP or account may not try now. */
  async checkAttempt(ip: string, accountKey: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (res) {
      throw rateLimited(secondsOf(res));
    }
    const state = await this.perAccount.get(accountKey);
    if (state && state.consumedPoints >= this.limits.failuresPerAccount)
      throw rateLimited(secondsOf(state));
  }

  /** Counts a failure; true when this failure locked the account. */
  async recordFailure(accountKey: string): Promise<boolean> {
    try {
      const res = await this.perAccount.consume(accountKey);
      return res.consumedPoints >= this.limits.failuresPerAccount;
    } catch {
      return false; // already locked
    }
  }

  async recordSuccess(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }
}

function secondsOf(res: unknown): number {
  return res instanceof RateLimiterRes ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 60;
}
