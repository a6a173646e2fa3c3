import { MailDigestService } from '../../src/mail/content/mail-digest.service';
import { MailFrequency } from '../../src/mail/content/mail-kinds';
import { OrganisationRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Categories, createTopic, ok, seedCategories } from '../forums/forum-helpers';
import { Actor, createActor } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { startSmtp, TestSmtp } from './content-smtp';

jest.setTimeout(180_000);

const WATCH = `mutation($c: ID!) { watchForumCategory(categoryId: $c, level: WATCHING) { id } }`;

/** Mentions and incident invitations are mailed at once; watched forums go into the digest. */
describe('mails from in-app notifications: mentions, incidents, forum digests', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let cats: Categories;
  let author: Actor;
  let watcher: Actor;
  let provider: Actor;
  let certDuty: Actor;
  const suffix = Math.random().toString(36).slice(2, 8);
  const mailsTo = (a: Actor) => smtp.to(a.member.email);

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ env: { SMTP_URL: smtp.url } });
    cats = await seedCategories(t);
    author = await createActor(t, OrganisationKind.MUNICIPALITY);
    watcher = await createActor(t, OrganisationKind.MUNICIPALITY);
    provider = await createActor(t, OrganisationKind.IT_PROVIDER);
    certDuty = await createActor(t, OrganisationKind.CERT, {
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    // Incidents reach the CERT's duty roster (src/incidents), which its ORG_ADMIN keeps.
    const onDuty = await t.gql(
      `mutation($m: ID!) { putOnCertDuty(memberId: $m) { memberId } }`,
      { m: certDuty.member.id },
      certDuty.token,
    );
    expect(onDuty.errors).toBeUndefined();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('a forum mention is mailed at once, with the excerpt the member may read', async () => {
    await createTopic(
      t,
      author.token,
      cats.general.id,
      `Frage ${suffix}`,
      `Hallo @${watcher.member.handle}, kennst du MENTION_${suffix}?`,
    );
    await smtp.waitFor(1, 30_000);
    const [mail] = mailsTo(watcher);
    expect(mail.parsed.subject).toContain(`Frage ${suffix}`);
    expect(mail.parsed.text).toContain(`MENTION_${suffix}`);
    expect(mail.parsed.text).toContain('/foren/beitrag/');
    expect(mail.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
  });

  it('an incident invitation is mailed at once, without any of the incident (TLP:RED) and without unsubscribe', async () => {
    const before = smtp.mails.length;
    ok(
      await t.gql(
        `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }`,
        {
          input: {
            title: `Ransomware INCIDENTMARK_${suffix}`,
            description: `Alles verschlüsselt INCIDENTMARK_${suffix}`,
            consentToProvider: false,
          },
        },
        author.token,
      ),
    );
    await smtp.waitFor(before + 1, 30_000);
    const mail = mailsTo(certDuty).find((m) => m.parsed.subject?.includes('Vorfallraum'));
    expect(mail).toBeDefined();
    expect(mail!.parsed.subject).toBe('[TLP:RED] Sie wurden in einen Vorfallraum eingeladen');
    for (const m of smtp.mails) expect(m.raw).not.toContain(`INCIDENTMARK_${suffix}`);
    expect(mail!.raw).not.toMatch(/List-Unsubscribe/i);
  });

  it('the daily digest lists new posts of watched categories the member may read at send time', async () => {
    ok(await t.gql(WATCH, { c: cats.municipal.id }, watcher.token));
    ok(await t.gql(WATCH, { c: cats.general.id }, provider.token));
    // A watch left over from before an audience change: the provider may not read this category.
    await t.db.query(
      `INSERT INTO forum_category_watches (member_id, category_id, level) VALUES ($1, $2, 'WATCHING')`,
      [provider.member.id, cats.municipal.id],
    );
    await createTopic(t, author.token, cats.municipal.id, `Kommunal ${suffix}`, 'Nur für Kommunen');
    await createTopic(t, author.token, cats.general.id, `Allgemein ${suffix}`, 'Für alle');
    const before = smtp.mails.length;
    expect(await t.app.get(MailDigestService).run(MailFrequency.DAILY)).toBeGreaterThanOrEqual(2);
    await smtp.waitFor(before + 2, 30_000);
    const fresh = smtp.mails.slice(before);
    const watcherDigest = fresh.find((m) => m.to === watcher.member.email.toLowerCase());
    const providerDigest = fresh.find((m) => m.to === provider.member.email.toLowerCase());
    expect(watcherDigest?.parsed.text).toContain(`Kommunal ${suffix}`);
    expect(watcherDigest?.parsed.text).not.toContain(`Allgemein ${suffix}`);
    expect(providerDigest?.parsed.text).toContain(`Allgemein ${suffix}`);
    expect(providerDigest?.parsed.text).not.toContain(`Kommunal ${suffix}`);
  });
});
