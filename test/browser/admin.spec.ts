import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  apiSignIn,
  checkPage,
  createMember,
  demoPassword,
  gql,
  invite,
  ORG_ADMIN_EMAIL,
  signIn,
  TEST_PASSWORD,
  totpCode,
  unique,
  type TestMember,
} from './helpers';
import { createAdmin, demoAdminToken } from './demo-admin';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });

let admin: TestMember;
/** One signed-in ADMIN page for the ADMIN tests (every sign-in spends a TOTP step). */
let adminContext: BrowserContext;
let page: Page;
test.beforeAll(async ({ browser }) => {
  admin = await createAdmin();
  adminContext = await browser.newContext();
  page = await adminContext.newPage();
  await signIn(page, admin);
});
test.afterAll(async () => {
  await adminContext.close();
});

test('an ADMIN invites a member; the link works in a new browser, the invitation leaves the pending list', async ({
  browser,
}) => {
  await nav(page).getByRole('link', { name: 'Verwaltung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Protokoll' })).toBeVisible();
  await checkPage(page, 'verwaltung');

  await page.getByRole('link', { name: 'Mitglieder und Einladungen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mitglieder und Einladungen' }),
  ).toBeVisible();
  await expect(
    page.getByLabel('Zwei-Faktor-Anmeldung für alle Mitglieder verlangen'),
  ).toBeVisible();
  await checkPage(page, 'verwaltung-mitglieder');

  // The invitation form, by keyboard.
  const name = `Neue Kollegin ${unique()}`;
  const email = `eingeladen.${unique()}@example.org`;
  await page.getByLabel('E-Mail-Adresse').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(name);
  await page.getByRole('combobox', { name: 'Organisation' }).first().fill('Stadt Siegen');
  await page.getByRole('option', { name: /^Stadt Siegen/ }).click();
  await page.getByRole('button', { name: 'Einladung erstellen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Einladung erstellt')).toBeVisible();
  const link = await page.getByLabel('Einladungslink').inputValue();
  expect(link).toMatch(/\/einladung#token=/);
  const pending = page.getByRole('region', { name: 'Offene Einladungen' });
  await expect(pending.getByText(name)).toBeVisible();
  await checkPage(page, 'verwaltung-einladung-erstellt');

  // The invitee, in a browser of their own.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  const url = new URL(link);
  await invitee.goto(url.pathname + url.hash);
  await expect(
    invitee.getByRole('heading', { level: 1, name: 'Einladung annehmen' }),
  ).toBeVisible();
  await invitee.getByLabel('Neues Passwort').fill(TEST_PASSWORD);
  await invitee.getByLabel('Passwort wiederholen').fill(TEST_PASSWORD);
  await invitee.getByLabel('Passwort wiederholen').press('Enter');
  await expect(
    invitee.getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' }),
  ).toBeVisible();
  await invitee.getByRole('button', { name: 'Einrichtung beginnen' }).click();
  const secret = (await invitee.getByTestId('totp-secret').textContent())!.trim();
  await invitee.getByLabel('Sechsstelliger Code').fill(totpCode(secret));
  await invitee.getByRole('button', { name: 'Code bestätigen' }).click();
  await invitee.getByLabel('Ich habe die Wiederherstellungscodes sicher gespeichert.').check();
  await invitee.getByRole('button', { name: 'Weiter zur Übersicht' }).click();
  await expect(invitee.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expect(invitee.getByText(`Guten Tag, ${name}.`)).toBeVisible();
  // A plain member: no Verwaltung entry.
  await expect(nav(invitee).getByRole('link', { name: 'Verwaltung' })).toHaveCount(0);
  await inviteeContext.close();

  // Accepted: no longer pending, now an active member with TOTP.
  await page.reload();
  await expect(pending.getByText(name)).toHaveCount(0);
  await page.getByLabel('Suche', { exact: true }).fill(name);
  const members = page.getByRole('region', { name: 'Mitglieder', exact: true });
  await expect(members.getByRole('link', { name: `${name} verwalten` })).toBeVisible();
  await expect(members.getByRole('row', { name: new RegExp(name) })).toContainText('eingerichtet');

  // Revoking another invitation: confirmed, and gone from the list.
  const other = await invite();
  await page.reload();
  page.once('dialog', (d) => void d.accept());
  await pending
    .getByRole('button', { name: `Einladung von ${other.displayName} zurückziehen` })
    .click();
  await expect(page.getByText('Die Einladung wurde zurückgezogen.')).toBeVisible();
  await expect(pending.getByText(other.displayName)).toHaveCount(0);
});

