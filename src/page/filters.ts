// Which parts of a page are never article text: code, form fields, editable areas, hidden
// elements, and the page furniture around an article (navigation, sidebars, related links, ads,
// share bars, cookie banners, comments). Cheap checks first; computed style only when needed.

/** Subtrees that never hold readable article text. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'NAV',
  'ASIDE',
  'FOOTER',
  'DIALOG',
  'MENU',
  'LABEL',
  'FIGCAPTION',
]);

const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'search',
  'form',
  'toolbar',
  'tablist',
  'button',
]);

/**
 * Class or id words that name page furniture. Matched against whole words of the attribute
 * (split on space, dash, underscore), so "article-body" is kept and "related-links" is not.
 */
const FURNITURE_WORDS = new Set([
  'nav',
  'navbar',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'rail',
  'related',
  'recirc',
  'recirculation',
  'promo',
  'promotion',
  'share',
  'sharing',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'paywall',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'banner',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adslot',
  'dfp',
  'outbrain',
  'taboola',
  'teaser',
  'teasers',
  'mostread',
  'mostpopular',
  'trending',
  'popular',
  'comment',
  'comments',
  'disqus',
  'footer',
  'masthead',
  'signup',
  'login',
  'modal',
  'popup',
  'overlay',
  'toolbar',
  'widget',
  'sponsored',
  'tags',
  'dernieres',
  'derniereheure',
  'lireaussi',
  'aussi',
  'voiraussi',
  'newsfeed',
  'ticker',
  'livefeed',
  // Around the story's text: bylines and author boxes, dates, captions and credits, tags and
  // categories, ratings, tables of contents, players and galleries, embeds, screen-reader labels.
  'byline',
  'bylines',
  'author',
  'authors',
  'bio',
  'avatar',
  'meta',
  'metadata',
  'date',
  'dateline',
  'timestamp',
  'credit',
  'credits',
  'copyright',
  'categories',
  'keywords',
  'rating',
  'ratings',
  'toc',
  'pagination',
  'pager',
  'print',
  'player',
  'audio',
  'podcast',
  'playlist',
  'gallery',
  'slideshow',
  'carousel',
  'slider',
  'embed',
  'embedded',
  'recommended',
  'recommendations',
  'hidden',
  'noprint',
]);

/** Beginnings of run-together words that name furniture ("relatedposts", "sharebar", "commentlist"). */
const FURNITURE_PREFIXES = [
  'related',
  'share',
  'social',
  'comment',
  'newsletter',
  'sidebar',
  'breadcrumb',
  'advert',
  'sponsor',
  'subscri',
  'teaser',
  'byline',
  'recommend',
];

/** Whole class names of text meant for screen readers only. */
const SCREEN_READER_CLASSES = new Set(['sr-only', 'screen-reader-text', 'visually-hidden', 'visuallyhidden', 'screen-reader-only']);

/** Words of a class or id: split on spaces, dashes and underscores, and between camelCase humps. */
const SPLIT_WORDS = /[\s\-_]+|(?<=[a-z])(?=[A-Z])/;

/** Class and id values already judged: pages repeat the same few hundred, and splitting them is most of the finder's walk. */
const judged = new Map<string, boolean>();

function hasFurnitureWord(value: string | null): boolean {
  if (!value) return false;
  let named = judged.get(value);
  if (named === undefined) {
    if (judged.size >= 10_000) judged.clear();
    named = furnitureWordsOf(value, null);
    judged.set(value, named);
  }
  return named;
}

/** Whether `value` holds a furniture word; each one found is added to `into` (singular, or the prefix matched). */
function furnitureWordsOf(value: string | null, into: Set<string> | null): boolean {
  if (!value) return false;
  let found = false;
  for (const raw of value.split(SPLIT_WORDS)) {
    const word = raw.toLowerCase();
    let match: string | undefined;
    if (FURNITURE_WORDS.has(word)) match = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
    else if (word.length > 6) match = FURNITURE_PREFIXES.find((prefix) => word.startsWith(prefix));
    if (match === undefined) continue;
    if (!into) return true;
    into.add(match);
    found = true;
  }
  return found;
}

/** Whether a word of the element's class or id is one of `words` (lower case). */
export function isNamedBy(el: Element, words: ReadonlySet<string>): boolean {
  for (const value of [el.getAttribute('class'), el.id]) {
    if (!value) continue;
    for (const raw of value.split(SPLIT_WORDS)) if (words.has(raw.toLowerCase())) return true;
  }
  return false;
}

