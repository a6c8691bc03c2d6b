// URL canonicalisation: the key a page's notes are stored under. Tracking parameters and the
// fragment are dropped so the same article reached from a newsletter or a share link finds its notes.

const TRACKING_PARAMS = /^(utm_.*|fbclid|gclid)$/i;

/** Strips tracking parameters and the fragment; returns null for anything that is not http(s). */
export function stripTracking(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // Entries, not searchParams.keys(): in a Firefox content script the iterator keys() returns comes
  // through an Xray wrapper without Symbol.iterator ("is not iterable"), while the URLSearchParams
  // itself iterates. That TypeError once kept every page's notes from loading in Firefox.
  const names = [...url.searchParams].map(([name]) => name);
  for (const name of names) {
    if (TRACKING_PARAMS.test(name)) url.searchParams.delete(name);
  }
  url.hash = '';
  // searchParams.delete re-serialises; an emptied query must not leave a dangling "?".
  if (url.search === '?') url.search = '';
  return url.href;
}

/** www., m. and amp. are the same publisher as the bare host. */
function siteOf(host: string): string {
  return host.toLowerCase().replace(/^(www|m|amp|mobile)\./, '');
}

function sameSite(a: string, b: string): boolean {
  const x = siteOf(new URL(a).hostname);
  const y = siteOf(new URL(b).hostname);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/**
 * The canonical URL (DESIGN: target.source) for a page seen at `seen` that declares `linkCanonical`
 * (its <link rel=canonical href>, possibly relative). The declared URL is honoured only on the same
 * site: otherwise any page could claim another site's address and have that site's notes drawn on it.
 * Throws for a seen URL that is not http(s): such pages are not annotated.
 */
export function canonicalUrl(seen: string, linkCanonical?: string | null): string {
  const stripped = stripTracking(seen);
  if (!stripped) throw new Error(`Not a web page address: ${seen}`);
  if (linkCanonical) {
    const declared = stripTracking(linkCanonical, stripped);
    if (declared && sameSite(declared, stripped)) return declared;
  }
  return stripped;
}

/** Both URLs a note keeps: the canonical key and the address as the reader saw it. */
export function pageUrls(seen: string, linkCanonical?: string | null): { source: string; url: string } {
  return { source: canonicalUrl(seen, linkCanonical), url: seen };
}

/**
 * The forms of a canonical address under which notes of the same page may be filed: with http or
 * https, and with or without a slash ending the path (a Hypothesis export often has the page as
 * http://…/article/ when the reader now sees https://…/article). The address itself comes first.
 */
export function addressForms(source: string): string[] {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return [source];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [source];
  const paths = [url.pathname];
  if (url.pathname.length > 1) paths.push(url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : `${url.pathname}/`);
  const forms = [source];
  for (const protocol of ['https:', 'http:']) {
    for (const pathname of paths) {
      const form = new URL(source);
      form.protocol = protocol;
      form.pathname = pathname;
      if (!forms.includes(form.href)) forms.push(form.href);
    }
  }
  return forms;
}
