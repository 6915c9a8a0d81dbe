// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { CATEGORIES, type Level } from '../../../src/shared/categories';
import { createFakePlatform, setPlatform } from '../../../src/platform';
import {
  NUDGE_HOST_TAG,
  clearNudges,
  setNudgeLanguage,
  setNudgeRateLimiter,
  showNudge,
  type NudgeContext,
} from '../../../src/ui/nudge';
import { doNowKey } from '../../../src/ui/nudge/Nudge';
import { createNudgeRateLimiter } from '../../../src/ui/nudge/rate-limit';
import { button, english, hosts, onlyCard, recordShadowRoots, settle, t } from './helpers';

let clock = 0;

beforeEach(() => {
  recordShadowRoots();
  setPlatform(createFakePlatform({ uiLanguage: 'en-GB' }));
  setNudgeLanguage({ language: 'en', messages: english });
  clock = 1_000_000;
  setNudgeRateLimiter(createNudgeRateLimiter({ now: () => clock }));
  document.body.innerHTML = '<main><div id="msg">a message row</div><div id="composer" contenteditable="true" role="textbox"></div></main>';
});

afterEach(() => {
  clearNudges();
  vi.restoreAllMocks();
});

const anchor = (): Element => document.getElementById('msg')!;
const incoming = (extra: Partial<NudgeContext> = {}): NudgeContext => ({ kind: 'incoming', site: 'instagram', thread: 't1', ...extra });

describe('a nudge per category and level', () => {
  for (const category of CATEGORIES) {
    for (const level of ['notice', 'warn', 'urgent'] as const) {
      it(`says what was noticed for ${category} at ${level}, in a host the e2e tests can read`, async () => {
        showNudge({ level, categories: [category] }, anchor(), incoming({ thread: `${category}-${level}` }));
        const card = onlyCard();
        expect(hosts()[0]!.tagName.toLowerCase()).toBe(NUDGE_HOST_TAG);
        expect(card.dataset.level).toBe(level);
        expect(card.dataset.categories).toBe(category);
        expect(card.dataset.kind).toBe('incoming');
        expect(card.getAttribute('role')).toBe(level === 'urgent' ? 'alertdialog' : 'status');
        const text = card.textContent ?? '';
        const pattern = level === 'urgent' && category !== 'threat' && category !== 'account_access';
        expect(text).toContain(t(pattern ? 'nudge_title_urgent_pattern' : `nudge_title_${level}`));
        expect(text).toContain(t('nudge_private_note'));
        if (level !== 'urgent') {
          expect(text).toContain(t(`nudge_noticed_${category}`));
          expect(text).toContain(t(`nudge_why_${category}`));
          return;
        }
        // Urgent: the one thing to do now leads; what was noticed is one tap away.
        expect(text).toContain(t(doNowKey([category])));
        button(card, t('nudge_choice_steps')).click();
        await settle();
        expect(card.textContent).toContain(t(`nudge_noticed_${category}`));
      });
    }
  }

  it('leads with the most serious finding; data-categories stays in the standard order', () => {
    showNudge({ level: 'warn', categories: ['off_platform', 'secrecy'] }, anchor(), incoming());
    const card = onlyCard();
    expect(card.dataset.categories).toBe('off_platform secrecy');
    const text = card.textContent ?? '';
    expect(text.indexOf(t('nudge_noticed_secrecy'))).toBeLessThan(text.indexOf(t('nudge_noticed_off_platform')));
  });

  it('keeps the card short: two findings in full, the rest on one line', () => {
    showNudge({ level: 'warn', categories: ['meetup', 'secrecy', 'gift_money', 'personal_info'] }, anchor(), incoming());
    const text = onlyCard().textContent ?? '';
    expect(text).toContain(t('nudge_noticed_meetup'));
    expect(text).toContain(t('nudge_noticed_secrecy'));
    expect(text).not.toContain(t('nudge_noticed_gift_money'));
    expect(text).toContain(t('nudge_also_noticed', `${t('nudge_reason_gift_money')}, ${t('nudge_reason_personal_info')}`));
  });

  it('leads with what is new when a note on screen is updated', () => {
    showNudge({ level: 'warn', categories: ['meetup', 'secrecy'] }, anchor(), incoming());
    showNudge({ level: 'warn', categories: ['meetup', 'secrecy', 'personal_info'] }, anchor(), incoming());
    const text = onlyCard().textContent ?? '';
    expect(text.indexOf(t('nudge_noticed_personal_info'))).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(t('nudge_noticed_personal_info'))).toBeLessThan(text.indexOf(t('nudge_noticed_meetup')));
  });

  it('shows nothing for level none or no categories', () => {
    showNudge({ level: 'none', categories: ['secrecy'] }, anchor(), incoming());
    showNudge({ level: 'warn', categories: [] }, anchor(), incoming());
    expect(hosts()).toHaveLength(0);
  });

  it('resets inherited page styles on the host', () => {
    showNudge({ level: 'warn', categories: ['meetup'] }, anchor(), incoming());
    const style = hosts()[0]!.style;
    expect(style.getPropertyValue('position')).toBe('fixed');
    expect(hosts()[0]!.getAttribute('style')).toContain('all: initial');
  });
});

