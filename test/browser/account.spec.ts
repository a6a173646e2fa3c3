import { expect, test } from '@playwright/test';
import {
  apiSignIn,
  checkPage,
  createMember,
  gql,
  invite,
  readableStorage,
  signIn,
  totpCode,
  unique,
} from './helpers';

test('invitation -> accept -> TOTP -> sign-in -> start page, no token readable by scripts', async ({
  page,
  context,
}) => {
  const inv = await invite();
  await page.goto(inv.path);
  await expect(page.getByRole('heading', { level: 1, name: 'Einladung annehmen' })).toBeVisible();

  // Password rules while typing, by keyboard.
  const password = page.getByLabel('Neues Passwort');
  await password.focus();
  await page.keyboard.type('kurz');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'mindestens 12 Zeichen' }),
  ).toContainText('noch nicht erfüllt');
  await checkPage(page, 'einladung');
  await password.fill('');
  await password.focus();
  await page.keyboard.type('Korrekt-Pferd-Batterie-42');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'mindestens 12 Zeichen' }),
  ).toContainText('(erfüllt)');
  await page.keyboard.press('Tab'); // the eye toggle of the password field
  await page.getByLabel('Passwort wiederholen').focus();
  await page.keyboard.type('Korrekt-Pferd-Batterie-42');
  await page.keyboard.press('Enter');

  // TOTP enrolment (optional for a municipal member, done anyway).
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/zwei-faktor$/);
  await checkPage(page, 'zwei-faktor-start');
  await page.getByRole('button', { name: 'Einrichtung beginnen' }).click();
  await expect(page.getByRole('img', { name: 'QR-Code für die Authenticator-App' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  await checkPage(page, 'zwei-faktor-qr');
  await page.getByLabel('Sechsstelliger Code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Code bestätigen' }).click();
  await expect(
    page.getByRole('heading', { name: 'Zwei-Faktor-Anmeldung ist eingerichtet' }),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Wiederherstellungscodes' }).getByRole('listitem'),
  ).toHaveCount(10);
  await checkPage(page, 'zwei-faktor-codes');
  const next = page.getByRole('button', { name: 'Weiter zur Übersicht' });
  await expect(next).toBeDisabled();
  await page.getByLabel('Ich habe die Wiederherstellungscodes sicher gespeichert.').check();
  await next.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expect(page.getByText(`Guten Tag, ${inv.displayName}.`)).toBeVisible();

  // The refresh token is an httpOnly cookie on /auth; nothing readable holds a token.
  const cookies = await context.cookies();
  const refresh = cookies.find((c) => c.name === 'sn_refresh');
  expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });
  const readable = await readableStorage(page);
  expect(readable.cookie).toBe('');
  expect(readable.local).toBe('{}');
  expect(readable.session).toBe('{}');

  // A reload keeps the session (cookie refresh), still nothing readable.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  expect((await readableStorage(page)).cookie).toBe('');
  await checkPage(page, 'uebersicht');

  // Sign out, then sign in with password and TOTP.
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeVisible();
  await expect(page.getByText('Sie haben sich abgemeldet.')).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'sn_refresh')).toBeUndefined();
  await checkPage(page, 'anmeldung');
  await page.getByLabel('E-Mail-Adresse').fill(inv.email);
  await page.getByLabel('Passwort', { exact: true }).fill('Korrekt-Pferd-Batterie-42');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Zweiter Faktor' })).toBeVisible();
  await expect(page.getByLabel('Code aus der Authenticator-App')).toBeFocused();
  await checkPage(page, 'anmeldung-totp');
  await page.keyboard.type(totpCode(secret));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
});

test('wrong password and rate limit are explained in German', async ({ page }) => {
  const member = await createMember();
  await page.goto('/anmeldung');
  await page.getByLabel('E-Mail-Adresse').fill(member.email);
  await page.getByLabel('Passwort', { exact: true }).fill('falsch-falsch-falsch');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
  await checkPage(page, 'anmeldung-fehler');
  // Four more failures lock the account for a while.
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert')).toContainText('Zu viele Versuche');
  await expect(page.getByRole('alert')).toContainText('vorübergehend gesperrt');
});

