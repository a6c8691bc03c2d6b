// `npm start`: builds the extension and opens Chromium with it on the bundled demo article.
// Without a display (or with --headless) it prints what Newsmark found, writes demo.png and exits.
// Options: --headless, --no-build (use the dist/ already built), --screenshot PATH (default demo.png).
import { execFileSync } from 'node:child_process';
import { launchWithExtension } from '../e2e/launch';
import { DEMO_PAGE } from '../e2e/pages';

interface FoundPerson {
  name: string;
  role: string | null;
  official: boolean;
  mentions: unknown[];
}
interface FoundClaim {
  text: string;
  kinds: string[];
  source: string | null;
  cue: string | null;
}
interface PageAnalysis {
  people: FoundPerson[];
  claims: FoundClaim[];
}

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const screenshotPath = args.includes('--screenshot') ? args[args.indexOf('--screenshot') + 1]! : 'demo.png';
const READY_TIMEOUT_MS = 15_000;

execFileSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
if (!args.includes('--no-build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

const { context, extensionId, close } = await launchWithExtension({ headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto(DEMO_PAGE.url);

if (!headless) {
  console.log(`Newsmark is loaded on the demo article: ${DEMO_PAGE.url}\nClose the browser window to quit.`);
  await new Promise((resolve) => context.on('close', resolve));
  process.exit(0);
}

await page
  .waitForFunction(() => performance.getEntriesByName('newsmark:ready').length > 0, undefined, { timeout: READY_TIMEOUT_MS })
  .catch(() => console.warn('newsmark:ready was not measured on the demo page.'));

const analysis = await readAnalysis();
if (analysis) printAnalysis(analysis);
else console.log('The content script did not answer page.getAnalysis.');

await page.screenshot({ path: screenshotPath });
console.log(`Screenshot: ${screenshotPath}`);
await close();

/** Asks the demo tab's content script, from an extension page, as the popup does. */
async function readAnalysis(): Promise<PageAnalysis | null> {
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  // Without the tabs permission the extension cannot see tab addresses: ask every tab, keep the demo's answer.
  const reply = await extensionPage.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = await chrome.tabs.sendMessage(tab.id, { type: 'page.getAnalysis', payload: {} }).catch(() => null);
      if (answer?.ok && answer.value.url === url) return answer;
    }
    return null;
  }, DEMO_PAGE.url);
  await extensionPage.close();
  await page.bringToFront();
  return reply?.ok ? (reply.value as PageAnalysis) : null;
}

function printAnalysis({ people, claims }: PageAnalysis): void {
  const officials = people.filter((person) => person.official);
  console.log(`\nOfficials (${officials.length}):`);
  for (const person of officials) {
    console.log(
      `  ${person.name} — ${person.role ?? 'role not stated'} (${person.mentions.length} mention${person.mentions.length === 1 ? '' : 's'})`,
    );
  }
  const others = people.filter((person) => !person.official);
  if (others.length) console.log(`Other people: ${others.map((person) => person.name).join(', ')}`);
  console.log(`\nClaims (${claims.length}):`);
  for (const claim of claims) {
    const text = claim.text.length > 90 ? `${claim.text.slice(0, 89)}…` : claim.text;
    console.log(`  [${claim.kinds.join(', ')}] ${text}\n      source: ${claim.source ?? '—'}${claim.cue ? `; cue: ${claim.cue}` : ''}`);
  }
  console.log('');
}
