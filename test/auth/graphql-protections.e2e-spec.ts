import { createHmac } from 'node:crypto';
import request from 'supertest';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor, TEST_PASSWORD } from '../helpers/factories';
import { errorCode, GqlResult, startTestApp, TEST_JWT_SECRET, TestApp } from '../helpers/test-app';

// Jest ignores testTimeout inside a `projects` entry; starting an app under a loaded full run can exceed the 5 s default.
jest.setTimeout(120_000); // the production-mode app compiles the CSAF validator before listening (slow on a loaded machine)

/** Nests `serviceRelations { provider { ... } }` under `me { organisation { ... } }` to the given field depth. */
function deepQuery(depth: number): string {
  // me(1) organisation(2), then alternating serviceRelations / provider, finished by id.
  let inner = 'id';
  const chain = ['me', 'organisation'];
  for (let i = chain.length; i < depth - 1; i++)
    chain.push(i % 2 === 0 ? 'serviceRelations' : 'provider');
  for (const field of chain.reverse()) inner = `${field} { ${inner} }`;
  return `{ ${inner} }`;
}

function aliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
}

function expectRefusedAsInput(res: GqlResult) {
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  expect(res.data ?? null).toBeNull();
}

describe('GraphQL protections', () => {
  let t: TestApp;
  let member: Actor;
  beforeAll(async () => {
    t = await startTestApp();
    member = await createActor(t, OrganisationKind.MUNICIPALITY);
  });
  afterAll(() => t.close());

  it('allows a query of depth 8 and refuses depth 9 and more', async () => {
    const ok = await t.gql(deepQuery(8), {}, member.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.me.organisation).toBeDefined();
    for (const depth of [9, 12]) {
      const res = await t.gql(deepQuery(depth), {}, member.token);
      expectRefusedAsInput(res);
      expect(res.errors![0].message).toMatch(/depth/i);
    }
  });

  it('refuses a too-deep query before anything runs, also for anonymous callers', async () => {
    expectRefusedAsInput(await t.gql(deepQuery(12), {}));
  });

  it('hides depth behind fragments no better', async () => {
    const query = `
      fragment P on Organisation { serviceRelations { provider { serviceRelations { provider { serviceRelations { provider { id } } } } } } }
      { me { organisation { ...P } } }`;
    expectRefusedAsInput(await t.gql(query, {}, member.token));
  });

  it('allows 10 aliases and refuses 11', async () => {
    const ok = await t.gql(aliases(10), {}, member.token);
    expect(ok.errors).toBeUndefined();
    expect(Object.keys(ok.data)).toHaveLength(10);
    const res = await t.gql(aliases(11), {}, member.token);
    expectRefusedAsInput(res);
    expect(res.errors![0].message).toMatch(/alias/i);
  });

  it('refuses a document with too many tokens', async () => {
    const query = `{ me { ${'id '.repeat(4100)} } }`;
    expectRefusedAsInput(await t.gql(query, {}, member.token));
  });

  it('answers every refused document with HTTP 400 (armor limits and parse errors), never 500', async () => {
    const directives = `{ me { id ${'@include(if: true) '.repeat(21)} } }`;
    const costly = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: members(first: 100) { nodes { organisation { serviceRelations { provider { name } } } } }`).join(' ')} }`;
    const documents: Record<string, string> = {
      tokens: `{ me { ${'id '.repeat(4100)} } }`,
      depth: deepQuery(12),
      aliases: aliases(11),
      directives,
      cost: costly,
      syntax: '{ me { id ',
      unknownField: '{ me { passwordHash } }',
    };
    const answers: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [limit, query] of Object.entries(documents)) {
      const res = await t.gql(query, {}, member.token);
      answers[limit] = `${res.status} ${errorCode(res)}`;
      expected[limit] = '400 BAD_USER_INPUT';
    }
    expect(answers).toEqual(expected);
  });

  it('answers no request a client can send with a 500', async () => {
    const server = t.app.getHttpServer();
    const post = () =>
      request(server).post('/graphql').set('authorization', `Bearer ${member.token}`);
    const json = (body: string) => post().set('content-type', 'application/json').send(body);
    const attempts: Record<string, () => request.Test> = {
      malformedJson: () => json('{"query": "{ me { id } }"'),
      jsonString: () => json('"{ me { id } }"'),
      jsonNull: () => json('null'),
      jsonNumber: () => json('42'),
      emptyBody: () => json(''),
      queryNotString: () => json(JSON.stringify({ query: 42 })),
      variablesNotObject: () => json(JSON.stringify({ query: '{ me { id } }', variables: 'x' })),
      extensionsNotObject: () =>
        json(JSON.stringify({ query: '{ me { id } }', extensions: ['x'] })),
      unknownOperation: () =>
        json(JSON.stringify({ query: 'query A { me { id } }', operationName: 'B' })),
      twoOperationsNoName: () =>
        json(JSON.stringify({ query: 'query A { me { id } } query B { me { id } }' })),
      xmlBody: () => post().set('content-type', 'application/xml').send('<query/>'),
      unsupportedCharset: () =>
        post()
          .set('content-type', 'application/json; charset=koi8-r')
          .send('{"query":"{ me { id } }"}'),
      unsupportedEncoding: () =>
        post()
          .set('content-type', 'application/json')
          .set('content-encoding', 'x-unknown')
          .send('{"query":"{ me { id } }"}'),
      brokenGzip: () =>
        post()
          .set('content-type', 'application/json')
          .set('content-encoding', 'gzip')
          .send('not gzip at all'),
      hugeBody: () =>
        json(JSON.stringify({ query: '{ me { id } }', variables: { x: 'x'.repeat(9_000_000) } })),
      getWithoutPreflightHeader: () =>
        request(server).get('/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D'),
      getMutation: () =>
        request(server)
          .get('/graphql?query=mutation%20%7B%20logout%20%7D')
          .set('apollo-require-preflight', 'true'),
      getBadVariables: () =>
        request(server)
          .get('/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D&variables=%7Bnope')
          .set('apollo-require-preflight', 'true'),
      putGraphql: () => request(server).put('/graphql').send({ query: '{ me { id } }' }),
      feedBadEncoding: () => request(server).get('/public/advisories/%E0%A4%A/csaf.json'),
      // An extension-less GET like /nothing-here is a client route of the web app (200, index.html)
      // when the app is built; a missing file and an unknown API path are 404s either way.
      unknownFile: () => request(server).get('/nothing-here.js'),
      unknownApiPath: () => request(server).post('/graphql/nothing-here').send({}),
    };
    const statuses: Record<string, number> = {};
    for (const [name, send] of Object.entries(attempts)) {
      const res = await send();
      statuses[name] = res.status;
      expect(res.text).not.toContain(member.member.id);
      expect(res.text).not.toMatch(/node_modules|\.ts:\d|at \w+ \(/);
    }
    // Every one is the client's mistake: a 4xx, never a 5xx (nor a 2xx with data).
    const wrong = Object.entries(statuses).filter(([, status]) => status < 400 || status >= 500);
    expect(wrong).toEqual([]);
    // Automatic persisted queries are not supported: Apollo's protocol answers 200 with an error
    // the client understands (it then sends the full query), never data and never a 5xx.
    const apq = await json(
      JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      }),
    );
    expect(apq.status).toBeLessThan(500);
    expect(apq.body.data ?? null).toBeNull();
    expect(apq.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses batched HTTP requests (a JSON array body)', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${member.token}`)
      .send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify(res.body ?? {})).not.toContain(member.member.id);
    expect(res.text).not.toContain(member.member.id);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ me { id } }' }));
    expect(res.status).toBe(400);
    expect(res.text).not.toContain(member.member.id);
  });

  it('answers a syntax error and an unknown field with BAD_USER_INPUT', async () => {
    const syntax = await t.gql(`{ me { id `, {}, member.token);
    expectRefusedAsInput(syntax);
    const unknown = await t.gql(`{ me { passwordHash } }`, {}, member.token);
    expectRefusedAsInput(unknown);
    const wrongType = await t.gql(
      `query ($n: Int) { members(first: $n) { totalCount } }`,
      { n: 'viele' },
      member.token,
    );
    expectRefusedAsInput(wrongType);
  });

  it('accepts only the bearer scheme with a valid token', async () => {
    expect(errorCode(await t.gql(`{ me { id } }`, {}, 'kein.gültiges.token'))).toBe(
      'UNAUTHENTICATED',
    );
    const forged = member.token.slice(0, -4) + (member.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(errorCode(await t.gql(`{ me { id } }`, {}, forged))).toBe('UNAUTHENTICATED');
    const basic = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Basic ${member.token}`)
      .send({ query: '{ me { id } }' });
    expect(basic.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses tokens that are unsigned, signed with another key, or pair one member with another’s session', async () => {
    const other = await createActor(t, OrganisationKind.MUNICIPALITY);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: member.member.id, sid: member.sessionId, iat: now, exp: now + 600 };
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    const sign = (payload: object, secret: string) => {
      const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
      return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
    };
    const otherKey = sign(claims, 'a-completely-different-secret-0123456789abcdef');
    const swapped = sign({ ...claims, sub: other.member.id }, TEST_JWT_SECRET);
    const expired = sign({ ...claims, iat: now - 2000, exp: now - 1000 }, TEST_JWT_SECRET);
    const genuine = sign(claims, TEST_JWT_SECRET);
    // The forging helper is right: the same claims signed with the real key work.
    expect((await t.gql(`{ me { id } }`, {}, genuine)).data.me.id).toBe(member.member.id);
    for (const token of [unsigned, otherKey, swapped, expired]) {
      expect(errorCode(await t.gql(`{ me { id } }`, {}, token))).toBe('UNAUTHENTICATED');
    }
  });

  it('issues access tokens of at most 15 minutes', async () => {
    const res = await t.gql(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt } }`,
      {
        input: { email: member.member.email, password: TEST_PASSWORD },
      },
    );
    const exp = JSON.parse(
      Buffer.from(res.data.login.accessToken.split('.')[1], 'base64url').toString(),
    ).exp as number;
    expect(exp - Date.now() / 1000).toBeLessThanOrEqual(15 * 60 + 1);
    expect(Date.parse(res.data.login.accessTokenExpiresAt) - Date.now()).toBeLessThanOrEqual(
      15 * 60 * 1000 + 1000,
    );
  });
});

