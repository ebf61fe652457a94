import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests run against the built site (`dist/`, or OUT_DIR), served by scripts/serve.ts.
 * Browsers cannot be downloaded on every machine, so a system Chromium is used where one is
 * installed (Debian's `chromium`); otherwise Playwright's own browser, as on a laptop.
 * CHROMIUM_PATH names another browser binary, to run the tests on another version.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const PORT = Number(process.env.TEST_PORT ?? 4329);
// The editors' CMS (tests/e2e/cms.spec.ts) has its own origin and policy, as when deployed: built in
// local folder mode into a scratch folder and served on a port of its own, 1000 above the site's.
const CMS_PORT = Number(process.env.CMS_TEST_PORT ?? PORT + 1000);
const CMS_DIR = '.cache/cms-e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // The site registers a service worker that saves the whole site in the background; tests that
    // are not about offline use block it, so their requests and routes see the network alone.
    // tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
        }
      : {},
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: 'cms.spec.ts' },
    { name: 'cms', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${CMS_PORT}` }, testMatch: 'cms.spec.ts' },
  ],
  // Our own static server (scripts/serve.ts): astro preview allows one server per project.
  webServer: [
    {
      command: `node scripts/serve.ts --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/build-cms.ts --local --out ${CMS_DIR} && node scripts/serve.ts --dir ${CMS_DIR} --port ${CMS_PORT}`,
      // Built for the content the tests edit (the valid fixture), whose documents `related` offers.
      env: { ...(process.env as Record<string, string>), CONTENT_DIR: 'tests/fixtures/content-valid' },
      url: `http://127.0.0.1:${CMS_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
