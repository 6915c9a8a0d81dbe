// What the teen sees, in real Chromium: a nudge for every category and every
// level on three sites, each in another language (the guardian's language
// override), checked with axe, with screenshots for a human to look at; and
// the practice page played end to end through the real detector and nudges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CATEGORIES, type Category, type Language } from '../../src/shared/categories';
import { defaultSettings } from '../../src/shared/settings';
import { FIXTURES } from '../fixtures/sites/index';
import { launchExtension, OUTPUT_DIR, ROOT, readNudges, type ExtensionSession, type NudgeSeen } from './harness';

const SCREENS = join(OUTPUT_DIR, 'screens/nudges');
mkdirSync(SCREENS, { recursive: true });

const LOCALE_DIR: Record<string, string> = { en: 'en', id: 'id', es: 'es' };
const localeMessage = (language: string, key: string): string =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', LOCALE_DIR[language] ?? language, 'messages.json'), 'utf8'))[key].message;

/** One message per category, in our own words (never lines from ../shared/eval). */
const ASKS: Record<'en' | 'id' | 'es', Record<Category, string>> = {
  en: {
    photo_request: 'u look so good, send me a pic of you in ur room',
    meetup: 'lets meet at the mall saturday, ill pick u up',
    off_platform: 'add me on telegram',
    secrecy: 'this is our secret ok, dont tell anyone',
    gift_money: 'ill send you a 50 dollar gift card',
    personal_info: 'how old are you? where do you live?',
    job_offer: 'we are hiring models, easy money, 500 a week, travel paid',
    account_access: 'a code went to your phone by mistake, send it to me',
    threat: 'send me 300 or i will post your pics to all your followers',
  },
  id: {
    photo_request: 'kamu cantik banget, kirim foto kamu dong',
    meetup: 'ketemuan yuk sabtu di mall, aku jemput',
    off_platform: 'add aku di telegram ya',
    secrecy: 'ini rahasia kita ya, jangan bilang siapa siapa',
    gift_money: 'aku kasih kamu pulsa 100rb',
    personal_info: 'kamu tinggal dimana? alamat rumah kamu apa?',
    job_offer: 'ada lowongan model, gaji besar, tiket pesawat ditanggung',
    account_access: 'ada kode masuk ke hp kamu, kirim ke aku ya',
    threat: 'transfer 500rb atau foto kamu aku sebar ke semua teman kamu',
  },
  es: {
    photo_request: 'eres muy linda, mándame una foto tuya',
    meetup: 'veámonos el sábado en el centro comercial, te recojo',
    off_platform: 'agrégame en telegram',
    secrecy: 'esto es nuestro secreto, no le digas a nadie',
    gift_money: 'te regalo una tarjeta de regalo de 50',
    personal_info: 'cuántos años tienes? dónde vives?',
    job_offer: 'buscamos modelos, dinero fácil, te pagamos el viaje',
    account_access: 'te llegó un código por error, pásamelo',
    threat: 'mándame 300 o publico tus fotos a todos tus seguidores',
  },
};

/** Two moves in one message (a photo ask and secrecy): a pattern, so a warning. */
const PAIR: Record<'en' | 'id' | 'es', string> = {
  en: 'send me a pic of you in ur room and dont tell ur parents about it',
  id: 'kirim foto kamu dong, jangan bilang ortu kamu ya',
  es: 'mándame una foto tuya y no le digas a tus papás',
};

/** An adult who gives their age to a teen who gave theirs, then talks the gap away: the pattern alone, no ask yet. */
const AGE_GAP: Record<'en' | 'id' | 'es', [string, boolean][]> = {
  en: [['how old are u btw', true], ['14', false], ['im 23 lol', true], ['age is just a number tho, ur so mature for ur age', true]],
  id: [['btw kamu umur berapa?', true], ['14 kak', false], ['aku 23 hehe', true], ['umur cuma angka kok, kamu dewasa banget', true]],
  es: [['oye y cuántos años tienes?', true], ['14', false], ['yo tengo 23 jaja', true], ['la edad es solo un número, eres muy madura para tu edad', true]],
};

const RUNS: { site: string; language: 'en' | 'id' | 'es' }[] = [
  { site: 'whatsapp', language: 'en' },
  { site: 'instagram', language: 'id' },
  { site: 'discord', language: 'es' },
];

const fixturePage = (site: string) => FIXTURES.find((f) => f.site === site)!;
const incoming = (nudges: NudgeSeen[]): NudgeSeen[] => nudges.filter((n) => n.kind === 'incoming');
const drive = (page: Page, call: string, arg: unknown): Promise<void> =>
  page.evaluate(([c, a]) => (window as any).fixture[c as string](a), [call, arg] as const);

