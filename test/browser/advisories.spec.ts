import { expect, test, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPage, demoPassword, gql, signIn, totpCode, unique } from './helpers';

/**
 * Advisories in the browser. People from the demo data (src/seed/demo-organisations.ts):
 * a CERT analyst (TOTP enrolled here: CERT staff must use it), two members of the IT provider
 * Südwestfalen-IT (its ORG_ADMIN may forward AMBER to the municipalities it serves), and the ISB
 * of Stadt Bielefeld, a municipality Südwestfalen-IT does not serve.
 */
const demo = (handle: string) => `${handle}@demo.sicherheitsnetz.nrw`;
const CERT_ANALYST = demo('aylin.demir');
const PROVIDER_MEMBER = demo('sabine.koelling');
const PROVIDER_ADMIN = demo('thomas.brueckner');
const UNRELATED = demo('claudia.nussbaum');
const FIXTURES = join(__dirname, '../fixtures/csaf');

/**
 * The analyst's TOTP secret for this run, kept in a file: Playwright starts a new worker after a
 * failed test, and the enrolment cannot be repeated. The demo password is new for every run.
 */
const secretFile = () =>
  join(tmpdir(), `sn-advisories-totp-${process.env.SN_BROWSER_PORT}-${demoPassword()}`);
let certSecret: string | null = null;

/** The analyst with TOTP (enrolled once per run through the API, as the set-up page would). */
async function certAnalyst() {
  if (!certSecret && existsSync(secretFile())) certSecret = readFileSync(secretFile(), 'utf8');
  if (!certSecret) {
    const login = await gql<{ login: { accessToken: string } }>(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: CERT_ANALYST, password: demoPassword() } },
    );
    const token = login.login.accessToken;
    const started = await gql<{ startTotpEnrolment: { secret: string } }>(
      `mutation { startTotpEnrolment { secret } }`,
      {},
      token,
    );
    certSecret = started.startTotpEnrolment.secret;
    writeFileSync(secretFile(), certSecret);
    await gql(
      `mutation($code: String!) { confirmTotpEnrolment(code: $code) }`,
      { code: totpCode(certSecret) },
      token,
    );
  }
  return { email: CERT_ANALYST, password: demoPassword(), totpSecret: certSecret };
}

/** A fresh browser context signed in as the given person (waits for an unused TOTP step). */
async function openAs(
  browser: Browser,
  who: { email: string; password: string; totpSecret?: string },
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, who);
  } catch (e) {
    if (!/TOTP step/.test(String(e))) throw e;
    await page.waitForTimeout(31_000);
    await signIn(page, who);
  }
  return page;
}

const person = (email: string) => ({ email, password: demoPassword() });

