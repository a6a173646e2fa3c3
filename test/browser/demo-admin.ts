import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSync } from 'otplib';
import { createMember, demoPassword, gql, type TestMember } from './helpers';

// The demo ADMIN enrols TOTP once per run; every spec that needs an ADMIN goes through this file,
// so no two specs enrol her (the second one could not sign her in).

/** The demo ADMIN (CERT NRW); enrols TOTP at the first login of a run. */
const DEMO_ADMIN_EMAIL = 'katrin.hoffmann@demo.sicherheitsnetz.nrw';

/**
 * The demo ADMIN's token. Her TOTP secret exists only after the first enrolment of this run; it is
 * kept in a file per run (port + demo password) so a restarted worker or another spec file that
 * uses this helper can sign her in again.
 */
export async function demoAdminToken(): Promise<string> {
  const file = join(
    tmpdir(),
    `sn-browser-admin-${process.env.SN_BROWSER_PORT}-${demoPassword().slice(-12)}.json`,
  );
  if (existsSync(file)) {
    const { secret } = JSON.parse(readFileSync(file, 'utf8')) as { secret: string };
    const code = await freshCode(file, secret);
    return (
      await gql<{ login: { accessToken: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: DEMO_ADMIN_EMAIL, password: demoPassword(), totpCode: code } },
      )
    ).login.accessToken;
  }
  const login = await gql<{ login: { accessToken: string; totpSetupRequired: boolean } }>(
    `mutation($input: LoginInput!) { login(input: $input) { accessToken totpSetupRequired } }`,
    { input: { email: DEMO_ADMIN_EMAIL, password: demoPassword() } },
  );
  const token = login.login.accessToken;
  if (!login.login.totpSetupRequired) return token;
  const started = await gql<{ startTotpEnrolment: { secret: string } }>(
    `mutation { startTotpEnrolment { secret } }`,
    {},
    token,
  );
  const secret = started.startTotpEnrolment.secret;
  const step = Math.floor(Date.now() / 30_000);
  await gql(
    `mutation($code: String!) { confirmTotpEnrolment(code: $code) }`,
    { code: generateSync({ secret, epoch: step * 30 }) },
    token,
  );
  writeFileSync(file, JSON.stringify({ secret, step }));
  // The enrolling session may act at once.
  return token;
}

/**
 * A code of a TOTP step no process of this run has used yet (the server accepts each step once):
 * the last used step is kept in the same file; waits for the next step when both usable ones are spent.
 */
async function freshCode(file: string, secret: string): Promise<string> {
  for (;;) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { step: number };
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, saved.step + 1);
    if (step <= now + 1) {
      writeFileSync(file, JSON.stringify({ secret, step }));
      return generateSync({ secret, epoch: step * 30 });
    }
    await new Promise((r) => setTimeout(r, 5_000));
  }
}

/**
 * An ADMIN of its own for this file (a Stadt Siegen member with TOTP, promoted by the demo ADMIN):
 * its TOTP steps are not shared with other files' sign-ins of the demo ADMIN.
 */
export async function createAdmin(): Promise<TestMember> {
  const member = await createMember({ totp: true });
  await gql(
    `mutation($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { id } }`,
    { input: { memberId: member.id, platformRole: 'ADMIN' } },
    await demoAdminToken(),
  );
  return member;
}
