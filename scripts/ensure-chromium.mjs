// Makes sure a Chromium is there before browser tests: installs Debian's package when running
// as root with apt-get, else stops with a message that says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}
console.error(
  'No Chromium found. Install one, then run the command again:\n' +
    '  Debian/Ubuntu: sudo apt-get install chromium\n' +
    '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
