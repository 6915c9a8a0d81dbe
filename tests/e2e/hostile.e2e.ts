// A hostile page against the content script and the nudge, in real Chromium.
// The page's own script (tests/fixtures/hostile/attacks.js) runs before the
// content script, installs hooks, and then tries to hide, cover, read and
// dismiss the nudge, to talk to the extension, to smuggle markup through
// messages, to flood the DOM and to send a 1 MB message. Each test asserts
// the outcome a teen relies on.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customElementTrapPage, hostilePage } from '../fixtures/hostile/index';
import { launchExtension, readNudges, type ExtensionSession } from './harness';
import { launchFirefoxExtension, nudgesOn, type FirefoxExtensionSession, type FirefoxTab } from './firefox-harness';

/** The Instagram fixture at its real URL, with the attack script first in <head>. */
const HOSTILE_URL = 'https://www.instagram.com/direct/t/340282366841710300949128171234567890/';
/** The same page on another thread id, defining the nudge's tag itself. */
const TRAP_URL = 'https://www.instagram.com/direct/t/340282366841710300949128170000000001/';
/** The fixture's message list, where the flood goes. */
const LIST = '[data-pagelet="IGDOpenMessageList"]';

/** Our own risky sentences (never lines from ../shared/eval), each in a category the fixture's opening run lacks. */
const MEETUP = 'lets meet at the mall tomorrow, come alone. ill pick u up and dont tell ur parents about us';
const THREAT = 'if you dont send more i will post your photos everywhere and send them to your school';

type W = Window & { hostile: any; trap: any };

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension([
    { url: HOSTILE_URL, html: hostilePage('instagram.html') },
    { url: TRAP_URL, html: customElementTrapPage('instagram.html') },
  ]);
});

afterAll(async () => {
  await session?.close(); // fails if anything left the machine
});

async function openWithNudge(url = HOSTILE_URL): Promise<Page> {
  const page = await session.open(url);
  await expect.poll(async () => (await readNudges(page)).filter((n) => n.kind === 'incoming').length, { timeout: 10_000 }).toBe(1);
  return page;
}

/**
 * Whether the teen can see the nudge: attached to <html>, rendered, opaque,
 * inside the window, not clipped to nothing, and the top element at its
 * centre (so nothing covers it). Read from the page, which sees the host
 * element's box and computed style like anyone else. Runs in the page
 * (Chromium through Playwright, Firefox through BiDi).
 */
const visibilityInPage = () => {
  // The host is <second-look-nudge>, or <second-look-nudge-…> when the page defined that tag itself.
  const host = [...document.documentElement.children].find((el) => el.localName.startsWith('second-look-nudge')) as HTMLElement | undefined;
  if (!host) return { visible: false, why: 'no host element in the page' };
  const r = host.getBoundingClientRect();
  const style = getComputedStyle(host);
  const x = r.left + r.width / 2;
  const y = r.top + Math.min(r.height / 2, 24);
  const atCentre = document.elementFromPoint(x, y);
  const facts = {
    parentIsHtml: host.parentNode === document.documentElement,
    checkVisibility: host.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }),
    display: style.display,
    visibility: style.visibility,
    opacity: style.opacity,
    transform: style.transform,
    clipPath: style.clipPath,
    box: [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)],
    inWindow: r.width > 40 && r.height > 40 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    topElement: atCentre === host ? 'nudge' : atCentre ? atCentre.localName + (atCentre.id ? `#${atCentre.id}` : '') : null,
};
  const visible =
    facts.checkVisibility && facts.display !== 'none' && facts.visibility === 'visible' && Number(facts.opacity) >= 0.99 &&
    facts.inWindow && facts.clipPath === 'none' && (facts.transform === 'none' || /^matrix\(1, 0, 0, 1,/.test(facts.transform)) &&
    facts.topElement === 'nudge';
  return { visible, ...facts };
};

async function visibility(page: Page): Promise<Record<string, unknown> & { visible: boolean }> {
  return page.evaluate(visibilityInPage);
}

const add = (page: Page, text: string, incoming = true, sender?: string): Promise<void> =>
  page.evaluate(([t, i, s]) => (window as unknown as { fixture: { addMessage(m: object): void } }).fixture.addMessage({ text: t, incoming: i, ...(s ? { sender: s } : {}) }), [text, incoming, sender] as const);

