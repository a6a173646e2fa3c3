import { Redis } from 'ioredis';
import { loadConfig } from '../../src/config/app-config';
import { Member } from '../../src/members/member.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor } from '../helpers/factories';
import { OwnRedis } from '../helpers/redis-server';
import { errorCode, startTestApp, TEST_JWT_SECRET, TestApp } from '../helpers/test-app';
import { login } from './auth-helpers';

const WRONG = 'falsch-falsch-falsch';

/**
 * Issue 10: two deployments on one Redis (each with its own database) keep separate login
 * budgets when their LOGIN_LIMIT_REDIS_KEY differ; keys carry the prefix and no e-mail address.
 */
describe('login rate-limit keys are namespaced in Redis', () => {
  let redis: OwnRedis;
  let client: Redis;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    client = new Redis(redis.url);
    first = await startTestApp({
      env: { REDIS_URL: redis.url, LOGIN_LIMIT_REDIS_KEY: 'erste.login' },
    });
    second = await startTestApp({
      env: { REDIS_URL: redis.url, LOGIN_LIMIT_REDIS_KEY: 'zweite.login' },
    });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    client?.disconnect();
    await redis?.down();
  });

  it('a lockout in one deployment leaves the same address in the other untouched', async () => {
    const there = await createActor(first, OrganisationKind.MUNICIPALITY);
    const here = await createActor(second, OrganisationKind.MUNICIPALITY);
    await second.db.getRepository(Member).update(here.member.id, { email: there.member.email });
    const email = there.member.email;

    for (let i = 0; i < 5; i++)
      expect(errorCode(await login(first, { email, password: WRONG }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login(first, { email }))).toBe('RATE_LIMITED');

    const other = await login(second, { email });
    expect(other.errors).toBeUndefined();
    expect(other.data.login.accessToken).toEqual(expect.any(String));

    const keys = await client.keys('*');
    expect(keys.filter((k) => k.startsWith('erste.login:account:'))).toHaveLength(1);
    expect(keys.filter((k) => k.startsWith('erste.login:ip:'))).toHaveLength(1);
    expect(keys.filter((k) => k.startsWith('zweite.login:ip:'))).toHaveLength(1);
    expect(keys.every((k) => /^(erste|zweite)\.login:(ip|account):/.test(k))).toBe(true);
    expect(keys.some((k) => k.includes(email))).toBe(false);
  });

  it('refuses a prefix that is not a plain key part', () => {
    const env = { JWT_SECRET: TEST_JWT_SECRET, LOGIN_LIMIT_REDIS_KEY: 'zwei worte' };
    expect(() => loadConfig(env, () => undefined)).toThrow('LOGIN_LIMIT_REDIS_KEY');
    expect(loadConfig({ JWT_SECRET: TEST_JWT_SECRET }, () => undefined).loginLimitRedisKey).toBe(
      'sicherheitsnetz.login',
    );
  });
});
