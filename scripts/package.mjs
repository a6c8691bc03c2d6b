// `npm run package`: builds both browsers and writes one zip per store into packages/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('packages', { recursive: true, force: true });
mkdirSync('packages');
run('npx', ['vite', 'build']);
run('npx', ['vite', 'build', '--mode', 'firefox']);
for (const [dir, store] of [
  ['dist', 'chrome'],
  ['dist-firefox', 'firefox'],
]) {
  const filename = `newsmark-${store}-${version}.zip`;
  run('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', 'packages', '--filename', filename, '--overwrite-dest']);
  console.log(`packages/${filename}: ${(statSync(`packages/${filename}`).size / 1024).toFixed(1)} KB`);
}
