import { defineConfig, devices } from '@playwright/test';

// Run through `npm run test:e2e` (e2e/run.ts), which provides the server, database and browser.

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: process.env.E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.E2E_BROWSER_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // Tests tagged @phone need a phone-sized screen; @keyboard ones need a physical keyboard; @once
    // ones read server answers that do not depend on the screen, so the desktop run is enough.
    { name: 'desktop', grepInvert: /@phone/, use: { viewport: { width: 1280, height: 800 } } },
    // Kitchen, cleaning and school staff use phones: 360 px is the narrow end of what they carry.
    {
      name: 'phone',
      grepInvert: /@keyboard|@once/,
      use: { ...devices['Galaxy S9+'], viewport: { width: 360, height: 740 }, defaultBrowserType: 'chromium' },
    },
  ],
});
