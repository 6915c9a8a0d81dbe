import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/engine/compile';
import { expandThai, matchRules } from '../../src/engine/match';
import { normalize } from '../../src/engine/normalize';
import { createPrefilter } from '../../src/engine/prefilter';
import { tokenize } from '../../src/engine/tokenize';
import type { Pack } from '../../src/packs/types';

// A tiny pack of our own whose rules are keyed on very frequent words, the case the pre-filter finds hardest.
const pack: Pack = {
  lang: 'en',
  lexicon: {
    q: ['are you', 'r u'],
    there: ['there', 'around'],
    code_word: ['code', 'pin'],
  },
  rules: [
    { id: 'en.info.are_you_there', category: 'personal_info', weight: 0.6, match: ['@q', '@there'], examples: ['are you there'] },
    { id: 'en.info.where_live', category: 'personal_info', weight: 0.6, match: ['where do you live'], examples: ['where do you live'] },
    { id: 'en.account.code_num', category: 'account_access', weight: 0.6, match: ['@code_word', '@NUM'], examples: ['code 123'] },
  ],
};
const frequentWords = new Set(['are', 'you', 'r', 'u', 'there', 'around', 'where', 'do', 'live', 'code', 'pin']);
const index = compilePacks({ packs: [pack], common: {}, frequentWords });
const prefilter = createPrefilter(index);
const matched = (text: string): string[] => matchRules(expandThai(tokenize(normalize(text).text), index), index, () => true).map((m) => m.rule.id);

describe('pre-filter', () => {
  it('lets out a message with only one of the two slots of a rule made of frequent words', () => {
    expect(prefilter.mayMatch('are you ok')).toBe(false);
    expect(prefilter.mayMatch('i was there yesterday')).toBe(false);
  });

  it('passes a message once both guard slots of such a rule occur, in any order', () => {
    expect(matched('are you there')).toContain('en.info.are_you_there');
    expect(prefilter.mayMatch('are you there')).toBe(true);
    expect(prefilter.mayMatch('there! are you ok')).toBe(true); // a superset of what the matcher takes: never less
  });

  it('keys a phrase on a pair of its neighbouring words, not on one frequent word', () => {
    expect(prefilter.mayMatch('i live here and you')).toBe(false);
    expect(matched('where do you live')).toContain('en.info.where_live');
    expect(prefilter.mayMatch('so where do you live')).toBe(true);
  });

  it('treats digit words like digits, since the normaliser turns three in a row into a number', () => {
    expect(matched('my code is one two three')).toContain('en.account.code_num');
    expect(prefilter.mayMatch('my code is one two three')).toBe(true);
    expect(prefilter.mayMatch('my code is ready')).toBe(false);
  });

  it('gives the same answers for many messages in a row (per-message state is reset)', () => {
    for (let k = 0; k < 1000; k++) {
      expect(prefilter.mayMatch('are you ok')).toBe(false);
      expect(prefilter.mayMatch('there you go')).toBe(false);
    }
  });
});
