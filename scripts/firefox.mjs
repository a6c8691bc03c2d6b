// Finds a Firefox for the Firefox e2e run: $FIREFOX_PATH, then Debian's firefox-esr, then a
// firefox on the PATH's usual places. Playwright's own Firefox cannot load extensions, and
// downloading a browser does not work on these machines.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** The major version of a Firefox binary ("153"), or null when it cannot be asked. */
export function firefoxVersion(executablePath) {
  try {
    const out = execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    return /(\d+)\.\d+/.exec(out)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The oldest Firefox the build declares (vite.config.ts): the CSS Custom Highlight API came in 140. */
export const FIREFOX_MIN_MAJOR = 140;