/** Opens an urgent card's "What to do, step by step" and returns the card's text. */
async function urgentSteps(): Promise<string> {
  button(onlyCard(), t('nudge_choice_steps')).click();
  await settle();
  return onlyCard().textContent ?? '';
}

describe('urgent nudges', () => {
  it('lead with the one thing to do now, before any button, and keep the list of findings off the first view', () => {
    showNudge({ level: 'urgent', categories: ['threat', 'meetup', 'secrecy', 'gift_money', 'personal_info', 'off_platform', 'photo_request'] }, anchor(), incoming());
    const card = onlyCard();
    const text = card.textContent ?? '';
    const now = t('nudge_now_threat');
    expect(text).toContain(now);
    expect(text.indexOf(now)).toBeLessThan(text.indexOf(t('nudge_choice_got_it')));
    expect(text).not.toContain(t('nudge_noticed_meetup'));
    expect(text).not.toMatch(new RegExp(t('nudge_reason_gift_money')));
    // Every button of the first view, details one tap away.
    for (const label of [t('nudge_choice_got_it'), t('nudge_choice_help'), t('nudge_choice_report', 'Instagram'), t('nudge_choice_steps')]) button(card, label);
  });

  it('say plainly: not in trouble, do not pay, do not send more, tell an adult, report', async () => {
    showNudge({ level: 'urgent', categories: ['threat'] }, anchor(), incoming({ sender: 'stranger', onTrust: () => {} }));
    const card = onlyCard();
    // A threat is no moment to mark someone trusted.
    expect(card.textContent).not.toContain(t('nudge_choice_trust'));
    const text = await urgentSteps();
    for (const key of ['nudge_urgent_not_your_fault', 'nudge_urgent_dont_pay', 'nudge_urgent_dont_send_threat', 'nudge_urgent_tell_adult', 'nudge_urgent_report']) {
      expect(text).toContain(t(key));
    }
    expect(card.getAttribute('aria-modal')).toBe('false');
  });

  it('for a risky pattern without a threat, say "pause" and "you can stop replying", not "do not pay"', async () => {
    showNudge({ level: 'urgent', categories: ['meetup', 'secrecy'] }, anchor(), incoming());
    expect(onlyCard().textContent).toContain(t('nudge_title_urgent_pattern'));
    expect(onlyCard().textContent).toContain(t('nudge_now_pattern'));
    const text = await urgentSteps();
    expect(text).toContain(t('nudge_urgent_not_your_fault'));
    expect(text).toContain(t('nudge_urgent_stop_replying'));
    expect(text).toContain(t('nudge_urgent_tell_adult'));
    expect(text).not.toContain(t('nudge_urgent_dont_pay'));
    expect(onlyCard().getAttribute('role')).toBe('alertdialog');
  });

  it('warn about codes, not photos, for account takeover', async () => {
    showNudge({ level: 'urgent', categories: ['account_access'] }, anchor(), incoming());
    expect(onlyCard().textContent).toContain(t('nudge_now_account'));
    const text = await urgentSteps();
    expect(text).toContain(t('nudge_urgent_dont_send_account'));
    expect(text).not.toContain(t('nudge_urgent_dont_send_threat'));
  });

  it('do not take focus from the compose box while the teen is typing', () => {
    const composer = document.getElementById('composer')!;
    composer.focus();
    expect(document.activeElement).toBe(composer);
    showNudge({ level: 'urgent', categories: ['threat'] }, anchor(), incoming({ composer }));
    expect(document.activeElement).toBe(composer);
  });

  it('take focus when the teen is not typing, so keyboard users meet them', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    showNudge({ level: 'urgent', categories: ['threat'] }, anchor(), incoming());
    expect(document.activeElement).toBe(hosts()[0]);
  });

  it('take focus when a note on screen turns urgent, unless the teen is typing', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    showNudge({ level: 'warn', categories: ['photo_request'] }, anchor(), incoming());
    expect(document.activeElement).not.toBe(hosts()[0]);
    showNudge({ level: 'urgent', categories: ['photo_request', 'threat'] }, anchor(), incoming());
    expect(hosts()).toHaveLength(1);
    expect(document.activeElement).toBe(hosts()[0]);
  });

  it('warn-level nudges never take focus', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    showNudge({ level: 'warn', categories: ['secrecy'] }, anchor(), incoming());
    expect(document.activeElement).not.toBe(hosts()[0]);
  });
});

