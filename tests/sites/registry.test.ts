import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_MATCHES, SITE_IDS, SITE_MATCHES } from '../../src/shared/sites';
import { ADAPTERS, adapterFor, matchesPattern, siteFor } from '../../src/sites/registry';
import { FIXTURES } from '../fixtures/sites/index';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('manifest.json')) as { content_scripts: { matches: string[]; js: string[] }[] };
const manifestMatches = manifest.content_scripts.flatMap((c) => c.matches);

describe('every site adapter', () => {
  it.each(SITE_IDS)('%s is registered, has its own file, a fixture page, a test and a manifest match', (id) => {
    expect(ADAPTERS[id].id).toBe(id);
    expect(existsSync(new URL(`src/sites/${id}.ts`, root))).toBe(true);
    expect(existsSync(new URL(`tests/sites/${id}.test.ts`, root))).toBe(true);
    const fixture = FIXTURES.find((f) => f.site === id);
    expect(fixture).toBeDefined();
    expect(existsSync(new URL(fixture?.file ?? 'missing', root))).toBe(true);
    expect(SITE_MATCHES[id].length).toBeGreaterThan(0);
    for (const pattern of SITE_MATCHES[id]) expect(manifestMatches).toContain(pattern);
    // The fixture stands for a page the manifest injects into, and the registry picks this adapter for it.
    const url = new URL(fixture?.url ?? 'about:blank');
    expect(manifestMatches.some((pattern) => matchesPattern(pattern, url))).toBe(true);
    expect(siteFor(url)).toBe(id);
    expect(ADAPTERS[id].isMessagingPage(url)).toBe(true);
  });

  it('has no adapter without a site id, and the content script is one entry for all sites', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual([...SITE_IDS].sort());
    expect(new Set(manifestMatches)).toEqual(new Set(ALL_MATCHES));
    expect(manifest.content_scripts.map((c) => c.js)).toEqual([['src/content/index.ts']]);
  });

  it('gives the generic fixture a supported URL, and no fixture loads anything from the network', () => {
    const generic = FIXTURES.find((f) => f.site === 'generic');
    expect(generic && siteFor(new URL(generic.url))).toBeTruthy();
    for (const fixture of FIXTURES) {
      const html = read(fixture.file);
      expect(html, fixture.file).not.toMatch(/<(script|img|link|iframe|video|audio|source)\b[^>]*\s(src|href)=["']?(https?:)?\/\//i);
      expect(html, fixture.file).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      expect(html, fixture.file).not.toMatch(/@import/i);
      expect(html, fixture.file).toContain('window.fixture');
    }
  });
});

describe('every fixture cites its sources', () => {
  it.each(FIXTURES.map((f) => [f.file] as const))('%s says in its header where its structure comes from', (file) => {
    const header = /<!--([\s\S]*?)-->/.exec(read(file))?.[1] ?? '';
    expect(header, file).toMatch(/Sources?:/);
    // A repository path, the shared reference, or an explicit "none" with the reason.
    expect(header, file).toMatch(/[\w.-]+\/[\w.-]+|REFERENCE\.md|Sources: none/);
  });

  it.each(SITE_IDS)('the %s adapter names its sources too', (id) => {
    const source = read(`src/sites/${id}.ts`);
    expect(source.slice(0, 4000), id).toMatch(/Sources?\b|REFERENCE\.md/);
  });
});

describe('choosing the adapter from the URL', () => {
  it('tells the two Telegram clients apart by path', () => {
    expect(adapterFor(new URL('https://web.telegram.org/k/#-100123'))?.id).toBe('telegram_k');
    expect(adapterFor(new URL('https://web.telegram.org/a/#-100123'))?.id).toBe('telegram_a');
  });

  it('maps both hosts of a site to its adapter, and unknown hosts to none', () => {
    expect(siteFor(new URL('https://www.messenger.com/t/1'))).toBe('messenger');
    expect(siteFor(new URL('https://www.facebook.com/messages/t/1'))).toBe('messenger');
    expect(siteFor(new URL('https://twitter.com/messages/1-2'))).toBe('x');
    expect(siteFor(new URL('https://www.reddit.com/chat/room/x'))).toBe('reddit');
    expect(siteFor(new URL('https://example.org/direct/t/1'))).toBeUndefined();
    expect(siteFor(new URL('https://www.snapchat.com/add/someone'))).toBeUndefined();
    expect(siteFor(new URL('http://www.instagram.com/direct/'))).toBeUndefined();
  });
});
