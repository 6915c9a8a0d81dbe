// A guardian's first minutes, end to end in real Chromium: a fresh profile
// opens the setup page by itself; the guardian sets a PIN, the teen's
// languages and country and the sensitivity; the options page is then behind
// the PIN. Every step is screenshotted in light and dark into
// test-output/screens/setup/ and checked with axe (no serious or critical
// violation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchExtension, OUTPUT_DIR, type ExtensionSession } from './harness';
import { en, optionsUrl, storedLocal } from './settings-helpers';

const SCREENS = join(OUTPUT_DIR, 'screens/setup');
mkdirSync(SCREENS, { recursive: true });
const SETUP_PATH = '/src/ui/setup/index.html';
const PIN = '5307';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Screenshots the page in light and dark and runs axe in both. */
async function lookAt(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SCREENS, `${name}-${scheme}.png`), fullPage: options.fullPage ?? true, animations: 'disabled' });
    expect(await seriousViolations(page), `${name} ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('setup on first install', () => {
  let session: ExtensionSession;
  let setup: Page;

  beforeAll(async () => {
    session = await launchExtension([]);
  });

  afterAll(async () => {
    await session?.close(); // fails if anything left the machine
  });

  it('a fresh profile opens the setup page by itself, once', async () => {
    await expect
      .poll(() => session.context.pages().filter((p) => p.url().includes(SETUP_PATH)).length, { timeout: 20_000 })
      .toBe(1);
    setup = session.context.pages().find((p) => p.url().includes(SETUP_PATH))!;
    setup.setDefaultTimeout(10_000);
    await setup.setViewportSize({ width: 1280, height: 800 });
    await setup.getByRole('heading', { level: 1, name: en('setup_title') }).waitFor();
    // Nothing is chosen for the guardian before they choose: no PIN, settings untouched.
    const stored = await storedLocal(session.serviceWorker);
    expect(stored.pin).toBeUndefined();
  });

  it('step 1: a PIN, with a plain word on skipping', async () => {
    await setup.getByRole('heading', { level: 2, name: en('setup_pinTitle') }).waitFor();
    await expect(setup.getByText(en('setup_stepOf', '1', '3')).isVisible()).resolves.toBe(true);
    await expect(setup.getByText(en('setup_pinSkipMeans')).isVisible()).resolves.toBe(true);
    await lookAt(setup, '1-pin');
    // A mismatch is said, not saved.
    await setup.getByLabel(en('options_pinNew', '4')).fill(PIN);
    await setup.getByLabel(en('options_pinAgain')).fill('5308');
    await setup.getByRole('button', { name: en('setup_pinSet') }).click();
    await setup.getByRole('alert').filter({ hasText: en('options_pinMismatch') }).waitFor();
    await lookAt(setup, '1-pin-mismatch', { fullPage: false });
    await setup.getByLabel(en('options_pinAgain')).fill(PIN);
    await setup.getByRole('button', { name: en('setup_pinSet') }).click();
    // Hashing takes about a second (PBKDF2, 600,000 rounds).
    await setup.getByRole('heading', { level: 2, name: en('setup_placeTitle') }).waitFor({ timeout: 15_000 });
    expect((await storedLocal(session.serviceWorker)).pin).toMatchObject({ algorithm: 'PBKDF2-SHA256' });
  });

  it('step 2: languages and country pre-chosen from the browser, with the helpline that country shows', async () => {
    // Debian's headless Chromium runs in en-US here: English ticked, the United States chosen.
    await expect(setup.getByRole('checkbox', { name: /^English/ }).isChecked()).resolves.toBe(true);
    await expect(setup.getByLabel(en('setup_countryLabel')).inputValue()).resolves.toBe('US');
    const preview = setup.getByTestId('helpline-preview');
    await expect(preview.innerText()).resolves.toContain('Childhelp');
    await lookAt(setup, '2-place');
    // Another country shows that country's sourced helpline at once.
    await setup.getByLabel(en('setup_countryLabel')).selectOption('ID');
    await expect.poll(() => preview.innerText()).toContain('SAPA 129');
    await setup.getByRole('checkbox', { name: /^Indonesian/ }).check();
    await lookAt(setup, '2-place-indonesia');
    await setup.getByRole('button', { name: en('setup_next') }).click();
    await setup.getByRole('heading', { level: 2, name: en('options_sensitivityTitle') }).waitFor();
    const settings = (await storedLocal(session.serviceWorker)).settings as { languages: string[]; helplineCountry: string };
    expect(settings.languages).toEqual(['en', 'id']);
    expect(settings.helplineCountry).toBe('ID');
  });

  it('step 3: how often to speak up', async () => {
    await lookAt(setup, '3-sensitivity');
    await setup.getByRole('radio', { name: en('options_sensitivity_strict') }).check();
    await setup.getByRole('button', { name: en('setup_finish') }).click();
    await setup.getByRole('heading', { level: 2, name: en('setup_doneTitle') }).waitFor();
    expect(((await storedLocal(session.serviceWorker)).settings as { sensitivity: string }).sensitivity).toBe('strict');
  });

  it('then: show your teen, with the teen page and the practice chat one click away', async () => {
    await expect(setup.getByRole('heading', { name: en('setup_showTeenTitle') }).isVisible()).resolves.toBe(true);
    await expect(setup.getByText(en('options_teenToolbarNote')).isVisible()).resolves.toBe(true);
    await lookAt(setup, '4-done');
    const opened = session.context.waitForEvent('page');
    await setup.getByRole('link', { name: en('setup_practiceLink') }).click();
    const practice = await opened;
    await practice.waitForLoadState();
    expect(practice.url()).toContain('/src/ui/practice/index.html');
    await practice.close();
  });

  it('the options page is now behind the PIN, and opens with it', async () => {
    const options = await session.open(optionsUrl(session.extensionId));
    options.setDefaultTimeout(10_000);
    await options.getByRole('heading', { name: en('options_pinGateTitle') }).waitFor();
    expect(await options.getByRole('region', { name: en('options_sitesTitle') }).count()).toBe(0);
    await options.screenshot({ path: join(SCREENS, '5-options-locked.png') });
    await options.getByLabel(en('options_pinLabel'), { exact: true }).fill(PIN);
    await options.getByRole('button', { name: en('options_pinUnlock') }).click();
    await options.getByRole('region', { name: en('options_sitesTitle') }).waitFor();
    // The first screen holds the essentials: PIN, sites and sensitivity start inside the first 800 px.
    for (const title of ['options_pinTitle', 'options_sitesTitle', 'options_sensitivityTitle']) {
      const box = await options.getByRole('heading', { level: 2, name: en(title) }).boundingBox();
      expect(box!.y, title).toBeLessThan(800);
    }
    await lookAt(options, '6-options', { fullPage: false });
    await options.screenshot({ path: join(SCREENS, '6-options-full.png'), fullPage: true });
    await options.getByText(en('options_moreSettings')).click();
    await options.getByRole('region', { name: en('options_categoriesTitle') }).waitFor();
    await options.screenshot({ path: join(SCREENS, '7-options-more-full.png'), fullPage: true });
    await options.close();
  });
});
