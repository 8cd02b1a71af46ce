// Run before the end-to-end tests: installs Debian's chromium when none is found and we are
// root on a Debian machine (as in CI), otherwise explains how to get one and fails.
import { aptInstall, canInstallWithApt } from './apt.mjs';
import { findChromium, howToGetChromium } from './chromium.mjs';

let found = findChromium();
if (!found && canInstallWithApt()) {
  aptInstall(['chromium'], 'No Chromium found');
  found = findChromium();
}
if (!found) {
  console.error(howToGetChromium);
  process.exit(1);
}
console.log(`Chromium for end-to-end tests: ${found.executablePath ?? 'Playwright\'s own'} (${found.source})`);
