// URL canonicalisation: tracking parameters, fragments, and <link rel=canonical>.
import { describe, expect, it } from 'vitest';
import { addressForms, canonicalUrl, pageUrls, stripTracking } from './url';

describe('canonicalUrl', () => {
  it('drops utm_*, fbclid, gclid and the fragment, keeping other parameters in order', () => {
    expect(canonicalUrl('https://www.lemonde.fr/a/b.html?utm_source=nl&id=4&UTM_Medium=x&fbclid=abc&gclid=1&page=2#comments')).toBe(
      'https://www.lemonde.fr/a/b.html?id=4&page=2',
    );
  });
  it('leaves no empty "?" when every parameter was tracking', () => {
    expect(canonicalUrl('https://example.com/story?utm_campaign=x#top')).toBe('https://example.com/story');
  });
  it('keeps parameters that only look like tracking ones', () => {
    expect(canonicalUrl('https://example.com/?utmost=1&gclid_like=2')).toBe('https://example.com/?utmost=1&gclid_like=2');
  });
  it('honours <link rel=canonical>, resolved against the page and itself stripped', () => {
    expect(canonicalUrl('https://m.example.com/amp/story?utm_source=x', 'https://www.example.com/story?fbclid=1#x')).toBe(
      'https://www.example.com/story',
    );
    expect(canonicalUrl('https://example.com/a/b?x=1', '/a/canonical')).toBe('https://example.com/a/canonical');
  });
  it('ignores a canonical link that points to another site or is not a web address', () => {
    expect(canonicalUrl('https://evil.example/page', 'https://bank.example/account')).toBe('https://evil.example/page');
    expect(canonicalUrl('https://example.com/p', 'javascript:alert(1)')).toBe('https://example.com/p');
    expect(canonicalUrl('https://example.com/p', 'http://[bad')).toBe('https://example.com/p');
  });
  it('normalises what the URL standard normalises (host case, default port)', () => {
    expect(canonicalUrl('HTTPS://Example.COM:443/Path')).toBe('https://example.com/Path');
  });
  it('refuses pages that are not http(s)', () => {
    expect(() => canonicalUrl('chrome://settings')).toThrow(/Not a web page/);
    expect(stripTracking('not a url')).toBeNull();
  });
  it('keeps the URL as seen beside the canonical one', () => {
    const seen = 'https://example.com/s?utm_source=a#frag';
    expect(pageUrls(seen)).toEqual({ source: 'https://example.com/s', url: seen });
  });
});

describe('addressForms', () => {
  it('gives the page under http and https, with and without the trailing slash, itself first', () => {
    expect(addressForms('https://www.example.com/news/story?id=4')).toEqual([
      'https://www.example.com/news/story?id=4',
      'https://www.example.com/news/story/?id=4',
      'http://www.example.com/news/story?id=4',
      'http://www.example.com/news/story/?id=4',
    ]);
    expect(addressForms('http://example.com/a/')).toEqual([
      'http://example.com/a/',
      'https://example.com/a/',
      'https://example.com/a',
      'http://example.com/a',
    ]);
  });
  it('has one path for the site root', () => {
    expect(addressForms('https://example.com/')).toEqual(['https://example.com/', 'http://example.com/']);
  });
});
