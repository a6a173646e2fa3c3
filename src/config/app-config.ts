import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const APP_CONFIG = Symbol('APP_CONFIG');

export interface AppConfig {
  production: boolean;
  port: number;
  /** Unset: an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  /** Prefix of the login rate limiter's keys in Redis (separate deployments on one Redis). */
  loginLimitRedisKey: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  invitationTtlHours: number;
  /** Lifetime of a password-reset link. */
  passwordResetTtlMinutes: number;
  /** Password-reset requests per client IP and hour (more: RATE_LIMITED). */
  passwordResetsPerIpPerHour: number;
  corsOrigins: string[];
  logLevel: string;
  /** `pretty`: human-readable lines (default outside production); `json`: one JSON object a line. */
  logFormat: 'pretty' | 'json';
  publicUrl: string;
  /** Bound on concurrent DB connections per instance. */
  databasePoolSize: number;
  /** Behind one reverse proxy: the client IP is the last X-Forwarded-For entry (TRUST_PROXY). */
  trustProxy: boolean;
  /** A socket that has not joined (no or a refused token) is closed after this many ms. */
  socketConnectTimeoutMs: number;
  /** Open socket.io connections per client IP and instance; one more is refused. */
  socketMaxPerIp: number;
  /** Set by the CLI: no start-up warm-ups that only serve requests (the CSAF validator preload). */
  skipWarmUp?: boolean;
  /** Hours after publication before a critical advisory without acknowledgement is escalated to ORG_ADMINs by mail. */
  mailEscalationHours: number;
  /** Seconds between runs of the digest and escalation job (0: off, e.g. in tests that trigger it). */
  mailJobIntervalSeconds: number;
  mail: MailConfig;
}

export interface MailConfig {
  /** smtp:// or smtps:// URL (credentials inside). Unset: mails go to the development mailbox. */
  smtpUrl?: string;
  /** Sender of every mail, e.g. `Sicherheitsnetz <noreply@example.org>`. */
  from: string;
  /** Domain of the Message-IDs (the sender address's domain). */
  messageIdDomain: string;
  /** false only for a test relay with a self-signed certificate. */
  tlsRejectUnauthorized: boolean;
  /** false: this instance only enqueues (another instance sends). */
  workerEnabled: boolean;
  /** Attempts after the first before a delivery counts as failed. */
  retryLimit: number;
  /** First retry delay in seconds; doubled per attempt (with jitter) up to retryDelayMaxSeconds. */
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  /** Parallel SMTP connections per instance. */
  concurrency: number;
  /** A job held longer (its instance died mid-send) is handed out again. */
  jobTimeoutSeconds: number;
  /** How often each instance looks for such jobs (pg-boss maintenance). */
  maintenanceIntervalSeconds: number;
}

export class ConfigError extends Error {}

function intFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

/**
 * In development a missing secret is generated once and kept in the data folder, so tokens
 * survive restarts; in production a missing secret must stop the start.
 */
