// The popup's health line in real Chromium: the production content script on
// a fixture chat answers the production popup with counts only, in each of its
// three states: the site's reader is reading, the generic fallback is reading
// (the content script switched by itself), and "can't read this page" when a
// conversation is open but nothing on it can be read. Screenshots of each go
// to test-output/screens/health/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES } from '../fixtures/sites/index';
import { OUTPUT_DIR, launchExtension, readNudges, type ExtensionSession } from './harness';
import { en, popupUrl } from './settings-helpers';

const fixtureUrl = (site: string): string => FIXTURES.find((f) => f.site === site && !f.build)!.url;
const READING = fixtureUrl('instagram');
const FALLBACK = fixtureUrl('generic');
/** An Instagram conversation whose page no reader understands: words in bare divs, no roles, no list. */
const BLIND = 'https://www.instagram.com/direct/t/340282366841710300949128170000000999/';
const BLIND_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Instagram</title></head><body>
<div class="a1"><div class="b2"><span>Rafi</span></div><div class="c3"><div class="d4">hey are you there</div><div class="d4">answer me</div></div></div>
<script>window.fixture = {};</script></body></html>`;
const SCREENS = join(OUTPUT_DIR, 'screens/health');

let session: ExtensionSession;

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  session = await launchExtension([
    ...FIXTURES.filter((f) => [READING, FALLBACK].includes(f.url)).map(({ url, file }) => ({ url, file: file.replace(/^tests\/fixtures\//, '') })),
    { url: BLIND, html: BLIND_HTML },
  ]);
});

afterAll(async () => {
  await session?.close(); // fails if anything left the machine
});

/**
 * The popup opened as a tab for the chat tab that is active now. Opened as a
 * tab it would be its own active tab, and the test browser never grants the
 * activeTab permission (a click on the toolbar button does), so its one
 * tabs.query for the active tab answers with the chat tab's id and URL. The
 * popup then messages that tab's real content script.
 */
async function popupFor(chat: Page, chatUrl: string): Promise<Page> {
  // A fresh profile opens the setup page on install, which may come to the front after the chat:
  // make the chat the active tab before asking which tab is active.
  await chat.bringToFront();
  const chatTabId = await session.serviceWorker.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } }).chrome.tabs;
    return (await tabs.query({ active: true, currentWindow: true }))[0]?.id;
  });
  expect(chatTabId).toBeTypeOf('number');
  const popup = await session.context.newPage();
  await popup.addInitScript(
    ([id, url]) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<unknown> } } }).chrome.tabs;
      const query = tabs.query.bind(tabs);
      tabs.query = (q: object) => ('active' in q ? Promise.resolve([{ id, url, active: true }]) : query(q));
    },
    [chatTabId, chatUrl] as const,
  );
  await popup.setViewportSize({ width: 360, height: 420 });
  await popup.goto(popupUrl(session.extensionId));
  return popup;
}

const line = (popup: Page) => popup.locator('[data-testid=popup-reader]');
/** The health line's state right now, or null while there is none (no waiting, unlike a locator). */
const stateOf = (popup: Page): Promise<string | null> =>
  popup.evaluate(() => document.querySelector('[data-testid=popup-reader]')?.getAttribute('data-state') ?? null);

describe('the popup’s health line', () => {
  it('says the site’s reader is reading this chat, with the number of messages checked', async () => {
    const chat = await session.open(READING);
    // The content script has read the chat once it nudged on its risky run (its first settings read can
    // take seconds on a loaded machine); only then is "reading, N messages" the answer to expect.
    await expect.poll(async () => (await readNudges(chat)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const popup = await popupFor(chat, READING);
    await expect.poll(() => stateOf(popup), { timeout: 10_000 }).toBe('reading');
    expect(await line(popup).innerText()).toBe(en('popup_readerSite', '7'));
    await popup.screenshot({ path: join(SCREENS, 'reading.png') });
    await popup.close();
    await chat.close();
  });

  it('says the generic reader is reading when the site’s reader found nothing and the content script fell back', async () => {
    const chat = await session.open(FALLBACK);
    const popup = await popupFor(chat, FALLBACK);
    await expect.poll(() => stateOf(popup), { timeout: 10_000 }).toBe('fallback');
    expect(await line(popup).innerText()).toMatch(/^Reading this chat with the general reader/);
    await popup.screenshot({ path: join(SCREENS, 'fallback.png') });
    await popup.close();
    await chat.close();
  });

  it('says plainly that Second Look can’t read the page when a conversation is open but nothing is read', async () => {
    const chat = await session.open(BLIND);
    const popup = await popupFor(chat, BLIND);
    // Within the health delay the line stays quiet; after it, the warning shows.
    await expect.poll(() => stateOf(popup), { timeout: 15_000, interval: 500 }).toBe('cannot-read');
    expect(await line(popup).innerText()).toBe(en('popup_cannotRead'));
    await popup.screenshot({ path: join(SCREENS, 'cannot-read.png') });
    await popup.close();
    await chat.close();
  });
});
