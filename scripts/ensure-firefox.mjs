// Makes sure a Firefox (140 or later) is there before the Firefox e2e run: installs Debian's
// firefox-esr when running as root with apt-get, else stops with a message that says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX_MIN_MAJOR, findFirefox, firefoxVersion } from './firefox.mjs';

function check(path) {
  const major = Number(firefoxVersion(path));
  if (major && major < FIREFOX_MIN_MAJOR) {
    console.error(`Firefox ${major} at ${path} is too old: Newsmark needs ${FIREFOX_MIN_MAJOR} or later.`);
    process.exit(1);
  }
  console.log(`Firefox${major ? ` ${major}` : ''}: ${path}`);
  process.exit(0);
}

const found = findFirefox();
if (found) check(found);

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("No Firefox found: installing Debian's firefox-esr package…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit' });
  const installed = findFirefox();
  if (installed) check(installed);
}
console.error(
  'No Firefox found. Install one, then run the command again:\n' +
    '  Debian/Ubuntu: sudo apt-get install firefox-esr\n' +
    '  or point FIREFOX_PATH at a Firefox 140 or later.',
);
process.exit(1);
