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
    expect(parsed.colors).toEqual({ ...DEFAULT_SETTINGS.colors, official: '#123456', claim: '#abc' });
    expect(parsed.allClaims).toBe(false);
    expect(parsed.defaultNoteColor).toBe('green');
    expect(parsed.disabledSites).toEqual(['example.com']);
  });

  it('keeps a colour for each kind of claim and the "all claims" switch', () => {
    const parsed = parseSettings({ colors: { quote: '#010203', hedged: 'url(x)' }, allClaims: true });
    expect(parsed.colors.quote).toBe('#010203');
    expect(parsed.colors.hedged).toBe(DEFAULT_SETTINGS.colors.hedged);
    expect(parsed.allClaims).toBe(true);
    expect(parseSettings({ allClaims: 'yes' }).allClaims).toBe(false);
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
