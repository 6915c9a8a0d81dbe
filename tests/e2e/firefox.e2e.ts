// The Firefox build in real Firefox (Debian firefox-esr, headless, over
// WebDriver BiDi): it installs as a temporary add-on, its content script runs
// detection on the site fixtures served at the sites' real URLs (the WhatsApp
// one in depth), it leaves unsupported pages alone, and nothing leaves the
// machine.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/sites';
import {
  FIREFOX_DIST,
  hostsInResolverLog,
  launchFirefoxExtension,
  nudgesOn,
  startNetworkTrap,
  userJs,
  type FirefoxExtensionSession,
  type FirefoxTab,
  type NudgeSeen,
} from './firefox-harness';
import { ROOT } from './harness';

const SITE = 'whatsapp';
const fixture = FIXTURES.find((f) => f.site === SITE);
if (!fixture) throw new Error(`no ${SITE} fixture in tests/fixtures/sites/index.ts`);
/**
 * The same page on a host Second Look does not support. Two layers keep it
 * quiet there: the manifest's match patterns and the content script's own
 * site check (both read src/shared/sites.ts), so this shows the product's
 * behaviour, not which layer held.
 */
const UNMATCHED_URL = 'https://www.whatsapp.com/';
const fixtureHtml = readFileSync(join(ROOT, fixture.file), 'utf8');

/** Time for the content script to read a new message and decide (it works in slices of a few ms). */
const SETTLE_MS = 1_500;
const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// Written for this test, not taken from the eval set.
const RISKY = 'can you send me a secret photo of you? add me on snap so your parents dont see';
const ORDINARY = ['are you going to the art club on friday?', 'i left my sketchbook in the classroom lol'];

