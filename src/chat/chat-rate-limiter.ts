import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export const DEFAULT_CHAT_EVENT_LIMIT = { points: 100, durationSeconds: 10 };

/** The member's budget is spent; `retryAfterSeconds` until the next event is allowed. */
export class ChatRateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Rate limited for ${retryAfterSeconds} s`);
    this.name = 'ChatRateLimitedError';
  }
}

/**
 * Per-member budget of socket events (all events count: sends, typing, joins). Kept in memory per
 * instance: behind a load balancer a member's budget is per instance, which still bounds the load.
 */
@Injectable()
export class ChatRateLimiter {
  private limiter = new RateLimiterMemory({
    points: DEFAULT_CHAT_EVENT_LIMIT.points,
    duration: DEFAULT_CHAT_EVENT_LIMIT.durationSeconds,
  });
  /**
   * Refused events one socket may send within one wait before it is disconnected: a client that
   * honours retryAfterSeconds never gets near it, a flood does after a few milliseconds.
   */
  private refusalsBeforeDisconnect = DEFAULT_CHAT_EVENT_LIMIT.points;

  get disconnectAfterRefusals(): number {
    return this.refusalsBeforeDisconnect;
  }

  /**
   * Resolves when the member may send one more event, rejects with a ChatRateLimitedError otherwise.
   * Any other failure of the limiter is passed on as it is.
   */
  async consume(memberId: string): Promise<void> {
    try {
      await this.limiter.consume(memberId);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      throw new ChatRateLimitedError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
    }
  }

  /** Changes the budget (tests, and operators who need another limit). */
  configure(points: number, durationSeconds: number, refusalsBeforeDisconnect = points): void {
    this.limiter = new RateLimiterMemory({ points, duration: durationSeconds });
    this.refusalsBeforeDisconnect = refusalsBeforeDisconnect;
  }
}
