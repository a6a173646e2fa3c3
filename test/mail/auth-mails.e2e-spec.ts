import type { ParsedMail } from 'mailparser';
import { PasswordReset } from '../../src/auth/password-reset.entity';
import { sha256 } from '../../src/auth/token.service';
import { OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { Organisation } from '../../src/organisations/organisation.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import {
  auditRows,
  errorShape,
  expectUnauthenticated,
  login,
  nextTotp,
} from '../auth/auth-helpers';
import { Actor, createActor, createOrganisation } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { SmtpSink } from './smtp-sink';

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id memberId email token url expiresAt } }`;
const RESEND_INVITATION = `mutation ($memberId: ID!) { resendInvitation(memberId: $memberId) { id memberId email url } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation ($token: String!, $pw: String!) { resetPassword(input: { token: $token, newPassword: $pw }) }`;
const START_RESET = `mutation ($memberId: ID!) { startPasswordReset(memberId: $memberId) }`;
const NEW_PASSWORD = 'Neues-Passwort-nach-Reset-2026';

const linkIn = (mail: ParsedMail, path: string) => {
  const match = new RegExp(`https?://[^\\s]+/${path}#token=([\\w-]+)`).exec(mail.text ?? '');
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return { url: match[0], token: match[1] };
};

describe('invitation and password-reset mails', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let admin: Actor;
  let municipality: Organisation;
  let orgAdmin: Actor;
  let member: Actor;
  let n = 0;

  beforeAll(async () => {
    sink = await new SmtpSink().start();
    t = await startTestApp({
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'Sicherheitsnetz <noreply@sicherheitsnetz.test>',
        PUBLIC_URL: 'https://sicherheitsnetz.test',
        PASSWORD_RESET_LIMIT_PER_IP: '1000',
      },
    });
    admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
    municipality = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: municipality,
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    member = await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: municipality });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  describe('invitations', () => {
    it('e-mails the link to the invitee (German, from the inviter) and still returns it to the inviter', async () => {
      const address = `eingeladen${n++}@stadt.test`;
      const res = await t.gql(
        INVITE,
        { input: { email: address, organisationId: municipality.id, displayName: 'Jörg Müller' } },
        orgAdmin.token,
      );
      expect(res.errors).toBeUndefined();
      const [mail] = await sink
        .waitFor(() => sink.to(address).length === 1)
        .then(() => sink.to(address));
      expect(mail.subject).toBe('Einladung zum Sicherheitsnetz');
      expect(mail.text).toContain('Guten Tag Jörg Müller,');
      expect(mail.text).toContain(`${orgAdmin.member.displayName} lädt Sie ein`);
      expect(mail.text).toContain(`„${municipality.name}“`);
      const link = linkIn(mail, 'einladung');
      expect(link.url).toBe(res.data.inviteMember.url);
      expect(mail.html).toContain('<html lang="de">');
      expect(mail.html).toContain('Einladung annehmen');
      const accepted = await t.gql(ACCEPT, {
        input: { token: link.token, password: 'Mein-Eigenes-Passwort-2026' },
      });
      expect(accepted.errors).toBeUndefined();
    });

    it('sends no mail when the invitation fails (rolled back with it)', async () => {
      const res = await t.gql(
        INVITE,
        {
          input: {
            email: member.member.email,
            organisationId: municipality.id,
            displayName: 'Doppelt',
          },
        },
        admin.token,
      );
      expect(errorCode(res)).toBe('CONFLICT');
      await new Promise((r) => setTimeout(r, 1000));
      expect(sink.to(member.member.email)).toHaveLength(0);
    });

    it('re-invitation: a new link by mail, the old one stops working', async () => {
      const address = `erneut${n++}@stadt.test`;
      const first = await t.gql(
        INVITE,
        { input: { email: address, organisationId: municipality.id, displayName: 'Anna Schäfer' } },
        admin.token,
      );
      await sink.waitFor(() => sink.to(address).length === 1);
      const again = await t.gql(
        RESEND_INVITATION,
        { memberId: first.data.inviteMember.memberId },
        orgAdmin.token,
      );
      expect(again.errors).toBeUndefined();
      await sink.waitFor(() => sink.to(address).length === 2);
      const renewed = sink
        .to(address)
        .find((m) => m.subject === 'Erneute Einladung zum Sicherheitsnetz')!;
      const link = linkIn(renewed, 'einladung');
      expect(link.url).toBe(again.data.resendInvitation.url);
      const old = await t.gql(ACCEPT, {
        input: { token: first.data.inviteMember.token, password: 'Mein-Eigenes-Passwort-2026' },
      });
      expect(errorShape(old).field).toBe('token');
      const accepted = await t.gql(ACCEPT, {
        input: { token: link.token, password: 'Mein-Eigenes-Passwort-2026' },
      });
      expect(accepted.errors).toBeUndefined();
      // Accepted now: no more re-invitations.
      expect(
        errorCode(
          await t.gql(
            RESEND_INVITATION,
            { memberId: first.data.inviteMember.memberId },
            admin.token,
          ),
        ),
      ).toBe('CONFLICT');
    });

    it('refuses re-invitation to plain members and to ORG_ADMINs of another organisation', async () => {
      const address = `fremd${n++}@stadt.test`;
      const invited = await t.gql(
        INVITE,
        { input: { email: address, organisationId: municipality.id, displayName: 'Fremd' } },
        admin.token,
      );
      const memberId = invited.data.inviteMember.memberId;
      const otherOrgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      expect(errorCode(await t.gql(RESEND_INVITATION, { memberId }, member.token))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await t.gql(RESEND_INVITATION, { memberId }, otherOrgAdmin.token))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await t.gql(RESEND_INVITATION, { memberId }, null))).toBe('UNAUTHENTICATED');
    });
  });

  describe('password reset', () => {
    it('gives the same answer for known and unknown addresses; only the known one gets a mail', async () => {
      const target = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const known = await t.gql(REQUEST_RESET, { email: target.member.email.toUpperCase() });
      const unknown = await t.gql(REQUEST_RESET, { email: 'niemand@stadt.test' });
      expect(known).toEqual(unknown);
      expect(known.data).toEqual({ requestPasswordReset: true });
      await sink.waitFor(() => sink.to(target.member.email).length === 1);
      await new Promise((r) => setTimeout(r, 500));
      expect(sink.to('niemand@stadt.test')).toHaveLength(0);
      const audit = await auditRows(t, 'password_reset.requested');
      expect(audit.map((a) => a.details)).toEqual(
        expect.arrayContaining([
          { known: true, mailed: true },
          { known: false, mailed: false },
        ]),
      );
      expect(JSON.stringify(audit)).not.toContain('niemand@stadt.test');
    });

    it('resets with the link once, ends every session, stores only a hash, and still asks for TOTP', async () => {
      const target = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        totp: true,
      });
      await t.gql(REQUEST_RESET, { email: target.member.email });
      await sink.waitFor(() => sink.to(target.member.email).length === 1);
      const mail = sink.to(target.member.email)[0];
      expect(mail.subject).toBe('Passwort zurücksetzen – Sicherheitsnetz');
      const { token, url } = linkIn(mail, 'passwort-zuruecksetzen');
      expect(url.startsWith('https://sicherheitsnetz.test/passwort-zuruecksetzen#token=')).toBe(
        true,
      );
      const stored = await t.db
        .getRepository(PasswordReset)
        .findOneByOrFail({ memberId: target.member.id });
      expect(stored.tokenHash).toBe(sha256(token));
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);

      const weak = await t.gql(RESET, { token, pw: 'kurz' });
      expect(errorShape(weak).field).toBe('newPassword');
      const ok = await t.gql(RESET, { token, pw: NEW_PASSWORD });
      expect(ok.errors).toBeUndefined();
      await expectUnauthenticated(t, target.token);
      const reused = await t.gql(RESET, { token, pw: 'Noch-ein-anderes-Passwort-99' });
      expect(errorShape(reused)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'token',
        message: 'token: Der Link ist ungültig, abgelaufen oder bereits verwendet.',
      });
      expect(errorCode(await login(t, { email: target.member.email }))).not.toBeNull();
      const withoutCode = await login(t, { email: target.member.email, password: NEW_PASSWORD });
      expect(errorShape(withoutCode).field).toBe('totpCode');
      const signedIn = await login(t, {
        email: target.member.email,
        password: NEW_PASSWORD,
        totpCode: nextTotp(target.totpSecret!),
      });
      expect(signedIn.errors).toBeUndefined();
      expect(
        await auditRows(t, 'password_reset.completed', { targetId: target.member.id }),
      ).toHaveLength(1);
      expect(
        await auditRows(t, 'password_reset.refused', { targetId: target.member.id }),
      ).toHaveLength(1);
    });

    it('refuses unknown and expired tokens; a newer link voids the older one', async () => {
      const target = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      expect(errorShape(await t.gql(RESET, { token: 'erfunden', pw: NEW_PASSWORD })).field).toBe(
        'token',
      );
      await t.gql(REQUEST_RESET, { email: target.member.email });
      await t.gql(REQUEST_RESET, { email: target.member.email });
      await sink.waitFor(() => sink.to(target.member.email).length === 2);
      const [a, b] = sink
        .to(target.member.email)
        .map((m) => linkIn(m, 'passwort-zuruecksetzen').token);
      const rows = await t.db
        .getRepository(PasswordReset)
        .find({ where: { memberId: target.member.id } });
      const newest = rows.find((r) => r.usedAt === null)!;
      const older = [a, b].find((tok) => sha256(tok) !== newest.tokenHash)!;
      const newer = [a, b].find((tok) => sha256(tok) === newest.tokenHash)!;
      expect(errorShape(await t.gql(RESET, { token: older, pw: NEW_PASSWORD })).field).toBe(
        'token',
      );
      await t.db
        .getRepository(PasswordReset)
        .update({ id: newest.id }, { expiresAt: new Date(Date.now() - 1000) });
      expect(errorShape(await t.gql(RESET, { token: newer, pw: NEW_PASSWORD })).field).toBe(
        'token',
      );
    });

    it('sends at most three reset mails an hour per account, with the same answer', async () => {
      const target = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      for (let i = 0; i < 5; i++) {
        expect((await t.gql(REQUEST_RESET, { email: target.member.email })).data).toEqual({
          requestPasswordReset: true,
        });
      }
      await sink.waitFor(() => sink.to(target.member.email).length === 3);
      await new Promise((r) => setTimeout(r, 1000));
      expect(sink.to(target.member.email)).toHaveLength(3);
    });

    it('no mail for an account that is not active', async () => {
      const disabled = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        status: 'DISABLED' as never,
      });
      expect((await t.gql(REQUEST_RESET, { email: disabled.member.email })).data).toEqual({
        requestPasswordReset: true,
      });
      await new Promise((r) => setTimeout(r, 1000));
      expect(sink.to(disabled.member.email)).toHaveLength(0);
    });

    it('an ORG_ADMIN starts a reset for a member of their organisation; the member sets the password', async () => {
      const target = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const res = await t.gql(START_RESET, { memberId: target.member.id }, orgAdmin.token);
      expect(res.errors).toBeUndefined();
      await sink.waitFor(() => sink.to(target.member.email).length === 1);
      const mail = sink.to(target.member.email)[0];
      expect(mail.text).toContain('eine Administratorin oder ein Administrator Ihrer Organisation');
      const { token } = linkIn(mail, 'passwort-zuruecksetzen');
      expect((await t.gql(RESET, { token, pw: NEW_PASSWORD })).errors).toBeUndefined();
      expect(
        (await login(t, { email: target.member.email, password: NEW_PASSWORD })).errors,
      ).toBeUndefined();
      const audit = await auditRows(t, 'password_reset.started', { targetId: target.member.id });
      expect(audit.map((a) => a.actorId)).toEqual([orgAdmin.member.id]);
    });

    it('an ADMIN starts a reset for anyone', async () => {
      const elsewhere = await createActor(t, OrganisationKind.IT_PROVIDER);
      expect(
        (await t.gql(START_RESET, { memberId: elsewhere.member.id }, admin.token)).errors,
      ).toBeUndefined();
      await sink.waitFor(() => sink.to(elsewhere.member.email).length === 1);
    });

    it('refuses admin-started resets to plain members, other organisations, ADMIN accounts and anonymous callers', async () => {
      const target = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
      });
      const elsewhere = await createActor(t, OrganisationKind.MUNICIPALITY);
      const adminInOrg = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: municipality,
        platformRole: PlatformRole.ADMIN,
      });
      expect(
        errorCode(await t.gql(START_RESET, { memberId: target.member.id }, member.token)),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await t.gql(START_RESET, { memberId: elsewhere.member.id }, orgAdmin.token)),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await t.gql(START_RESET, { memberId: adminInOrg.member.id }, orgAdmin.token)),
      ).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(START_RESET, { memberId: target.member.id }, null))).toBe(
        'UNAUTHENTICATED',
      );
      await new Promise((r) => setTimeout(r, 1000));
      for (const a of [target, elsewhere, adminInOrg])
        expect(sink.to(a.member.email)).toHaveLength(0);
    });
  });
});

describe('password reset rate limit per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { PASSWORD_RESET_LIMIT_PER_IP: '3' } });
  });
  afterAll(() => t?.close());

  it('answers RATE_LIMITED after the limit, for known and unknown addresses alike', async () => {
    const known = await createActor(t, OrganisationKind.MUNICIPALITY);
    for (let i = 0; i < 3; i++) {
      expect((await t.gql(REQUEST_RESET, { email: `x${i}@stadt.test` })).errors).toBeUndefined();
    }
    const a = await t.gql(REQUEST_RESET, { email: known.member.email });
    const b = await t.gql(REQUEST_RESET, { email: 'unbekannt@stadt.test' });
    expect(errorCode(a)).toBe('RATE_LIMITED');
    expect(errorShape(a).code).toEqual(errorShape(b).code);
  });
});
