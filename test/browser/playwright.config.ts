import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// The port is fixed here, in the main process, so that the workers (which inherit the
// environment) and global-setup agree on it.
process.env.SN_BROWSER_PORT ??= String(41000 + (process.pid % 2000));
const baseURL = `http://127.0.0.1:${process.env.SN_BROWSER_PORT}`;

/** Debian's chromium wrapper (it sets up a shared-memory mount); never a downloaded browser. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium not found: apt-get install -y chromium (see .ci/run)');
  }
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // 2 CPU cores shared with other work: one browser at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Generous: each checkPage runs axe twice, and the machine is shared.
  timeout: 300_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
  globalSetup: './global-setup.ts',
  use: {
    baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
