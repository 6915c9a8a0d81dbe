import { describe, expect, it } from 'vitest';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import type { Category } from '../../src/shared/categories';

// Tagalog and Taglish messages written for this test (never lines of ../shared/eval): the
// grammar must label risky ones, in other words than the pack's own examples
// and in teen spelling, and leave the look-alike ordinary ones alone, with
// every other shipped pack running beside it, as in the extension. Rules
// alone: no model.
const detector = createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });

const RISKY: [string, Category[]][] = [
  ['send ka naman ng pic mo, para sakin lang', ['photo_request']],
  ['video call tayo mamaya, tayo lang dalawa', ['photo_request']],
  ['kita tayo sa sabado, sunduin kita', ['meetup']],
  ['punta ka dito sa bahay ko, wala sila mama', ['meetup']],
  ['saang barangay ka nakatira?', ['personal_info']],
  ['ikaw lang ba mag isa sa bahay nyo mamaya?', ['personal_info']],
  ['lipat tayo sa telegram', ['off_platform']],
  ['pahingi ng number mo', ['off_platform']],
  ['wag mong sabihin sa mama mo tungkol sa atin', ['secrecy']],
  ['burahin mo yung convo natin pagkatapos', ['secrecy']],
  ['wag mong ikwento kahit kanino tungkol sa atin', ['secrecy']],
  ['bibigyan kita ng load kung magsesend ka ng pic', ['gift_money', 'photo_request']],
  ['gusto mo maging model? malaki bayad, walang experience kailangan', ['job_offer']],
  ['may code na dumating sa phone mo, pakisend sakin', ['account_access']],
  ['pag hindi ka nagsend ulit, ikakalat ko mga pic mo', ['threat']],
];

const ORDINARY: string[] = [
  'send mo yung pic ng assignment sa gc',
  'sunduin ako ni papa mamaya',
  'kita tayo sa library para sa project',
  'ilang taon na yung kapatid mo?',
  'wag mong sabihin kay mama yung surprise party',
  'ano password ng wifi nyo',
  'ingat sa scam, wag ibigay ang code kahit kanino',
  'ang ganda ng class picture natin',
  'talo ako sa ml kagabi haha',
];

describe('Tagalog pack on messages of its language', () => {
  it.each(RISKY)('labels %s', (text, expected) => {
    const labels = detector.scanMessage(text).labels;
    for (const category of expected) expect(labels, text).toContain(category);
  });

  it.each(ORDINARY)('leaves alone %s', (text) => {
    expect(detector.scanMessage(text).labels, text).toEqual([]);
  });
});
