// Installs Debian packages that the tests need, when that is possible without asking anyone:
// running as root on a machine with apt-get (as in CI). Used by ensure-tools.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether aptInstall can work here: root, with apt-get. */
export function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Runs apt-get update and apt-get install -y for the packages, printing why first. */
export function aptInstall(packages, why) {
  const run = (args) => execFileSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log(`${why}: installing Debian's ${packages.join(', ')} with apt-get.`);
  run(['update', '-qq']);
  run(['install', '-y', '-qq', ...packages]);
}
