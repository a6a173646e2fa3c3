import { MailOutbox } from '../../src/mail/mail-outbox.service';
import { MailState, OutboundMail } from '../../src/mail/outbound-mail.entity';
import { renderMail } from '../../src/mail/templates/layout';
import { startTestApp, TestApp } from '../helpers/test-app';
import { duplicates, SmtpSink } from './smtp-sink';

const MAIL_ENV = (sink: SmtpSink) => ({
  SMTP_URL: sink.url,
  MAIL_FROM: 'Sicherheitsnetz <noreply@sicherheitsnetz.test>',
  MAIL_RETRY_DELAY_SECONDS: '1',
  MAIL_RETRY_DELAY_MAX_SECONDS: '2',
});

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

  it('retries while the SMTP server refuses (421), then delivers once', async () => {
    sink.mode = 'down';
    const refusedBefore = sink.refusedConnections;
    const ids = await t.db.transaction((m) => outbox.enqueue(m, testMail('retry@stadt.test')));
    const deadline = Date.now() + 20_000;
    while (sink.refusedConnections < refusedBefore + 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(sink.refusedConnections).toBeGreaterThanOrEqual(refusedBefore + 2);
    const row = await t.db.getRepository(OutboundMail).findOneByOrFail({ id: ids.id });
    expect(row.state).toBe(MailState.QUEUED);
    expect(row.attempts).toBeGreaterThanOrEqual(1);
    expect(row.lastError).toBeTruthy();
    sink.mode = 'accept';
    await sink.waitFor(() => sink.to('retry@stadt.test').length === 1, 30_000);
    await expectState(ids.id, MailState.SENT);
    expect(duplicates(sink.received)).toEqual([]);
  });

  async function expectState(id: string, state: MailState) {
    const deadline = Date.now() + 10_000;
    let row = await t.db.getRepository(OutboundMail).findOneByOrFail({ id });
    while (row.state !== state && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      row = await t.db.getRepository(OutboundMail).findOneByOrFail({ id });
    }
    expect(row.state).toBe(state);
  }
});
