// No message text at rest. Many messages, each carrying a unique made-up
// word (a sentinel), are shown on every site fixture, risky and ordinary,
// incoming and the teen's own, and typed as drafts; the nudges they cause are
// shown. Afterwards no sentinel is in storage.local or storage.session, in
// IndexedDB or localStorage of the extension's pages, or in ANY file of the
// browser profile (read after the browser closed, so everything is flushed).
// A planted control proves the profile scan finds a word the extension did
// store, so an empty result means "not there", not "not looked".
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/shared/settings';
import { FIXTURES } from '../fixtures/sites/index';
import { launchExtension, readNudges, type ExtensionSession } from './harness';

/**
 * A made-up lower-case word: letters only (the normaliser turns digits into
 * letters) and no letter twice in a row (it folds repeats), so a stored
 * normalised copy would still contain it.
 */
function sentinel(): string {
  const letters = 'bcdfghjkmnpqrstvwxz';
  let word = 'zq';
  while (word.length < 18) {
    const next = letters[randomInt(letters.length)]!;
    if (next !== word[word.length - 1]) word += next;
  }
  return word;
}

/** Our own test sentences (never lines from ../shared/eval); {s} is replaced by a sentinel. */
const INCOMING = [
  'can you send me a pic of you, just for me? nobody has to know {s}',
  'add me on telegram so we can chat private, dont tell ur parents {s}',
  'i can send you 50 dollars for a gift card if you keep it our secret {s}',
  'what school do you go to and are you home alone rn {s}',
  'did you finish the maths homework {s}',
  'lol that video was so funny {s}',
];
const OWN = ['ok see you at practice tomorrow {s}', 'haha no way {s}'];
const DRAFT = 'my address is 14 rose street and my number is 0812 3456 7890 {s}';

const shown: string[] = [];
/** Sentinels the teen typed into the compose box (a form field), by site. */
const typed = new Map<string, string>();
const use = (template: string): string => {
  const word = sentinel();
  shown.push(word);
  return template.replace('{s}', word);
};

/** Every file under a directory, with its contents folded for the search. */
function profileFiles(dir: string): { path: string; folded: string }[] {
  const out: { path: string; folded: string }[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      let stat;
      try {
        stat = statSync(full);
      } catch {
        continue; // a socket or a file removed while walking
      }
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) {
        // latin1 keeps every byte; dropping NULs makes UTF-16 (how Chromium
        // keeps localStorage) read like ASCII; lower case catches a case-folded copy.
        out.push({ path: full, folded: readFileSync(full).toString('latin1').replace(/\0/g, '').toLowerCase() });
      }
    }
  };
  walk(dir);
  return out;
}

let session: ExtensionSession;
let profile = '';
const PLANTED = sentinel();