test('a CERT analyst publishes an AMBER advisory to one provider; its member acknowledges; the overview shows it; an unrelated municipality sees nothing', async ({
  browser,
}) => {
  // Four people, nine pages, each scanned twice by axe on a shared machine.
  test.setTimeout(900_000);
  const marker = unique();
  const title = `Schwachstelle im Fernwartungsdienst ${marker}`;
  const cert = await openAs(browser, await certAnalyst());

  // The list, then a new draft with Markdown preview and the CVSS score while typing.
  await cert.getByRole('link', { name: 'Warnungen' }).first().click();
  await expect(cert.getByRole('heading', { level: 1, name: 'Sicherheitswarnungen' })).toBeVisible();
  await expect(cert.getByRole('tab', { name: 'Alle für mich lesbaren' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(cert.locator('.tlp-label').first()).toBeVisible();
  await checkPage(cert, 'advisories');
  await cert.getByRole('link', { name: 'Neue Warnung' }).click();
  await expect(
    cert.getByRole('heading', { level: 1, name: 'Neue Sicherheitswarnung' }),
  ).toBeVisible();
  await cert.getByLabel('Titel').fill(title);
  await expect(cert.getByLabel('TLP-Kennzeichnung')).toHaveValue('AMBER');
  await cert
    .getByLabel('Zusammenfassung (Klartext)')
    .fill('Angreifer können ohne Anmeldung Befehle ausführen.');
  await cert
    .getByRole('textbox', { name: 'Beschreibung (Markdown)' })
    .fill('Der Dienst ist **aus dem Internet** erreichbar.');
  await cert.getByLabel('CVEs (eine pro Zeile)').fill('CVE-2026-40404');
  const cvss = cert.getByLabel('CVSS-Vektor (3.0, 3.1 oder 4.0)');
  await cvss.pressSequentially('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H');
  await expect(cert.getByText('Es fehlen noch Basis-Metriken.')).toBeVisible();
  await cvss.pressSequentially('/A:H');
  await expect(cert.getByText('Basiswert 9,8 (CVSS 3.1, Schweregrad kritisch)')).toBeVisible();
  await cert.getByRole('button', { name: 'Schweregrad „kritisch“ übernehmen' }).click();
  await expect(cert.getByLabel('Schweregrad')).toHaveValue('KRITISCH');
  const product = cert.getByRole('group', { name: 'Produkt 1' });
  await product.getByLabel('Hersteller').fill('Beispiel AG');
  await product.getByLabel('Produkt', { exact: true }).fill('Fernwartung');
  await product.getByLabel('Version', { exact: true }).fill('<4.2.1');
  await checkPage(cert, 'advisory-new');
  await cert.getByText('Vorschau', { exact: true }).first().click();
  await expect(cert.locator('.md-preview strong')).toHaveText('aus dem Internet');
  await cert.getByText('Schreiben', { exact: true }).first().click();
  await cert.getByRole('button', { name: 'Entwurf anlegen' }).click();
  await expect(cert.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const id = new URL(cert.url()).pathname.split('/').pop()!;
  await expect(cert.getByRole('region', { name: 'Weitergabe' })).toHaveText(
    'TLP:AMBER – nur für Mitglieder der Empfängerorganisationen und, nach Weiterleitung, deren Kunden',
  );
  await expect(cert.getByText('Noch keine Empfänger festgelegt.')).toBeVisible();

  // Recipients: the provider by name; the register's expansion shown (and taken back).
  await cert.getByRole('link', { name: 'Empfänger festlegen' }).click();
  await expect(cert.getByRole('heading', { level: 1, name: `Empfänger: ${title}` })).toBeVisible();
  await cert.getByLabel('Organisation suchen').fill('Südwestfalen');
  await cert.getByRole('button', { name: 'Südwestfalen-IT hinzufügen' }).click();
  await cert.getByLabel('IT-Dienstleister wählen').selectOption({ label: 'regio iT' });
  await cert.getByRole('button', { name: 'Versorgte Kommunen hinzufügen' }).click();
  await expect(cert.getByText('1 Kommune von regio iT hinzugefügt.')).toBeVisible();
  const readers = cert.getByRole('list', { name: 'Wer lesen kann' });
  await expect(readers.getByText('Stadt Aachen (über regio iT)')).toBeVisible();
  await expect(cert.getByText('Mitglieder von 3 Organisationen:')).toBeVisible();
  await checkPage(cert, 'advisory-recipients');
  await cert.getByRole('button', { name: 'Stadt Aachen entfernen' }).click();
  await cert.getByRole('button', { name: 'regio iT entfernen' }).click();
  await expect(cert.getByText('Mitglieder von 1 Organisation:')).toBeVisible();
  await cert.getByRole('button', { name: 'Empfänger speichern' }).click();
  await expect(cert.getByText('Empfänger gespeichert.')).toBeVisible();
  await cert.getByRole('link', { name: title }).click();
  await expect(cert.getByText('Südwestfalen-IT (IT-Dienstleister)')).toBeVisible();
  await checkPage(cert, 'advisory-draft');

  // Publish (first version).
  await cert.getByRole('button', { name: 'Veröffentlichen' }).click();
  const dialog = cert.getByRole('dialog', { name: 'Veröffentlichen' });
  await expect(dialog.getByLabel(/Was hat sich geändert/)).toHaveValue('Erstveröffentlichung');
  await checkPage(cert, 'advisory-publish-dialog');
  await dialog.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
  await expect(cert.getByText('Version 1 ist veröffentlicht.')).toBeVisible();
  await expect(
    cert.getByRole('heading', { name: 'Rückmeldungen der Organisationen' }),
  ).toBeVisible();
  await expect(cert.getByRole('list', { name: 'Noch ohne Antwort' })).toHaveText('Südwestfalen-IT');

  // A member of the provider: in "open for my organisation", found by search (highlighted), answers by keyboard.
  const member = await openAs(browser, person(PROVIDER_MEMBER));
  await member.goto('/warnungen');
  await expect(member.getByRole('tab', { name: 'Für meine Organisation offen' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(member.getByRole('article', { name: title })).toBeVisible();
  await checkPage(member, 'advisories-open');
  await member.getByRole('tab', { name: 'Alle für mich lesbaren' }).click();
  await member.getByLabel('Suchbegriffe').fill(marker);
  await member.getByRole('button', { name: 'Anwenden' }).click();
  const hit = member.getByRole('article', { name: title });
  await expect(hit.locator('mark').first()).toBeVisible();
  await checkPage(member, 'advisories-search');
  await hit.getByRole('link', { name: title }).click();
  await expect(member.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(member.getByText('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeVisible();
  await expect(member.getByText('9,8', { exact: true })).toBeVisible();
  await expect(member.getByRole('cell', { name: 'Fernwartung' })).toBeVisible();
  await expect(member.getByText('Ihre Organisation hat noch nicht geantwortet.')).toBeVisible();
  await checkPage(member, 'advisory-detail');
  await member.getByLabel('Status').focus();
  await member.getByLabel('Status').selectOption('AFFECTED');
  await member.keyboard.press('Tab');
  await member.keyboard.type('Wir prüfen die Fernwartungszugänge.');
  await member.keyboard.press('Tab');
  await member.keyboard.press('Enter');
  await expect(member.getByText('Rückmeldung gespeichert.')).toBeVisible();
  await expect(member.getByText(/Aktuell: betroffen \(von Ihnen,/)).toBeVisible();

  // A colleague sees the answer and who gave it; as ORG_ADMIN of the provider, forwards it.
  const admin = await openAs(browser, person(PROVIDER_ADMIN));
  await admin.goto(`/warnungen/${id}`);
  await expect(admin.getByText(/Aktuell: betroffen \(von Sabine Kölling,/)).toBeVisible();
  await expect(admin.getByText('„Wir prüfen die Fernwartungszugänge.“')).toBeVisible();
  await admin.getByRole('button', { name: 'An alle betreuten Kommunen weitergeben' }).click();
  await expect(admin.getByText(/An \d+ Kommunen weitergegeben\./)).toBeVisible();

  // The CERT's overview: the answer in chart and table, nobody left without one.
  await cert.reload();
  const table = cert.getByRole('table').filter({ hasText: 'Organisationen' }).last();
  await expect(table.getByRole('row', { name: /betroffen 1 Südwestfalen-IT/ })).toBeVisible();
  await expect(cert.getByText('Durch Weiterleitung erreicht:', { exact: false })).toBeVisible();
  await checkPage(cert, 'advisory-overview');

  // An unrelated municipality: in no list, no search, and the URL says "nicht gefunden".
  const other = await openAs(browser, person(UNRELATED));
  await other.goto('/warnungen');
  await expect(
    other.getByRole('heading', { level: 1, name: 'Sicherheitswarnungen' }),
  ).toBeVisible();
  await expect(other.getByText(/von \d+ Warnung|Keine offenen Warnungen/).first()).toBeVisible();
  await expect(other.getByRole('article', { name: title })).toHaveCount(0);
  await other.goto('/warnungen?ansicht=alle');
  await expect(other.locator('.advisory-list').first()).toBeVisible();
  await expect(other.getByRole('article', { name: title })).toHaveCount(0);
  await other.goto(`/warnungen?ansicht=alle&q=${marker}`);
  await expect(other.getByText('Keine Warnungen gefunden.')).toBeVisible();
  await other.goto(`/warnungen?ansicht=alle&cve=CVE-2026-40404`);
  await expect(other.getByText('Keine Warnungen gefunden.')).toBeVisible();
  await other.goto(`/warnungen/${id}`);
  await expect(other.getByRole('heading', { level: 1, name: 'Nicht gefunden' })).toBeVisible();
  await expect(other.getByRole('alert')).toContainText('nicht gefunden');
  await expect(other.getByText(title)).toHaveCount(0);
  await checkPage(other, 'advisory-not-found');

  for (const p of [cert, member, admin, other]) await p.context().close();
});

test('CSAF import of a valid and an invalid document, and the export as a download', async ({
  browser,
}) => {
  const cert: Page = await openAs(browser, await certAnalyst());
  await cert.goto('/warnungen');
  await cert.getByRole('link', { name: 'CSAF importieren' }).click();
  await expect(
    cert.getByRole('heading', { level: 1, name: 'CSAF-Dokument importieren' }),
  ).toBeVisible();
  await checkPage(cert, 'csaf-import');

  // Invalid: the committee's failing example for test 6.1.26 (prohibited category name).
  await cert
    .getByLabel('CSAF-Datei (.json)')
    .setInputFiles(join(FIXTURES, 'invalid/oasis_csaf_tc-csaf_2_0-2021-6-1-26-01.json'));
  await expect(
    cert.getByText(/Das Dokument wurde nicht angenommen: \d+ Probleme? gefunden\./),
  ).toBeVisible({ timeout: 60_000 }); // the validator loads on first use
  const problems = cert.getByRole('table', { name: 'Befunde des CSAF-Validators' });
  await expect(
    problems.getByRole('row', { name: /Pflichttest 6\.1\.26 \/document\/category/ }),
  ).toBeVisible();
  await checkPage(cert, 'csaf-import-invalid');

  // Valid: BSI-2022-0001 (CSAF 2.0) becomes a draft of the analyst's CERT.
  await cert
    .getByLabel('CSAF-Datei (.json)')
    .setInputFiles(join(FIXTURES, 'valid/csaf20-bsi-2022-0001.json'));
  await expect(cert.getByText(/Importiert als Entwurf: CVRF-CSAF-Converter/)).toBeVisible({
    timeout: 60_000,
  });
  await expect(problems).toHaveCount(0);
  await checkPage(cert, 'csaf-import-valid');
  await cert.getByRole('link', { name: 'Entwurf öffnen' }).click();
  await expect(cert.getByRole('heading', { level: 1, name: /CVRF-CSAF-Converter/ })).toBeVisible();

  const download = cert.waitForEvent('download');
  await cert.getByRole('button', { name: 'CSAF exportieren' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('bsi-2022-0001.json');
  const path = await file.path();
  const exported = JSON.parse(readFileSync(path, 'utf8')) as {
    document: { tracking: { id: string } };
  };
  expect(exported.document.tracking.id).toBe('BSI-2022-0001');
  await expect(cert.getByText('Die Datei bsi-2022-0001.json wurde heruntergeladen.')).toBeVisible();
  await cert.context().close();
});
