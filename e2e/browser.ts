import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// The browser for the end-to-end tests: Playwright's own Chromium where it is installed (laptops),
// otherwise Debian's. Playwright's download is never attempted: closed networks cannot reach it.

const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function installedBrowser(): string | undefined {
  const configured = process.env.E2E_BROWSER_PATH;
  if (configured) return configured;
  const playwrights = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  })();
  return [playwrights, ...systemBrowsers].find((candidate) => candidate && existsSync(candidate));
}

function isDebianRoot(): boolean {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

export function ensureBrowser(): string {
  const found = installedBrowser();
  if (found) return found;
  if (!isDebianRoot()) {
    throw new Error(
      'No browser for the end-to-end tests. Install one, then run npm test again: on Debian or Ubuntu `sudo apt-get install chromium`, elsewhere `npx playwright install chromium`. (E2E_BROWSER_PATH can name any Chromium.)',
    );
  }
  console.log('e2e: installing Debian chromium (apt-get install chromium)…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = installedBrowser();
  if (!installed) throw new Error('apt-get installed chromium, but no browser was found at /usr/bin/chromium.');
  return installed;
}