test('an invalid invitation link says what to do', async ({ page }) => {
  await page.goto('/einladung');
  await expect(page.getByRole('alert')).toContainText('Einladungslink ist unvollständig');
  await page.goto('/einladung#token=abgelaufen');
  await page.getByLabel('Neues Passwort').fill('Korrekt-Pferd-Batterie-42');
  await page.getByLabel('Passwort wiederholen').fill('Korrekt-Pferd-Batterie-42');
  await page.getByRole('button', { name: 'Konto aktivieren' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'ungültig, abgelaufen oder wurde bereits verwendet',
  );
});

test('a session revoked from another browser lands on the sign-in page at the next action', async ({
  page,
  browser,
}) => {
  const member = await createMember();
  await signIn(page, member);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, member);
  await otherPage.getByRole('link', { name: 'Mein Konto' }).click();
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  const rows = otherPage.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  await checkPage(otherPage, 'konto');
  await rows
    .filter({ hasNotText: 'diese Sitzung' })
    .getByRole('button', { name: /beenden/ })
    .click();
  await expect(otherPage.getByText('Die Sitzung wurde beendet.')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await other.close();

  // The first browser's next action.
  await page.getByRole('link', { name: 'Benachrichtigungen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Ihre Sitzung wurde beendet');
  await checkPage(page, 'anmeldung-sitzung-beendet');
});

test('signed out, a member page leads to the sign-in page and back after sign-in', async ({
  page,
}) => {
  const member = await createMember();
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/anmeldung\?weiter=%2Fkonto$/);
  await page.getByLabel('E-Mail-Adresse').fill(member.email);
  await page.getByLabel('Passwort', { exact: true }).fill(member.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  await page.goto('/gibt-es-nicht');
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await checkPage(page, 'nicht-gefunden');
});

test('Mein Konto: profile, password change with rules, keyboard only', async ({ page }) => {
  const member = await createMember();
  await signIn(page, member);
  await page.goto('/konto');
  await expect(page.getByRole('heading', { level: 2, name: 'Profil' })).toBeVisible();
  const position = page.getByLabel('Funktion');
  await position.focus();
  await page.keyboard.type('ISB');
  await page.getByRole('button', { name: 'Profil speichern' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Das Profil wurde gespeichert.')).toBeVisible();

  await page.getByLabel('Aktuelles Passwort').fill('nicht-das-passwort');
  await page.getByLabel('Neues Passwort', { exact: true }).fill('Neues-Passwort-2026!');
  await page.getByLabel('Neues Passwort wiederholen').fill('Neues-Passwort-2026!');
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByText('Das aktuelle Passwort ist falsch.')).toBeVisible();
  await page.getByLabel('Aktuelles Passwort').fill(member.password);
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByText('Das Passwort wurde geändert.')).toBeVisible();
  await checkPage(page, 'konto-gespeichert');
  await apiSignIn(member.email, 'Neues-Passwort-2026!');
});

test('notifications: live unread count in the header, list, mark as read', async ({ page }) => {
  const member = await createMember();
  const me = await gql<{ me: { handle: string } }>(
    `{ me { handle } }`,
    {},
    await apiSignIn(member.email, member.password),
  );
  await signIn(page, member);
  await page.getByRole('link', { name: 'Benachrichtigungen', exact: true }).click();
  await expect(page.getByText('Sie haben keine Benachrichtigungen.')).toBeVisible();
  await checkPage(page, 'benachrichtigungen-leer');
  await expect(
    page.getByRole('link', { name: 'Benachrichtigungen, keine ungelesen' }),
  ).toBeVisible();

  // Another member mentions this one in a forum topic: the socket brings the notification.
  const author = await createMember();
  const token = await apiSignIn(author.email, author.password);
  const cats = await gql<{ forumCategories: { nodes: { id: string; name: string }[] } }>(
    `{ forumCategories { nodes { id name } } }`,
    {},
    token,
  );
  const general = cats.forumCategories.nodes.find((c) => c.name === 'Allgemein')!;
  const title = `Phishing-Welle ${unique()}`;
  await gql(
    `mutation($input: CreateForumTopicInput!) { createForumTopic(input: $input) { id } }`,
    { input: { categoryId: general.id, title, body: `Bitte anschauen, @${me.me.handle}.` } },
    token,
  );
  await expect(page.getByRole('link', { name: 'Benachrichtigungen, 1 ungelesen' })).toBeVisible();
  await expect(page.getByText(`Erwähnung in „${title}“`)).toBeVisible();
  await checkPage(page, 'benachrichtigungen');
  await page.getByRole('button', { name: 'Als gelesen markieren' }).click();
  await expect(
    page.getByRole('link', { name: 'Benachrichtigungen, keine ungelesen' }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Nur ungelesene' }).check({ force: true });
  await expect(
    page.getByText('Keine ungelesenen Benachrichtigungen. Alles erledigt.'),
  ).toBeVisible();
});