describe('a hostile page cannot hide the nudge', () => {
  it.each([
    'remove',
    'displayNone',
    'visibilityHidden',
    'opacityZero',
    'offScreen',
    'scaleZero',
    'clipPath',
    'styleAttribute',
    'hiddenAttribute',
    'stylesheet',
    'moveIntoHiddenParent',
    'overlay',
    'topLayerOverlay',
  ])('%s: the nudge comes back or stays visible', async (method) => {
    const page = await openWithNudge();
    expect(await visibility(page)).toMatchObject({ visible: true });
    await page.evaluate((m) => (window as unknown as W).hostile.hide(m), method);
    await expect.poll(() => visibility(page), { timeout: 3000 }).toMatchObject({ visible: true });
    await page.close();
  });

  it('a page removing the nudge 200 times in a row does not keep it away, and a later risky message is still shown', async () => {
    const page = await openWithNudge();
    const removed = await page.evaluate(() => (window as unknown as W).hostile.fightRemoval(200));
    expect(removed).toBeGreaterThan(0);
    await add(page, MEETUP);
    await expect.poll(async () => (await readNudges(page)).flatMap((n) => n.categories), { timeout: 10_000 }).toContain('meetup');
    await expect.poll(() => visibility(page), { timeout: 3000 }).toMatchObject({ visible: true });
    await page.close();
  });

  it('a synthetic Escape key press from the page does not dismiss the nudge', async () => {
    const page = await openWithNudge();
    await page.evaluate(() => (window as unknown as W).hostile.pressEscape());
    await page.waitForTimeout(500);
    expect((await readNudges(page)).length).toBe(1);
    expect(await visibility(page)).toMatchObject({ visible: true });
    await page.close();
  });
});

describe('a hostile page cannot read the nudge', () => {
  it('sees a closed shadow root it cannot open, replace or select into', async () => {
    const page = await openWithNudge();
    const shown = (await readNudges(page))[0]!.text;
    // Words only the nudge says: in its text, nowhere in the page's own source.
    const source = hostilePage('instagram.html').toLowerCase();
    const nudgeOnly = [...new Set(shown.split(/[^\p{L}]+/u).filter((w) => w.length >= 6 && !source.includes(w.toLowerCase())))];
    expect(nudgeOnly.length).toBeGreaterThan(3);
    const read = await page.evaluate(() => (window as unknown as W).hostile.readShadow());
    expect(read).toMatchObject({ found: true, shadowRoot: 'null', attachShadow: expect.stringMatching(/^refused/), childNodes: 0, innerHTML: '', getHTML: '', hostText: '' });
    const seenByPage = `${read.pageText}\n${read.outerHTML}\n${read.selection}`;
    expect(nudgeOnly.filter((w) => seenByPage.includes(w))).toEqual([]);
    await page.close();
  });

  it('hooks on Element/Node/Document prototypes installed before the content script never see the nudge being built', async () => {
    const page = await openWithNudge();
    await add(page, MEETUP);
    await expect.poll(async () => (await readNudges(page)).flatMap((n) => n.categories), { timeout: 10_000 }).toContain('meetup');
    expect(await page.evaluate(() => (window as unknown as W).hostile.log.hooked)).toEqual([]);
    await page.close();
  });

  it('a page that defines <second-look-nudge> itself gets no shadow root of the nudge and does not stop the nudge', async () => {
    const page = await session.open(TRAP_URL);
    await expect.poll(async () => (await readNudges(page)).filter((n) => n.kind === 'incoming').length, { timeout: 10_000 }).toBe(1);
    expect(await visibility(page)).toMatchObject({ visible: true });
    // Whatever the page's element class did, the shadow root it may hold is empty of the nudge.
    const trapped = await page.evaluate(() => (window as unknown as W).trap.roots.map((r: ShadowRoot) => r.innerHTML));
    for (const html of trapped) expect(html).toBe('');
    await page.close();
  });
});

describe('a hostile page cannot talk to the extension', () => {
  it('has no chrome.runtime to message the extension (no externally_connectable), and spoofed window messages change nothing', async () => {
    const page = await openWithNudge();
    const before = await session.serviceWorker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
    const result = await page.evaluate((id) => (window as unknown as W).hostile.spoof(id), session.extensionId);
    expect(result).toMatchObject({ runtime: 'undefined', sendMessage: 'undefined', connect: 'undefined' });
    await page.waitForTimeout(1000);
    const after = await session.serviceWorker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
    expect(after).toEqual(before);
    // The nudge is still there and unchanged by a "clear" or "settings" message.
    expect((await readNudges(page)).length).toBe(1);
    // The extension never posts anything to the page's window: every message seen is the page's own.
    const messages = await page.evaluate(() => (window as unknown as W).hostile.log.messages);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((m: { fromPage: boolean }) => !m.fromPage)).toEqual([]);
    await page.close();
  });

  it('cannot fetch or frame the extension\'s pages (the options page with the settings)', async () => {
    const page = await openWithNudge();
    const reached = await page.evaluate((id) => (window as unknown as W).hostile.reachExtensionPages(id), session.extensionId);
    expect(reached.fetchManifest).toMatch(/^refused/);
    expect(reached.frame).not.toMatch(/^document/);
    await page.close();
  });
});

