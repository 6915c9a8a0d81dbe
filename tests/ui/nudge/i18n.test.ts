import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { createBundleTranslator, formatLocaleEntry, languageFromLocale, pickNudgeMessages } from '../../../src/ui/nudge/i18n';
import { NUDGE_LOCALE_REQUEST, answerNudgeLocaleRequest } from '../../../src/ui/nudge/locale-service';

describe('formatLocaleEntry', () => {
  it('fills named placeholders the way the browser does', () => {
    const entry = { message: 'Text $WORD$ to $Number$', placeholders: { word: { content: '$1' }, number: { content: '$2' } } };
    expect(formatLocaleEntry(entry, ['CONNECT', '686868'])).toBe('Text CONNECT to 686868');
  });

  it('keeps $$ as a dollar sign and drops missing substitutions', () => {
    expect(formatLocaleEntry({ message: 'Pay $$5 to $1' })).toBe('Pay $5 to ');
  });
});

describe('createBundleTranslator', () => {
  it('falls back to English, then to an empty string', () => {
    const t = createBundleTranslator({ a: { message: 'uno' } }, { a: { message: 'one' }, b: { message: 'two' } });
    expect([t('a'), t('b'), t('c')]).toEqual(['uno', 'two', '']);
  });
});

describe('pickNudgeMessages', () => {
  it('keeps only nudge keys, without descriptions', () => {
    const picked = pickNudgeMessages({
      nudge_x: { message: 'x', description: 'long words', placeholders: { n: { content: '$1', example: 'e' } } },
      options_y: { message: 'y', description: 'd' },
    });
    expect(picked).toEqual({ nudge_x: { message: 'x', placeholders: { n: { content: '$1' } } } });
  });
});

describe('languageFromLocale', () => {
  it('maps browser locales to the languages we ship', () => {
    expect(['pt-BR', 'fil', 'tl', 'in', 'en-GB', 'de'].map(languageFromLocale)).toEqual(['pt', 'tl', 'tl', 'id', 'en', null]);
  });
});

describe('answerNudgeLocaleRequest (background side)', () => {
  it('answers with the requested locale\'s nudge strings and English behind them', () => {
    const answer = answerNudgeLocaleRequest({ type: NUDGE_LOCALE_REQUEST, language: 'en' });
    expect(answer?.language).toBe('en');
    expect(answer?.messages.nudge_choice_got_it?.message).toBe('Got it');
    expect(Object.keys(answer?.messages ?? {}).every((k) => k.startsWith('nudge_'))).toBe(true);
    expect(answer?.fallback.nudge_choice_got_it).toBeDefined();
  });

  it('stays silent for other messages', () => {
    expect(answerNudgeLocaleRequest({ type: 'something-else' })).toBeUndefined();
    expect(answerNudgeLocaleRequest({ type: NUDGE_LOCALE_REQUEST, language: 'de' })).toBeUndefined();
  });
});
