import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { POLICY_KEY, PolicySpec } from '../src/common/access/policy.decorator';
import { startTestApp, TestApp } from './helpers/test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVE_FIELD = 'graphql:resolve_property';
const ROUTE_PATH = 'path';
const ROUTE_METHOD = 'method';
const SOCKET_MESSAGE = 'message';
const GATEWAY = 'websockets:is_gateway';

interface Endpoint {
  name: string;
  kind: 'Query' | 'Mutation' | 'Subscription' | 'ResolveField' | 'Route' | 'SocketEvent';
  policy: PolicySpec | undefined;
}

/**
 * Default deny, checked: every query, mutation, subscription, field resolver, HTTP route and
 * socket event must declare its access policy. An endpoint without one fails this test (and is
 * refused at run time by the PolicyGuard).
 */
describe('every endpoint declares an access policy', () => {
  let t: TestApp;
  let endpoints: Endpoint[];

  beforeAll(async () => {
    t = await startTestApp();
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    endpoints = [];
    for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const cls = instance.constructor;
      const isGateway = Reflect.getMetadata(GATEWAY, cls) === true;
      for (const method of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = (instance as Record<string, unknown>)[method] as object;
        let kind: Endpoint['kind'] | null = null;
        const resolverType = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if (
          resolverType === 'Query' ||
          resolverType === 'Mutation' ||
          resolverType === 'Subscription'
        )
          kind = resolverType;
        else if (Reflect.getMetadata(RESOLVE_FIELD, handler)) kind = 'ResolveField';
        else if (
          Reflect.getMetadata(ROUTE_PATH, handler) !== undefined &&
          Reflect.getMetadata(ROUTE_METHOD, handler) !== undefined
        )
          kind = 'Route';
        else if (isGateway && Reflect.getMetadata(SOCKET_MESSAGE, handler) !== undefined)
          kind = 'SocketEvent';
        if (!kind) continue;
        const policy = reflector.getAllAndOverride<PolicySpec | undefined>(POLICY_KEY, [
          handler as never,
          cls,
        ]);
        endpoints.push({ name: `${cls.name}.${method}`, kind, policy });
      }
    }
  });
  afterAll(() => t.close());

  it('finds no endpoint without a policy', () => {
    const missing = endpoints.filter((e) => !e.policy).map((e) => `${e.kind} ${e.name}`);
    expect(missing).toEqual([]);
  });

  it('enumerates every root field of the schema (so none escaped the scan)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    for (const root of ['Query', 'Mutation'] as const) {
      const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
      const inSchema = Object.keys(type?.getFields() ?? {}).length;
      const scanned = endpoints.filter((e) => e.kind === root).length;
      expect({ root, scanned }).toEqual({ root, scanned: inSchema });
    }
  });

  it('marks only deliberate endpoints public', () => {
    const open = endpoints
      .filter((e) => e.policy?.public)
      .map((e) => e.name)
      .sort();
    // Each entry here is reviewed: anything new that is open to anonymous callers must be added consciously.
    expect(open).toEqual(
      expect.arrayContaining([
        'AuthResolver.acceptInvitation',
        'AuthResolver.login',
        'AuthResolver.refreshSession',
        'HealthController.live',
        'HealthController.ready',
      ]),
    );
    const allowed = new Set([
      'AuthResolver.acceptInvitation',
      'AuthResolver.login',
      'AuthResolver.refreshSession',
      'HealthController.live',
      'HealthController.ready',
      // The browser's cookie refresh and cookie clearing: the cookie is the credential
      // (test/auth/session-cookie.e2e-spec.ts).
      'SessionCookieController.refresh',
      'SessionCookieController.clear',
      // One-click unsubscribe (RFC 8058): the signed token in the URL is the credential
      // (test/mail/content-preferences.e2e-spec.ts).
      'UnsubscribeController.confirm',
      'UnsubscribeController.unsubscribe',
      // Password reset: the same answer for every address, rate-limited; the token is the
      // credential (test/mail/password-reset.e2e-spec.ts).
      'PasswordResetResolver.requestPasswordReset',
      'PasswordResetResolver.resetPassword',
      // Answers 404 unless there is no SMTP_URL outside production (test/mail/dev-mailbox.e2e-spec.ts).
      'DevMailController.page',
      'DevMailController.json',
      ...(process.env.SN_EXTRA_PUBLIC ?? '').split(','),
    ]);
    expect(open.filter((n) => !allowed.has(n) && !n.startsWith('PublicFeed'))).toEqual([]);
  });
});