describe('an unexpected server error', () => {
  let t: TestApp;
  let member: Actor;
  beforeAll(async () => {
    t = await startTestApp();
    member = await createActor(t, OrganisationKind.MUNICIPALITY);
    // Break this test database only (each test app has its own): the next read of organisations fails in SQL.
    await t.db.query(`ALTER TABLE organisations RENAME COLUMN population TO population_broken`);
  });
  afterAll(() => t.close());

  it('is masked as INTERNAL without SQL, stack or internals', async () => {
    const res = await t.gql(`{ organisations { nodes { id name population } } }`, {}, member.token);
    expect(errorCode(res)).toBe('INTERNAL');
    const error = res.errors![0];
    expect(error.message).toBe('Interner Fehler.');
    expect(Object.keys(error.extensions!)).toEqual(['code']);
    const body = JSON.stringify(res);
    for (const leak of [
      'population',
      'SELECT',
      'does not exist',
      'existiert nicht',
      'relation',
      'QueryFailedError',
      'at ',
      '.ts:',
      'node_modules',
    ]) {
      expect({ leak, found: body.includes(leak) }).toEqual({ leak, found: false });
    }
  });
});

describe('GraphQL in production mode', () => {
  let t: TestApp;
  let member: Actor;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
    member = await createActor(t, OrganisationKind.MUNICIPALITY);
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const res = await t.gql(`{ __schema { types { name } } }`, {}, member.token);
    expectRefusedAsInput(res);
  });

  it('does not suggest field names', async () => {
    const res = await t.gql(`{ me { displayNam } }`, {}, member.token);
    expectRefusedAsInput(res);
    expect(res.errors![0].message).not.toMatch(/displayName|did you mean/i);
  });

  it('still answers normal queries', async () => {
    expect((await t.gql(`{ me { id } }`, {}, member.token)).data.me.id).toBe(member.member.id);
  });
});