describe('markup in chat messages is inert', () => {
  const PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=2</script>',
    '"><svg onload="window.__pwned=3">',
    '<a href="javascript:window.__pwned=4">x</a>',
    '{{constructor.constructor(\'window.__pwned=5\')()}}',
    '<style>*{display:none!important}</style>',
  ];

  it('payloads in message text and sender names never run and never become elements in the nudge', async () => {
    const page = await openWithNudge();
    const session2: CDPSession = await page.context().newCDPSession(page);
    for (const [i, payload] of PAYLOADS.entries()) {
      await add(page, `${payload} ${i % 2 ? THREAT : MEETUP} ${payload}`, true, `${payload}`);
    }
    await expect.poll(async () => (await readNudges(page)).flatMap((n) => n.categories), { timeout: 10_000 }).toEqual(expect.arrayContaining(['meetup']));
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Inside the nudge's shadow root: only the nudge's own elements, no img/svg/script/style from a payload.
    const { root } = (await session2.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: any };
    const names: string[] = [];
    const walk = (node: any, inNudge: boolean): void => {
      const here = inNudge || node.nodeName === 'SECOND-LOOK-NUDGE';
      if (inNudge && node.nodeType === 1) names.push(node.nodeName);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, here);
    };
    walk(root, false);
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((n) => ['IMG', 'SCRIPT', 'SVG', 'IFRAME', 'OBJECT', 'EMBED'].includes(n))).toEqual([]);
    // The nudge never repeats the message; a sender name, if shown, is text.
    const text = (await readNudges(page)).map((n) => n.text).join(' ');
    expect(text).not.toMatch(/window\.__pwned|onerror|onload/);
    await session2.detach();
    await page.close();
  });
});

interface Lag {
  max: number;
  p99: number;
  samples: number;
}
const ONE_MB = `${MEETUP} ${'ok lol see you soon '.repeat(Math.ceil(1_000_000 / 20))}`.slice(0, 1_000_000);
/**
 * How long the page's own timers may stall: a second, or three times what the same page stalls in the
 * same browser with no extension, whichever is more. The page pays for rendering a flood or a 1 MB
 * message itself; on a loaded 2-core machine that alone can pass a second, and an absolute limit would
 * fail there for the page's cost, not ours (the bench measures speed; this checks the tab stays usable).
 */
const stallLimit = (bare: Lag): number => Math.max(1000, 3 * bare.max);

