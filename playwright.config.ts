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
  // The Node static server by default; E2E_SERVER=nginx serves the same folders with nginx,
  // configured by deploy/nginx.conf (npm run test:e2e:nginx). Either way one run covers both.
  webServer: (
    [
      ['dist', rootPort, '/'],
      [subPathOutDir, subPathPort, subPath],
    ] as const
  ).map(([dir, port, base]) => {
    const server = process.env['E2E_SERVER'] || 'node';
    if (server !== 'node' && server !== 'nginx') throw new Error(`E2E_SERVER=${server}: use node (the default) or nginx`);
    const nginx = server === 'nginx';
    return {
      command: `node tests/support/${nginx ? 'nginx' : 'static'}-server.mjs ${dir} ${port} ${base}`,
      url: `http://127.0.0.1:${port}${base}`,
      // Never let an nginx run quietly test a Node server left running on the same port.
      reuseExistingServer: !nginx && !process.env['CI'],
      // A SIGTERM lets nginx-server.mjs stop nginx and remove its temp folder.
      ...(nginx && { gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5000 } }),
    };
  }),
});
