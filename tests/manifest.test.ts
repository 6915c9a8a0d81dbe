// The manifest is the extension's contract with the browser and the stores:
// these tests pin what it asks for, so widening it is a deliberate change.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { ALL_MATCHES } from '../src/shared/sites';
import { manifestFor, GECKO_ID } from '../vite.config';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
const english = JSON.parse(readFileSync(new URL('../public/_locales/en/messages.json', import.meta.url), 'utf8'));

describe('manifest.json', () => {
  it('asks for storage and activeTab and nothing else', () => {
    // activeTab: the popup may read the address of the tab the teen clicked
    // the toolbar button on (to say whether checks run there); no warning,
    // no access to any other tab.
    expect(manifest.permissions).toEqual(['storage', 'activeTab']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('runs content scripts exactly on the supported sites listed in src/shared/sites.ts', () => {
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect([...matches].sort()).toEqual([...ALL_MATCHES].sort());
    for (const m of matches) expect(m).toMatch(/^https:\/\/[a-z.]+\.[a-z]+\/.*\*$/);
  });

  it('allows no remote code and no connections from extension pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/https?:|unsafe-eval|\*/);
  });

  it('takes its name and description from the default locale', () => {
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(english.extName.message).toBe('Second Look');
    expect(english.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('keeps every translated store description within the stores\' 132 characters', () => {
    const dir = new URL('../public/_locales/', import.meta.url);
    for (const locale of readdirSync(dir)) {
      const messages = JSON.parse(readFileSync(new URL(`${locale}/messages.json`, dir), 'utf8'));
      expect(messages.extDescription?.message.length ?? 0, locale).toBeLessThanOrEqual(132);
    }
  });

  it('declares real icon sizes', () => {
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
  });
});

describe('the Firefox variant', () => {
  const firefox = manifestFor('firefox') as Record<string, any>;
  const chrome = manifestFor('chrome') as Record<string, any>;

  it('uses background scripts, a fixed gecko id and declares no data collection', () => {
    expect(firefox.background.scripts).toEqual([manifest.background.service_worker]);
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(firefox.options_ui.page).toBe(manifest.options_ui.page);
  });

  it('keeps the Chrome variant free of Firefox keys and versions it from package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.version).toBe(pkg.version);
    expect(firefox.version).toBe(pkg.version);
  });
});
