import { describe, expect, it } from 'vitest';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { normalizeTerm } from '../../src/engine/normalize';
import { COMMON_LEXICON, FREQUENT_WORDS, OUTGOING_WORDS, PACKS } from '../../src/packs/index';
import { LANGUAGES } from '../../src/shared/categories';

// The teen's own drafts are read with the word lists of the languages the
// guardian chose (all of them when none is chosen), as the packs are.
const packSet = { packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS), outgoing: OUTGOING_WORDS };
const categories = (languages: readonly (typeof LANGUAGES)[number][], text: string): string[] =>
  [...createDetectorFromPacks(packSet, { languages }).scanOutgoing(text).categories];

describe('outgoing word lists', () => {
  it('exist for every pack language, with words for codes, schools, refusals and strangers, none empty once normalised', () => {
    for (const lang of LANGUAGES) {
      const words = OUTGOING_WORDS[lang];
      for (const kind of ['codeWords', 'numberLabels', 'sharedCodes', 'schoolWords', 'negations', 'refusals', 'strangerReplies', 'familyAddress', 'kinSender', 'surpriseWords', 'askAdult', 'warnAgainst', 'aloneMarkers', 'agreeToMeet'] as const) expect(words[kind].length, `${lang} ${kind}`).toBeGreaterThan(0);
      for (const [kind, terms] of Object.entries(words)) for (const term of terms) expect(normalizeTerm(term).trim().length, `${lang} ${kind} "${term}"`).toBeGreaterThan(0);
    }
  });

  it('follow the guardian\'s languages: a French code word is read when French is on, not when only English is', () => {
    const draft = 'mon mot de passe est soleil12';
    expect(categories([], draft)).toContain('secret_code');
    expect(categories(['fr'], draft)).toContain('secret_code');
    expect(categories(['en'], draft)).not.toContain('secret_code');
  });

  it('follow the guardian\'s languages: an English code word is read when English is on, not when only French is', () => {
    const draft = 'my pin is 4821';
    expect(categories(['en', 'fr'], draft)).toContain('secret_code');
    expect(categories(['fr'], draft)).not.toContain('secret_code');
  });

  it('still find phone numbers whatever the languages (digits need no words)', () => {
    expect(categories(['th'], 'call me 0812 3456 7890')).toContain('phone_number');
  });
});
