// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import OptionsApp from '../../../src/ui/options/app';
import { loadSettings, saveSettings } from '../../../src/platform/settings';
import { setPin } from '../../../src/platform/pin-store';
import { defaultSettings } from '../../../src/shared/settings';
import { byLabel, byText, english, installFake, settle, type, until } from './helpers';

let root: HTMLElement;
let fake: ReturnType<typeof installFake>;

beforeEach(() => {
  fake = installFake();
  root = document.createElement('div');
  document.body.append(root);
  location.hash = '';
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const mount = async (): Promise<void> => {
  render(<OptionsApp />, root);
  await until(() => byText(english('options_sitesTitle'), 'h2') ?? byText(english('options_pinGateTitle'), 'h2'));
};

describe('options page', () => {
  it('shows every section with a heading and a plain explanation', async () => {
    await mount();
    for (const key of ['sites', 'categories', 'sensitivity', 'languages', 'nudgeLanguage', 'helpline', 'trust', 'contacts', 'phrases', 'summary', 'pin', 'backup', 'reset']) {
      expect(byText(english(`options_${key}Title`), 'h2'), key).not.toBeNull();
      expect(byText(english(`options_${key}Help`), 'p'), key).not.toBeNull();
    }
    // No untranslated key leaks onto the page.
    expect(document.body.textContent).not.toMatch(/options_[a-z]/);
  });

  it('saves a change at once and says what was saved, each time', async () => {
    const noon = new Date(2026, 10, 22, 12, 5).getTime();
    render(<OptionsApp now={() => noon} />, root);
    await until(() => byText(english('options_sitesTitle'), 'h2'));
    const time = new Date(noon).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
    const strict = root.querySelector<HTMLInputElement>('input[name=sensitivity][value=strict]')!;
    strict.click();
    await until(() => byText(english('options_savedSection', english('options_sensitivityTitle'), time), '[role=status]'));
    expect((await loadSettings()).sensitivity).toBe('strict');
    const discord = root.querySelector<HTMLInputElement>('input[name=site-discord]')!;
    discord.click();
    await vi.waitFor(async () => expect((await loadSettings()).sites.discord).toBe(false), { timeout: 5000 });
    // The line changes with the next change: it names the new section.
    await until(() => byText(english('options_savedSection', english('options_sitesTitle'), time), '[role=status]'));
  });

  it('puts the essentials first and the rest under "More settings"', async () => {
    await mount();
    const order = [...root.querySelectorAll('main > section.card h2')].map((h) => h.textContent);
    expect(order).toEqual(['options_pinTitle', 'options_sitesTitle', 'options_sensitivityTitle', 'options_languagesTitle', 'options_helplineTitle'].map((k) => english(k)));
    const more = root.querySelector('details.more')!;
    expect(more.querySelector('summary')!.textContent).toContain(english('options_moreSettings'));
    for (const key of ['categories', 'trust', 'contacts', 'phrases', 'summary', 'backup', 'reset', 'nudgeLanguage']) {
      expect(byText(english(`options_${key}Title`), 'h2', more), key).not.toBeNull();
    }
  });

  it('has one Telegram switch covering both web versions', async () => {
    await mount();
    const labels = [...root.querySelectorAll('#sites label')].map((l) => l.textContent?.trim());
    expect(labels.filter((l) => l?.startsWith('Telegram'))).toEqual([english('options_siteBothVersions', 'Telegram')]);
    root.querySelector<HTMLInputElement>('input[name=site-telegram]')!.click();
    await vi.waitFor(async () => expect([(await loadSettings()).sites.telegram_k, (await loadSettings()).sites.telegram_a]).toEqual([false, false]), { timeout: 5000 });
  });

  it('shows the helplines the chosen country will show', async () => {
    await saveSettings({ helplineCountry: 'ID' });
    await mount();
    const preview = root.querySelector('#helpline [data-testid=helpline-preview]')!;
    expect(preview.textContent).toContain('SAPA 129');
    expect(preview.textContent).toContain(english('nudge_help_call', '129'));
  });

  it('leaves "I know this person" off by default, as its help advises', async () => {
    await mount();
    expect(root.querySelector<HTMLInputElement>('input[name=allow-trust]')!.checked).toBe(false);
  });

  it('redraws when settings change in another tab', async () => {
    await mount();
    await saveSettings({ allowTrust: true });
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('input[name=allow-trust]')!.checked).toBe(true), { timeout: 5000 });
  });

  it('disables settings fixed by school policy, with a note, and shows the policy value', async () => {
    fake = installFake({ managed: { sensitivity: 'gentle', sites: { tiktok: false } } });
    await mount();
    const gentle = root.querySelector<HTMLInputElement>('input[name=sensitivity][value=gentle]')!;
    expect(gentle.checked).toBe(true);
    expect(gentle.closest('fieldset')!.disabled).toBe(true);
    const tiktok = root.querySelector<HTMLInputElement>('input[name=site-tiktok]')!;
    expect(tiktok.checked).toBe(false);
    expect(tiktok.disabled).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[name=site-discord]')!.disabled).toBe(false);
    expect(tiktok.closest('li')!.textContent).toContain(english('options_lockedNote'));
    expect(root.textContent).toContain(english('options_policyNotice'));
  });

  it('refuses phrases that look like patterns and names the line', async () => {
    await mount();
    const box = byLabel<HTMLTextAreaElement>(english('options_category_secrecy'), root.querySelector('#phrases')!)!;
    await type(box, 'our secret\n\nsend (it|them)');
    byText<HTMLButtonElement>(english('options_phrasesSave'), 'button')!.click();
    const errors = await until(() => root.querySelector('#phrases-secrecy-errors'));
    expect(errors.textContent).toContain(english('options_phraseLine', '3'));
    expect(errors.textContent).toContain(english('options_issue_phrase_characters'));
    expect((await loadSettings()).extraPhrases.secrecy).toEqual([]);
    await type(box, 'our secret\n  just between us ');
    byText<HTMLButtonElement>(english('options_phrasesSave'), 'button')!.click();
    await vi.waitFor(async () => expect((await loadSettings()).extraPhrases.secrecy).toEqual(['our secret', 'just between us']), { timeout: 5000 });
  });

  it('lists trusted contacts and removes one', async () => {
    const s = defaultSettings();
    s.trustedContacts.discord = [{ name: 'Coach Budi', added: 0 }];
    fake = installFake({ local: { settings: s } });
    await mount();
    const remove = await until(() => root.querySelector<HTMLButtonElement>(`button[aria-label="${english('options_contactRemoveNamed', 'Coach Budi', 'Discord')}"]`));
    remove.click();
    await vi.waitFor(async () => expect((await loadSettings()).trustedContacts.discord).toEqual([]), { timeout: 5000 });
    await until(() => byText(english('options_contactsEmpty'), 'p'));
  });

  it('shows the recovery notice for unreadable stored settings, keeping the copy', async () => {
    fake = installFake({ local: { settings: { version: 7 }, pin: undefined } });
    await mount();
    const notice = await until(() => root.querySelector('[data-testid=recovery-notice]'));
    expect(notice.textContent).toContain(english('options_recoveryNotice'));
    expect((await fake.storage.local.get('settingsRecovery')).settingsRecovery).toMatchObject({ value: { version: 7 } });
    byText<HTMLButtonElement>(english('options_recoveryDismiss'), 'button')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid=recovery-notice]')).toBeNull(), { timeout: 5000 });
  });

  it('imports a broken file: says what and where in plain words, changes nothing', async () => {
    await saveSettings({ sensitivity: 'gentle' });
    await mount();
    const before = await fake.storage.local.get(null);
    const broken = defaultSettings() as unknown as Record<string, any>;
    broken.sensitivity = 'extreme';
    const file = new File([JSON.stringify({ format: 'second-look-settings', settings: broken })], 'settings.json');
    const input = root.querySelector<HTMLInputElement>('input[name=import-file]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const errors = await until(() => root.querySelector('[data-testid=import-errors]'));
    expect([...errors.querySelectorAll('li')].map((li) => li.textContent)).toEqual([`${english('options_sensitivityTitle')}: ${english('options_issue_unknown_value')}`]);
    // No file paths, no parser's words.
    expect(errors.textContent).not.toContain('settings.sensitivity');
    expect(errors.textContent).not.toContain('extreme');
    expect(errors.textContent).toContain(english('options_importHint'));
    expect(await fake.storage.local.get(null)).toEqual(before);
  });

  it('imports a good file', async () => {
    await mount();
    const good = defaultSettings();
    good.sensitivity = 'strict';
    const file = new File([JSON.stringify({ format: 'second-look-settings', settings: good })], 'settings.json');
    const input = root.querySelector<HTMLInputElement>('input[name=import-file]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => byText(english('options_importDone'), '[role=status]'));
    expect((await loadSettings()).sensitivity).toBe('strict');
  });
});

describe('local summary on the options page', () => {
  it('shows counts for the last 7 and 30 days when on, and deletes them when switched off', async () => {
    const today = new Date();
    const day = (offset: number) => {
      const d = new Date(today);
      d.setDate(d.getDate() - offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const s = defaultSettings();
    s.localSummary = true;
    fake = installFake({ local: { settings: s, localSummary: { [day(0)]: { secrecy: 2, adult_minor: 1 }, [day(20)]: { secrecy: 1, meetup: 4 } } } });
    await mount();
    const table = await until(() => root.querySelector('table.summary'));
    const row = (name: string) => [...table.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === name)!;
    expect([...row(english('options_category_secrecy')).querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2', '3']);
    expect([...row(english('options_category_meetup')).querySelectorAll('td')].map((td) => td.textContent)).toEqual(['0', '4']);
    // An adult talking to a minor has a row of its own.
    expect([...row(english('options_summary_adult_minor')).querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1', '1']);
    // Counts come with what to do about them.
    expect(root.querySelector('[data-testid=summary-guide]')!.textContent).toContain(english('options_summaryGuideTalk'));
    root.querySelector<HTMLInputElement>('input[name=local-summary]')!.click();
    await vi.waitFor(async () => expect(await fake.storage.local.get('localSummary')).toEqual({}), { timeout: 5000 });
    await vi.waitFor(() => expect(root.querySelector('table.summary')).toBeNull(), { timeout: 5000 });
  });
});

describe('PIN on the options page', () => {
  it('asks for the PIN before showing settings, and opens with the right one', async () => {
    await setPin('2468');
    await mount();
    expect(byText(english('options_sitesTitle'), 'h2')).toBeNull();
    await type(byLabel(english('options_pinLabel'))!, '1111');
    byText<HTMLButtonElement>(english('options_pinUnlock'), 'button')!.click();
    await until(() => byText(english('options_pinWrong'), '[role=alert]'));
    await type(byLabel(english('options_pinLabel'))!, '2468');
    byText<HTMLButtonElement>(english('options_pinUnlock'), 'button')!.click();
    await until(() => byText(english('options_sitesTitle'), 'h2'));
  }, 20_000);

  it('sets a PIN from the PIN section (typed twice)', async () => {
    await mount();
    await type(byLabel(english('options_pinNew', '4'))!, '2468');
    await type(byLabel(english('options_pinAgain'))!, '2467');
    byText<HTMLButtonElement>(english('options_pinSet'), 'button')!.click();
    await until(() => byText(english('options_pinMismatch'), '[role=status]'));
    await type(byLabel(english('options_pinNew', '4'))!, '2468');
    await type(byLabel(english('options_pinAgain'))!, '2468');
    byText<HTMLButtonElement>(english('options_pinSet'), 'button')!.click();
    await until(() => byText(english('options_pinIsSet'), 'p'), 10_000);
    expect(await fake.storage.local.get('pin')).toHaveProperty('pin');
  }, 20_000);

  it('forgotten PIN: reset everything only after typing the word', async () => {
    await setPin('2468');
    await saveSettings({ sensitivity: 'strict' });
    await mount();
    byText<HTMLButtonElement>(english('options_pinForgot'), 'button')!.click();
    const resetButton = await until(() => byText<HTMLButtonElement>(english('options_resetButton'), 'button'));
    expect(resetButton.disabled).toBe(true);
    await type(byLabel(english('options_resetPrompt', english('options_resetWord')))!, 'reset');
    await settle();
    expect(resetButton.disabled).toBe(false);
    resetButton.click();
    await until(() => byText(english('options_sitesTitle'), 'h2'));
    expect(await fake.storage.local.get('pin')).toEqual({});
    expect((await loadSettings()).sensitivity).toBe('balanced');
    expect(root.querySelector('[data-testid=reset-notice]')).not.toBeNull();
  }, 20_000);
});

describe('what the teen sees', () => {
  it('is reachable without the PIN and mentions the summary only when it is on', async () => {
    await setPin('2468');
    location.hash = '#teen';
    render(<OptionsApp />, root);
    await until(() => byText(english('options_teenTitle'), 'h1'));
    expect(root.textContent).toContain(english('options_teen_private'));
    expect(root.textContent).not.toMatch(/options_[a-z]/);
    expect(root.querySelector('[data-testid=teen-summary]')).toBeNull();
    await saveSettings({ localSummary: true });
    await until(() => root.querySelector('[data-testid=teen-summary]'));
    byText<HTMLButtonElement>(english('options_teenPractice'), 'button')!.click();
    expect(fake.opened).toEqual(['chrome-extension://fake-extension-id/src/ui/practice/index.html']);
  }, 20_000);
});

describe('issuePlace', () => {
  it('names the section and entry a guardian sees on the page', async () => {
    const { issuePlace } = await import('../../../src/ui/options/lists');
    expect(issuePlace('settings.sites.discord')).toBe(`${english('options_sitesTitle')} › Discord`);
    expect(issuePlace('extraPhrases.secrecy[2]')).toBe(`${english('options_phrasesTitle')} › ${english('options_category_secrecy')}`);
    expect(issuePlace('settings.sensitivity')).toBe(english('options_sensitivityTitle'));
    expect(issuePlace('settings.version')).toBe('');
    expect(issuePlace('')).toBe('');
  });
});

describe('people marked as known', () => {
  it('lists Telegram once, whichever web version the person was marked on, and removes from the right one', async () => {
    const s = defaultSettings();
    s.trustedContacts.telegram_k = [{ name: 'Aunt Rosa', added: 0 }];
    s.trustedContacts.telegram_a = [{ name: 'Coach Budi', added: 0 }];
    installFake({ local: { settings: s } });
    render(<OptionsApp />, root);
    await until(() => root.querySelector('#contacts .contact-site'));
    expect([...root.querySelectorAll('#contacts h3')].map((h) => h.textContent)).toEqual(['Telegram']);
    root.querySelector<HTMLButtonElement>(`button[aria-label="${english('options_contactRemoveNamed', 'Coach Budi', 'Telegram')}"]`)!.click();
    await vi.waitFor(async () => expect((await loadSettings()).trustedContacts.telegram_a).toEqual([]), { timeout: 5000 });
    expect((await loadSettings()).trustedContacts.telegram_k).toHaveLength(1);
  });
});
