import { describe, expect, it, vi } from 'vitest';

// The module is a component; only its pure helper is tested here, without the extension runtime.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { siteFromInput } = await import('./SiteSettings');

describe('siteFromInput', () => {
  it('takes the host of a full address, without www.', () => {
    expect(siteFromInput('https://www.lemonde.fr/politique/a.html?x=1')).toBe('lemonde.fr');
  });
  it('accepts a bare host name', () => {
    expect(siteFromInput('  www.BBC.com ')).toBe('bbc.com');
  });
  it('gives nothing for an empty field', () => {
    expect(siteFromInput('')).toBe('');
  });
});