function resolveSecret(
  env: NodeJS.ProcessEnv,
  production: boolean,
  dataDir: string,
  warn: (m: string) => void,
): string {
  const given = env.JWT_SECRET;
  if (given) {
    if (given.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
    return given;
  }
  if (production) {
    throw new ConfigError(
      'JWT_SECRET is required when NODE_ENV=production (at least 32 random characters)',
    );
  }
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret?: string };
    if (stored.jwtSecret) return stored.jwtSecret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, JSON.stringify({ jwtSecret: secret }, null, 2), { mode: 0o600 });
  warn(
    `JWT_SECRET is not set: generated one for development in ${file}. Set JWT_SECRET in production.`,
  );
  return secret;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  warn: (m: string) => void = console.warn,
): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.DATA_DIR || join(process.cwd(), 'data'));
  const port = intFrom(env, 'PORT', 3000, 0, 65535);
  const corsOrigins = (
    env.CORS_ORIGINS ?? (production ? '' : `http://localhost:${port},http://127.0.0.1:${port}`)
  )
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS entry "${origin}" must look like https://host[:port] without a path`,
      );
    }
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(
      `LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent`,
    );
  }
  const logFormat = env.LOG_FORMAT || (production || env.NODE_ENV === 'test' ? 'json' : 'pretty');
  if (logFormat !== 'pretty' && logFormat !== 'json') {
    throw new ConfigError('LOG_FORMAT must be pretty or json');
  }
  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL');
  }
  if (env.TRUST_PROXY && !['true', 'false'].includes(env.TRUST_PROXY)) {
    throw new ConfigError('TRUST_PROXY must be true or false');
  }
  if (env.REDIS_URL && !/^rediss?:\/\//.test(env.REDIS_URL)) {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  }
  const loginLimitRedisKey = env.LOGIN_LIMIT_REDIS_KEY || 'sicherheitsnetz.login';
  if (!/^[\w.:-]{1,100}$/.test(loginLimitRedisKey)) {
    throw new ConfigError('LOGIN_LIMIT_REDIS_KEY must be 1 to 100 letters, digits or . : _ -');
  }
  return {
    production,
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    redisUrl: env.REDIS_URL || undefined,
    loginLimitRedisKey,
    jwtSecret: resolveSecret(env, production, dataDir, warn),
    accessTokenTtlSeconds: intFrom(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 900),
    refreshTokenTtlDays: intFrom(env, 'REFRESH_TOKEN_TTL_DAYS', 14, 1, 90),
    invitationTtlHours: intFrom(env, 'INVITATION_TTL_HOURS', 72, 1, 720),
    passwordResetTtlMinutes: intFrom(env, 'PASSWORD_RESET_TTL_MINUTES', 30, 5, 1440),
    passwordResetsPerIpPerHour: intFrom(env, 'PASSWORD_RESET_LIMIT_PER_IP', 10, 1, 100_000),
    corsOrigins,
    logLevel,
    logFormat,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    databasePoolSize: intFrom(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    trustProxy: env.TRUST_PROXY === 'true',
    socketConnectTimeoutMs: intFrom(env, 'SOCKET_CONNECT_TIMEOUT_MS', 5000, 100, 45_000),
    socketMaxPerIp: intFrom(env, 'SOCKET_MAX_PER_IP', 100, 1, 1_000_000),
    mailEscalationHours: intFrom(env, 'MAIL_ESCALATION_HOURS', 24, 1, 720),
    mailJobIntervalSeconds: intFrom(
      env,
      'MAIL_JOB_INTERVAL_SECONDS',
      env.NODE_ENV === 'test' ? 0 : 300,
      0,
      86_400,
    ),
    mail: loadMailConfig(env, env.PUBLIC_URL || `http://localhost:${port}`),
  };
}

function loadMailConfig(env: NodeJS.ProcessEnv, publicUrl: string): MailConfig {
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL');
  }
  let host = 'localhost';
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {
    throw new ConfigError('PUBLIC_URL must be a URL like https://host');
  }
  const from = env.MAIL_FROM || `Sicherheitsnetz <noreply@${host}>`;
  const address = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from)?.[1] ?? from.trim();
  if (!/^[^@\s<>]+@[^@\s<>]+$/.test(address)) {
    throw new ConfigError('MAIL_FROM must be an address like "Name <noreply@example.org>"');
  }
  for (const name of ['SMTP_TLS_REJECT_UNAUTHORIZED', 'MAIL_WORKER']) {
    if (env[name] && !['true', 'false'].includes(env[name])) {
      throw new ConfigError(`${name} must be true or false`);
    }
  }
  return {
    smtpUrl,
    from,
    messageIdDomain: address.split('@')[1],
    tlsRejectUnauthorized: env.SMTP_TLS_REJECT_UNAUTHORIZED !== 'false',
    workerEnabled: env.MAIL_WORKER !== 'false',
    retryLimit: intFrom(env, 'MAIL_RETRY_LIMIT', 10, 0, 100),
    retryDelaySeconds: intFrom(env, 'MAIL_RETRY_DELAY_SECONDS', 30, 1, 3600),
    retryDelayMaxSeconds: intFrom(env, 'MAIL_RETRY_DELAY_MAX_SECONDS', 3600, 1, 86_400),
    concurrency: intFrom(env, 'MAIL_CONCURRENCY', 5, 1, 50),
    jobTimeoutSeconds: intFrom(env, 'MAIL_JOB_TIMEOUT_SECONDS', 120, 5, 3600),
    maintenanceIntervalSeconds: intFrom(env, 'MAIL_MAINTENANCE_INTERVAL_SECONDS', 60, 1, 3600),
  };
}
