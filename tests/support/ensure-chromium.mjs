// Run before the end-to-end tests: installs Debian's chromium when none is found and we are
// root on a Debian machine (as in CI), otherwise explains how to get one and fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, howToGetChromium } from './chromium.mjs';

function installWithApt() {
  const run = (args) => execFileSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log('No Chromium found: installing Debian\'s chromium with apt-get.');
  run(['update', '-qq']);
  run(['install', '-y', '-qq', 'chromium']);
}

let found = findChromium();
if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  installWithApt();
  found = findChromium();
}
if (!found) {
  console.error(howToGetChromium);
  process.exit(1);
}
console.log(`Chromium for end-to-end tests: ${found.executablePath ?? 'Playwright\'s own'} (${found.source})`);
