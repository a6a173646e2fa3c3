import { expect, test } from '@playwright/test';
import { checkPage, signIn, createMember } from './helpers';

test('member directory with search and kind filter, profiles, organisations with the provider register', async ({
  page,
}) => {
  const member = await createMember();
  await signIn(page, member);

  // Directory: search by keyboard.
  await page.getByRole('link', { name: 'Mitglieder' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitglieder' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /von \d+ Mitgliedern/ })).toBeVisible();
  await checkPage(page, 'directory-members');
  await page.getByLabel(/Suche nach Name/).focus();
  await page.keyboard.type('Firewall');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=Firewall/);
  const list = page.getByRole('list', { name: 'Mitglieder' });
  await expect(list.getByRole('link', { name: 'Sabine Kölling' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);

  // Filter by kind: CERT only.
  await page.getByLabel(/Suche nach Name/).fill('');
  await page.getByLabel('Art der Organisation').selectOption({ label: 'CERT' });
  await expect(page).toHaveURL(/art=CERT/);
  await expect(list.getByRole('link', { name: 'Aylin Demir' })).toBeVisible();
  await expect(list.getByText('Stadt Siegen')).toHaveCount(0);

  // A profile.
  await list.getByRole('link', { name: 'Aylin Demir' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aylin Demir' })).toBeVisible();
  await expect(page.getByText('Schwachstellenmanagement')).toBeVisible();
  await expect(page.getByText('Moderation')).toBeVisible();
  await checkPage(page, 'directory-member-profile');

  // Own profile: contact details and a pointer to Mein Konto.
  await page.goto(`/mitglieder/${member.id}`);
  await expect(page.getByText('Das ist Ihr Profil.')).toBeVisible();

  // Unknown member: "nicht gefunden".
  await page.goto('/mitglieder/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Nicht gefunden' })).toBeVisible();

  // Organisations: filter IT providers, open one, see the municipalities it serves with services.
  await page.getByRole('link', { name: 'Organisationen' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationen' })).toBeVisible();
  await checkPage(page, 'directory-organisations');
  await page.getByLabel('Art', { exact: true }).selectOption({ label: 'IT-Dienstleister' });
  await expect(page).toHaveURL(/art=IT_PROVIDER/);
  const orgs = page.getByRole('list', { name: 'Organisationen' });
  await expect(orgs.getByRole('link', { name: 'Stadt Siegen' })).toHaveCount(0);
  await orgs.getByRole('link', { name: 'Südwestfalen-IT' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Südwestfalen-IT' })).toBeVisible();
  const register = page.getByRole('table', { name: 'Betreute Kommunen' });
  await expect(register.getByRole('link', { name: 'Stadt Siegen' })).toBeVisible();
  await expect(register.getByRole('columnheader', { name: 'Leistungen' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Mitglieder' }).getByRole('link', { name: 'Thomas Brückner' }),
  ).toBeVisible();
  await checkPage(page, 'directory-organisation-provider');

  // A municipality: its providers, and its members.
  await register.getByRole('link', { name: 'Stadt Siegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stadt Siegen' })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'IT-Dienstleister dieser Kommune' })
      .getByRole('link', { name: 'Südwestfalen-IT' }),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Mitglieder' }).getByRole('link', { name: member.displayName }),
  ).toBeVisible();
  await checkPage(page, 'directory-organisation-municipality');
});