describe('the Firefox build in firefox-esr', () => {
  let session: FirefoxExtensionSession;

  beforeAll(async () => {
    session = await launchFirefoxExtension([
      ...FIXTURES.map((f) => ({ url: f.url, html: readFileSync(join(ROOT, f.file), 'utf8') })),
      { url: UNMATCHED_URL, html: fixtureHtml },
    ]);
  });

  afterAll(async () => {
    // Throws if any request tried to leave the machine during these tests.
    await session?.close();
  });

  /** Polls the page's nudges until `done` holds; on timeout, fails with what was seen and the browser console. */
  async function waitForNudges(tab: FirefoxTab, done: (nudges: NudgeSeen[]) => boolean, what: string): Promise<NudgeSeen[]> {
    const deadline = Date.now() + 10_000;
    let seen = await nudgesOn(tab);
    while (!done(seen)) {
      if (Date.now() > deadline) {
        const entries = session.console.filter((e) => e.context === tab.context).map((e) => `[${e.level}] ${e.text}`);
        const log = entries.length ? `\nconsole of the tab:\n  ${entries.join('\n  ')}` : '';
        throw new Error(`${what} within 10 s; nudges on the page: ${JSON.stringify(seen)}${log}`);
      }
      await wait(100);
      seen = await nudgesOn(tab);
    }
    return seen;
  }

  it('installs dist/firefox as a temporary add-on under its gecko id, in Firefox 140 or later', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8'));
    expect(session.extensionId).toBe(manifest.browser_specific_settings.gecko.id);
    expect(Number.parseInt(session.firefoxVersion, 10)).toBeGreaterThanOrEqual(140);
  });

  it(`on the ${SITE} fixture: nudges for the risky run already on the page, clears on a thread switch, ignores ordinary messages and nudges for a new risky one`, async () => {
    const tab = await session.open(fixture.url);

    // 1. The conversation on the page already holds a photo request with secrecy.
    const [first] = await waitForNudges(tab, (n) => n.length > 0, "no nudge appeared for the page's risky run");
    expect(first).toMatchObject<Partial<NudgeSeen>>({ shadowMode: 'closed', kind: 'incoming' });
    expect(['warn', 'urgent']).toContain(first?.level);
    expect(first?.categories.length).toBeGreaterThan(0);

    // It renders under Firefox's content-script wrappers: styled, translated, on screen.
    const look = await tab.evaluateOn<NudgeLook>(
      `(card) => {
        const host = card.getRootNode().host;
        const style = getComputedStyle(card);
        const box = host.getBoundingClientRect();
        return {
          boxSizing: style.boxSizing,
          accent: style.getPropertyValue('--accent').trim(),
          title: card.querySelector('.title')?.textContent ?? '',
          box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
          viewport: { width: innerWidth, height: innerHeight },
        };
      }`,
      first?.cardId ?? '',
    );
    expect(look.boxSizing, 'the nudge stylesheet did not apply').toBe('border-box');
    expect(look.accent).not.toBe('');
    expect(look.title.trim().length, 'the nudge has no title').toBeGreaterThan(3);
    expect(look.title).not.toMatch(/__MSG_|^nudge_/);
    expect(look.box.right - look.box.left).toBeGreaterThan(100);
    expect(look.box.bottom - look.box.top).toBeGreaterThan(40);
    expect(look.box.left).toBeGreaterThanOrEqual(0);
    expect(look.box.top).toBeGreaterThanOrEqual(0);
    expect(look.box.right).toBeLessThanOrEqual(look.viewport.width);
    expect(look.box.bottom).toBeLessThanOrEqual(look.viewport.height);

    // 2. Another conversation: the nudge belongs to the old one.
    await tab.evaluate('() => window.fixture.switchThread("6281234567890")');
    await waitForNudges(tab, (n) => n.length === 0, 'the nudge did not go after a thread switch');

    // 3. Ordinary messages: nothing.
    for (const text of ORDINARY) await addIncoming(tab, text);
    await wait(SETTLE_MS);
    expect(await nudgesOn(tab), 'a nudge appeared for ordinary messages').toEqual([]);

    // 4. A risky one in the same conversation: a nudge, from nothing.
    await addIncoming(tab, RISKY);
    const [fresh] = await waitForNudges(tab, (n) => n.length > 0, 'no nudge appeared for a new risky message');
    expect(fresh?.kind).toBe('incoming');
    expect(fresh?.categories).toContain('photo_request');

    // Content-script errors reach the tab's console in Firefox; the page itself logs none.
    const errors = session.console.filter((e) => e.context === tab.context && e.level === 'error').map((e) => e.text);
    expect(errors, 'errors in the tab (the content script under Firefox?)').toEqual([]);
    await tab.close();
  });

  // Every other adapter once: Firefox reads the page through Xray wrappers
  // (open shadow roots, custom elements, contenteditable), unlike Chromium.
  it.each(FIXTURES.filter((f) => f !== fixture).map((f) => [f.site, f.url] as const))(
    'flags the risky run already on the %s fixture at %s',
    async (_site, url) => {
      const tab = await session.open(url);
      const [nudge] = await waitForNudges(tab, (n) => n.length > 0, `no nudge appeared on ${url}`);
      expect(nudge?.kind).toBe('incoming');
      expect(nudge?.categories).toContain('photo_request');
      const errors = session.console.filter((e) => e.context === tab.context && e.level === 'error').map((e) => e.text);
      expect(errors).toEqual([]);
      await tab.close();
    },
  );

  it(`leaves the same page alone at ${UNMATCHED_URL}, a URL Second Look does not support`, async () => {
    const tab = await session.open(UNMATCHED_URL);
    expect(await tab.evaluate('() => typeof window.fixture'), 'the fixture page did not run').toBe('object');
    await addIncoming(tab, RISKY);
    await wait(SETTLE_MS);
    expect(await nudgesOn(tab)).toEqual([]);
    await tab.close();
  });
});