/** Axe over a page whose shadow roots a test init script forced open. Serious and critical only fail. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('nudges on real sites, in three languages', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension(RUNS.map(({ site }) => ({ url: fixturePage(site).url, file: fixturePage(site).file.replace(/^tests\/fixtures\//, '') })));
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(RUNS)('$site in $language: every category and every level', async ({ site, language }) => {
    // Strict, so notice-level verdicts nudge too; the nudge language is the guardian's override.
    await session.serviceWorker.evaluate(
      (settings) => (globalThis as any).chrome.storage.local.set({ settings }),
      { ...defaultSettings(), sensitivity: 'strict', nudgeLanguage: language as Language },
    );
    const page = await session.open(fixturePage(site).url);
    const levels = new Set<string>();
    for (const [i, category] of CATEGORIES.entries()) {
      // A fresh thread per category: a new tracker, no rate limit carried over.
      await drive(page, 'switchThread', `nudge-${language}-${i}`);
      await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 5000 }).toBe(0);
      await drive(page, 'addMessage', { text: ASKS[language][category], incoming: true });
      await expect
        .poll(async () => incoming(await readNudges(page)).flatMap((n) => n.categories), { timeout: 5000, message: `${category} in ${language}` })
        .toContain(category);
      const [nudge] = incoming(await readNudges(page));
      levels.add(nudge!.level);
      // The words are the override language's own.
      expect(nudge!.text).toContain(localeMessage(language, `nudge_title_${nudge!.level === 'urgent' && !['threat', 'account_access'].includes(category) ? 'urgent_pattern' : nudge!.level}`));
      if (category === 'photo_request' || category === 'threat' || category === 'personal_info') {
        await page.waitForTimeout(400); // let the card's fade-in finish
        await page.screenshot({ path: join(SCREENS, `${site}-${language}-${category}-${nudge!.level}.png`) });
      }
    }
    // One ordinary ask alone is a notice; a threat or a login-code demand is urgent alone; two moves together warn.
    await drive(page, 'switchThread', `nudge-${language}-pair`);
    await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 5000 }).toBe(0);
    await drive(page, 'addMessage', { text: PAIR[language], incoming: true });
    await expect.poll(async () => incoming(await readNudges(page)).map((n) => n.level), { timeout: 5000, message: `pair in ${language}` }).toContain('warn');
    for (const n of incoming(await readNudges(page))) levels.add(n.level);
    expect([...levels].sort()).toEqual(['notice', 'urgent', 'warn']);
    // An adult talking the age gap away with a minor, before any ask beyond the age: a warning that names the pattern.
    await drive(page, 'switchThread', `nudge-${language}-age-gap`);
    await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 5000 }).toBe(0);
    for (const [text, isIncoming] of AGE_GAP[language]) await drive(page, 'addMessage', { text, incoming: isIncoming });
    await expect
      .poll(async () => incoming(await readNudges(page)).flatMap((n) => n.categories), { timeout: 5000, message: `age gap in ${language}` })
      .toContain('adult_minor');
    const [gap] = incoming(await readNudges(page));
    expect(gap!.level).toBe('warn');
    expect(gap!.text).toContain(localeMessage(language, 'nudge_noticed_adult_minor'));
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SCREENS, `${site}-${language}-adult_minor-warn.png`) });
    await page.close();
  });

  it('closes when the teen presses Escape (a real key press)', async () => {
    const page = await session.open(fixturePage('whatsapp').url);
    await drive(page, 'switchThread', 'escape-test');
    await drive(page, 'addMessage', { text: ASKS.en.meetup, incoming: true });
    await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 5000 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 3000 }).toBe(0);
    await page.close();
  });
});

describe('the practice page', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension([]);
    // Test only: open every shadow root, so axe can read the real nudge. The
    // shipped nudge uses a closed root; extension pages have one JS world, so
    // this init script runs before the practice page creates its nudges.
    await session.context.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        return attach.call(this, { ...init, mode: 'open' });
      };
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(['en', 'th', 'id'])('plays the stranger’s playbook in %s through real nudges, ending urgent, with no serious axe violation', async (language) => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/src/ui/practice/index.html?lang=${language}`);
    const next = page.getByRole('button', { name: localeMessage(language === 'th' ? 'th' : language, 'practice_next') });
    const seen: NudgeSeen[] = [];
    for (let step = 0; step < 40 && (await next.isEnabled().catch(() => false)); step++) {
      await next.click();
      await page.waitForTimeout(150);
      for (const n of await readNudges(page)) if (!seen.some((s) => s.level === n.level && s.categories.join() === n.categories.join())) seen.push(n);
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.map((n) => n.level)).toContain('urgent');
    expect(seen.map((n) => n.kind)).toContain('outgoing');
    await page.screenshot({ path: join(SCREENS, `practice-${language}.png`), fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SCREENS, `practice-${language}-dark.png`) });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

/** What the card and its buttons measure on screen, read through CDP (the shadow root is closed). */
interface CardFit {
  viewport: { width: number; height: number };
  card: { top: number; bottom: number; left: number; right: number };
  /** The card or its body scrolls inside itself. */
  scrolls: boolean;
  /** The body takes keyboard focus (so it can be scrolled without a mouse). */
  bodyFocusable: boolean;
  buttons: { text: string; top: number; bottom: number; left: number; right: number }[];
}

