// The extension loads in real Chromium, its content script runs on every
// supported site's URLs and nowhere else, and nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

const page = (title: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><p>${title}</p></main></body></html>`;

/** One URL a teen would really be on, per match pattern in the manifest. */
const SUPPORTED = [
  'https://www.instagram.com/direct/t/340282366841710300949128171234567890/',
  'https://www.facebook.com/messages/t/100001234567890',
  'https://www.messenger.com/t/100001234567890',
  'https://web.whatsapp.com/',
  'https://discord.com/channels/@me/1123456789012345678',
  'https://x.com/messages/1234567890-9876543210',
  'https://twitter.com/messages/1234567890-9876543210',
  'https://www.tiktok.com/messages?lang=en',
  'https://web.snapchat.com/',
  'https://www.snapchat.com/web/2f1c8a6e-1111-4a3b-9c2d-3e4f5a6b7c8d',
  'https://web.telegram.org/k/#@someone',
  'https://web.telegram.org/a/#123456789',
  'https://chat.reddit.com/room/!abcDEF123:reddit.com',
  'https://www.reddit.com/chat/room/!abcDEF123:reddit.com',
];

/** Pages the content script must never touch. */
const UNSUPPORTED = [
  'https://www.example.org/',
  'https://www.google.com/search?q=second+look',
  'https://web.telegram.org/z/',
  'https://www.snapchat.com/',
  'https://instagram.com.evil.example/direct/inbox/',
  'https://www.youtube.com/watch?v=abc',
];

describe('foundation: the Chrome build in real Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension([...SUPPORTED, ...UNSUPPORTED].map((url) => ({ url, html: page(url) })));
  });

  afterAll(async () => {
    // Throws if any request tried to leave the machine during these tests.
    await session?.close();
  });

  it('loads the extension with its service worker and localised name', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.serviceWorker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    const name = await session.serviceWorker.evaluate(() => (globalThis as any).chrome.i18n.getMessage('extName'));
    expect(name).toBe('Second Look');
  });

  it.each(SUPPORTED)('runs the content script on %s', async (url) => {
    const tab = await session.open(url);
    await expect.poll(() => session.contentScriptWorlds(tab), { timeout: 10_000 }).toContain('Second Look');
    await tab.close();
  });

  it.each(UNSUPPORTED)('leaves %s alone', async (url) => {
    const tab = await session.open(url);
    // Give a content script every chance to appear (document_idle has passed at load + idle).
    await tab.waitForTimeout(400);
    expect(await session.contentScriptWorlds(tab)).toEqual([]);
    await tab.close();
  });

  it('opens the options page and the popup as extension pages', async () => {
    for (const path of ['src/ui/options/index.html', 'src/ui/popup/index.html']) {
      const tab = await session.context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      await tab.goto(`chrome-extension://${session.extensionId}/${path}`);
      await tab.waitForLoadState('load');
      expect(errors).toEqual([]);
      await tab.close();
    }
  });
});

describe('network guard self-test', () => {
  it('fails the run when a page loads a remote resource', async () => {
    const leaky = await launchExtension([
      {
        url: 'https://www.instagram.com/direct/t/1/',
        html: '<!doctype html><html><body><p>leaky fixture</p><img src="https://tracker.example/pixel.gif" alt=""></body></html>',
      },
    ]);
    const tab = await leaky.open('https://www.instagram.com/direct/t/1/');
    await tab.waitForTimeout(300);
    await expect(leaky.close()).rejects.toThrow(/tracker\.example/);
  });

  it('fails the run when an extension page tries to connect out (CSP blocks it, the guard still sees the attempt or nothing)', async () => {
    const session = await launchExtension([]);
    const tab = await session.context.newPage();
    await tab.goto(`chrome-extension://${session.extensionId}/src/ui/options/index.html`);
    // connect-src 'none' in the manifest CSP: a fetch from an extension page must be refused by the browser itself.
    const outcome = await tab.evaluate(async () => {
      try {
        await fetch('https://collector.example/beacon', { method: 'POST', body: 'x' });
        return 'sent';
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    });
    expect(outcome).toMatch(/^refused/);
    const { leaks, netLogHosts } = await session.close({ allowLeaks: true });
    expect(netLogHosts).toEqual([]);
    expect(leaks.map((l) => l.url)).not.toContain('https://collector.example/beacon');
  });
});
