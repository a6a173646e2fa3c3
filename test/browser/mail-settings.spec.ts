import { expect, test } from '@playwright/test';
import { generateKey } from 'openpgp';
import { checkPage, createMember, signIn } from './helpers';

test('mail settings: preferences by keyboard, locked critical kinds, OpenPGP key with fingerprint', async ({
  page,
}) => {
  const member = await createMember();
  await signIn(page, member);
  await page.getByRole('link', { name: 'Mein Konto' }).click();
  await page.getByRole('link', { name: 'E-Mail-Einstellungen öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'E-Mail-Benachrichtigungen' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/konto\/benachrichtigungen$/);

  // Critical kinds: shown, locked on "Sofort".
  const critical = page.getByRole('radio', { name: 'Sicherheitswarnungen „kritisch“: Sofort' });
  await expect(critical).toBeChecked();
  await expect(critical).toBeDisabled();
  await expect(
    page.getByRole('radio', {
      name: 'Vorfälle (Einladungen, MIRT-Schritte, Statusänderungen): Sofort',
    }),
  ).toBeDisabled();
  // Mentions cannot be deferred: no "Täglich" choice.
  await expect(page.getByRole('radio', { name: 'Erwähnungen: Täglich' })).toHaveCount(0);
  await checkPage(page, 'mail-einstellungen');

  // By keyboard: focus a choice and select it with the space bar.
  const weekly = page.getByRole('radio', {
    name: 'Neue Beiträge in beobachteten Foren und Themen: Wöchentlich',
  });
  await weekly.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').first()).toContainText('Gespeichert');
  await page.reload();
  await expect(weekly).toBeChecked();

  // OpenPGP key: paste, save, fingerprint shown, remove.
  const { publicKey } = await generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'Test', email: member.email }],
    format: 'armored',
  });
  await page.getByRole('button', { name: 'Schlüssel speichern' }).click();
  await expect(page.getByText('Bitte zuerst einen Schlüssel einfügen')).toBeVisible();
  await page.getByLabel('Öffentlicher Schlüssel (ASCII-Format)').fill(publicKey);
  await page.getByRole('button', { name: 'Schlüssel speichern' }).click();
  await expect(page.getByText('Der Schlüssel wurde gespeichert.')).toBeVisible();
  await expect(page.getByTestId('pgp-fingerprint')).toHaveText(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
  await checkPage(page, 'mail-einstellungen-schluessel');
  await page.getByRole('button', { name: 'Schlüssel entfernen' }).click();
  await expect(page.getByText('Der Schlüssel wurde entfernt.')).toBeVisible();
  await expect(page.getByText('Sie haben noch keinen Schlüssel hinterlegt.')).toBeVisible();
});
