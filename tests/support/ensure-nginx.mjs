// Run before the end-to-end tests against nginx (npm run test:e2e:nginx): installs Debian's
// nginx when it is missing and we are root on a Debian machine (as in CI), otherwise explains
// how to get it and fails.
import { aptInstall, canInstallWithApt } from './apt.mjs';
import { findNginx, howToGetNginx } from './nginx-server.mjs';

let found = findNginx();
if (!found && canInstallWithApt()) {
  aptInstall(['nginx'], 'No nginx found');
  found = findNginx();
}
if (!found) {
  console.error(howToGetNginx);
  process.exit(1);
}
console.log(`nginx for end-to-end tests: ${found}`);
