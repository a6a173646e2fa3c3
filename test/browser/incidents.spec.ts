import { expect, test } from '@playwright/test';
import { checkPage, demoPassword, signIn, unique } from './helpers';

const PROVIDER = {
  email: 'thomas.brueckner@demo.sicherheitsnetz.nrw',
  name: 'Thomas Brückner',
};
/** ISB of Stadt Siegen, which Südwestfalen-IT serves (provider register). */
const SERVED_ISB = {
  email: 'andreas.grossmann@demo.sicherheitsnetz.nrw',
  name: 'Andreas Großmann',
};

test('a provider reports an outage; a served municipality is notified, answers "betroffen", the reporter sees it', async ({
  browser,
}) => {
  const title = `Ausfall Fachverfahren ${unique()}`;

  // The provider's member reports, by keyboard where a member would type.
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await signIn(reporter, { email: PROVIDER.email, password: demoPassword() });
  await reporter.getByRole('link', { name: 'Vorfälle' }).first().click();
  await expect(reporter.getByRole('heading', { level: 1, name: 'Vorfälle' })).toBeVisible();
  await expect(reporter.getByRole('list', { name: 'Vorfälle' })).toBeVisible();
  await checkPage(reporter, 'incidents-list');
  await reporter.getByRole('link', { name: 'Vorfall melden' }).click();
  await expect(reporter.getByRole('heading', { level: 1, name: 'Vorfall melden' })).toBeVisible();
  await checkPage(reporter, 'incidents-report');
  // Empty form: the fields say what is missing.
  await reporter.getByRole('button', { name: 'Vorfall melden' }).click();
  await expect(reporter.getByText('Bitte geben Sie einen Kurztitel')).toBeVisible();
  await reporter.getByLabel(/^Art\s*\*?$/).selectOption({ label: 'Ausfall' });
  await reporter.getByLabel('Schweregrad').selectOption({ label: 'kritisch' });
  await reporter.getByLabel('Kurztitel').fill(title);
  await reporter.getByLabel('Was ist passiert?').focus();
  await reporter.keyboard.type(
    'Seit 7 Uhr sind die Fachverfahren im Rechenzentrum nicht erreichbar.',
  );
  await reporter.getByRole('button', { name: 'Vorfall melden' }).click();
  await expect(reporter.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const incidentUrl = reporter.url();
  expect(incidentUrl).toMatch(/\/vorfaelle\/[0-9a-f-]{36}$/);
  const affected = reporter.getByRole('list', { name: 'Betroffene Organisationen' });
  await expect(affected.getByText('Stadt Siegen', { exact: true })).toBeVisible();
  await expect(reporter.getByText(/0 von 1[0-9] haben geantwortet/)).toBeVisible();
  await expect(reporter.getByRole('link', { name: 'Zum Vorfallraum' })).toHaveAttribute(
    'href',
    /^\/chat\/[0-9a-f-]{36}$/,
  );
  await expect(
    reporter.getByRole('navigation', { name: 'Bereiche des Vorfalls' }).getByRole('link', {
      name: 'Übersicht',
    }),
  ).toHaveAttribute('aria-current', 'page');
  await checkPage(reporter, 'incidents-incident-reporter');

  // The served municipality's ISB gets the notification and opens the incident from it.
  const isbContext = await browser.newContext();
  const isb = await isbContext.newPage();
  await signIn(isb, { email: SERVED_ISB.email, password: demoPassword() });
  await expect(
    isb.getByRole('region', { name: 'Meine offenen Vorfälle' }).getByRole('link', { name: title }),
  ).toBeVisible();
  await isb.getByRole('link', { name: 'Benachrichtigungen' }).first().click();
  const notification = isb
    .getByRole('link', { name: 'Neuer Vorfall gemeldet: Sie sind beteiligt' })
    .first();
  await expect(notification).toBeVisible();
  await notification.click();
  await expect(isb.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(isb.url()).toBe(incidentUrl);
  // Answer "betroffen" by keyboard.
  const form = isb.getByRole('form', { name: 'Lage Ihrer Organisation' });
  await form.getByRole('radio', { name: 'betroffen', exact: true }).focus();
  await isb.keyboard.press('Space');
  await form.getByLabel('Notiz (optional)').fill('Bürgerbüro ohne Fachverfahren');
  await form.getByRole('button', { name: 'Antwort speichern' }).click();
  await expect(form.getByRole('status')).toHaveText('Antwort gespeichert.');
  await expect(
    isb.getByRole('list', { name: 'Zeitleiste' }).getByText(/Stadt Siegen: betroffen/),
  ).toBeVisible();
  await checkPage(isb, 'incidents-incident-isb');

  // The reporter sees who answered.
  await reporter.reload();
  await expect(reporter.getByText(/1 von 1[0-9] haben geantwortet, 1 ist betroffen/)).toBeVisible();
  const siegen = reporter
    .getByRole('list', { name: 'Betroffene Organisationen' })
    .getByRole('listitem')
    .filter({ hasText: 'Stadt Siegen' });
  await expect(siegen).toContainText('betroffen');
  await expect(siegen).toContainText(SERVED_ISB.name);
  await expect(siegen).toContainText('Bürgerbüro ohne Fachverfahren');

  // The reporter adds a timeline entry; the filter "Offene" lists the incident.
  await reporter.getByLabel('Art des Eintrags').selectOption({ label: 'Maßnahme' });
  await reporter.getByLabel(/^Text\s*\*?$/).fill('Notbetrieb für Bürgerbüros eingerichtet');
  await reporter.getByRole('button', { name: 'Eintrag speichern' }).click();
  await expect(
    reporter
      .getByRole('list', { name: 'Zeitleiste' })
      .getByText('Notbetrieb für Bürgerbüros eingerichtet'),
  ).toBeVisible();
  await reporter.goto('/vorfaelle?auswahl=offen&art=OUTAGE');
  await expect(
    reporter.getByRole('list', { name: 'Vorfälle' }).getByRole('link', { name: title }),
  ).toBeVisible();

  await reporterContext.close();
  await isbContext.close();
});
