import { ChatRateLimitedError, ChatRateLimiter } from './chat-rate-limiter';

describe('ChatRateLimiter', () => {
  it('rejects with an Error that carries the seconds to wait once the budget is spent', async () => {
    const limiter = new ChatRateLimiter();
    limiter.configure(2, 60);
    await limiter.consume('m1');
    await limiter.consume('m1');
    const rejection: unknown = await limiter.consume('m1').then(
      () => null,
      (e: unknown) => e,
    );
    expect(rejection).toBeInstanceOf(ChatRateLimitedError);
    expect(rejection).toBeInstanceOf(Error);
    expect((rejection as ChatRateLimitedError).retryAfterSeconds).toBeGreaterThanOrEqual(59);
    // Budgets are per member.
    await expect(limiter.consume('m2')).resolves.toBeUndefined();
  });
});
