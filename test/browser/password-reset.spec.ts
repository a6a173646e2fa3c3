import { expect, test } from '@playwright/test';
import { baseUrl, checkPage, createMember, signIn } from './helpers';
import { createAdmin } from './demo-admin';

/** The development mailbox of the server (no SMTP_URL): what it would have sent. */
async function mailTo(address: string): Promise<{ subject: string; text: string }> {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${baseUrl()}/dev/mail/messages.json`);
    const mails = (await res.json()) as { to: string; subject: string; text: string }[];
    const found = mails.find((m) => m.to === address);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${address}`);
}

const NEW_PASSWORD = 'Frisch-gesetzt-im-Browser-2026';

test('forgotten password: link on the login page, mail, new password, single use', async ({
  page,
}) => {
  const member = await createMember();
  await page.goto('/anmeldung');
  // By keyboard: the link follows the form's fields and button.
  const link = page.getByRole('link', { name: 'Passwort vergessen?' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/passwort-vergessen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort vergessen' })).toBeVisible();
  await checkPage(page, 'passwort-vergessen');

  await page.getByLabel('E-Mail-Adresse').fill(member.email);
  await page.getByLabel('E-Mail-Adresse').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail ist unterwegs' })).toBeVisible();
  await checkPage(page, 'passwort-vergessen-gesendet');

  const mail = await mailTo(member.email);
  expect(mail.subject).toBe('Passwort zurücksetzen – Sicherheitsnetz');
  const url = /https?:\/\/\S+\/passwort-zuruecksetzen#token=[\w-]+/.exec(mail.text)![0];
  await page.goto(url);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' }),
  ).toBeVisible();
  await checkPage(page, 'passwort-zuruecksetzen');
  await page.getByLabel(/^Neues Passwort/).fill(NEW_PASSWORD);
  await page.getByLabel(/^Passwort wiederholen/).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort geändert' })).toBeVisible();
  // The spent token left the address bar.
  expect(page.url()).not.toContain('token=');
  await checkPage(page, 'passwort-geaendert');

  await signIn(page, { email: member.email, password: NEW_PASSWORD });

  // The same link a second time: refused, with a way to ask for a new one.
  await page.goto(url);
  await page.getByLabel(/^Neues Passwort/).fill('Noch-ein-Passwort-2026-x');
  await page.getByLabel(/^Passwort wiederholen/).fill('Noch-ein-Passwort-2026-x');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('bereits verwendet');
  await expect(page.getByRole('link', { name: 'Neuen Link anfordern' })).toBeVisible();
  await checkPage(page, 'passwort-zuruecksetzen-verbraucht');
});

test('the ADMIN sees the e-mail deliveries', async ({ page }) => {
  // An ADMIN of this file's own (promoted by the demo ADMIN, test/browser/demo-admin.ts).
  await signIn(page, await createAdmin());
  await page.goto('/verwaltung/zustellung');
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Zustellung' })).toBeVisible();
  await expect(page.getByText('Keine fehlgeschlagenen E-Mails')).toBeVisible();
  await checkPage(page, 'zustellung-fehlgeschlagen');
  await page.getByText('Versendet', { exact: true }).click();
  await expect(page.getByRole('table')).toContainText('Passwort zurücksetzen');
  await checkPage(page, 'zustellung-versendet');
});
