import { decrypt, generateKey, readMessage, readPrivateKey } from 'openpgp';
import { simpleParser } from 'mailparser';
import { OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createDraft, forward, ok, publish, setRecipients } from '../advisories/advisory-helpers';
import { Actor, createActor, createOrganisation, linkProvider } from '../helpers/factories';
import { startTestApp, TestApp } from '../helpers/test-app';
import { ReceivedMail, startSmtp, TestSmtp } from './content-smtp';

/**
 * The TLP test of issue 13 for e-mail: one critical advisory per label with a unique marker in
 * title, summary and body. Across every mail sent to every member, an AMBER, AMBER+STRICT or RED
 * marker appears only inside PGP/MIME-encrypted parts addressed to keys of allowed readers, and
 * decrypts there with that reader's private key. Reader sets are written out by hand (DESIGN.md).
 */
const READERS = [
  'author',
  'muniA',
  'muniAKey',
  'muniB',
  'providerKey',
  'providerPlain',
  'redKey',
  'redPlain',
  'outsiderKey',
  'admin',
] as const;
type Reader = (typeof READERS)[number];
const KEYED: Reader[] = ['muniAKey', 'providerKey', 'redKey', 'outsiderKey'];

type Case = 'CLEAR' | 'GREEN' | 'AMBER' | 'STRICT' | 'RED';
const CASES: Case[] = ['CLEAR', 'GREEN', 'AMBER', 'STRICT', 'RED'];
const CLOSED: Case[] = ['AMBER', 'STRICT', 'RED'];
const TLP: Record<Case, string> = {
  CLEAR: 'CLEAR',
  GREEN: 'GREEN',
  AMBER: 'AMBER',
  STRICT: 'AMBER_STRICT',
  RED: 'RED',
};
const EVERYONE_BUT_AUTHOR = READERS.filter((r) => r !== 'author');
/** Who gets a mail (= may read; the author is never notified about their own advisory). */
const MAILED: Record<Case, Reader[]> = {
  CLEAR: EVERYONE_BUT_AUTHOR,
  GREEN: EVERYONE_BUT_AUTHOR,
  // recipients muniA and the provider; the provider forwarded it to its client muniB
  AMBER: ['muniA', 'muniAKey', 'providerKey', 'providerPlain', 'muniB'],
  STRICT: ['providerKey', 'providerPlain'],
  RED: ['redKey', 'redPlain'],
};

const suffix = Math.random().toString(36).slice(2, 8);
const marker = (c: Case) => `MAILMARK_${c}_${suffix}_END`;
const markersIn = (text: string): Case[] => CASES.filter((c) => text.includes(marker(c)));
const sorted = <T>(l: readonly T[]) => [...l].sort();

jest.setTimeout(180_000);

