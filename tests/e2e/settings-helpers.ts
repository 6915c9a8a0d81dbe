/**
 * Helpers for the guardian-settings end-to-end test (settings.e2e.ts): the
 * English strings the pages show, read from the locale file rather than
 * copied, so the test finds controls by the words a guardian reads; the
 * extension's storage read through its service worker; screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, Worker } from 'playwright-core';
import { OUTPUT_DIR, ROOT } from './harness';

type LocaleEntry = { message: string; placeholders?: Record<string, { content: string }> };
const EN = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, LocaleEntry>;

/**
 * The English text of a locale key with its substitutions filled in, the way
 * browser.i18n.getMessage does it ($NAME$ → its placeholder's "$1" → the value).
 */
export function en(key: string, ...substitutions: string[]): string {
  const entry = EN[key];
  if (!entry) throw new Error(`No English message "${key}" in public/_locales/en/messages.json`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a locale message whose substitutions may be anything (e.g. "try again in $WAIT$"). */
export function enPattern(key: string, substitution = '.+?'): RegExp {
  const marker = '\u0000';
  const parts = en(key, marker, marker, marker).split(marker).map(escapeRegExp);
  return new RegExp(parts.join(substitution));
}

/** The options page and the popup, as extension URLs. */
export const optionsUrl = (extensionId: string): string => `chrome-extension://${extensionId}/src/ui/options/index.html`;
export const popupUrl = (extensionId: string): string => `chrome-extension://${extensionId}/src/ui/popup/index.html`;

interface ChromeStorage {
  chrome: { storage: { local: { get(keys: null | string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };
}

/** Everything the extension keeps in storage.local, read by its own service worker. */
export function storedLocal(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get(null));
}

/** Writes keys into the extension's storage.local (used to move a stored clock on, never to set settings). */
export function writeLocal(worker: Worker, items: Record<string, unknown>): Promise<void> {
  return worker.evaluate((i) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set(i), items);
}

export const SCREENS_DIR = join(OUTPUT_DIR, 'screens/settings');

/** Saves a screenshot of a page (the viewport, or all of it) or of one element as test-output/screens/settings/<name>.png. */
export async function screenshot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, `${name}.png`);
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled' });
  else await target.screenshot({ path, animations: 'disabled' });
  return path;
}

/** Adds a message to a fixture chat page through its driver (see tests/fixtures/sites/index.ts). */
export function addChatMessage(page: Page, message: { text: string; incoming: boolean; sender?: string }): Promise<void> {
  return page.evaluate((m) => {
    (window as unknown as { fixture: { addMessage(m: { text: string; incoming: boolean; sender?: string }): void } }).fixture.addMessage(m);
  }, message);
}
