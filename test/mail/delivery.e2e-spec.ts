import { MailOutbox } from '../../src/mail/mail-outbox.service';
import { MailState, OutboundMail } from '../../src/mail/outbound-mail.entity';
import { renderMail } from '../../src/mail/templates/layout';
import { PlatformRole, OrganisationRole } from '../../src/members/member.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { auditRows } from '../auth/auth-helpers';
import { Actor, createActor } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { duplicates, SmtpSink } from './smtp-sink';

const MAIL_ENV = (sink: SmtpSink) => ({
  SMTP_URL: sink.url,
  MAIL_FROM: 'Sicherheitsnetz <noreply@sicherheitsnetz.test>',
  MAIL_RETRY_DELAY_SECONDS: '1',
  MAIL_RETRY_DELAY_MAX_SECONDS: '2',
  MAIL_RETRY_LIMIT: '3',
});

const DELIVERIES = `query ($state: MailDeliveryState, $first: Int, $after: String) {
  mailDeliveries(state: $state, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id messageId toAddress kind subject state attempts lastError sentAt }
  }
}`;
const RESEND = `mutation ($id: ID!) { resendMailDelivery(id: $id) { id state lastError } }`;

function testMail(to: string, extra: Record<string, unknown> = {}) {
  const body = renderMail({
    title: 'Test',
    greeting: 'Guten Tag Erika Mustermann,',
    paragraphs: ['Eine Prüfung der Zustellung: ä ö ü ß <b>kein HTML</b>.'],
    action: { label: 'Zur Plattform', url: 'https://sicherheitsnetz.test/start' },
  });
  return { to, kind: 'TEST', subject: 'Zustellung prüfen', ...body, ...extra };
}

