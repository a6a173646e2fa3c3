import request from 'supertest';
import { AdvisoryEscalationService } from '../../src/mail/content/advisory-escalation.service';
import { MailDigestService } from '../../src/mail/content/mail-digest.service';
import { MailFrequency, MailKind } from '../../src/mail/content/mail-kinds';
import { unsubscribeToken } from '../../src/mail/content/unsubscribe-token';
import { OrganisationRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createDraft, ok, publish } from '../advisories/advisory-helpers';
import { Actor, createActor, createOrganisation } from '../helpers/factories';
import { errorCode, startTestApp, TEST_JWT_SECRET, TestApp } from '../helpers/test-app';
import { startSmtp, TestSmtp } from './content-smtp';

jest.setTimeout(180_000);

/** The header block with folded lines joined (mailparser turns List-* headers into a structure). */
const headersOf = (raw: string) => raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');

const PREFS = '{ myMailPreferences { kind frequency allowedFrequencies locked label } }';
const SET = `mutation($input: SetMailPreferenceInput!) { setMailPreference(input: $input) { kind frequency locked } }`;

describe('mail preferences, locked kinds, one-click unsubscribe, digests and escalation', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let author: Actor;
  let member: Actor;
  let orgAdmin: Actor;
  let other: Actor;
  const suffix = Math.random().toString(36).slice(2, 8);

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_ESCALATION_HOURS: '24' } });
    const cert = await createOrganisation(t, OrganisationKind.CERT);
    const muni = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    author = await createActor(t, OrganisationKind.CERT, { organisation: cert });
    member = await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: muni });
    orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: muni,
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    other = await createActor(t, OrganisationKind.MUNICIPALITY);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  /** Publishes a GREEN advisory and waits until `expected` more mails arrived (and a little longer). */
  async function publishGreen(severity: string, tag: string, expected: number) {
    const before = smtp.mails.length;
    const draft = await createDraft(t, author, {
      tlp: 'GREEN',
      severity,
      title: `Warnung ${tag} ${suffix}`,
    });
    ok(await publish(t, author, draft.id));
    await smtp.waitFor(before + expected, 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    return { id: draft.id as string, mails: smtp.mails.slice(before) };
  }
  const mailsTo = (mails: typeof smtp.mails, a: Actor) =>
    mails.filter((m) => m.to === a.member.email.toLowerCase());

  it('lists every kind with its default; critical kinds are locked', async () => {
    const prefs = ok(await t.gql(PREFS, {}, member.token)).myMailPreferences;
    const byKind = Object.fromEntries(prefs.map((p: any) => [p.kind, p]));
    expect(byKind.ADVISORY_CRITICAL).toMatchObject({ frequency: 'IMMEDIATELY', locked: true });
    expect(byKind.INCIDENT).toMatchObject({ frequency: 'IMMEDIATELY', locked: true });
    expect(byKind.MENTION).toMatchObject({
      frequency: 'IMMEDIATELY',
      locked: false,
      allowedFrequencies: ['IMMEDIATELY', 'OFF'],
    });
    expect(byKind.FORUM_WATCH).toMatchObject({ frequency: 'DAILY', locked: false });
    expect(errorCode(await t.gql(PREFS, {}, null))).toBe('UNAUTHENTICATED');
  });

  it('refuses to switch off security-critical kinds and to defer mentions, with clear errors', async () => {
    for (const kind of ['ADVISORY_CRITICAL', 'INCIDENT']) {
      const r = await t.gql(SET, { input: { kind, frequency: 'OFF' } }, member.token);
      expect(errorCode(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toContain('lassen sich nicht abbestellen');
    }
    const deferred = await t.gql(
      SET,
      { input: { kind: 'MENTION', frequency: 'DAILY' } },
      member.token,
    );
    expect(errorCode(deferred)).toBe('BAD_USER_INPUT');
    expect(deferred.errors?.[0].extensions?.field).toBe('frequency');
    expect(
      errorCode(await t.gql(SET, { input: { kind: 'MENTION', frequency: 'OFF' } }, null)),
    ).toBe('UNAUTHENTICATED');
  });

  it('a kind switched off sends nothing to that member; others get it with one-click unsubscribe headers', async () => {
    ok(await t.gql(SET, { input: { kind: 'ADVISORY_HIGH', frequency: 'OFF' } }, member.token));
    const { mails } = await publishGreen('HOCH', 'hoch1', 2);
    expect(mailsTo(mails, member)).toHaveLength(0);
    const mail = mailsTo(mails, other)[0];
    expect(mail).toBeDefined();
    const head = headersOf(mail.raw);
    expect(head).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(head).toMatch(/List-Unsubscribe: <http[^>]+\/public\/mail\/unsubscribe\?t=[^>]+>/);
  });

  it('critical advisories reach everyone, without an unsubscribe header', async () => {
    const { mails } = await publishGreen('KRITISCH', 'krit1', 3);
    for (const a of [member, orgAdmin, other]) {
      const [mail] = mailsTo(mails, a);
      expect(mail).toBeDefined();
      expect(mail.raw).not.toMatch(/List-Unsubscribe/i);
    }
  });

  it('one-click unsubscribe: GET only confirms, POST (RFC 8058) switches the kind off without sign-in', async () => {
    const { mails } = await publishGreen('HOCH', 'hoch2', 2);
    const mail = mailsTo(mails, other)[0];
    const url = new URL(/List-Unsubscribe: <([^>]+)>/.exec(headersOf(mail.raw))![1]);
    const path = `${url.pathname}${url.search}`;
    const page = await request(t.app.getHttpServer()).get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Sicherheitswarnungen „hoch“');
    let prefs = ok(await t.gql(PREFS, {}, other.token)).myMailPreferences;
    expect(prefs.find((p: any) => p.kind === 'ADVISORY_HIGH').frequency).toBe('IMMEDIATELY');

    const post = await request(t.app.getHttpServer())
      .post(path)
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('List-Unsubscribe=One-Click');
    expect(post.status).toBe(200);
    prefs = ok(await t.gql(PREFS, {}, other.token)).myMailPreferences;
    expect(prefs.find((p: any) => p.kind === 'ADVISORY_HIGH').frequency).toBe('OFF');
    const after = await publishGreen('HOCH', 'hoch3', 1);
    expect(mailsTo(after.mails, other)).toHaveLength(0);
    expect(mailsTo(after.mails, orgAdmin)).toHaveLength(1);

    // A tampered token, and a correctly signed one for a locked kind, change nothing.
    const bad = await request(t.app.getHttpServer()).post(`${path.slice(0, -3)}abc`);
    expect(bad.status).toBe(404);
    const locked = unsubscribeToken(
      TEST_JWT_SECRET,
      orgAdmin.member.id,
      MailKind.ADVISORY_CRITICAL,
    );
    const refused = await request(t.app.getHttpServer()).post(
      `/public/mail/unsubscribe?t=${encodeURIComponent(locked)}`,
    );
    expect(refused.status).toBe(404);
  });

  it('deferred kinds go into one daily digest, once per period', async () => {
    ok(await t.gql(SET, { input: { kind: 'ADVISORY_HIGH', frequency: 'DAILY' } }, member.token));
    const { mails } = await publishGreen('MITTEL', 'mittel1', 0);
    expect(mails.filter((m) => m.parsed.subject?.includes(`mittel1 ${suffix}`))).toHaveLength(0);
    await publishGreen('HOCH', 'hoch4', 1);
    const digests = t.app.get(MailDigestService);
    const before = smtp.mails.length;
    expect(await digests.run(MailFrequency.DAILY)).toBeGreaterThanOrEqual(3);
    expect(await digests.run(MailFrequency.DAILY)).toBe(0);
    await smtp.waitFor(before + 3, 30_000);
    const digest = mailsTo(smtp.mails.slice(before), member)[0];
    expect(digest.parsed.subject).toContain('Tagesübersicht');
    expect(digest.parsed.text).toContain(`mittel1 ${suffix}`);
    expect(digest.parsed.text).toContain(`hoch4 ${suffix}`);
    const otherDigest = mailsTo(smtp.mails.slice(before), orgAdmin)[0];
    expect(otherDigest.parsed.text).toContain(`mittel1 ${suffix}`);
    // orgAdmin got HOCH immediately, so it is not repeated in the digest.
    expect(otherDigest.parsed.text).not.toContain(`hoch4 ${suffix}`);
  });

  it('the CERT reminder to organisations that have not answered goes out by mail (ACK_REMINDER)', async () => {
    const { id } = await publishGreen('NIEDRIG', 'niedrig1', 0);
    const before = smtp.mails.length;
    const reminded = ok(
      await t.gql(
        `mutation($id: ID!) { remindAdvisoryNonResponders(id: $id) { notifiedMembers } }`,
        { id },
        author.token,
      ),
    ).remindAdvisoryNonResponders;
    expect(reminded.notifiedMembers).toBeGreaterThanOrEqual(3);
    await smtp.waitFor(before + 3, 30_000);
    const got = smtp.mails.slice(before).filter((m) => m.parsed.text?.includes(id));
    expect(got.map((m) => m.to).sort()).toEqual(
      [member, orgAdmin, other].map((a) => a.member.email.toLowerCase()).sort(),
    );
    expect(got[0].parsed.subject).toContain('Erinnerung');
  });

  it('escalates an unanswered critical advisory to the ORG_ADMINs once, after the configured time', async () => {
    const { id } = await publishGreen('KRITISCH', 'krit2', 3);
    const escalation = t.app.get(AdvisoryEscalationService);
    expect(await escalation.run()).toBe(0);
    await t.db.query(
      `UPDATE advisories SET initial_release_date = now() - interval '25 hours' WHERE id = $1`,
      [id],
    );
    const before = smtp.mails.length;
    const sent = await escalation.run();
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(await escalation.run()).toBe(0);
    await smtp.waitFor(before + sent, 30_000);
    const got = smtp.mails.slice(before).filter((m) => m.parsed.text?.includes(id));
    expect(got.map((m) => m.to)).toContain(orgAdmin.member.email.toLowerCase());
    expect(got.map((m) => m.to)).not.toContain(member.member.email.toLowerCase());
    expect(got[0].parsed.subject).toContain('Eskalation');
  });
});