describe('the Firefox network guard', () => {
  it('routes every proxied connection of the profile to the trap, which refuses and records it', async () => {
    const trap = await startNetworkTrap();
    try {
      const prefs = userJs(trap.port);
      expect(prefs).toContain(`user_pref("network.proxy.ssl_port", ${trap.port});`);
      expect(prefs).toContain(`user_pref("network.proxy.http_port", ${trap.port});`);
      expect(prefs).toContain('user_pref("network.proxy.type", 1);');
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect(trap.port, '127.0.0.1', () => socket.write('CONNECT collector.example:443 HTTP/1.1\r\nHost: collector.example:443\r\n\r\n'));
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 502/);
      expect(trap.attempts.map((a) => a.url)).toEqual(['https://collector.example:443']);
    } finally {
      await trap.close();
    }
  });

  it('reads remote DNS lookups from the resolver log and ignores local ones', () => {
    const log = [
      '[Parent 1: Main Thread]: D/nsHostResolver nsHostResolver::Init this=7f00',
      '[Parent 1: Main Thread]: D/nsHostResolver Resolving host [firefox.settings.services.mozilla.com]<> type 65. [this=7f00]',
      '[Parent 1: Socket Thread]: D/nsHostResolver Resolving host [127.0.0.1]<> type 0. [this=7f00]',
      '[Parent 1: Socket Thread]: D/nsHostResolver Resolving host [localhost]<> type 0. [this=7f00]',
      '[Parent 1: Main Thread]: D/nsHostResolver Resolving host [Collector.Example]<> type 0. [this=7f00]',
    ].join('\n');
    expect(hostsInResolverLog(log)).toEqual(['collector.example', 'firefox.settings.services.mozilla.com']);
  });

  it('fails page requests and records background ones that would leave the machine, and reports them when Firefox closes', async () => {
    // A probe add-on whose background script phones home: WebDriver BiDi does
    // not see extension background requests, so this is the proxy trap's catch.
    const probe = mkdtempSync(join(tmpdir(), 'second-look-probe-'));
    writeFileSync(
      join(probe, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'network guard probe',
        version: '1.0',
        background: { scripts: ['background.js'] },
        host_permissions: ['https://collector.example/*'],
        browser_specific_settings: { gecko: { id: 'guard-probe@second-look.test' } },
      }),
    );
    writeFileSync(join(probe, 'background.js'), 'fetch("https://collector.example/from-background", { method: "POST", body: "x" }).catch(() => {});');
    const session = await launchFirefoxExtension([{ url: UNMATCHED_URL, html: '<!doctype html><title>guard</title><p>guard</p>' }], { dist: probe });
    let closed = false;
    try {
      const tab = await session.open(UNMATCHED_URL);
      const outcome = await tab.evaluate<string>(
        '() => fetch("https://collector.example/beacon", { method: "POST", body: "x" }).then(() => "sent", (e) => e.name)',
      );
      expect(outcome).toBe('TypeError');
      const socket = await tab.evaluate<string>(
        `() => new Promise((resolve) => {
          const ws = new WebSocket("wss://socket.collector.example/live");
          ws.onopen = () => resolve("open");
          ws.onerror = () => resolve("error");
        })`,
      );
      expect(socket).toBe('error');
      // The background request goes out on its own schedule: wait until the trap has it.
      const deadline = Date.now() + 10_000;
      while (!session.trapAttempts().length && Date.now() < deadline) await wait(100);
      closed = true;
      const failure = await session.close().then(
        () => null,
        (error: unknown) => String(error),
      );
      expect(failure).toMatch(/collector\.example\/beacon/);
      expect(failure).toMatch(/socket\.collector\.example\/live/);
      expect(failure).toMatch(/collector\.example:443 \(from browser via proxy trap\)/);
    } finally {
      try {
        if (!closed) await session.close({ allowLeaks: true });
      } finally {
        rmSync(probe, { recursive: true, force: true });
      }
    }
  });
});

interface NudgeLook {
  boxSizing: string;
  accent: string;
  title: string;
  box: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
}

async function addIncoming(tab: FirefoxTab, text: string): Promise<void> {
  await tab.evaluate('(text) => window.fixture.addMessage({ text, incoming: true, sender: "Sam" })', text);
}