test("an ADMIN manages a member: roles, sessions, disable and enable, the member's TOTP", async () => {
  const target = await createMember({ totp: true });
  await page.goto(`/verwaltung/mitglieder/${target.id}`);
  await expect(page.getByRole('heading', { level: 1, name: target.displayName })).toBeVisible();
  // createMember's acceptance opened an API session.
  const sessions = page.getByRole('region', { name: 'Angemeldete Sitzungen' });
  await expect(sessions.getByRole('button', { name: /^Sitzung beenden/ })).toHaveCount(1);
  await checkPage(page, 'verwaltung-mitglied');

  await page.getByRole('combobox', { name: 'Rolle in der Organisation' }).click();
  await page.getByRole('option', { name: 'Administration der Organisation' }).click();
  await page.getByRole('button', { name: 'Rollen speichern' }).click();
  await expect(page.getByText('Die Rollen wurden gespeichert.')).toBeVisible();

  await sessions.getByRole('button', { name: /^Sitzung beenden/ }).click();
  await expect(page.getByText('Die Sitzung wurde beendet.')).toBeVisible();
  await expect(sessions.getByText('Keine aktiven Sitzungen.')).toBeVisible();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Konto sperren' }).click();
  await expect(
    page.getByText('Das Konto ist gesperrt; alle Sitzungen wurden beendet.'),
  ).toBeVisible();
  // Disabled: the password no longer signs in.
  await expect(apiSignIn(target.email, target.password, target.totpSecret)).rejects.toThrow();
  await page.getByRole('button', { name: 'Konto freigeben' }).click();
  await expect(page.getByText('Das Konto ist wieder freigegeben.')).toBeVisible();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung zurücksetzen' }).click();
  await expect(page.getByText('Die Zwei-Faktor-Anmeldung wurde zurückgesetzt.')).toBeVisible();
  // Without TOTP the password alone signs in again (a municipal member need not enrol).
  expect(await apiSignIn(target.email, target.password)).toEqual(expect.any(String));
});

