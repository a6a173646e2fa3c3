import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import type { LoginLimits } from '../../src/auth/login-rate-limiter';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { createTestDatabase, dropTestDatabase, testDataDirPrefix } from '../setup/test-database';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';
export const TEST_ORIGIN = 'http://localhost:4200';

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: {
    message: string;
    extensions?: { code?: string; field?: string } & Record<string, unknown>;
    path?: string[];
  }[];
}

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  config: AppConfig;
  /** http://127.0.0.1:<port> of the listening server (for socket.io clients). */
  url: string;
  databaseUrl: string;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  loginLimits?: LoginLimits;
  env?: Record<string, string>;
  /** Reuse an existing database (second instance in a scale-out test). */
  databaseUrl?: string;
}

/** A real app on a real PostgreSQL database of its own, listening on a random loopback port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? null : await createTestDatabase();
  // Removed again in close(); the global teardown sweeps what a crashed suite left (same prefix).
  const dataDir = mkdtempSync(join(tmpdir(), `${testDataDirPrefix()}-`));
  const databaseUrl = options.databaseUrl ?? database!.url;
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      CORS_ORIGINS: TEST_ORIGIN,
      PORT: '0',
      // Every test client connects from 127.0.0.1; the per-IP cap has its own test.
      SOCKET_MAX_PER_IP: '100000',
      ...options.env,
    },
    () => undefined,
  );
  const app = await createApp({
    config,
    databaseUrl,
    loginLimits: options.loginLimits ?? {
      perIpPerMinute: 100_000,
      failuresPerAccount: 5,
      lockoutSeconds: 900,
    },
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    db: app.get(DataSource),
    config,
    url,
    databaseUrl,
    async gql(query, variables = {}, token) {
      const req = request(app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
    async close() {
      await app.close();
      if (database) await dropTestDatabase(database.name);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The error code of the first GraphQL error, or null when there was none. */
export function errorCode(result: GqlResult): string | null {
  return result.errors?.[0]?.extensions?.code ?? null;
}
