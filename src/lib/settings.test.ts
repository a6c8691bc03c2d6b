// The settings parser keeps good values, replaces bad ones with defaults, and the site switch is keyed by host.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { DEFAULT_SETTINGS, isSiteEnabled, parseSettings, siteKey, withSiteEnabled } = await import('./settings');

describe('settings', () => {
  it('fills every field from defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.show).toEqual({ officials: true, people: true, claims: true });
  });

  it('keeps valid values and drops invalid ones field by field', () => {
    const parsed = parseSettings({
      show: { officials: false, people: 'no', claims: true },
      colors: { official: '#123456', person: 'red; background:url(x)', claim: '#abc' },
      defaultNoteColor: 'green',
      disabledSites: ['example.com'],
    });
    expect(parsed.show).toEqual({ officials: false, people: true, claims: true });
    expect(parsed.colors).toEqual({ official: '#123456', person: DEFAULT_SETTINGS.colors.person, claim: '#abc' });
    expect(parsed.defaultNoteColor).toBe('green');
    expect(parsed.disabledSites).toEqual(['example.com']);
  });

  it('switches a site off and on by host name, ignoring www and path', () => {
    expect(siteKey('https://www.LeMonde.fr/a/b?c')).toBe('lemonde.fr');
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'https://www.lemonde.fr/x', false);
    expect(isSiteEnabled(off, 'https://lemonde.fr/other')).toBe(false);
    expect(isSiteEnabled(off, 'https://www.nytimes.com/')).toBe(true);
    expect(isSiteEnabled(withSiteEnabled(off, 'https://lemonde.fr/', true), 'https://www.lemonde.fr/x')).toBe(true);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});
