// Settings files fuzzed through import (the options page's "Import" button):
// whatever the file holds, importSettings gives either a clear error (every
// issue with a path and a code the options page has words for) and changes
// nothing, or a valid result that is stored whole. Never a throw, never a
// half-applied import, never a polluted prototype.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real gateway loads webextension-polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { createFakePlatform, setPlatform } from '../../src/platform/index';
import { STORAGE_KEYS, importSettings, loadSettings, saveSettings } from '../../src/platform/settings';
import { defaultSettings, settingsToFile, validateSettings, type Settings } from '../../src/shared/settings';

const english = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;

let fake: ReturnType<typeof createFakePlatform>;

/** Settings a guardian has been busy with: every list non-empty, so mutations have something to hit. */
function busySettings(): Settings {
  const s = defaultSettings();
  s.sensitivity = 'strict';
  s.localSummary = true;
  s.allowTrust = true;
  s.languages = ['en', 'id'];
  s.helplineCountry = 'PH';
  s.sites.discord = false;
  s.categories.job_offer = false;
  s.extraPhrases.secrecy = ['our little secret', 'jangan bilang'];
  s.trustedContacts.instagram = [{ name: 'Auntie Rosa', added: 1_700_000_000_000 }];
  return s;
}

beforeEach(async () => {
  fake = createFakePlatform({});
  setPlatform(fake);
  // A stored, valid starting point that an import must either replace whole or leave alone.
  const saved = await saveSettings({ localSummary: true, sensitivity: 'gentle' });
  expect(saved.ok).toBe(true);
});

const snapshot = async (): Promise<string> => JSON.stringify(await fake.storage.local.get(null));

/** The invariant: a clear error and no change, or a valid result stored whole. */
async function importAndCheck(text: string): Promise<'accepted' | 'refused'> {
  const before = await snapshot();
  const result = await importSettings(text);
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe('string');
      // The options page shows `options_issue_<code>`: every code must have words.
      expect(english[`options_issue_${issue.code}`], `no words for issue code ${issue.code}`).toBeDefined();
    }
    expect(await snapshot()).toBe(before);
    return 'refused';
  }
  expect(validateSettings(result.value).ok).toBe(true);
  const stored = (await fake.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
  expect(validateSettings(stored).ok).toBe(true);
  expect(await loadSettings()).toEqual(validateSettings(stored).ok ? (validateSettings(stored) as { value: Settings }).value : null);
  return 'accepted';
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path (as keys) to a value inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function mutate(root: Json, path: (string | number)[], how: string, replacement: Json, key: string): Json {
  if (path.length === 0) return how === 'replace' ? replacement : root;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (how === 'replace') parent[last] = replacement;
  else if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === 'addKey' && parent && typeof parent === 'object' && !Array.isArray(parent)) parent[key] = replacement;
  else if (how === 'wrap') parent[last] = [parent[last] ?? null];
  else if (how === 'stringify') parent[last] = JSON.stringify(parent[last] ?? null);
  return copy as Json;
}

describe('importing a settings file', () => {
  it('an exported file round-trips (the fuzzing starts from something that is accepted)', async () => {
    expect(await importAndCheck(settingsToFile(busySettings(), Date.now()))).toBe('accepted');
    expect((await loadSettings()).extraPhrases.secrecy).toEqual(['our little secret', 'jangan bilang']);
  });

  it('any text at all: a clear error and no change, or a valid import', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'second-look-settings', settings: v }))), async (text) => {
        await importAndCheck(text);
      }),
      { numRuns: 400 },
    );
  });

  it('an exported file with random edits anywhere: a clear error naming the place and no change, or a valid import', async () => {
    const base = JSON.parse(settingsToFile(busySettings(), 1_700_000_000_000)) as Json;
    const all = paths(base);
    const edit = fc.record({
      at: fc.constantFrom(...all),
      how: fc.constantFrom('replace', 'delete', 'addKey', 'wrap', 'stringify'),
      replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom<Json>('', 'x'.repeat(10_000), -1, 1e308, 2 ** 53, 'strict', 'sen.*d', '__proto__', [], {})),
      key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')),
    });
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        let doc = base;
        for (const e of edits) {
          try {
            doc = mutate(doc, e.at, e.how, e.replacement as Json, e.key);
          } catch {
            // an earlier edit removed this path: skip the edit
          }
        }
        outcomes[await importAndCheck(JSON.stringify(doc))] += 1;
      }),
      { numRuns: 600 },
    );
    // Both outcomes happen: the edits are not all fatal, nor all harmless.
    expect(outcomes.accepted).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(10);
  });

  it('prototype keys in a file pollute nothing and are not imported', async () => {
    const file = JSON.parse(settingsToFile(busySettings(), 0));
    const hostile = JSON.stringify(file).replace('"settings":{', '"settings":{"__proto__":{"polluted":true,"enabled":false},"constructor":{"prototype":{"polluted":true}},');
    const outcome = await importAndCheck(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(outcome).toBe('refused');
  });

  it('a huge or deeply nested file is refused quickly, without a crash', async () => {
    const file = JSON.parse(settingsToFile(busySettings(), 0));
    file.settings.extraPhrases.secrecy = Array.from({ length: 200_000 }, (_, i) => `phrase number ${i}`);
    const started = performance.now();
    expect(await importAndCheck(JSON.stringify(file))).toBe('refused');
    expect(await importAndCheck(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBe('refused');
    // 100,000 levels, written as text (JSON.stringify itself would overflow the stack building it).
    const deep = `${'{"a":'.repeat(100_000)}"x"${'}'.repeat(100_000)}`;
    for (const place of ['sites', 'extraPhrases', 'trustedContacts', 'pausedUntil']) {
      const nested = JSON.parse(settingsToFile(busySettings(), 0));
      nested.settings[place] = '__DEEP__';
      expect(await importAndCheck(JSON.stringify(nested).replace('"__DEEP__"', deep))).toBe('refused');
      const unknown = JSON.parse(settingsToFile(busySettings(), 0));
      unknown.settings.extra = '__DEEP__';
      expect(await importAndCheck(JSON.stringify(unknown).replace('"__DEEP__"', deep))).toBe('refused');
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('keeps a running pause: an import never switches checks back on or off behind the guardian\'s back', async () => {
    const until = Date.now() + 10 * 60_000;
    await saveSettings({ pausedUntil: until });
    const file = JSON.parse(settingsToFile(busySettings(), 0));
    file.settings.pausedUntil = 9e15;
    expect((await importSettings(JSON.stringify(file))).ok).toBe(true);
    expect((await loadSettings()).pausedUntil).toBe(until);
  });
});
