// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import PopupApp, { PAUSE_MS } from '../../../src/ui/popup/app';
import { loadSettings, saveSettings } from '../../../src/platform/settings';
import { setPin } from '../../../src/platform/pin-store';
import { byLabel, byText, english, installFake, type, until } from '../options/helpers';

let root: HTMLElement;
let fake: ReturnType<typeof installFake>;
const noon = new Date(2026, 10, 22, 12).getTime();

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function open(url: string | undefined, now = () => noon): Promise<HTMLElement> {
  fake = installFake(url === undefined ? {} : { activeTabUrl: url });
  return mountOnly(now);
}
async function mountOnly(now = () => noon): Promise<HTMLElement> {
  render(<PopupApp now={now} />, root);
  return until(() => root.querySelector<HTMLElement>('[data-testid=popup-state]'));
}

describe('popup', () => {
  it('always says Second Look is on and what it does', async () => {
    await open('https://example.com/');
    expect(byText(english('popup_on'), 'h1')).not.toBeNull();
    expect(root.textContent).toContain(english('popup_what'));
    // No untranslated key leaks into the popup.
    expect(root.textContent).not.toMatch(/popup_[a-z]/);
  });

  it('tells whether the tab is a supported site and whether checks run there', async () => {
    expect((await open('https://www.instagram.com/direct/inbox/')).textContent).toBe(english('popup_siteChecking', 'Instagram'));
    render(null, root);
    expect((await open('https://example.com/')).textContent).toBe(english('popup_notSupported'));
    render(null, root);
    expect((await open(undefined)).textContent).toBe(english('popup_unknownPage'));
    render(null, root);
    fake = installFake({ activeTabUrl: 'https://discord.com/channels/@me', managed: { sites: { discord: false } } });
    expect((await mountOnly()).textContent).toBe(english('popup_siteOff', 'Discord'));
  });

  it('pauses for 30 minutes without a PIN when none is set, and resumes', async () => {
    await open('https://web.whatsapp.com/');
    byText<HTMLButtonElement>(english('popup_pause'), 'button')!.click();
    await vi.waitFor(async () => expect((await loadSettings()).pausedUntil).toBe(noon + PAUSE_MS), { timeout: 5000 });
    await until(() => byText<HTMLButtonElement>(english('popup_resume'), 'button'));
    expect(root.querySelector('[data-testid=popup-state]')!.textContent).toMatch(/^Paused until/);
    // The heading says paused too, not "on" beside a green light.
    expect(byText(english('popup_pausedTitle'), 'h1')).not.toBeNull();
    expect(byText(english('popup_on'), 'h1')).toBeNull();
    byText<HTMLButtonElement>(english('popup_resume'), 'button')!.click();
    await vi.waitFor(async () => expect((await loadSettings()).pausedUntil).toBe(0), { timeout: 5000 });
    await until(() => byText(english('popup_on'), 'h1'));
  });

  it('asks for the PIN before pausing when one is set; a wrong PIN does not pause', async () => {
    await open('https://web.whatsapp.com/');
    await setPin('2468');
    byText<HTMLButtonElement>(english('popup_pause'), 'button')!.click();
    const input = await until(() => byLabel<HTMLInputElement>(english('popup_pinLabel')));
    await type(input, '0000');
    byText<HTMLButtonElement>(english('popup_pinConfirm'), 'button')!.click();
    await until(() => byText(english('popup_pinWrong'), '[role=alert]'));
    expect((await loadSettings()).pausedUntil).toBe(0);
    await type(byLabel(english('popup_pinLabel'))!, '2468');
    byText<HTMLButtonElement>(english('popup_pinConfirm'), 'button')!.click();
    await vi.waitFor(async () => expect((await loadSettings()).pausedUntil).toBe(noon + PAUSE_MS), { timeout: 5000 });
  }, 20_000);

  it('tells the teen when the local summary is on', async () => {
    await open('https://example.com/');
    expect(root.querySelector('[data-testid=popup-summary]')).toBeNull();
    await saveSettings({ localSummary: true });
    const note = await until(() => root.querySelector('[data-testid=popup-summary]'));
    expect(note.textContent).toBe(english('popup_summaryOn'));
  });

  it('opens the settings and the practice page', async () => {
    await open('https://example.com/');
    byText<HTMLButtonElement>(english('popup_openSettings'), 'button')!.click();
    byText<HTMLButtonElement>(english('popup_openPractice'), 'button')!.click();
    expect(fake.opened).toEqual(['options', 'chrome-extension://fake-extension-id/src/ui/practice/index.html']);
  });

  it('asks the worker to redraw the badge when opened', async () => {
    await open('https://example.com/');
    expect(fake.sent).toContainEqual({ type: 'second-look/refresh-badge' });
  });

  describe('health line: is Second Look reading this chat?', () => {
    async function openWith(answer: unknown): Promise<HTMLElement | null> {
      fake = installFake({ activeTabUrl: 'https://www.instagram.com/direct/t/1/', activeTabAnswer: () => answer });
      await mountOnly();
      return until(() => root.querySelector<HTMLElement>('[data-testid=popup-reader]'), 500).catch(() => null);
    }

    it('says the site’s reader is reading, with the count of messages checked', async () => {
      const line = await openWith({ state: 'reading', reader: 'site', threadMessages: 12 });
      expect(line?.textContent).toBe(english('popup_readerSite', '12'));
      expect(line?.dataset.state).toBe('reading');
    });

    it('says the general reader is reading when the content script fell back', async () => {
      const line = await openWith({ state: 'reading', reader: 'generic', threadMessages: 3 });
      expect(line?.textContent).toBe(english('popup_readerGeneric', '3'));
      expect(line?.dataset.state).toBe('fallback');
    });

    it('says plainly when Second Look cannot read the page', async () => {
      const line = await openWith({ state: 'cannot-read', reader: 'site', threadMessages: 0 });
      expect(line?.textContent).toBe(english('popup_cannotRead'));
      expect(line?.getAttribute('role')).toBe('status');
    });

    it('says nothing when no content script answers, or the answer is not well-formed', async () => {
      expect(await openWith(undefined)).toBeNull();
      render(null, root);
      expect(await openWith({ state: 'reading', reader: 'site', threadMessages: -1, text: 'x' })).toBeNull();
    });
  });
});