test('an ADMIN edits organisations, the provider register and forum categories, and reads the audit log', async () => {
  await page.goto('/verwaltung/organisationen');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stadt Siegen bearbeiten' })).toBeVisible();
  await checkPage(page, 'verwaltung-organisationen');

  const providerName = `Test-IT ${unique()}`;
  const form = page.getByRole('region', { name: 'Neue Organisation' });
  await form.getByLabel('Name').fill(providerName);
  await form.getByRole('combobox', { name: 'Art' }).click();
  await page.getByRole('option', { name: 'IT-Dienstleister' }).click();
  await form.getByLabel('Kreis').fill('Kreis Siegen-Wittgenstein');
  await form.getByRole('button', { name: 'Organisation anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: providerName })).toBeVisible();

  // Register: this provider serves Stadt Siegen with network and e-mail.
  const register = page.getByRole('region', { name: 'Dienstleister-Register' });
  await expect(register.getByText('Noch keine Einträge.')).toBeVisible();
  await register.getByRole('combobox', { name: 'Kommune' }).fill('Stadt Siegen');
  await page.getByRole('option', { name: 'Stadt Siegen' }).click();
  await register.getByRole('checkbox', { name: 'Netzwerk' }).check();
  await register.getByRole('checkbox', { name: 'E-Mail' }).check();
  await register.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.getByText('Das Register wurde gespeichert.')).toBeVisible();
  await expect(register.getByRole('row', { name: /Stadt Siegen/ })).toContainText(
    'Netzwerk, E-Mail',
  );
  await checkPage(page, 'verwaltung-organisation');
  page.once('dialog', (d) => void d.accept());
  await register.getByRole('button', { name: 'Entfernen: Eintrag Stadt Siegen' }).click();
  await expect(page.getByText('Der Eintrag wurde entfernt.')).toBeVisible();
  await expect(register.getByText('Noch keine Einträge.')).toBeVisible();

  // Forum categories: a closed group of municipalities in which only the CERT may not write.
  await page.goto('/verwaltung/foren');
  await expect(page.getByRole('heading', { level: 1, name: 'Forenkategorien' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'nur Kommunen' }).first()).toBeVisible();
  await checkPage(page, 'verwaltung-foren');
  await page.getByRole('link', { name: 'Kategorie anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Forenkategorie' })).toBeVisible();
  const categoryName = `Südwestfalen intern ${unique()}`;
  await page.getByLabel('Name').fill(categoryName);
  await page.getByLabel('Beschreibung').fill('Austausch der Kommunen in Südwestfalen.');
  const readers = page.getByRole('group', { name: 'Wer liest' });
  await readers.getByRole('checkbox', { name: 'IT-Dienstleister' }).uncheck();
  await readers.getByRole('checkbox', { name: 'CERT' }).uncheck();
  await page.getByRole('combobox', { name: /Geschlossene Gruppe/ }).fill('Stadt Siegen');
  await page.getByRole('option', { name: /^Stadt Siegen/ }).click();
  await expect(page.getByRole('list', { name: /Geschlossene Gruppe/ })).toContainText(
    'Stadt Siegen',
  );
  await expect(page.getByText('geschlossene Gruppe (1 Organisation)')).toBeVisible();
  await checkPage(page, 'verwaltung-kategorie-neu');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Kategorie „${categoryName}“ bearbeiten` }),
  ).toBeVisible();
  await expect(page.getByText('Die Kategorie wurde angelegt.')).toBeVisible();
  await page.getByRole('link', { name: 'Forenkategorien' }).click();
  await expect(page.getByRole('row', { name: new RegExp(categoryName) })).toContainText(
    'geschlossene Gruppe (1 Organisation)',
  );

  // The audit log: what this ADMIN just did, filtered by who and what.
  await page.goto('/verwaltung/protokoll');
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  await checkPage(page, 'verwaltung-protokoll');
  await page.getByRole('combobox', { name: 'Was' }).fill('Organisation angelegt');
  await page.getByRole('option', { name: 'Organisation angelegt' }).click();
  await page.getByRole('combobox', { name: 'Wer' }).fill(admin.displayName);
  await page.getByRole('option', { name: new RegExp(admin.displayName) }).click();
  await page.getByRole('button', { name: 'Filtern' }).click();
  await expect(page).toHaveURL(/was=organisation\.created/);
  await expect(page.getByText('1 Eintrag', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Organisation angelegt/ })).toContainText(
    admin.displayName,
  );
  await checkPage(page, 'verwaltung-protokoll-gefiltert');
});

test('an ORG_ADMIN administers only their own organisation', async ({ browser }) => {
  // An invitation into another organisation, which this ORG_ADMIN must not see.
  const adminToken = await demoAdminToken();
  const context = await browser.newContext();
  const page = await context.newPage();
  const orgs = await gql<{ organisations: { nodes: { id: string }[] } }>(
    `{ organisations(search: "Iserlohn", first: 1) { nodes { id } } }`,
    {},
    adminToken,
  );
  const elsewhere = `Fremde Person ${unique()}`;
  await gql(
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
    {
      input: {
        email: `fremd.${unique()}@example.org`,
        displayName: elsewhere,
        organisationId: orgs.organisations.nodes[0].id,
      },
    },
    adminToken,
  );
  const own = await invite();

  await signIn(page, { email: ORG_ADMIN_EMAIL, password: demoPassword() });
  await nav(page).getByRole('link', { name: 'Verwaltung' }).click();
  await expect(page.getByText(/betrifft das nur Stadt Siegen/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Protokoll' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Organisationen und/ })).toHaveCount(0);
  await checkPage(page, 'verwaltung-orgadmin');

  await page.getByRole('link', { name: 'Mitglieder und Einladungen' }).click();
  await expect(page.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Stadt Siegen');
  const pending = page.getByRole('region', { name: 'Offene Einladungen' });
  await expect(pending.getByText(own.displayName)).toBeVisible();
  await expect(pending.getByText(elsewhere)).toHaveCount(0);
  await expect(page.getByLabel('Zwei-Faktor-Anmeldung für alle Mitglieder verlangen')).toHaveCount(
    0,
  );
  await checkPage(page, 'verwaltung-orgadmin-mitglieder');

  // A member of another organisation: not manageable here; ADMIN-only pages refuse.
  const cert = await gql<{ members: { nodes: { id: string }[] } }>(
    `{ members(search: "Katrin Hoffmann", first: 1) { nodes { id } } }`,
    {},
    adminToken,
  );
  await page.goto(`/verwaltung/mitglieder/${cert.members.nodes[0].id}`);
  await expect(page.getByRole('alert')).toContainText('Sie dürfen es nicht verwalten');
  await expect(page.getByRole('button', { name: 'Konto sperren' })).toHaveCount(0);
  // A platform ADMIN of the own organisation: shown, but only ADMINs manage the account.
  await page.goto(`/verwaltung/mitglieder/${admin.id}`);
  await expect(page.getByRole('heading', { level: 1, name: admin.displayName })).toBeVisible();
  await expect(
    page.getByText(/nur die Administration der Plattform kann es verwalten/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Konto sperren' })).toHaveCount(0);
  for (const path of ['/verwaltung/protokoll', '/verwaltung/organisationen', '/verwaltung/foren']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  }
  await context.close();
});

test('a plain member has no Verwaltung entry and is refused on every /verwaltung URL', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const member = await createMember();
  await signIn(page, member);
  await expect(nav(page).getByRole('link', { name: 'Foren' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Verwaltung' })).toHaveCount(0);
  for (const path of [
    '/verwaltung',
    '/verwaltung/mitglieder',
    `/verwaltung/mitglieder/${member.id}`,
    '/verwaltung/organisationen',
    '/verwaltung/foren/neu',
    '/verwaltung/protokoll',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  }
  await checkPage(page, 'verwaltung-keine-berechtigung');
  await context.close();
});
