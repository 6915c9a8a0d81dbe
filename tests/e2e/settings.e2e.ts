// The guardian's settings, end to end in real Chromium: the options page and
// popup as built, a fixture chat open at WhatsApp's real URL obeying changes
// without a reload, a broken settings file refused with what and where, and
// the PIN gate with its stored lockout. Screenshots of every screen go to
// test-output/screens/settings/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, readNudges, type ExtensionSession, type NudgeSeen } from './harness';
import { addChatMessage, en, enPattern, optionsUrl, popupUrl, screenshot, storedLocal, writeLocal } from './settings-helpers';

const CHAT_URL = 'https://web.whatsapp.com/';
const CHAT_FIXTURE = 'sites/whatsapp.html';

/** Our own test sentences (never lines from ../shared/eval). */
const MOVE_APPS = 'add me on telegram, my username is kev_2010';
const MEET_UP = 'where do u live? we could meet at the mall on saturday, just u and me';
const ACCOUNT_CODE = 'send me the 6 digit code u just got, i need it to log in to ur account';
const GIFT = 'i can send u money for a new phone, or a gift card, whatever u want';

/** "Saved: Sites (9:41 PM)" for a section, at any time. */
const savedLine = (titleKey: string): RegExp => new RegExp(en('options_savedSection', en(titleKey), '\u0000').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\u0000', '.+'));
const incoming = (nudges: NudgeSeen[]): NudgeSeen[] => nudges.filter((n) => n.kind === 'incoming');
const categoriesShown = async (page: Page): Promise<string[]> => incoming(await readNudges(page)).flatMap((n) => n.categories);
type StoredSettings = { sites: Record<string, boolean>; categories: Record<string, boolean>; sensitivity: string; localSummary: boolean };
const storedSettings = async (session: ExtensionSession): Promise<StoredSettings | undefined> =>
  (await storedLocal(session.serviceWorker)).settings as StoredSettings | undefined;

describe('guardian settings reach an open chat, the popup and the import control', () => {
  let session: ExtensionSession;
  let chat: Page;
  let options: Page;

  beforeAll(async () => {
    session = await launchExtension([{ url: CHAT_URL, file: CHAT_FIXTURE }]);
    chat = await session.open(CHAT_URL);
    options = await session.open(optionsUrl(session.extensionId));
    options.setDefaultTimeout(10_000);
    await options.getByRole('heading', { level: 1, name: en('options_title') }).waitFor();
  });

  afterAll(async () => {
    await session?.close(); // fails if anything left the machine
  });

  it('the open chat flags its risky run before anything is changed', async () => {
    // The fixture opens with a photo request with secrecy; the later steps compare against this.
    await expect.poll(() => categoriesShown(chat), { timeout: 15_000 }).toContain('photo_request');
    expect(await categoriesShown(chat)).not.toContain('off_platform');
  });

  it('the options page opens on the essentials, the rest one click away under "More settings", and screenshots of it are kept', async () => {
    for (const title of ['options_pinTitle', 'options_sitesTitle', 'options_sensitivityTitle', 'options_languagesTitle', 'options_helplineTitle']) {
      await expect(options.getByRole('region', { name: en(title) }).isVisible()).resolves.toBe(true);
    }
    await expect(options.getByRole('region', { name: en('options_categoriesTitle') }).isVisible()).resolves.toBe(false);
    // One Telegram switch for both web versions.
    await expect(options.getByRole('checkbox', { name: /^Telegram/ }).count()).resolves.toBe(1);
    await expect(options.getByRole('checkbox', { name: 'WhatsApp', exact: true }).isChecked()).resolves.toBe(true);
    await screenshot(options, 'options-top');
    await screenshot(options, 'options-full', { fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await screenshot(options, 'options-top-dark');
    await options.emulateMedia({ colorScheme: 'light' });
    await options.getByText(en('options_moreSettings')).click();
    for (const title of ['options_categoriesTitle', 'options_phrasesTitle', 'options_summaryTitle', 'options_backupTitle', 'options_resetTitle']) {
      await expect(options.getByRole('region', { name: en(title) }).isVisible()).resolves.toBe(true);
    }
    await screenshot(options, 'options-more-full', { fullPage: true });
    for (const [title, name] of [
      ['options_sitesTitle', 'section-sites'],
      ['options_categoriesTitle', 'section-categories'],
      ['options_sensitivityTitle', 'section-sensitivity'],
      ['options_phrasesTitle', 'section-phrases'],
      ['options_pinTitle', 'section-pin'],
      ['options_helplineTitle', 'section-helpline'],
      ['options_resetTitle', 'section-reset'],
    ] as const) {
      await screenshot(options.getByRole('region', { name: en(title) }), name);
    }
  });

  it('the local summary, switched on, counts an adult talking to a minor on a row of its own; switched off, the counts are gone', async () => {
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await writeLocal(session.serviceWorker, { localSummary: { [today]: { secrecy: 2, off_platform: 1, adult_minor: 1 } } });
    const region = options.getByRole('region', { name: en('options_summaryTitle') });
    await region.getByRole('checkbox').check();
    await expect.poll(async () => (await storedSettings(session))?.localSummary).toBe(true);
    const row = region.getByRole('row', { name: new RegExp(en('options_summary_adult_minor')) });
    await expect.poll(() => row.count()).toBe(1);
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(['1', '1']);
    await screenshot(region, 'section-summary');
    await region.getByRole('checkbox').uncheck();
    await expect.poll(async () => (await storedLocal(session.serviceWorker)).localSummary).toBeUndefined();
  });

  it('switching the chat site off quiets the open chat at once, and switching it on brings the notes back', async () => {
    const whatsapp = options.getByRole('checkbox', { name: 'WhatsApp', exact: true });
    await whatsapp.uncheck();
    await expect.poll(async () => (await storedSettings(session))?.sites.whatsapp).toBe(false);
    // The saved line names what was saved.
    await options.getByRole('status').filter({ hasText: savedLine('options_sitesTitle') }).first().waitFor();
    await screenshot(options, 'options-saved-site');

    // The chat tab was not reloaded: its notes go away because it read the change.
    await expect.poll(async () => incoming(await readNudges(chat)).length, { timeout: 5_000 }).toBe(0);
    await addChatMessage(chat, { text: MEET_UP, incoming: true });
    await chat.waitForTimeout(1_500);
    expect(await readNudges(chat)).toEqual([]);

    await whatsapp.check();
    await expect.poll(async () => (await storedSettings(session))?.sites.whatsapp).toBe(true);
    // Back on, the page is read again: the meet-up sent while it was off is flagged now.
    await expect.poll(() => categoriesShown(chat), { timeout: 10_000 }).toContain('meetup');
  });

  it('switching one kind of request off stops notes of that kind in the open chat, and on again restores them', async () => {
    const movingApps = options.getByRole('checkbox', { name: en('options_category_off_platform'), exact: true });
    await movingApps.uncheck();
    await expect.poll(async () => (await storedSettings(session))?.categories.off_platform).toBe(false);
    // Scrolled down, the guardian should still see that the change was saved, and what.
    await options.getByRole('status').filter({ hasText: savedLine('options_categoriesTitle') }).first().waitFor();
    await screenshot(options, 'options-saved-category');

    expect(await categoriesShown(chat)).not.toContain('gift_money');
    await addChatMessage(chat, { text: MOVE_APPS, incoming: true });
    // A later message of another kind, once flagged, shows the chat was read past the app move:
    // only then does the missing off_platform note mean something.
    await addChatMessage(chat, { text: GIFT, incoming: true });
    await expect.poll(() => categoriesShown(chat), { timeout: 5_000 }).toContain('gift_money');
    expect(await categoriesShown(chat)).not.toContain('off_platform');

    await movingApps.check();
    await expect.poll(async () => (await storedSettings(session))?.categories.off_platform).toBe(true);
    await expect.poll(() => categoriesShown(chat), { timeout: 10_000 }).toContain('off_platform');
  });

  it('a broken settings file is refused with what is wrong and where, in plain words, and stored settings stay as they were', async () => {
    // A setting away from the default first, so "unchanged" means more than "still empty".
    await options.getByRole('radio', { name: en('options_sensitivity_strict'), exact: true }).check();
    await expect.poll(async () => (await storedSettings(session))?.sensitivity).toBe('strict');
    const before = await storedLocal(session.serviceWorker);

    // A file exported by this version, with two entries spoilt by hand.
    const settings = structuredClone(before.settings) as StoredSettings & Record<string, unknown>;
    (settings.sites as Record<string, unknown>).discord = 'yes';
    settings.sensitivity = 'extreme';
    const file = JSON.stringify({ format: 'second-look-settings', exportedAt: new Date().toISOString(), settings }, null, 2);
    await options.getByLabel(en('options_import')).setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });

    const errors = options.getByRole('alert').filter({ hasText: en('options_importFailed') });
    await errors.waitFor();
    const problems = await errors.getByRole('listitem').allInnerTexts();
    expect(problems).toHaveLength(2);
    expect(problems.sort()).toEqual(
      [`${en('options_sensitivityTitle')}: ${en('options_issue_unknown_value')}`, `${en('options_sitesTitle')} › Discord: ${en('options_issue_wrong_type')}`].sort(),
    );
    // No file paths or parser words for the guardian to decode.
    expect(await errors.innerText()).not.toMatch(/settings\.|found a|extreme/);
    await errors.scrollIntoViewIfNeeded();
    await screenshot(options.getByRole('region', { name: en('options_backupTitle') }), 'import-error');

    expect(await storedLocal(session.serviceWorker)).toEqual(before);
    // The page still shows what is stored, not what the file said.
    await expect(options.getByRole('radio', { name: en('options_sensitivity_strict'), exact: true }).isChecked()).resolves.toBe(true);
    await expect(options.getByRole('checkbox', { name: 'Discord', exact: true }).isChecked()).resolves.toBe(true);

    // Not JSON at all: one plain problem, still nothing changed.
    await options.getByLabel(en('options_import')).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('sites: all on\n') });
    await expect.poll(() => errors.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining(en('options_issue_not_json'))]);
    expect(await storedLocal(session.serviceWorker)).toEqual(before);
  });

  it('the popup, opened as a tab, says Second Look is on and that its own page is not a chat site; its pause reaches the open chat', async () => {
    const popup = await session.open(popupUrl(session.extensionId));
    // The real popup is a small panel; show it at that size.
    await popup.setViewportSize({ width: 360, height: 520 });
    await expect(popup.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(en('popup_on'));
    // As a tab its "active tab" is itself, an extension page, not a chat site.
    await expect(popup.getByRole('status').innerText()).resolves.toBe(en('popup_notSupported'));
    await expect(popup.getByRole('button', { name: en('popup_pause') }).isVisible()).resolves.toBe(true);
    await screenshot(popup, 'popup');

    // A pause from the popup reaches the open chat: its notes are cleared until checking starts again.
    await popup.getByRole('button', { name: en('popup_pause') }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(enPattern('popup_paused'));
    await expect.poll(async () => incoming(await readNudges(chat)).length, { timeout: 5_000 }).toBe(0);
    await screenshot(popup, 'popup-paused');
    await popup.getByRole('button', { name: en('popup_resume') }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toBe(en('popup_notSupported'));
    // Checking again: a new risky message is flagged. (Notes cleared by the pause are not shown a second time.)
    await addChatMessage(chat, { text: ACCOUNT_CODE, incoming: true });
    await expect.poll(() => categoriesShown(chat), { timeout: 10_000 }).toContain('account_access');
    await popup.close();
  });

  it('"What your teen sees" opens from the options page and reads in plain words', async () => {
    await options.bringToFront();
    await options.getByRole('link', { name: en('options_navTeen') }).click();
    await options.getByRole('heading', { level: 1, name: en('options_teenTitle') }).waitFor();
    await expect(options.getByText(en('options_teen_private')).isVisible()).resolves.toBe(true);
    await screenshot(options, 'teen-page', { fullPage: true });
    await options.getByRole('button', { name: en('options_teenBack') }).click();
    await options.getByRole('region', { name: en('options_sitesTitle') }).waitFor();
  });
});

describe('the PIN gate', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension([]);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('a PIN set on the page guards it after a reload; five wrong tries lock it, and the lockout outlives a reload', async () => {
    const PIN = '4821';
    const page = await session.open(optionsUrl(session.extensionId));
    // Fail fast: every answer here comes within a few seconds or not at all.
    page.setDefaultTimeout(10_000);
    const pinSection = page.getByRole('region', { name: en('options_pinTitle') });
    await pinSection.getByText(en('options_pinNone')).waitFor();
    await pinSection.getByLabel(en('options_pinNew', '4')).fill(PIN);
    await pinSection.getByLabel(en('options_pinAgain')).fill(PIN);
    await pinSection.getByRole('button', { name: en('options_pinSet') }).click();
    // Hashing takes about a second (PBKDF2, 600,000 rounds).
    await pinSection.getByText(en('options_pinSaved')).waitFor({ timeout: 15_000 });
    await pinSection.getByText(en('options_pinIsSet')).waitFor();
    await screenshot(pinSection, 'section-pin-set');
    // Whoever set the PIN stays in until the page is reloaded.
    const stored = await storedLocal(session.serviceWorker);
    expect(stored.pin).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(JSON.stringify(stored)).not.toContain(PIN);

    await page.reload();
    const gate = page.getByRole('heading', { name: en('options_pinGateTitle') });
    await gate.waitFor();
    await expect(page.getByRole('region', { name: en('options_sitesTitle') }).count()).resolves.toBe(0);
    await screenshot(page, 'pin-gate');

    const pinBox = page.getByLabel(en('options_pinLabel'), { exact: true });
    const unlock = page.getByRole('button', { name: en('options_pinUnlock') });
    const wrongMessage = page.getByRole('alert').filter({ hasText: en('options_pinWrong') });
    const lockedMessage = page.getByRole('alert').filter({ hasText: enPattern('options_pinLocked', '\\d+ seconds') });
    for (let attempt = 1; attempt <= 4; attempt++) {
      await pinBox.fill(`000${attempt}`);
      await unlock.click();
      await expect.poll(async () => (await storedLocal(session.serviceWorker)).pinLockout, { timeout: 10_000 }).toMatchObject({ failures: attempt });
      await wrongMessage.waitFor();
    }
    await pinBox.fill('0005');
    await unlock.click();
    await lockedMessage.waitFor({ timeout: 10_000 });
    expect(await lockedMessage.innerText()).toMatch(/in (2\d|30) seconds/);
    await screenshot(page, 'pin-lockout');

    // The right PIN is refused while locked, unchecked.
    await pinBox.fill(PIN);
    await unlock.click();
    // The box is emptied when the answer comes back.
    await expect.poll(() => pinBox.inputValue()).toBe('');
    await lockedMessage.waitFor();
    expect(await page.getByRole('region', { name: en('options_sitesTitle') }).count()).toBe(0);

    // A reload does not clear the lockout: it is stored, and the gate says so before any try.
    await page.reload();
    await gate.waitFor();
    await lockedMessage.waitFor();
    await screenshot(page, 'pin-lockout-after-reload');
    await pinBox.fill(PIN);
    await unlock.click();
    await lockedMessage.waitFor({ timeout: 10_000 });
    expect(await page.getByRole('region', { name: en('options_sitesTitle') }).count()).toBe(0);
    expect((await storedLocal(session.serviceWorker)).pinLockout).toMatchObject({ failures: 5 });

    // The popup's pause is behind the same PIN and the same stored lockout.
    const popup = await session.open(popupUrl(session.extensionId));
    popup.setDefaultTimeout(10_000);
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.getByRole('button', { name: en('popup_pause') }).click();
    await popup.getByText(en('popup_pinNeeded')).waitFor();
    await popup.getByRole('alert').filter({ hasText: enPattern('popup_pinLocked', '\\d+ seconds') }).waitFor();
    await screenshot(popup, 'popup-pin-locked');
    await popup.getByLabel(en('popup_pinLabel'), { exact: true }).fill(PIN);
    await popup.getByRole('button', { name: en('popup_pinConfirm'), exact: true }).click();
    await expect.poll(() => popup.getByLabel(en('popup_pinLabel'), { exact: true }).inputValue()).toBe('');
    // Refused while locked: no pause was written.
    expect(((await storedLocal(session.serviceWorker)).settings as { pausedUntil?: number } | undefined)?.pausedUntil ?? 0).toBe(0);
    await expect(popup.getByRole('status').innerText()).resolves.not.toMatch(enPattern('popup_paused'));
    await popup.close();

    // Let the clock run out (the stored lockout's end moved to now, the count of failures kept):
    // the same PIN now opens the settings, so it was refused above only because of the lockout.
    const lockout = (await storedLocal(session.serviceWorker)).pinLockout as { failures: number; lockedUntil: number };
    await writeLocal(session.serviceWorker, { pinLockout: { ...lockout, lockedUntil: Date.now() - 1 } });
    await pinBox.fill(PIN);
    await unlock.click();
    await page.getByRole('region', { name: en('options_sitesTitle') }).waitFor({ timeout: 10_000 });
    expect((await storedLocal(session.serviceWorker)).pinLockout).toBeUndefined();
  });
});
