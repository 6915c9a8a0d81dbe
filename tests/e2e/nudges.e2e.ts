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
    expect([...levels].sort()).toEqual(['notice', 'urgent', 'warn']);
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