/** The furniture words an element is named by ("live-match-comments" → comment), for telling a story's parts from furniture. */
export function furnitureWords(el: Element): Set<string> {
  const words = new Set<string>();
  furnitureWordsOf(el.getAttribute('class'), words);
  furnitureWordsOf(el.id, words);
  return words;
}

function hasScreenReaderClass(value: string | null): boolean {
  if (!value) return false;
  for (const name of value.split(/\s+/)) if (SCREEN_READER_CLASSES.has(name.toLowerCase())) return true;
  return false;
}

/** What only the story's own container holds; a "menu" or "ad" wrapper around it is not furniture. */
const STORY_MARKERS = 'h1, main, [itemprop="articleBody"]';

/** Furniture by tag or role: never article text, whatever it holds. */
export function isStructuralFurniture(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // Some sites wrap the whole page in one form (the headline and story with it): that one is kept.
  if (el.tagName.toUpperCase() === 'FORM') return el.querySelector(STORY_MARKERS) === null;
  const role = el.getAttribute('role');
  return !!role && FURNITURE_ROLES.has(role);
}

/** Named like furniture by a word of its class or id ("related-links", "share"; not "article-body"). */
export function hasFurnitureName(el: Element): boolean {
  const className = el.getAttribute('class');
  return hasFurnitureWord(className) || hasFurnitureWord(el.id) || hasScreenReaderClass(className);
}

/**
 * Furniture by tag, role or name alone (no style): usable on any element, cheaply. Names are
 * weaker evidence than tags: some sites wrap the whole page in a "main-menu" or "ad-portal"
 * element, so a named element that holds the headline or the story body is kept.
 */
export function isFurniture(el: Element): boolean {
  if (isStructuralFurniture(el)) return true;
  if (!hasFurnitureName(el)) return false;
  return el.querySelector(STORY_MARKERS) === null;
}

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Hidden or editable by its markup alone (hidden attribute, aria-hidden, inline display:none,
 * contenteditable): no style or layout is read, so this is cheap enough for the first pass.
 */
export function isHiddenOrEditableByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  return !!style && INLINE_HIDDEN.test(style);
}

type Visibility = Element & { checkVisibility?: (options?: object) => boolean };

/** Also hidden by a style sheet (not rendered, visibility hidden): reads computed style, so costly. */
export function isHiddenOrEditable(el: Element): boolean {
  if (isHiddenOrEditableByMarkup(el)) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  const check = (el as Visibility).checkVisibility;
  return check ? !check.call(el, { visibilityProperty: true }) : false;
}

/** Hidden by a style sheet, visibility aside: not rendered (display: none, content-visibility). */
function isHiddenOrEditableButVisibility(el: Element): boolean {
  if (isHiddenOrEditableByMarkup(el)) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  const check = (el as Visibility).checkVisibility;
  return check ? !check.call(el) : false;
}

/**
 * The computed-style check for the text under `root`. When the whole root is invisible by
 * visibility alone, the page as a whole is hidden for a moment (an anti-flicker snippet's
 * `body { visibility: hidden }`, lifted later by the site's script): its text is still the
 * article's, so visibility is not read there, and only parts not rendered at all are left out.
 */
export function hiddenCheckUnder(root: Element): (el: Element) => boolean {
  const check = (root as Visibility).checkVisibility;
  if (check && !check.call(root, { visibilityProperty: true }) && check.call(root)) return isHiddenOrEditableButVisibility;
  return isHiddenOrEditable;
}

/** Elements whose start and end cut the text into separate blocks (hard boundaries for the engine). */
export const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'PRE',
  'ADDRESS',
  'HR',
  'BR',
  'DETAILS',
  'SUMMARY',
  'CENTER',
]);

/**
 * A line that only credits a photo ("Foto: Ingo Schneider", "(Photo: AFP)", "© dpa", "Getty
 * Images"): never article text, and names in it are photographers, not people of the story.
 */
const CREDIT_START = /^[([]?\s*(?:fotos?|photos?|bild|bilder|image|images|credits?|crédits?|photographie|copyright|©)\s*[:©/]/i;
const PHOTO_AGENCIES =
  /\b(?:getty images|istock(?:photo)?|shutterstock|imago|picture alliance|dpa|afp|reuters|keystone|clipdealer|123rf|adobe stock|unsplash|pixabay)\b/i;
const CREDIT_CHARS = 80;

export function isCreditLine(text: string): boolean {
  if (text.length > CREDIT_CHARS) return false;
  if (CREDIT_START.test(text) || text.startsWith('©')) return true;
  return text.length <= 60 && PHOTO_AGENCIES.test(text) && !/[.!?]$/.test(text);
}
