import request from 'supertest';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor, TEST_PASSWORD } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';

jest.setTimeout(30_000);

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken member { id } } }`;
const ME = `{ me { id } }`;
const LOGOUT = `mutation { logout }`;
const BROWSER = { 'X-Sicherheitsnetz-Client': 'web' };

/** The sn_refresh cookie of a response: value and attributes. */
function refreshCookie(res: request.Response): { value: string; attributes: string } | null {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const line = raw.find((c) => c.startsWith('sn_refresh='));
  if (!line) return null;
  const [pair, ...attrs] = line.split(';');
  return {
    value: decodeURIComponent(pair.slice('sn_refresh='.length)),
    attributes: attrs.join(';'),
  };
}

describe('browser sessions: refresh token in an httpOnly cookie', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function browserLogin(email: string) {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set(BROWSER)
      .send({ query: LOGIN, variables: { input: { email, password: TEST_PASSWORD } } });
    expect(res.body.errors).toBeUndefined();
    return res;
  }

  const refresh = (cookie: string | null, headers: Record<string, string> = BROWSER) => {
    const req = request(t.app.getHttpServer()).post('/auth/refresh').set(headers);
    if (cookie) req.set('cookie', `sn_refresh=${encodeURIComponent(cookie)}`);
    return req;
  };

  it('login sets the cookie (httpOnly, SameSite=Strict, path /auth) and returns no refresh token', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const res = await browserLogin(actor.member.email);
    expect(res.body.data.login.refreshToken).toBe('');
    expect(res.body.data.login.accessToken).toBeTruthy();
    const cookie = refreshCookie(res)!;
    expect(cookie.value.length).toBeGreaterThan(20);
    expect(cookie.attributes).toMatch(/HttpOnly/i);
    expect(cookie.attributes).toMatch(/SameSite=Strict/i);
    expect(cookie.attributes).toMatch(/Path=\/auth/i);
    expect(cookie.attributes).toMatch(/Max-Age=\d+/i);
    // Not Secure outside production (http on loopback); see the production test below.
    expect(cookie.attributes).not.toMatch(/Secure/i);
  });

  it('API clients without the header keep getting the refresh token in JSON and no cookie', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .send({
        query: LOGIN,
        variables: { input: { email: actor.member.email, password: TEST_PASSWORD } },
      });
    expect(res.body.data.login.refreshToken.length).toBeGreaterThan(20);
    expect(refreshCookie(res)).toBeNull();
  });

  it('refresh rotates the cookie and answers a working access token', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const first = refreshCookie(await browserLogin(actor.member.email))!.value;
    const res = await refresh(first);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ memberId: actor.member.id, totpSetupRequired: false });
    expect(res.body.refreshToken).toBeUndefined();
    const second = refreshCookie(res)!.value;
    expect(second).not.toBe(first);
    expect((await t.gql(ME, {}, res.body.accessToken)).data.me.id).toBe(actor.member.id);
    // The rotated cookie works again.
    expect((await refresh(second)).status).toBe(200);
  });

  it('a reused cookie ends the whole session and clears the cookie', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const first = refreshCookie(await browserLogin(actor.member.email))!.value;
    const ok = await refresh(first);
    const second = refreshCookie(ok)!.value;
    const reuse = await refresh(first);
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('UNAUTHENTICATED');
    expect(refreshCookie(reuse)!.attributes).toMatch(/Expires=Thu, 01 Jan 1970/);
    // The family is revoked: the newer cookie and its access token are dead too.
    expect((await refresh(second)).status).toBe(401);
    expect((await t.gql(ME, {}, ok.body.accessToken)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses the cookie refresh without the client header (CSRF guard)', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const cookie = refreshCookie(await browserLogin(actor.member.email))!.value;
    const res = await refresh(cookie, {});
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(refreshCookie(res)).toBeNull();
    const wrong = await refresh(cookie, { 'X-Sicherheitsnetz-Client': 'other' });
    expect(wrong.status).toBe(403);
    // The refused attempts did not use up the token.
    expect((await refresh(cookie)).status).toBe(200);
  });

  it('answers 204 without a cookie', async () => {
    const res = await refresh(null);
    expect(res.status).toBe(204);
  });

  it('logout ends the session and clears the cookie', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const login = await browserLogin(actor.member.email);
    const cookie = refreshCookie(login)!.value;
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set(BROWSER)
      .set('authorization', `Bearer ${login.body.data.login.accessToken}`)
      .send({ query: LOGOUT });
    expect(res.body.data.logout).toBe(true);
    expect(refreshCookie(res)!.value).toBe('');
    expect(refreshCookie(res)!.attributes).toMatch(/Path=\/auth/i);
    expect((await refresh(cookie)).status).toBe(401);
    const cleared = await request(t.app.getHttpServer()).post('/auth/logout').set(BROWSER);
    expect(cleared.status).toBe(204);
    expect(refreshCookie(cleared)!.attributes).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await request(t.app.getHttpServer()).post('/auth/logout')).status).toBe(403);
  });
});

describe('browser sessions in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  it('marks the cookie Secure', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set(BROWSER)
      .send({
        query: LOGIN,
        variables: { input: { email: actor.member.email, password: TEST_PASSWORD } },
      });
    expect(refreshCookie(res)!.attributes).toMatch(/Secure/i);
  });
});
