import { describe, expect, it } from 'vitest';
import { matchesPattern, siteForUrl } from '../../src/shared/match-pattern';
import { SITE_IDS, SITE_MATCHES } from '../../src/shared/sites';

describe('matchesPattern', () => {
  it('follows the browser rules for scheme, host and path', () => {
    expect(matchesPattern('https://www.instagram.com/direct/t/1', 'https://www.instagram.com/*')).toBe(true);
    expect(matchesPattern('http://www.instagram.com/', 'https://www.instagram.com/*')).toBe(false);
    expect(matchesPattern('https://instagram.com/', 'https://www.instagram.com/*')).toBe(false);
    expect(matchesPattern('https://evil.com/?https://www.instagram.com/', 'https://www.instagram.com/*')).toBe(false);
    expect(matchesPattern('https://www.instagram.com.evil.com/', 'https://www.instagram.com/*')).toBe(false);
    expect(matchesPattern('https://web.telegram.org/k/#@someone', 'https://web.telegram.org/k/*')).toBe(true);
    expect(matchesPattern('https://web.telegram.org/z/', 'https://web.telegram.org/k/*')).toBe(false);
    expect(matchesPattern('https://a.b.example.com/x', 'https://*.example.com/*')).toBe(true);
    expect(matchesPattern('https://example.com/x', '*://*/*')).toBe(true);
    expect(matchesPattern('not a url', '*://*/*')).toBe(false);
  });
});

describe('siteForUrl', () => {
  it('finds the site for every manifest pattern', () => {
    for (const id of SITE_IDS) {
      for (const pattern of SITE_MATCHES[id]) {
        const url = pattern.replace('*', 'messages/1');
        expect(siteForUrl(url), url).toBe(id);
      }
    }
  });
  it('returns null for other pages and extension pages', () => {
    expect(siteForUrl('https://example.com/')).toBeNull();
    expect(siteForUrl('chrome-extension://abc/src/ui/options/index.html')).toBeNull();
    expect(siteForUrl(undefined)).toBeNull();
  });
});
