// Short notations that keep the word lists of the lexicons small; expanded once when a lexicon loads.
//   "insist+"     → insist insists insisted insisting (regular English verb: -e, -y and plain stems)
//   "~ believed"  → is believed, are believed, was believed, were believed
//   "sommé* de"   → sommé de, sommée de, sommés de, sommées de (French agreement)

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

/** Phrases with "~" expanded to the forms of "be" and "word*" to the four French agreements. */
export function phrases(list: string): string[] {
  return list.split(',').flatMap((raw) => {
    let out = [raw.trim()];
    if (out[0]!.startsWith('~ ')) out = ['is', 'are', 'was', 'were'].map((b) => b + out[0]!.slice(1));
    return out.flatMap((p) => {
      const star = /(\S+)\*/.exec(p);
      if (!star) return [p];
      return ['', 'e', 's', 'es'].map((end) => p.replace(star[0], star[1] + end));
    });
  });
}
