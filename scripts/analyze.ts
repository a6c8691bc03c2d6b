// CLI (DESIGN.md contract 1): npm run --silent analyze -- FILE [--lang en|fr] → one JSON object on stdout.
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis/index';

function usage(message: string): never {
  process.stderr.write(`analyze: ${message}\nusage: npm run --silent analyze -- FILE [--lang en|fr]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let lang: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--lang') {
    lang = args[++i];
    if (!lang) usage('--lang needs a value');
  } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  else if (!file) file = arg;
  else usage(`unexpected argument ${arg}`);
}
if (!file) usage('no file given');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  usage(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}
process.stdout.write(`${JSON.stringify(analyze(text, lang ? { lang } : {}))}\n`);
