import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSync } from 'otplib';

/** Base URL of the server that global-setup started. */
export const baseUrl = () => `http://127.0.0.1:${process.env.SN_BROWSER_PORT}`;
/** Password of every demo account (npm run seed in global-setup). */
export const demoPassword = () => process.env.SN_DEMO_PASSWORD!;
/** Demo ORG_ADMIN of Stadt Siegen (municipality, no TOTP required): invites test members. */
export const ORG_ADMIN_EMAIL = 'andreas.grossmann@demo.sicherheitsnetz.nrw';
export const TEST_PASSWORD = 'Korrekt-Pferd-Batterie-42';

let counter = 0;
/** Unique per test run and call: names and e-mail addresses never collide. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

type Variables = Record<string, unknown>;

/** A GraphQL call from Node (not the browser), e.g. to create what a test needs. Throws on errors. */
export async function gql<T = Record<string, any>>(
  query: string,
  variables: Variables = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

const lastStep = new Map<string, number>();

/**
 * A TOTP code the server accepts now: codes work once (the server remembers the last time step)
 * and it accepts one step ahead, so repeated sign-ins use the next step's code.
 */
export function totpCode(secret: string): string {
  const now = Math.floor(Date.now() / 1000 / 30);
  const step = Math.max(now, (lastStep.get(secret) ?? -1) + 1);
  if (step > now + 1) throw new Error('no unused TOTP step left: wait 30 s');
  lastStep.set(secret, step);
  return generateSync({ secret, epoch: step * 30 });
}

/** API sign-in (password, TOTP when a secret is given): the access token. */
export async function apiSignIn(
  email: string,
  password: string,
  totpSecret?: string,
): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(
    `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email, password, totpCode: totpSecret ? totpCode(totpSecret) : null } },
  );
  return data.login.accessToken;
}

let orgAdminToken: string | null = null;
async function inviterToken(): Promise<string> {
  orgAdminToken ??= await apiSignIn(ORG_ADMIN_EMAIL, demoPassword());
  return orgAdminToken;
}

export interface Invitation {
  email: string;
  displayName: string;
  token: string;
  /** Path of the invitation link: /einladung#token=… */
  path: string;
}

/** An invitation into Stadt Siegen (by its demo ORG_ADMIN). */
export async function invite(name = `Testperson ${unique()}`): Promise<Invitation> {
  const token = await inviterToken();
  const me = await gql<{ me: { organisation: { id: string } } }>(
    `{ me { organisation { id } } }`,
    {},
    token,
  );
  const email = `test.${unique()}@example.org`;
  const data = await gql<{ inviteMember: { token: string; url: string } }>(
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token url } }`,
    { input: { email, displayName: name, organisationId: me.me.organisation.id } },
    token,
  );
  const url = new URL(data.inviteMember.url);
  return {
    email,
    displayName: name,
    token: data.inviteMember.token,
    path: url.pathname + url.hash,
  };
}

export interface TestMember {
  id: string;
  email: string;
  password: string;
  displayName: string;
  totpSecret?: string;
}

/** A member of Stadt Siegen with TEST_PASSWORD (invited and accepted through the API). */
export async function createMember(options: { totp?: boolean } = {}): Promise<TestMember> {
  const inv = await invite();
  const data = await gql<{ acceptInvitation: { accessToken: string; member: { id: string } } }>(
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken member { id } } }`,
    { input: { token: inv.token, password: TEST_PASSWORD } },
  );
  const member: TestMember = {
    id: data.acceptInvitation.member.id,
    email: inv.email,
    password: TEST_PASSWORD,
    displayName: inv.displayName,
  };
  if (options.totp) {
    const token = data.acceptInvitation.accessToken;
    const started = await gql<{ startTotpEnrolment: { secret: string } }>(
      `mutation { startTotpEnrolment { secret } }`,
      {},
      token,
    );
    member.totpSecret = started.startTotpEnrolment.secret;
    await gql(
      `mutation($code: String!) { confirmTotpEnrolment(code: $code) }`,
      { code: totpCode(member.totpSecret) },
      token,
    );
  }
  return member;
}

/** Signs in through the real form (and the TOTP step when a secret is given). */
export async function signIn(
  page: Page,
  member: { email: string; password: string; totpSecret?: string },
) {
  await page.goto('/anmeldung');
  await page.getByLabel('E-Mail-Adresse').fill(member.email);
  await page.getByLabel('Passwort', { exact: true }).fill(member.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  if (member.totpSecret) {
    await page.getByLabel('Code aus der Authenticator-App').fill(totpCode(member.totpSecret));
    await page.getByRole('button', { name: 'Bestätigen' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
}

const SCREENSHOTS = join(__dirname, 'screenshots');

/**
 * Every page: an axe scan at WCAG 2.1 A/AA with no violation allowed, and screenshots at desktop
 * width and at 360 px (both scanned) into test/browser/screenshots/ (git-ignored). Look at them.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const [suffix, width] of [
    ['', size.width],
    ['-360', 360],
  ] as const) {
    await page.setViewportSize({ width, height: size.height });
    await page.waitForTimeout(150);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const summary = result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    );
    expect(summary, `axe violations on ${name}${suffix}`).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}${suffix}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}

/** What a page's scripts can read: no token may be among it. */
export async function readableStorage(page: Page) {
  // A string: this file is type-checked without the DOM library.
  return page.evaluate<{ cookie: string; local: string; session: string }>(
    '({ cookie: document.cookie, local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) })',
  );
}
