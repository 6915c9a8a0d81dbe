import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { createFakePlatform, setPlatform } from '../../src/platform/index';
import { loadSettings, saveSettings } from '../../src/platform/settings';
import { SETUP_PAGE, startBackground } from '../../src/background/worker';
import { defaultSettings, SETTINGS_VERSION } from '../../src/shared/settings';

let fake: ReturnType<typeof createFakePlatform>;
let stop: (() => void) | undefined;
const noon = new Date(2026, 10, 22, 12).getTime();

beforeEach(() => {
  fake = createFakePlatform({ messages: { popup_badgePaused: '⏸' } });
  setPlatform(fake);
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe('background worker', () => {
  it('opens the setup page on a first install, and never on an update or a browser update', async () => {
    const start = startBackground(() => noon);
    // The listener is there before the first await: the browser only delivers onInstalled to those.
    fake.fireInstalled('update');
    fake.fireInstalled('other');
    expect(fake.opened).toEqual([]);
    fake.fireInstalled('install');
    stop = await start;
    await vi.waitFor(() => expect(fake.opened).toEqual([fake.extensionUrl(SETUP_PAGE)]), { timeout: 5000 });
  });

  it('migrates stored settings at start', async () => {
    fake = createFakePlatform({ local: { settings: { enabled: true, sensitivity: 'high' } } });
    setPlatform(fake);
    stop = await startBackground(() => noon);
    expect((await fake.storage.local.get('settings')).settings).toMatchObject({ version: SETTINGS_VERSION, sensitivity: 'strict' });
  });

  it('moves an unreadable copy aside at start', async () => {
    fake = createFakePlatform({ local: { settings: { version: 99 } } });
    setPlatform(fake);
    stop = await startBackground(() => noon);
    const stored = await fake.storage.local.get(null);
    expect(stored.settings).toEqual(defaultSettings());
    expect(stored.settingsRecovery).toMatchObject({ value: { version: 99 } });
  });

  it('shows the paused badge while paused and clears it when the pause ends', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(noon);
    stop = await startBackground();
    expect(fake.badge).toBe('');
    await saveSettings({ pausedUntil: noon + 30 * 60_000 });
    await vi.waitFor(() => expect(fake.badge).toBe('⏸'), { timeout: 5000 });
    await vi.advanceTimersByTimeAsync(30 * 60_000 + 100);
    await vi.waitFor(() => expect(fake.badge).toBe(''), { timeout: 5000 });
  });

  it('records the summary for messages from this extension only', async () => {
    stop = await startBackground(() => noon);
    await saveSettings({ localSummary: true });
    const answer = await fake.sendMessage({ type: 'second-look/record-summary', categories: ['secrecy'] });
    expect(answer).toEqual({ ok: true });
    expect((await fake.storage.local.get('localSummary')).localSummary).toEqual({ '2026-11-22': { secrecy: 1 } });
    expect(await fake.sendMessage({ type: 'second-look/record-summary', categories: ['secrecy'], text: 'hi' })).toBeUndefined();
  });

  it('ignores a message from another extension', async () => {
    const handlers: Array<(m: unknown, s: { id?: string }) => unknown> = [];
    const spy = { ...fake, onMessage: (h: (m: unknown, s: { id?: string }) => unknown) => (handlers.push(h), () => undefined) };
    setPlatform(spy);
    stop = await startBackground(() => noon);
    await saveSettings({ localSummary: true });
    expect(handlers[0]!({ type: 'second-look/record-summary', categories: ['secrecy'] }, { id: 'someone-else' })).toBeUndefined();
    expect((await loadSettings()).localSummary).toBe(true);
    expect((await fake.storage.local.get('localSummary')).localSummary).toBeUndefined();
  });
});

describe('nudge locale requests', () => {
  it('answers a nudge-locale request from this extension with that language\'s nudge strings', async () => {
    stop = await startBackground(() => noon);
    const answer = (await fake.sendMessage({ type: 'second-look/nudge-locale', language: 'id' })) as { language: string; messages: Record<string, unknown> };
    expect(answer.language).toBe('id');
    expect(Object.keys(answer.messages).length).toBeGreaterThan(0);
    expect(Object.keys(answer.messages).every((k) => k.startsWith('nudge_'))).toBe(true);
    expect(await fake.sendMessage({ type: 'second-look/nudge-locale', language: 'xx' })).toBeUndefined();
  });
});