async function measureCard(page: Page, action?: string): Promise<CardFit> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: any };
    let card: any;
    const walk = (node: any): void => {
      if (card) return;
      if (String(node.nodeName).startsWith('SECOND-LOOK-NUDGE')) {
        card = node.shadowRoots?.[0]?.children?.find((c: any) => c.nodeType === 1 && c.nodeName !== 'STYLE');
        return;
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    if (!card) throw new Error('no nudge card');
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: card.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      awaitPromise: true,
      arguments: [{ value: action ?? null }],
      functionDeclaration: `async function (action) {
        if (action) {
          const target = [...this.querySelectorAll('button')].find((b) => b.textContent.trim() === action);
          target.click();
          await new Promise((r) => setTimeout(r, 300));
        }
        const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
        const overflows = (el) => el.scrollHeight > el.clientHeight + 1;
        return {
          viewport: { width: innerWidth, height: innerHeight },
          card: box(this),
          scrolls: overflows(this) || [...this.querySelectorAll('.body')].some(overflows),
          bodyFocusable: this.querySelector('.body')?.tabIndex === 0,
          buttons: [...this.querySelectorAll('button')].map((b) => ({ text: b.textContent.trim() || b.getAttribute('aria-label'), ...box(b) })),
        };
      }`,
    })) as { result: { value: CardFit } };
    return result.value;
  } finally {
    await session.detach();
  }
}

/** Buttons cut off by the window or by the card's own edge. */
function hiddenButtons(fit: CardFit): string[] {
  const inside = (b: CardFit['buttons'][number]): boolean =>
    b.top >= Math.max(0, fit.card.top) - 1 &&
    b.bottom <= Math.min(fit.viewport.height, fit.card.bottom) + 1 &&
    b.left >= Math.max(0, fit.card.left) - 1 &&
    b.right <= Math.min(fit.viewport.width, fit.card.right) + 1;
  return fit.buttons.filter((b) => !inside(b)).map((b) => b.text);
}

describe('nudges fit the window', () => {
  const SIZES = [
    { name: '1280x720', width: 1280, height: 720 },
    { name: '1366x768', width: 1366, height: 768 },
    { name: '400x720', width: 400, height: 720 },
    // Shorter than any card's full height: the body must shrink and scroll, the buttons stay.
    { name: '400x420', width: 400, height: 420 },
  ];
  // Several kinds at once, so the cards are as long as they get.
  const LEVEL_MESSAGES: { level: string; lines: string[] }[] = [
    { level: 'notice', lines: [ASKS.en.personal_info] },
    { level: 'warn', lines: [ASKS.en.off_platform, ASKS.en.secrecy] },
    { level: 'urgent', lines: [ASKS.en.secrecy, ASKS.en.meetup, ASKS.en.photo_request, ASKS.en.gift_money, ASKS.en.threat] },
  ];
  let session: ExtensionSession;

  beforeAll(async () => {
    const whatsapp = fixturePage('whatsapp');
    session = await launchExtension([{ url: whatsapp.url, file: whatsapp.file.replace(/^tests\/fixtures\//, '') }]);
    await session.serviceWorker.evaluate(
      (settings) => (globalThis as any).chrome.storage.local.set({ settings }),
      { ...defaultSettings(), sensitivity: 'strict' },
    );
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(SIZES)('at $name every button of every level is in sight (or the card scrolls inside itself)', async ({ name, width, height }) => {
    const page = await session.open(fixturePage('whatsapp').url);
    await page.setViewportSize({ width, height });
    const seen = new Set<string>();
    for (const [i, { level, lines }] of LEVEL_MESSAGES.entries()) {
      await drive(page, 'switchThread', `fit-${name}-${i}`);
      await expect.poll(async () => incoming(await readNudges(page)).length, { timeout: 5000 }).toBe(0);
      for (const text of lines) await drive(page, 'addMessage', { text, incoming: true });
      await expect.poll(async () => incoming(await readNudges(page))[0]?.level, { timeout: 8000, message: `${level} at ${name}` }).toBe(level);
      await page.waitForTimeout(500); // the last update and the fade-in
      const fit = await measureCard(page);
      seen.add(level);
      expect(fit.buttons.length, `${level} at ${name}`).toBeGreaterThanOrEqual(3);
      const cut = hiddenButtons(fit);
      if (cut.length) expect(fit.scrolls, `${level} at ${name}: ${cut.join(', ')} cut off and the card does not scroll`).toBe(true);
      // With the layout as built, no button needs scrolling to be reached: the body scrolls instead.
      expect(cut, `${level} at ${name}`).toEqual([]);
      await page.screenshot({ path: join(SCREENS, `fit-${name}-${level}.png`) });
      if (level === 'urgent') {
        const steps = await measureCard(page, localeMessage('en', 'nudge_choice_steps'));
        expect(hiddenButtons(steps), `urgent steps at ${name}`).toEqual([]);
        if (height < 500) {
          expect(steps.scrolls, `urgent steps at ${name} scroll inside the card`).toBe(true);
          expect(steps.bodyFocusable, 'a scrolling body can be reached by keyboard').toBe(true);
        }
        await page.screenshot({ path: join(SCREENS, `fit-${name}-urgent-steps.png`) });
      }
    }
    expect([...seen].sort()).toEqual(['notice', 'urgent', 'warn']);
    await page.close();
  });
});