beforeAll(async () => {
  session = await launchExtension(FIXTURES.map(({ url, file }) => ({ url, file: file.replace(/^tests\/fixtures\//, '') })));
  profile = session.profileDir;
  // The guardian's optional summary on: the one feature that writes because of a nudge.
  await session.serviceWorker.evaluate((settings) => (globalThis as any).chrome.storage.local.set({ settings }), { ...defaultSettings(), localSummary: true });
});

let closed = false;

afterAll(async () => {
  // After a failure before the last test, close the browser without masking that failure.
  if (!closed) await session?.close({ keepProfile: true }).catch(() => undefined);
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('no message text at rest', () => {
  it.each(FIXTURES)('shows sentinel messages on $site and nudges on them', async ({ url, site }) => {
    const page: Page = await session.open(url);
    await expect.poll(async () => (await readNudges(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    for (const template of INCOMING) {
      await page.evaluate((text) => (window as any).fixture.addMessage({ text, incoming: true }), use(template));
    }
    for (const template of OWN) {
      await page.evaluate((text) => (window as any).fixture.addMessage({ text, incoming: false }), use(template));
    }
    const composer = page.locator('[contenteditable="true"], textarea').first();
    if (await composer.count()) {
      await composer.click();
      await composer.pressSequentially(use(DRAFT), { delay: 2 });
      typed.set(shown[shown.length - 1]!, site);
      await expect.poll(async () => (await readNudges(page)).some((n) => n.kind === 'outgoing'), { timeout: 10_000 }).toBe(true);
    }
    // The new risky messages were read and judged (a nudge names a category they carry).
    await expect
      .poll(async () => (await readNudges(page)).flatMap((n) => n.categories), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['photo_request']));
    await page.waitForTimeout(800);
    // What the teen sees never repeats the message either.
    const text = (await readNudges(page)).map((n) => n.text).join(' ');
    for (const word of shown) expect(text).not.toContain(word);
    await page.close();
  });

  it('keeps no sentinel in storage.local, storage.session, or the extension pages\' IndexedDB and localStorage', async () => {
    expect(shown.length).toBeGreaterThanOrEqual(FIXTURES.length * (INCOMING.length + OWN.length));
    // The summary is written after a storage.managed read that can take
    // seconds, and the tabs above close sooner: keep one tab open until its
    // nudge is counted, so the storage read below is known to see real writes.
    const counted = await session.open(FIXTURES[0]!.url);
    await expect
      .poll(() => session.serviceWorker.evaluate(async () => Object.keys(await (globalThis as any).chrome.storage.local.get(null))), { timeout: 20_000 })
      .toContain('localSummary');
    await counted.close();
    const storage = await session.serviceWorker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const session = chrome.storage.session ? await chrome.storage.session.get(null) : {};
      const local = await chrome.storage.local.get(null);
      return { keys: Object.keys(local), text: JSON.stringify({ local, session }) };
    });
    // The summary was written (counts only): the storage read is not empty by accident.
    expect(storage.keys).toContain('localSummary');
    const stored = storage.text.toLowerCase();
    for (const word of shown) expect(stored).not.toContain(word);

    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/src/ui/options/index.html`);
    const pageStores = await page.evaluate(async () => {
      const databases = await indexedDB.databases();
      const local = JSON.stringify({ ...localStorage });
      const session = JSON.stringify({ ...sessionStorage });
      const cacheNames = 'caches' in self ? await caches.keys() : [];
      return { databases: databases.map((d) => d.name), local, session, cacheNames };
    });
    expect(pageStores.databases).toEqual([]);
    expect(pageStores.cacheNames).toEqual([]);
    for (const word of shown) {
      expect(pageStores.local.toLowerCase()).not.toContain(word);
      expect(pageStores.session.toLowerCase()).not.toContain(word);
    }
    await page.close();
  });

  it('leaves no sentinel in any file of the browser profile (a planted control word is found)', async () => {
    await session.serviceWorker.evaluate((word) => (globalThis as any).chrome.storage.local.set({ atRestControl: `control ${word}` }), PLANTED);
    closed = true;
    await session.close({ keepProfile: true }); // also fails the run if anything left the machine
    const files = profileFiles(profile);
    expect(files.length).toBeGreaterThan(10);
    const holding = (word: string): string[] => files.filter((f) => f.folded.includes(word)).map((f) => f.path.slice(profile.length));
    // The control: storage.local's LevelDB files do hold a word the extension stored.
    expect(holding(PLANTED).length).toBeGreaterThan(0);
    // Chromium's session restore keeps what was typed into a form field (the
    // generic page's <textarea>) so a reopened tab gets it back: the browser's
    // own file, written with or without Second Look (see the baseline below).
    const browserSessionFile = (path: string): boolean => /^\/Default\/Sessions\//.test(path);
    const found = shown
      .map((word) => ({ word, typedOn: typed.get(word), files: holding(word) }))
      .filter((hit) => hit.files.length && !(hit.typedOn && hit.files.every(browserSessionFile)));
    expect(found).toEqual([]);
  });

  it('baseline: Chromium without the extension keeps a draft typed into a <textarea> in its session files too', async () => {
    const generic = FIXTURES.find((f) => f.site === 'generic')!;
    const baseline = await launchExtension([{ url: generic.url, file: generic.file.replace(/^tests\/fixtures\//, '') }], { withoutExtension: true });
    const word = sentinel();
    try {
      const page = await baseline.open(generic.url);
      await page.locator('textarea').first().click();
      await page.locator('textarea').first().pressSequentially(`my draft ${word}`, { delay: 2 });
      // Chromium's session service saves a few seconds after a change (kSaveDelayMS, 2.5 s); then the tab is closed, as above.
      await page.waitForTimeout(3500);
      await page.close();
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await baseline.close({ keepProfile: true });
    }
    try {
      const holding = profileFiles(baseline.profileDir).filter((f) => f.folded.includes(word)).map((f) => f.path.slice(baseline.profileDir.length));
      expect(holding.length).toBeGreaterThan(0);
      expect(holding.every((path) => /^\/Default\/Sessions\//.test(path))).toBe(true);
    } finally {
      rmSync(baseline.profileDir, { recursive: true, force: true });
    }
  });
});
