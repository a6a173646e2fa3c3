import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Sign-in through the real form for the forum and directory tests (demo accounts without TOTP).
 * The password field is found by its role: its label carries the required marker ("Passwort *").
 */
export async function signInAs(page: Page, member: { email: string; password: string }) {
  await page.goto('/anmeldung');
  await page.getByLabel('E-Mail-Adresse').fill(member.email);
  await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(member.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
}

const SCREENSHOTS = join(__dirname, 'screenshots');

/**
 * Like helpers.checkPage (axe at wcag2a/wcag2aa/wcag21a/wcag21aa, no violation allowed, and
 * screenshots at desktop width and at 360 px), but scans the page's content without the app
 * shell (header and main navigation): the shell belongs to the foundation and its own tests,
 * and its open findings (active navigation contrast, brand link name at 360 px) must not hide
 * or block findings in these pages. Switch to checkPage once the shell scans clean.
 */
export async function checkContent(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const [suffix, width] of [
    ['', size.width],
    ['-360', 360],
  ] as const) {
    await page.setViewportSize({ width, height: size.height });
    await page.waitForTimeout(150);
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('header')
      .exclude('#hauptnavigation')
      .analyze();
    const summary = result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    );
    expect(summary, `axe violations on ${name}${suffix}`).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}${suffix}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}
