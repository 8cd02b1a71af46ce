// Finds a Chromium for Playwright. Browser downloads are impossible on some machines, so a
// system Chromium is preferred; elsewhere Playwright's own browser is the fallback.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const chromiumEnvVar = 'CHROMIUM_PATH';
export const systemChromium = '/usr/bin/chromium';

/** The Chromium to launch, or undefined when there is none. */
export function findChromium() {
  const fromEnv = process.env[chromiumEnvVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${chromiumEnvVar}=${fromEnv} does not exist; point it at a Chromium binary or unset it`);
    return { executablePath: fromEnv, source: chromiumEnvVar };
  }
  if (existsSync(systemChromium)) return { executablePath: systemChromium, source: 'system' };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { executablePath: undefined, source: 'playwright' };
  return undefined;
}

export const howToGetChromium = [
  'No Chromium found for the end-to-end tests. Any one of these works:',
  `  - Debian/Ubuntu: sudo apt-get install -y chromium   (installs ${systemChromium})`,
  `  - set ${chromiumEnvVar} to the path of a Chromium or Chrome binary`,
  '  - npx playwright install chromium   (downloads Playwright\'s own browser)',
].join('\n');
