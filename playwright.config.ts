import { defineConfig, devices } from '@playwright/test';
import { findChromium, howToGetChromium } from './tests/support/chromium.mjs';
import { subPath, subPathOutDir } from './tests/support/sub-path.mjs';

const chromium = findChromium();
if (!chromium) throw new Error(howToGetChromium);

const rootPort = 4322;
const subPathPort = 4323;

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(chromium.executablePath && { executablePath: chromium.executablePath }),
    // Keep Chromium off the network: these machines reach nothing but loopback.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

/** End-to-end tests against the built site: dist/ at the root, dist-subpath/ under a base path. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? 'line' : 'list',
  projects: [
    {
      name: 'root',
      testIgnore: /sub-path\.spec\.ts/,
      use: { ...browser, baseURL: `http://127.0.0.1:${rootPort}` },
    },
    {
      name: 'sub-path',
      testMatch: /sub-path\.spec\.ts/,
      use: { ...browser, baseURL: `http://127.0.0.1:${subPathPort}` },
    },
  ],
  webServer: [
    {
      command: `node tests/support/static-server.mjs dist ${rootPort}`,
      url: `http://127.0.0.1:${rootPort}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node tests/support/static-server.mjs ${subPathOutDir} ${subPathPort} ${subPath}`,
      url: `http://127.0.0.1:${subPathPort}${subPath}`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