describe('choices', () => {
  it('"I know this person" calls onTrust with the sender and says so', async () => {
    const onTrust = vi.fn();
    showNudge({ level: 'warn', categories: ['off_platform'] }, anchor(), incoming({ sender: 'maya_22', onTrust }));
    button(onlyCard(), t('nudge_choice_trust')).click();
    await settle();
    expect(onTrust).toHaveBeenCalledWith('maya_22');
    expect(onlyCard().textContent).toContain(t('nudge_trust_done', 'maya_22'));
  });

  it('leaves out "I know this person" when the guardian turned it off', () => {
    showNudge({ level: 'warn', categories: ['off_platform'] }, anchor(), incoming({ sender: 'maya_22' }));
    expect(onlyCard().textContent).not.toContain(t('nudge_choice_trust'));
  });

  it('"Got it" dismisses', async () => {
    showNudge({ level: 'warn', categories: ['gift_money'] }, anchor(), incoming());
    button(onlyCard(), t('nudge_choice_got_it')).click();
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('the close button dismisses', async () => {
    showNudge({ level: 'warn', categories: ['gift_money'] }, anchor(), incoming());
    const close = onlyCard().querySelector<HTMLButtonElement>(`button[aria-label="${t('nudge_close')}"]`);
    expect(close).not.toBeNull();
    close!.click();
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('Esc pressed by the teen dismisses', () => {
    showNudge({ level: 'notice', categories: ['personal_info'] }, anchor(), incoming());
    // A DOM test cannot make a trusted event; mark this one as the browser would a real key press.
    const press = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(press, 'isTrusted', { value: true });
    document.dispatchEvent(press);
    expect(hosts()).toHaveLength(0);
  });

  it('a synthetic Escape from a page script does not dismiss', () => {
    showNudge({ level: 'notice', categories: ['personal_info'] }, anchor(), incoming());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hosts()).toHaveLength(1);
  });

  it('other keys do not dismiss', () => {
    showNudge({ level: 'notice', categories: ['personal_info'] }, anchor(), incoming());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(hosts()).toHaveLength(1);
  });

  it('"How to block and report" names the site and shows its sourced steps', async () => {
    showNudge({ level: 'warn', categories: ['photo_request'] }, anchor(), incoming({ site: 'discord' }));
    button(onlyCard(), t('nudge_choice_report', 'Discord')).click();
    await settle();
    const card = onlyCard();
    expect(card.textContent).toContain(t('nudge_report_title', 'Discord'));
    expect(card.textContent).toContain(t('nudge_step_choose', 'Report Message'));
    const links = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord');
    button(card, t('nudge_back')).click();
    await settle();
    expect(onlyCard().textContent).toContain(t('nudge_noticed_photo_request'));
  });

  it('"Talk to someone" lists the helplines of the browser locale\'s country, then international ones', async () => {
    showNudge({ level: 'warn', categories: ['secrecy'] }, anchor(), incoming());
    button(onlyCard(), t('nudge_choice_help')).click();
    await settle();
    const card = onlyCard();
    expect(card.querySelector('[data-helpline="gb-childline"]')).not.toBeNull();
    expect(card.querySelector('[data-helpline="intl-take-it-down"]')).not.toBeNull();
    expect(card.querySelector('a[href="tel:08001111"]')).not.toBeNull();
  });

  it('"Talk to someone" follows the guardian\'s country over the browser locale', async () => {
    showNudge({ level: 'warn', categories: ['secrecy'] }, anchor(), incoming({ helplineCountry: 'th' }));
    button(onlyCard(), t('nudge_choice_help')).click();
    await settle();
    const card = onlyCard();
    expect(card.querySelector('[data-helpline="th-childline-1387"]')).not.toBeNull();
    expect(card.querySelector('[data-helpline="gb-childline"]')).toBeNull();
  });

  it('"Why am I seeing this?" says nothing leaves the device and lists what was noticed', async () => {
    showNudge({ level: 'warn', categories: ['meetup', 'secrecy'] }, anchor(), incoming());
    button(onlyCard(), t('nudge_choice_why')).click();
    await settle();
    const text = onlyCard().textContent ?? '';
    expect(text).toContain(t('nudge_about_private'));
    expect(text).toContain(t('nudge_reason_meetup'));
    expect(text).toContain(t('nudge_reason_secrecy'));
  });
});

describe('reasons', () => {
  it('says so when they asked again after a no, and when requests came together', () => {
    showNudge(
      {
        level: 'warn',
        categories: ['secrecy', 'off_platform'],
        reasons: [
          { kind: 'category', category: 'secrecy', ruleIds: [] },
          { kind: 'combination', categories: ['secrecy', 'off_platform'], pattern: 'secret_move' },
          { kind: 'repeated_after_no', category: 'off_platform' },
        ],
      },
      anchor(),
      incoming(),
    );
    const text = onlyCard().textContent ?? '';
    expect(text).toContain(t('nudge_reason_combination'));
    expect(text).toContain(t('nudge_reason_repeated_after_no'));
    expect(text).not.toContain(t('nudge_reason_escalation'));
  });

  it('names an adult talking to a minor in its own words, and says "together" only of two or more requests', () => {
    const adultMinor = { kind: 'combination', categories: [], pattern: 'adult_minor' };
    showNudge({ level: 'warn', categories: ['adult_minor'], reasons: [adultMinor] }, anchor(), incoming());
    let card = onlyCard();
    expect(card.dataset.categories).toBe('adult_minor');
    expect(card.textContent).toContain(t('nudge_noticed_adult_minor'));
    expect(card.textContent).toContain(t('nudge_why_adult_minor'));
    expect(card.textContent).not.toContain(t('nudge_reason_combination'));
    clearNudges();
    showNudge(
      { level: 'warn', categories: ['photo_request', 'adult_minor'], reasons: [{ ...adultMinor, categories: ['photo_request'] }] },
      anchor(),
      incoming({ thread: 't2' }),
    );
    card = onlyCard();
    // The pattern leads: it is why a photo ask became a warning.
    expect(card.querySelector('.noticed')?.textContent).toBe(t('nudge_noticed_adult_minor'));
    expect(card.textContent).toContain(t('nudge_noticed_photo_request'));
    expect(card.textContent).not.toContain(t('nudge_reason_combination'));
  });

  it('ignores reasons of a shape it does not know', () => {
    showNudge({ level: 'warn', categories: ['meetup'], reasons: ['odd', null, { kind: 'new_kind' }] }, anchor(), incoming());
    expect(onlyCard().textContent).toContain(t('nudge_noticed_meetup'));
  });
});

describe('rate limit', () => {
  const verdict = (level: Level, categories: string[]) => ({ level, categories });

  it('does not nudge again for the same category in the same thread', () => {
    showNudge(verdict('warn', ['secrecy']), anchor(), incoming());
    clearNudges();
    showNudge(verdict('warn', ['secrecy']), anchor(), incoming());
    expect(hosts()).toHaveLength(0);
  });

  it('nudges again when the level rises', () => {
    showNudge(verdict('warn', ['secrecy']), anchor(), incoming());
    clearNudges();
    showNudge(verdict('urgent', ['secrecy']), anchor(), incoming());
    expect(hosts()).toHaveLength(1);
  });

  it('nudges for a new category, or the same category in another thread', () => {
    showNudge(verdict('warn', ['secrecy']), anchor(), incoming());
    clearNudges();
    showNudge(verdict('warn', ['meetup']), anchor(), incoming());
    expect(hosts()).toHaveLength(1);
    clearNudges();
    showNudge(verdict('warn', ['secrecy']), anchor(), incoming({ thread: 't2' }));
    expect(hosts()).toHaveLength(1);
  });

  it('nudges again after the quiet period', () => {
    showNudge(verdict('warn', ['secrecy']), anchor(), incoming());
    clearNudges();
    clock += 16 * 60 * 1000;
    showNudge(verdict('warn', ['secrecy']), anchor(), incoming());
    expect(hosts()).toHaveLength(1);
  });

  it('updates the nudge on screen instead of stacking a second one', () => {
    showNudge(verdict('notice', ['personal_info']), anchor(), incoming());
    showNudge(verdict('warn', ['personal_info', 'meetup']), anchor(), incoming());
    expect(hosts()).toHaveLength(1);
    expect(onlyCard().dataset.categories).toBe('meetup personal_info');
    expect(onlyCard().dataset.level).toBe('warn');
  });
});

describe('the host', () => {
  it('is put back when the page removes it', async () => {
    showNudge({ level: 'warn', categories: ['meetup'] }, anchor(), incoming());
    hosts()[0]!.remove();
    expect(hosts()).toHaveLength(0);
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(onlyCard().dataset.categories).toBe('meetup');
  });

  it('is not put back after the teen dismissed it', async () => {
    showNudge({ level: 'warn', categories: ['meetup'] }, anchor(), incoming());
    button(onlyCard(), t('nudge_choice_got_it')).click();
    await settle();
    expect(hosts()).toHaveLength(0);
  });

  it('keeps the shadow root closed to page scripts', () => {
    showNudge({ level: 'warn', categories: ['meetup'] }, anchor(), incoming());
    expect(hosts()[0]!.shadowRoot).toBeNull();
  });
});

describe('outgoing (pause before send)', () => {
  it('says what would be shared, by the compose box', () => {
    const composer = document.getElementById('composer')!;
    showNudge({ level: 'warn', categories: ['phone_number', 'home_address'] }, composer, { kind: 'outgoing', site: 'whatsapp', thread: 't1', composer });
    const card = onlyCard();
    expect(card.dataset.kind).toBe('outgoing');
    expect(card.dataset.categories).toBe('phone_number home_address');
    expect(card.getAttribute('role')).toBe('status');
    expect(card.textContent).toContain(t('nudge_title_outgoing'));
    expect(card.textContent).toContain(t('nudge_outgoing_phone_number'));
    expect(card.textContent).toContain(t('nudge_outgoing_home_address'));
    expect(card.textContent).not.toContain(t('nudge_choice_report', 'WhatsApp'));
  });

  it('sits beside an incoming nudge rather than replacing it', () => {
    const composer = document.getElementById('composer')!;
    showNudge({ level: 'warn', categories: ['meetup'] }, anchor(), incoming());
    showNudge({ level: 'warn', categories: ['secret_code'] }, composer, { kind: 'outgoing', site: 'instagram', thread: 't1', composer });
    expect(hosts()).toHaveLength(2);
  });
});

describe('language', () => {
  it('follows the guardian\'s override and marks the card\'s language', async () => {
    const { loadTranslator } = await import('../../../src/ui/nudge/locale-bundles');
    const thai = await loadTranslator('th');
    setNudgeLanguage({ language: 'th', messages: thai.messages, fallback: thai.fallback });
    showNudge({ level: 'warn', categories: ['secrecy'] }, anchor(), incoming());
    const card = onlyCard();
    expect(card.getAttribute('lang')).toBe('th');
    expect(card.textContent).toContain(thai.translate('nudge_noticed_secrecy'));
    expect(thai.translate('nudge_noticed_secrecy')).not.toBe(t('nudge_noticed_secrecy'));
  });
});
