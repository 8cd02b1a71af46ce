// npm test's pretest: makes sure the tools the end-to-end tests drive are here. What is missing
// is installed with one apt-get run when we are root on a Debian machine (as in CI); otherwise
// the script says how to get it and fails.
import { aptInstall, canInstallWithApt } from './apt.mjs';
import { findChromium, howToGetChromium } from './chromium.mjs';
import { findNginx, howToGetNginx } from './nginx-server.mjs';

const tools = [
  { name: 'Chromium', debianPackage: 'chromium', find: findChromium, howToGet: howToGetChromium, describe: (found) => `${found.executablePath ?? "Playwright's own"} (${found.source})` },
  { name: 'nginx', debianPackage: 'nginx', find: findNginx, howToGet: howToGetNginx, describe: (found) => found },
];

const missing = tools.filter((tool) => !tool.find());
if (missing.length > 0 && canInstallWithApt()) {
  aptInstall(missing.map((tool) => tool.debianPackage), `Not found: ${missing.map((tool) => tool.name).join(', ')}`);
}
let failed = false;
for (const tool of tools) {
  const found = tool.find();
  if (found) console.log(`${tool.name} for end-to-end tests: ${tool.describe(found)}`);
  else {
    console.error(tool.howToGet);
    failed = true;
  }
}
if (failed) process.exit(1);