describe('TLP in e-mail: closed labels travel only encrypted, to allowed readers', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  const actors = {} as Record<Reader, Actor>;
  const privateKeys = {} as Partial<Record<Reader, string>>;
  const ids = {} as Record<Case, string>;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Sicherheitsnetz <noreply@example.org>' },
    });
    const certOrg = await createOrganisation(t, OrganisationKind.CERT);
    const muniA = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    const muniB = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    const muniC = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    const provider = await createOrganisation(t, OrganisationKind.IT_PROVIDER);
    await linkProvider(t, provider, muniB);
    const a = (kind: OrganisationKind, organisation: typeof muniA, extra = {}) =>
      createActor(t, kind, { organisation, ...extra });
    actors.author = await a(OrganisationKind.CERT, certOrg);
    actors.muniA = await a(OrganisationKind.MUNICIPALITY, muniA);
    actors.muniAKey = await a(OrganisationKind.MUNICIPALITY, muniA);
    actors.muniB = await a(OrganisationKind.MUNICIPALITY, muniB);
    actors.providerKey = await a(OrganisationKind.IT_PROVIDER, provider, {
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    actors.providerPlain = await a(OrganisationKind.IT_PROVIDER, provider);
    actors.redKey = await a(OrganisationKind.MUNICIPALITY, muniC);
    actors.redPlain = await a(OrganisationKind.MUNICIPALITY, muniC);
    actors.outsiderKey = await a(OrganisationKind.MUNICIPALITY, muniC);
    actors.admin = await a(OrganisationKind.MUNICIPALITY, muniC, {
      platformRole: PlatformRole.ADMIN,
    });
    for (const r of KEYED) {
      const { privateKey, publicKey } = await generateKey({
        type: 'ecc',
        curve: 'curve25519Legacy',
        userIDs: [{ name: r, email: actors[r].member.email }],
        format: 'armored',
      });
      privateKeys[r] = privateKey;
      const set = ok(
        await t.gql(
          `mutation($input: SetOpenPgpKeyInput!) { setMyOpenPgpKey(input: $input) { fingerprint } }`,
          { input: { armoredKey: publicKey } },
          actors[r].token,
        ),
      );
      expect(set.setMyOpenPgpKey.fingerprint).toMatch(/^[0-9A-F]{40,64}$/);
    }
    for (const c of CASES) {
      const m = marker(c);
      const draft = await createDraft(t, actors.author, {
        tlp: TLP[c],
        severity: 'KRITISCH',
        title: `Warnung ${m}`,
        summary: `Kurz ${m}`,
        bodyMarkdown: `Text mit ${m}`,
      });
      ids[c] = draft.id;
    }
    ok(
      await setRecipients(t, actors.author, ids.AMBER, {
        organisationIds: [muniA.id, provider.id],
      }),
    );
    ok(await setRecipients(t, actors.author, ids.STRICT, { organisationIds: [provider.id] }));
    ok(
      await setRecipients(t, actors.author, ids.RED, {
        memberIds: [actors.redKey.member.id, actors.redPlain.member.id],
      }),
    );
    for (const c of CASES) ok(await publish(t, actors.author, ids[c]));
    expect(ok(await forward(t, actors.providerKey, ids.AMBER)).forwardAdvisory).toBe(1);

    const expected = CASES.reduce((n, c) => n + MAILED[c].length, 0);
    await smtp.waitFor(expected, 60_000);
    // Anything extra would arrive within the worker's next polls.
    await new Promise((r) => setTimeout(r, 2500));
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const readerOf = (m: ReceivedMail): Reader => {
    const r = READERS.find((x) => actors[x].member.email.toLowerCase() === m.to);
    if (!r) throw new Error(`mail to unknown address ${m.to}`);
    return r;
  };

  /** Clear text of a mail: headers, subject, text, HTML and every part that is not ciphertext. */
  const clearText = (m: ReceivedMail) =>
    [
      m.parsed.subject ?? '',
      m.parsed.text ?? '',
      typeof m.parsed.html === 'string' ? m.parsed.html : '',
      JSON.stringify([...m.parsed.headers.entries()]),
      ...m.parsed.attachments
        .filter((p) => !p.content.toString('utf8').includes('-----BEGIN PGP MESSAGE-----'))
        .map((p) => p.content.toString('utf8')),
      m.raw.replace(/-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/g, ''),
    ].join('\n');

  async function decrypted(m: ReceivedMail, reader: Reader): Promise<string[]> {
    const parts = m.parsed.attachments.filter((p) =>
      p.content.toString('utf8').includes('-----BEGIN PGP MESSAGE-----'),
    );
    const out: string[] = [];
    for (const p of parts) {
      const key = privateKeys[reader];
      if (!key) throw new Error(`${reader} has no key but got ciphertext`);
      const { data } = await decrypt({
        message: await readMessage({ armoredMessage: p.content.toString('utf8') }),
        decryptionKeys: await readPrivateKey({ armoredKey: key }),
      });
      const inner = await simpleParser(String(data));
      out.push(`${inner.subject ?? ''}\n${inner.text ?? ''}\n${String(inner.html)}`);
    }
    return out;
  }

  it('every mail goes to a reader of its advisory, exactly once per advisory and reader', async () => {
    const got: Record<Case, Reader[]> = { CLEAR: [], GREEN: [], AMBER: [], STRICT: [], RED: [] };
    for (const m of smtp.mails) {
      // The link names the advisory: in clear text, or inside the ciphertext for keyed readers.
      const all = `${clearText(m)}\n${(await decrypted(m, readerOf(m))).join('\n')}`;
      const cases = CASES.filter((x) => all.includes(ids[x]));
      expect(cases).toHaveLength(1);
      got[cases[0]].push(readerOf(m));
    }
    for (const c of CASES) expect({ c, to: sorted(got[c]) }).toEqual({ c, to: sorted(MAILED[c]) });
  });

  it('AMBER, AMBER+STRICT and RED markers never appear in clear text; CLEAR and GREEN carry their summary', () => {
    for (const m of smtp.mails) {
      const clear = markersIn(clearText(m));
      expect({ to: readerOf(m), clear: clear.filter((c) => CLOSED.includes(c)) }).toEqual({
        to: readerOf(m),
        clear: [],
      });
    }
    for (const c of ['CLEAR', 'GREEN'] as Case[])
      for (const r of MAILED[c]) {
        const mail = smtp.to(actors[r].member.email).find((m) => clearText(m).includes(ids[c]));
        expect(mail && markersIn(clearText(mail))).toEqual([c]);
      }
  });

  it('closed content arrives PGP/MIME-encrypted to keyed readers only, and decrypts with their key', async () => {
    const seen: Record<Case, Reader[]> = { CLEAR: [], GREEN: [], AMBER: [], STRICT: [], RED: [] };
    for (const m of smtp.mails) {
      const reader = readerOf(m);
      const inner = await decrypted(m, reader);
      if (!inner.length) continue;
      expect(m.parsed.headers.get('content-type')).toMatchObject({
        value: 'multipart/encrypted',
        params: expect.objectContaining({ protocol: 'application/pgp-encrypted' }),
      });
      for (const c of markersIn(inner.join('\n'))) seen[c].push(reader);
    }
    for (const c of CLOSED)
      expect({ c, readers: sorted(seen[c]) }).toEqual({
        c,
        readers: sorted(MAILED[c].filter((r) => KEYED.includes(r))),
      });
    // Readers without a key still learn that there is something: label, severity, link.
    const plain = smtp.to(actors.redPlain.member.email).find((m) => clearText(m).includes(ids.RED));
    expect(plain?.parsed.subject).toContain('[TLP:RED]');
    expect(plain?.parsed.subject).toContain('kritisch');
    expect(plain?.parsed.text).toContain(`/warnungen/${ids.RED}`);
  });

  it('the OpenPGP key API refuses a private key and shows the stored fingerprint', async () => {
    const { privateKey } = await generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'x', email: 'x@example.org' }],
      format: 'armored',
    });
    const refused = await t.gql(
      `mutation($input: SetOpenPgpKeyInput!) { setMyOpenPgpKey(input: $input) { fingerprint } }`,
      { input: { armoredKey: privateKey } },
      actors.muniA.token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('privater Schlüssel');
    const mine = ok(
      await t.gql('{ myOpenPgpKey { fingerprint userIds } }', {}, actors.muniAKey.token),
    );
    expect(mine.myOpenPgpKey.userIds[0]).toContain(actors.muniAKey.member.email);
    expect(ok(await t.gql('{ myOpenPgpKey { fingerprint } }', {}, actors.muniA.token))).toEqual({
      myOpenPgpKey: null,
    });
  });
});