describe('mail delivery (real SMTP server in the test process)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let outbox: MailOutbox;

  beforeAll(async () => {
    sink = await new SmtpSink().start();
    t = await startTestApp({ env: MAIL_ENV(sink) });
    outbox = t.app.get(MailOutbox);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it('sends a committed mail once, with the Message-ID fixed at enqueue, German text and accessible HTML', async () => {
    const ids = await t.db.transaction((m) =>
      outbox.enqueue(
        m,
        testMail('erika@stadt.test', {
          headers: { 'X-Sicherheitsnetz-Kind': 'TEST' },
          attachments: [
            { filename: 'hinweis.txt', content: 'Anhang ä', contentType: 'text/plain' },
          ],
        }),
      ),
    );
    const [mail] = await sink.waitFor(() => sink.to('erika@stadt.test').length === 1);
    expect(mail.messageId).toBe(ids.messageId);
    expect(mail.subject).toBe('Zustellung prüfen');
    expect(mail.from?.text).toContain('noreply@sicherheitsnetz.test');
    expect(mail.text).toContain('ä ö ü ß <b>kein HTML</b>');
    expect(mail.text).toContain('Zur Plattform:\nhttps://sicherheitsnetz.test/start');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain('&lt;b&gt;kein HTML&lt;/b&gt;');
    expect(mail.html).not.toMatch(/<img|src=/i);
    expect(mail.headers.get('x-sicherheitsnetz-kind')).toBe('TEST');
    expect(mail.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ['hinweis.txt', 'Anhang ä'],
    ]);
    await expectState(ids.id, MailState.SENT);
  });

  it('sends nothing for a rolled-back transaction', async () => {
    await expect(
      t.db.transaction(async (m) => {
        await outbox.enqueue(m, testMail('rollback@stadt.test'));
        throw new Error('event failed');
      }),
    ).rejects.toThrow('event failed');
    await t.db.transaction((m) => outbox.enqueue(m, testMail('after-rollback@stadt.test')));
    await sink.waitFor(() => sink.to('after-rollback@stadt.test').length === 1);
    expect(sink.to('rollback@stadt.test')).toHaveLength(0);
    expect(
      await t.db.getRepository(OutboundMail).countBy({ toAddress: 'rollback@stadt.test' }),
    ).toBe(0);
  });

  it('a dedupe key makes enqueue idempotent', async () => {
    const first = await t.db.transaction((m) =>
      outbox.enqueue(m, testMail('dedupe@stadt.test', { dedupeKey: 'test:dedupe:1' })),
    );
    const second = await t.db.transaction((m) =>
      outbox.enqueue(m, testMail('dedupe@stadt.test', { dedupeKey: 'test:dedupe:1' })),
    );
    expect(second).toEqual(first);
    await sink.waitFor(() => sink.to('dedupe@stadt.test').length === 1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.to('dedupe@stadt.test')).toHaveLength(1);
  });

  it('enqueueMany: many mails in one transaction, in order, idempotent by dedupe key, each sent once', async () => {
    const batch = Array.from({ length: 120 }, (_, i) =>
      testMail(`viele${i}@stadt.test`, { dedupeKey: `test:many:${i}` }),
    );
    const first = await t.db.transaction((m) => outbox.enqueueMany(m, batch));
    expect(first).toHaveLength(120);
    expect(new Set(first.map((r) => r.messageId)).size).toBe(120);
    const again = await t.db.transaction((m) => outbox.enqueueMany(m, batch.slice(115)));
    expect(again).toEqual(first.slice(115));
    await sink.waitFor(() => batch.every((b) => sink.to(b.to).length >= 1), 60_000);
    await new Promise((r) => setTimeout(r, 1000));
    for (const [i, b] of batch.entries()) {
      const got = sink.to(b.to);
      expect(got).toHaveLength(1);
      expect(got[0].messageId).toBe(first[i].messageId);
    }
  });

  it('retries while the SMTP server refuses (421), then delivers once', async () => {
    sink.mode = 'down';
    const refusedBefore = sink.refusedConnections;
    const ids = await t.db.transaction((m) => outbox.enqueue(m, testMail('retry@stadt.test')));
    const deadline = Date.now() + 20_000;
    while (sink.refusedConnections < refusedBefore + 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(sink.refusedConnections).toBeGreaterThanOrEqual(refusedBefore + 2);
    // The refusal reaches the sink before the worker's transaction records the attempt.
    let row = await t.db.getRepository(OutboundMail).findOneByOrFail({ id: ids.id });
    for (let i = 0; i < 50 && row.attempts < 1; i++) {
      await new Promise((r) => setTimeout(r, 100));
      row = await t.db.getRepository(OutboundMail).findOneByOrFail({ id: ids.id });
    }
    expect(row.state).toBe(MailState.QUEUED);
    expect(row.attempts).toBeGreaterThanOrEqual(1);
    expect(row.lastError).toBeTruthy();
    sink.mode = 'accept';
    await sink.waitFor(() => sink.to('retry@stadt.test').length === 1, 30_000);
    await expectState(ids.id, MailState.SENT);
    expect(duplicates(sink.received)).toEqual([]);
  });

  describe('failed deliveries (ADMIN)', () => {
    let admin: Actor;
    let member: Actor;
    let orgAdmin: Actor;
    beforeAll(async () => {
      admin = await createActor(t, OrganisationKind.CERT, { platformRole: PlatformRole.ADMIN });
      member = await createActor(t, OrganisationKind.MUNICIPALITY);
      orgAdmin = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
    });

    it('a permanent refusal (550) fails at once, the ADMIN sees it, and a resend delivers it with the same Message-ID', async () => {
      sink.rejectRecipients.add('gibtsnicht@stadt.test');
      const ids = await t.db.transaction((m) =>
        outbox.enqueue(m, testMail('gibtsnicht@stadt.test')),
      );
      await expectState(ids.id, MailState.FAILED);
      const row = await t.db.getRepository(OutboundMail).findOneByOrFail({ id: ids.id });
      expect(row.attempts).toBe(1);
      expect(row.lastError).toContain('550');

      const failed = await t.gql(DELIVERIES, { state: 'FAILED' }, admin.token);
      expect(failed.errors).toBeUndefined();
      expect(failed.data.mailDeliveries.totalCount).toBe(1);
      expect(failed.data.mailDeliveries.nodes[0]).toMatchObject({
        id: ids.id,
        messageId: ids.messageId,
        toAddress: 'gibtsnicht@stadt.test',
        kind: 'TEST',
        state: 'FAILED',
        attempts: 1,
        sentAt: null,
      });
      const sent = await t.gql(DELIVERIES, { state: 'SENT', first: 2 }, admin.token);
      expect(sent.data.mailDeliveries.totalCount).toBeGreaterThanOrEqual(3);
      expect(sent.data.mailDeliveries.pageInfo.hasNextPage).toBe(true);
      const next = await t.gql(
        DELIVERIES,
        { state: 'SENT', first: 2, after: sent.data.mailDeliveries.pageInfo.endCursor },
        admin.token,
      );
      expect(next.data.mailDeliveries.nodes.map((n: { id: string }) => n.id)).not.toContain(
        sent.data.mailDeliveries.nodes[0].id,
      );

      // Not failed: nothing to resend.
      const sentId = sent.data.mailDeliveries.nodes[0].id;
      expect(errorCode(await t.gql(RESEND, { id: sentId }, admin.token))).toBe('CONFLICT');

      sink.rejectRecipients.delete('gibtsnicht@stadt.test');
      const resent = await t.gql(RESEND, { id: ids.id }, admin.token);
      expect(resent.data.resendMailDelivery).toEqual({
        id: ids.id,
        state: 'QUEUED',
        lastError: null,
      });
      const [mail] = await sink
        .waitFor(() => sink.to('gibtsnicht@stadt.test').length === 1)
        .then(() => sink.to('gibtsnicht@stadt.test'));
      expect(mail.messageId).toBe(ids.messageId);
      await expectState(ids.id, MailState.SENT);
      const audit = await auditRows(t, 'mail.resent', { targetId: ids.id });
      expect(audit.map((a) => a.actorId)).toEqual([admin.member.id]);
    });

    it('a mail whose every retry fails ends FAILED', async () => {
      sink.mode = 'down';
      const ids = await t.db.transaction((m) => outbox.enqueue(m, testMail('immerweg@stadt.test')));
      await expectState(ids.id, MailState.FAILED, 40_000);
      sink.mode = 'accept';
      const row = await t.db.getRepository(OutboundMail).findOneByOrFail({ id: ids.id });
      expect(row.attempts).toBe(4);
      expect(row.lastError).toContain('421');
    });

    it('refuses the list and the resend to everyone but ADMINs', async () => {
      const [failed] = await t.db.getRepository(OutboundMail).find({ take: 1 });
      for (const actor of [member, orgAdmin]) {
        const list = await t.gql(DELIVERIES, { state: 'FAILED' }, actor.token);
        expect(errorCode(list)).toBe('FORBIDDEN');
        expect(list.data).toBeNull();
        expect(errorCode(await t.gql(RESEND, { id: failed.id }, actor.token))).toBe('FORBIDDEN');
      }
      expect(errorCode(await t.gql(DELIVERIES, {}, null))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.gql(RESEND, { id: failed.id }, null))).toBe('UNAUTHENTICATED');
      expect(
        errorCode(await t.gql(RESEND, { id: '00000000-0000-4000-8000-000000000000' }, admin.token)),
      ).toBe('NOT_FOUND');
    });
  });

  async function expectState(id: string, state: MailState, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    let row = await t.db.getRepository(OutboundMail).findOneByOrFail({ id });
    while (row.state !== state && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      row = await t.db.getRepository(OutboundMail).findOneByOrFail({ id });
    }
    expect(row.state).toBe(state);
  }
});
