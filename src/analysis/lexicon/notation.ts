// Short notations that keep the word lists of the lexicons small; expanded once when a lexicon loads.
//   "insist+"            → insist insists insisted insisting (regular English verb: -e, -y and plain stems)
//   "~ believed"         → is believed, are believed, was believed, were believed
//   "sommé* de"          → sommé de, sommée de, sommés de, sommées de (French agreement)
//   "fait|font état"     → fait état, font état (alternatives; "_" stands for a space inside one)

function englishForms(base: string): string[] {
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

/** A space-separated word list with "stem+" expanded to the four forms of a regular English verb. */
export function verbs(list: string): string {
  return list
    .split(' ')
    .flatMap((w) => (w.endsWith('+') ? englishForms(w.slice(0, -1)) : [w]))
    .join(' ');
}

function alternatives(token: string): string[] {
  if (token === '~') return ['is', 'are', 'was', 'were'];
  return token
    .split('|')
    .flatMap((t) => (t.endsWith('*') ? ['', 'e', 's', 'es'].map((end) => t.slice(0, -1) + end) : [t.replaceAll('_', ' ')]));
}

/** A comma-separated list of phrases, each expanded over its alternatives. */
export function phrases(list: string): string[] {
  return list.split(',').flatMap((raw) =>
    raw
      .trim()
      .split(' ')
      .reduce<string[]>((acc, token) => acc.flatMap((head) => alternatives(token).map((alt) => (head ? `${head} ${alt}` : alt))), ['']),
  );
}