describe('a flooding page and a 1 MB message', () => {
  let bare: { flood: Lag; oneMb: Lag };

  // The same flood and 1 MB message in the same browser with no extension, measured first.
  beforeAll(async () => {
    const browser = await launchExtension([{ url: HOSTILE_URL, html: hostilePage('instagram.html') }], { withoutExtension: true });
    try {
      const page = await browser.open(HOSTILE_URL);
      await page.evaluate(() => (window as unknown as W).hostile.startLagMonitor());
      const mutations = await page.evaluate((list) => (window as unknown as W).hostile.flood(3000, list), LIST);
      const flood = (await page.evaluate(() => (window as unknown as W).hostile.stopLagMonitor())) as Lag;
      await page.evaluate(() => (window as unknown as W).hostile.startLagMonitor());
      await add(page, ONE_MB);
      await page.waitForTimeout(1500);
      const oneMb = (await page.evaluate(() => (window as unknown as W).hostile.stopLagMonitor())) as Lag;
      console.log(`baseline, no extension: flood ${mutations} mutations, gaps max ${flood.max.toFixed(0)} ms, p99 ${flood.p99.toFixed(0)} ms; 1 MB message gaps max ${oneMb.max.toFixed(0)} ms, p99 ${oneMb.p99.toFixed(0)} ms`);
      expect(mutations).toBeGreaterThan(10_000);
      bare = { flood, oneMb };
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('a page flooding the DOM with mutations stays responsive, and a risky message after the flood is still flagged', async () => {
    const page = await openWithNudge();
    await page.evaluate(() => (window as unknown as W).hostile.startLagMonitor());
    const mutations = await page.evaluate((list) => (window as unknown as W).hostile.flood(3000, list), LIST);
    const lag = (await page.evaluate(() => (window as unknown as W).hostile.stopLagMonitor())) as Lag;
    console.log(`flood: ${mutations} mutations in 3 s; page timer gaps max ${lag.max.toFixed(0)} ms, p99 ${lag.p99.toFixed(0)} ms over ${lag.samples} samples (no extension: ${bare.flood.max.toFixed(0)} ms)`);
    expect(mutations).toBeGreaterThan(10_000);
    expect(lag.max).toBeLessThan(stallLimit(bare.flood));
    const started = Date.now();
    await add(page, THREAT);
    await expect.poll(async () => (await readNudges(page)).flatMap((n) => n.categories), { timeout: 10_000 }).toContain('threat');
    console.log(`flood: verdict on the next risky message after ${Date.now() - started} ms`);
    await page.close();
  });

  it('a 1 MB message leaves the tab usable, and the next risky message is still flagged', async () => {
    const page = await openWithNudge();
    await page.evaluate(() => (window as unknown as W).hostile.startLagMonitor());
    await add(page, ONE_MB);
    await expect.poll(async () => (await readNudges(page)).flatMap((n) => n.categories), { timeout: 10_000 }).toContain('meetup');
    await page.waitForTimeout(500);
    const lag = (await page.evaluate(() => (window as unknown as W).hostile.stopLagMonitor())) as Lag;
    console.log(`1 MB message: page timer gaps max ${lag.max.toFixed(0)} ms, p99 ${lag.p99.toFixed(0)} ms over ${lag.samples} samples (no extension: ${bare.oneMb.max.toFixed(0)} ms)`);
    expect(lag.max).toBeLessThan(stallLimit(bare.oneMb));
    // The tab still answers input: a click on the composer focuses it at once.
    const typed = Date.now();
    await page.locator('[contenteditable="true"]').first().click({ timeout: 2000 });
    expect(Date.now() - typed).toBeLessThan(2000);
    await add(page, THREAT);
    await expect.poll(async () => (await readNudges(page)).flatMap((n) => n.categories), { timeout: 10_000 }).toContain('threat');
    await page.close();
  });
});

describe('Firefox: a hostile page cannot hide, dismiss, read or message the nudge', () => {
  let firefox: FirefoxExtensionSession;

  beforeAll(async () => {
    firefox = await launchFirefoxExtension([{ url: HOSTILE_URL, html: hostilePage('instagram.html') }]);
  }, 90_000);

  afterAll(async () => {
    await firefox?.close(); // fails if anything left the machine
  });

  async function openTab(): Promise<FirefoxTab> {
    const tab = await firefox.open(HOSTILE_URL);
    await expect.poll(async () => (await nudgesOn(tab)).filter((n) => n.kind === 'incoming').length, { timeout: 15_000 }).toBe(1);
    return tab;
  }
  const seen = (tab: FirefoxTab): Promise<{ visible: boolean }> => tab.evaluate(`${visibilityInPage.toString()}`);

  it.each(['remove', 'displayNone', 'opacityZero', 'offScreen', 'styleAttribute', 'moveIntoHiddenParent', 'overlay', 'topLayerOverlay'])(
    '%s: the nudge comes back or stays visible',
    async (method) => {
      const tab = await openTab();
      expect(await seen(tab)).toMatchObject({ visible: true });
      await tab.evaluate('(m) => window.hostile.hide(m)', method);
      await expect.poll(() => seen(tab), { timeout: 3000 }).toMatchObject({ visible: true });
      await tab.close();
    },
  );

  it('a synthetic Escape does not dismiss; the page sees a closed root, no runtime, and its hooks see nothing', async () => {
    const tab = await openTab();
    await tab.evaluate('() => window.hostile.pressEscape()');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await nudgesOn(tab)).length).toBe(1);
    // Before the page's own attachShadow try below, which its hooks would log.
    expect(await tab.evaluate('() => window.hostile.log.hooked')).toEqual([]);
    const read = await tab.evaluate<Record<string, unknown>>('() => { const r = window.hostile.readShadow(); return { shadowRoot: r.shadowRoot, attachShadow: r.attachShadow, innerHTML: r.innerHTML, hostText: r.hostText }; }');
    expect(read).toMatchObject({ shadowRoot: 'null', attachShadow: expect.stringMatching(/^refused/), innerHTML: '', hostText: '' });
    expect(await tab.evaluate('() => ({ chrome: typeof window.chrome?.runtime?.sendMessage, browser: typeof window.browser })')).toEqual({ chrome: 'undefined', browser: 'undefined' });
    await tab.close();
  });
});
