import { MailOutbox } from '../../src/mail/mail-outbox.service';
import { MailQueue } from '../../src/mail/mail-queue';
import { MailState, OutboundMail } from '../../src/mail/outbound-mail.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { PlatformRole } from '../../src/members/member.enums';
import { Actor, createActor, createOrganisation } from '../helpers/factories';
import { InstanceProcess, startInstance } from '../helpers/instance-process';
import { startTestApp, TestApp } from '../helpers/test-app';
import { duplicates, SmtpSink } from './smtp-sink';

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;

async function gqlAt(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('mail durability: a killed instance, restarts, two instances on one queue', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let admin: Actor;
  const instances: InstanceProcess[] = [];

  beforeAll(async () => {
    sink = await new SmtpSink().start();
    // Fixtures and database checks; this one only enqueues (MAIL_WORKER=false).
    t = await startTestApp({ env: { SMTP_URL: sink.url, MAIL_WORKER: 'false' } });
    admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.kill()));
    await t?.close();
    await sink?.stop();
  });

  const mailEnv = (from: string) => ({
    DATABASE_URL: t.databaseUrl,
    SMTP_URL: sink.url,
    MAIL_FROM: `Sicherheitsnetz <${from}>`,
    MAIL_RETRY_DELAY_SECONDS: '1',
    MAIL_RETRY_DELAY_MAX_SECONDS: '2',
    MAIL_JOB_TIMEOUT_SECONDS: '5',
    MAIL_MAINTENANCE_INTERVAL_SECONDS: '1',
    DATABASE_POOL_SIZE: '4',
    LOG_LEVEL: 'warn',
  });

  it('an instance killed with SIGKILL after enqueueing: after the restart every mail arrives, none twice', async () => {
    const organisation = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    // The SMTP server refuses while the first instance runs: its mails are committed, not sent.
    sink.mode = 'down';
    const first = await startInstance(mailEnv('noreply@eins.test'));
    instances.push(first);
    const addresses = Array.from({ length: 20 }, (_, i) => `kill${i}@stadt.test`);
    for (const email of addresses) {
      const res = await gqlAt(first.url, admin.token, INVITE, {
        input: { email, organisationId: organisation.id, displayName: 'Neu Mitglied' },
      });
      expect(res.errors).toBeUndefined();
    }
    await until(() => sink.refusedConnections >= 3, 20_000, 'the first attempts');
    await first.kill();
    expect(
      sink.received.filter((m) => addresses.includes([m.to].flat()[0]?.value[0]?.address ?? '')),
    ).toEqual([]);

    sink.mode = 'accept';
    const second = await startInstance(mailEnv('noreply@zwei.test'));
    instances.push(second);
    await sink.waitFor(() => addresses.every((a) => sink.to(a).length >= 1), 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    for (const a of addresses) expect(sink.to(a)).toHaveLength(1);
    expect(duplicates(sink.received)).toEqual([]);
    const states = await t.db.query(
      `SELECT state, count(*)::int AS n FROM mail_outbox WHERE to_address = ANY($1) GROUP BY state`,
      [addresses],
    );
    expect(states).toEqual([{ state: 'SENT', n: 20 }]);
    await second.stop();
  }, 180_000);

  it('a gracefully stopped instance finishes or leaves its mails; the next one sends the rest once', async () => {
    const outbox = t.app.get(MailOutbox);
    const addresses = Array.from({ length: 30 }, (_, i) => `restart${i}@stadt.test`);
    await t.db.transaction(async (m) => {
      for (const to of addresses) {
        await outbox.enqueue(m, {
          to,
          kind: 'TEST',
          subject: 'Neustart',
          text: 'Text',
          html: '<p>Text</p>',
        });
      }
    });
    const a = await startInstance(mailEnv('noreply@eins.test'));
    instances.push(a);
    await until(() => sink.received.some((m) => m.subject === 'Neustart'), 30_000, 'a first mail');
    await a.stop();
    const b = await startInstance(mailEnv('noreply@zwei.test'));
    instances.push(b);
    await sink.waitFor(() => addresses.every((x) => sink.to(x).length >= 1), 60_000);
    await new Promise((r) => setTimeout(r, 1500));
    for (const x of addresses) expect(sink.to(x)).toHaveLength(1);
    await b.stop();
  }, 180_000);

  it('two instances on one queue send every mail once, also when a mail has two jobs', async () => {
    const outbox = t.app.get(MailOutbox);
    const queue = t.app.get(MailQueue);
    const addresses = Array.from({ length: 150 }, (_, i) => `zwei${i}@stadt.test`);
    const started = await Promise.all([
      startInstance(mailEnv('noreply@eins.test')),
      startInstance(mailEnv('noreply@zwei.test')),
    ]);
    instances.push(...started);
    await t.db.transaction(async (m) => {
      for (const to of addresses) {
        const { id } = await outbox.enqueue(m, {
          to,
          kind: 'TEST',
          subject: 'Zwei Instanzen',
          text: 'Text',
          html: '<p>Text</p>',
        });
        // A second job for the same mail (as after an expired job or a resend race): the row lock
        // and its state let only one of them send.
        await queue.add(m, id);
      }
    });
    await sink.waitFor(() => addresses.every((x) => sink.to(x).length >= 1), 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    for (const x of addresses) expect(sink.to(x)).toHaveLength(1);
    expect(duplicates(sink.received)).toEqual([]);
    const senders = new Set(
      addresses.flatMap((x) => sink.to(x).map((m) => m.from?.value[0]?.address)),
    );
    // Both instances took part (each signs with its own sender address).
    expect([...senders].sort()).toEqual(['noreply@eins.test', 'noreply@zwei.test']);
    expect(
      await t.db
        .getRepository(OutboundMail)
        .countBy({ subject: 'Zwei Instanzen', state: MailState.SENT }),
    ).toBe(150);
    await Promise.all(started.map((i) => i.stop()));
  }, 180_000);
});
