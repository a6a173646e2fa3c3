import request from 'supertest';
import { MailOutbox } from '../../src/mail/mail-outbox.service';
import { renderMail } from '../../src/mail/templates/layout';
import { startTestApp, TestApp } from '../helpers/test-app';
import { SmtpSink } from './smtp-sink';

describe('development mailbox (no SMTP_URL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('keeps sent mails and shows them at /dev/mail (escaped) and /dev/mail/messages.json', async () => {
    const body = renderMail({ paragraphs: ['Hallo <script>alert(1)</script> https://x.test/a'] });
    await t.db.transaction((m) =>
      t.app.get(MailOutbox).enqueue(m, {
        to: 'dev@stadt.test',
        kind: 'TEST',
        subject: 'Entwicklung ä',
        ...body,
      }),
    );
    let mails: { to: string; subject: string; text: string }[] = [];
    for (let i = 0; i < 100 && mails.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      mails = (await request(t.app.getHttpServer()).get('/dev/mail/messages.json')).body;
    }
    expect(mails[0]).toMatchObject({ to: 'dev@stadt.test', subject: 'Entwicklung ä' });
    const page = await request(t.app.getHttpServer()).get('/dev/mail');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="de">');
    expect(page.text).toContain('Entwicklung ä');
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).toContain('<a href="https://x.test/a">');
  });
});

describe('development mailbox with SMTP_URL', () => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await new SmtpSink().start();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it('does not exist (404)', async () => {
    expect((await request(t.app.getHttpServer()).get('/dev/mail')).status).toBe(404);
    expect((await request(t.app.getHttpServer()).get('/dev/mail/messages.json')).status).toBe(404);
  });
});
