import { expect, test } from '@playwright/test';
import { apiSignIn, checkPage, demoPassword, gql, signIn, totpCode } from './helpers';

/** ISB of Stadt Siegen, which Südwestfalen-IT serves: a participant of the demo ransomware incident. */
const ISB = { email: 'andreas.grossmann@demo.sicherheitsnetz.nrw', name: 'Andreas Großmann' };
/** On the CERT duty roster (seed). */
const DUTY_EMAIL = 'joerg.weissenfels@demo.sicherheitsnetz.nrw';
/** A CERT analyst, not on duty: the team member the duty roster sends. */
const TEAM_MEMBER = 'Aylin Demir';
const INCIDENT = 'Ransomware im Rechenzentrum: Fachverfahren nicht erreichbar';

/** CERT staff must set up TOTP at their first sign-in; done through the API here. */
async function dutyWithTotp(): Promise<{ email: string; password: string; totpSecret: string }> {
  const token = await apiSignIn(DUTY_EMAIL, demoPassword());
  const started = await gql<{ startTotpEnrolment: { secret: string } }>(
    `mutation { startTotpEnrolment { secret } }`,
    {},
    token,
  );
  const secret = started.startTotpEnrolment.secret;
  await gql(
    `mutation($code: String!) { confirmTotpEnrolment(code: $code) }`,
    { code: totpCode(secret) },
    token,
  );
  return { email: DUTY_EMAIL, password: demoPassword(), totpSecret: secret };
}

test('a municipality requests the MIRT; the CERT on duty accepts and assigns a team member; the municipality sees the steps', async ({
  browser,
}) => {
  // The municipality's ISB opens the incident and its MIRT page.
  const isbContext = await browser.newContext();
  const isb = await isbContext.newPage();
  await signIn(isb, { email: ISB.email, password: demoPassword() });
  await isb.getByRole('link', { name: 'Vorfälle' }).first().click();
  await isb.getByRole('list', { name: 'Vorfälle' }).getByRole('link', { name: INCIDENT }).click();
  await expect(isb.getByRole('heading', { level: 1, name: INCIDENT })).toBeVisible();
  const incidentUrl = isb.url();
  await isb
    .getByRole('navigation', { name: 'Bereiche des Vorfalls' })
    .getByRole('link', { name: 'MIRT' })
    .click();
  await expect(isb.getByRole('heading', { level: 1, name: `MIRT: ${INCIDENT}` })).toBeVisible();
  await checkPage(isb, 'incident-mirt-empty');

  // Empty phone list: the field says what is missing.
  await isb
    .getByLabel('Warum wird das Team gebraucht?')
    .fill('Domänencontroller verschlüsselt, Forensik vor Ort nötig.');
  await isb
    .getByLabel('Einsatzort (Anschrift, Gebäude, Raum)')
    .fill('Rathaus Siegen, Markt 2, Raum 204');
  await isb.getByRole('button', { name: 'MIRT anfordern' }).click();
  await expect(isb.getByText('mindestens eine Telefonnummer')).toBeVisible();
  // By keyboard, one number a line.
  await isb.getByLabel(/Telefonnummern, unter denen Sie erreichbar sind/).focus();
  await isb.keyboard.type('0271 404-1234');
  await isb.keyboard.press('Enter');
  await isb.keyboard.type('0170 5551234');
  await isb.getByRole('button', { name: 'MIRT anfordern' }).click();
  const isbCard = isb.getByTestId('mirt-deployment').first();
  await expect(isbCard.getByTestId('mirt-status')).toHaveText('angefordert');
  await expect(isbCard.getByRole('link', { name: '0170 5551234' })).toHaveAttribute(
    'href',
    'tel:01705551234',
  );
  await checkPage(isb, 'incident-mirt-requested');

  // The CERT member on duty accepts and assigns a team member.
  const dutyContext = await browser.newContext();
  const duty = await dutyContext.newPage();
  await signIn(duty, await dutyWithTotp());
  await duty.goto(`${new URL(incidentUrl).pathname}/mirt`);
  const dutyCard = duty.getByTestId('mirt-deployment').first();
  await expect(dutyCard.getByTestId('mirt-status')).toHaveText('angefordert');
  await expect(dutyCard.getByRole('button', { name: 'Annehmen' })).toBeVisible();
  await checkPage(duty, 'incident-mirt-duty');
  await dutyCard
    .getByLabel('Begründung (bei Ablehnung erforderlich)')
    .fill('Team fährt los, Ankunft gegen 11 Uhr.');
  await dutyCard.getByRole('button', { name: 'Annehmen' }).click();
  await expect(dutyCard.getByTestId('mirt-status')).toHaveText('angenommen');
  await dutyCard.getByLabel('CERT-Mitglieder').click();
  await duty.getByRole('option', { name: TEAM_MEMBER }).click();
  await duty.keyboard.press('Escape');
  await dutyCard.getByRole('button', { name: 'Zuweisen' }).click();
  await expect(dutyCard.getByTestId('mirt-team')).toHaveText(TEAM_MEMBER);
  await dutyCard.getByRole('button', { name: 'Team ist vor Ort' }).click();
  await expect(dutyCard.getByTestId('mirt-status')).toHaveText('vor Ort');
  await checkPage(duty, 'incident-mirt-duty-on-site');

  // The municipality sees the steps and the team, and was notified.
  await isb.reload();
  await expect(isbCard.getByTestId('mirt-status')).toHaveText('vor Ort');
  await expect(isbCard.getByTestId('mirt-team')).toHaveText(TEAM_MEMBER);
  const steps = isbCard.getByRole('list', { name: 'Verlauf' }).getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('angefordert:');
  await expect(steps.nth(1)).toContainText('angenommen:');
  await expect(steps.nth(2)).toContainText('vor Ort:');
  await expect(steps.nth(3)).toContainText('abgeschlossen – ausstehend');
  await expect(isbCard.getByText('Team fährt los, Ankunft gegen 11 Uhr.')).toBeVisible();
  await checkPage(isb, 'incident-mirt-steps');

  // Tasks with reporting obligations, and the situation report.
  await isb
    .getByRole('navigation', { name: 'Bereiche des Vorfalls' })
    .getByRole('link', { name: 'Aufgaben' })
    .click();
  await expect(isb.getByRole('heading', { level: 1, name: `Aufgaben: ${INCIDENT}` })).toBeVisible();
  await isb.getByRole('combobox', { name: 'Vorlage' }).click();
  await isb.getByRole('option', { name: /Ransomware: die ersten 24 Stunden/ }).click();
  await isb.getByRole('button', { name: 'Vorlage anwenden' }).click();
  await expect(isb.getByText(/Aufgaben wurden angelegt/)).toBeVisible();
  await expect(isb.getByTestId('obligation')).toHaveCount(4);
  await checkPage(isb, 'incident-tasks');
  await isb
    .getByRole('navigation', { name: 'Bereiche des Vorfalls' })
    .getByRole('link', { name: 'Lagebericht' })
    .click();
  await expect(
    isb.getByRole('heading', { level: 1, name: `Lagebericht: ${INCIDENT}` }),
  ).toBeVisible();
  await expect(isb.getByRole('region', { name: 'Lagebericht' })).toContainText('MIRT');
  await checkPage(isb, 'incident-report');

  await dutyContext.close();
  await isbContext.close();
});
