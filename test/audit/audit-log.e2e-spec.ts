import { AuditEvent } from '../../src/audit/audit-event.entity';
import { encodeCursor } from '../../src/common/graphql/pagination';
import { Cast, createActor, createCast, TEST_PASSWORD } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { OrganisationKind } from '../../src/organisations/organisation.enums';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(30_000);

const EVENTS = `query ($first: Int, $after: String, $action: String, $actorId: ID, $targetId: String, $from: DateTime, $to: DateTime) {
  auditEvents(first: $first, after: $after, action: $action, actorId: $actorId, targetId: $targetId, from: $from, to: $to) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id action actorId targetType targetId ip details createdAt }
  }
}`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`;

interface EventNode {
  id: string;
  action: string;
  actorId: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

describe('audit log', () => {
  let t: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    // Some history: successful and failed logins, a permission denial.
    await t.gql(LOGIN, { email: cast.municipal.member.email, password: TEST_PASSWORD });
    await t.gql(LOGIN, { email: cast.municipal.member.email, password: 'Falsches-Passwort-1' });
    await t.gql(LOGIN, { email: cast.provider.member.email, password: TEST_PASSWORD });
    await t.gql(LOGIN, { email: 'unbekannt@example.org', password: 'Falsches-Passwort-1' });
    await t.gql(`{ auditEvents { totalCount } }`, {}, cast.municipal.token);
  });
  afterAll(() => t.close());

  const events = async (vars: Record<string, unknown> = {}) => {
    const res = await t.gql(EVENTS, { first: 100, ...vars }, cast.admin.token);
    expect(res.errors).toBeUndefined();
    return res.data.auditEvents as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: EventNode[];
    };
  };

  it('is readable by ADMINs only', async () => {
    for (const role of [
      'municipal',
      'municipalOrgAdmin',
      'provider',
      'cert',
      'moderator',
    ] as const) {
      const res = await t.gql(EVENTS, {}, cast[role].token);
      expect({ role, code: errorCode(res), data: res.data }).toEqual({
        role,
        code: 'FORBIDDEN',
        data: null,
      });
    }
    expect(errorCode(await t.gql(EVENTS, {}, cast.disabled.token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(EVENTS, {}))).toBe('UNAUTHENTICATED');
    const all = await events();
    expect(all.totalCount).toBe(await t.db.getRepository(AuditEvent).count());
  });

  it('records permission denials with the endpoint', async () => {
    const denied = await events({ action: 'permission.denied', actorId: cast.municipal.member.id });
    expect(denied.nodes.length).toBeGreaterThanOrEqual(1);
    expect(denied.nodes[0].details).toMatchObject({
      endpoint: 'AuditResolver.auditEvents',
      reason: 'platform role',
    });
  });

  it('filters by action prefix and by exact action', async () => {
    const logins = await events({ action: 'login.' });
    expect(logins.nodes.length).toBeGreaterThanOrEqual(4);
    expect(logins.nodes.every((e) => e.action.startsWith('login.'))).toBe(true);
    expect(new Set(logins.nodes.map((e) => e.action))).toEqual(
      new Set(['login.succeeded', 'login.failed']),
    );
    expect(logins.totalCount).toBe(logins.nodes.length);

    const failed = await events({ action: 'login.failed' });
    expect(failed.nodes).toHaveLength(2);
    expect(failed.nodes.every((e) => e.action === 'login.failed')).toBe(true);
    // Without the dot an action is matched exactly, not as a prefix.
    expect((await events({ action: 'login' })).totalCount).toBe(0);
    // LIKE wildcards mean nothing.
    expect((await events({ action: '%.' })).totalCount).toBe(0);
  });

  it('filters by actor and by target', async () => {
    const mine = await events({ actorId: cast.municipal.member.id });
    expect(mine.nodes.length).toBeGreaterThanOrEqual(3);
    expect(mine.nodes.every((e) => e.actorId === cast.municipal.member.id)).toBe(true);
    expect(new Set(mine.nodes.map((e) => e.action))).toEqual(
      new Set(['login.succeeded', 'login.failed', 'permission.denied']),
    );

    const combined = await events({ actorId: cast.municipal.member.id, action: 'login.succeeded' });
    expect(combined.totalCount).toBe(1);
    const byTarget = await events({ targetId: combined.nodes[0].targetId });
    expect(byTarget.nodes.map((e) => e.id)).toEqual([combined.nodes[0].id]);
  });

  it('filters by time range', async () => {
    const all = await events();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await events({ from: future })).totalCount).toBe(0);
    expect((await events({ to: future })).totalCount).toBe(all.totalCount);
    expect((await events({ to: '2000-01-01T00:00:00Z' })).totalCount).toBe(0);
  });

  it('pages newest first without overlap', async () => {
    // Enough events for several pages.
    for (let i = 0; i < 12; i++)
      await t.gql(LOGIN, { email: `niemand${i}@example.org`, password: 'Falsches-Passwort-1' });
    const total = (await events()).totalCount;
    const seen: EventNode[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: any = await t.gql(EVENTS, { first: 5, after }, cast.admin.token);
      expect(res.data.auditEvents.totalCount).toBe(total);
      expect(res.data.auditEvents.nodes.length).toBeLessThanOrEqual(5);
      seen.push(...res.data.auditEvents.nodes);
      if (!res.data.auditEvents.pageInfo.hasNextPage) break;
      after = res.data.auditEvents.pageInfo.endCursor;
    }
    const ids = seen.map((e) => BigInt(e.id));
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    for (let i = 1; i < ids.length; i++) expect(ids[i] < ids[i - 1]).toBe(true);
    for (let i = 1; i < seen.length; i++)
      expect(Date.parse(seen[i].createdAt)).toBeLessThanOrEqual(Date.parse(seen[i - 1].createdAt));
  });

  it('sees a new event at the top', async () => {
    const fresh = await createActor(t, OrganisationKind.MUNICIPALITY);
    await t.gql(LOGIN, { email: fresh.member.email, password: TEST_PASSWORD });
    const top = (await events({ first: 1 })).nodes[0];
    expect(top).toMatchObject({ action: 'login.succeeded', actorId: fresh.member.id });
  });

  it.each([
    ['first', { first: 101 }],
    ['first', { first: 0 }],
    ['after', { after: 'kein-cursor' }],
    ['after', { after: encodeCursor(['abc']) }],
    ['actorId', { actorId: 'keine-uuid' }],
    ['action', { action: 'x'.repeat(61) }],
  ])('refuses a bad %s', async (field, vars) => {
    const res = await t.gql(EVENTS, vars, cast.admin.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe(field);
  });
});
