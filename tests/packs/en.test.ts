import { describe, expect, it } from 'vitest';
import { createDetectorFromPacks } from '../../src/engine/detector';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import type { Category } from '../../src/shared/categories';

// English messages written for this test (never lines of ../shared/eval): the
// grammar must label risky ones, in other words than the pack's own examples
// and in teen spelling, and leave the look-alike ordinary ones alone, with
// every other shipped pack running beside it, as in the extension. Rules
// alone: no model.
const detector = createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });

const RISKY: [string, Category[]][] = [
  ['heyy can u snd me a selfie before bed', ['photo_request']],
  ['turn ur cam on for me pls', ['photo_request']],
  ['wanna facetime tonight? just u and me', ['photo_request']],
  ['we should meet up irl this weekend', ['meetup']],
  ['ill pay for ur uber, come to my place', ['meetup']],
  ['where do u live? whats ur address', ['personal_info']],
  ['are u home alone tonight?', ['personal_info']],
  ['is anyone else home with u tonight', ['personal_info']],
  ['add me on snapchat, this app is too public', ['off_platform']],
  ['text me on telegram instead', ['off_platform']],
  ['dont tell ur parents about us ok', ['secrecy']],
  ['make sure u delete these messages after reading', ['secrecy']],
  ['keep this between u and me ok', ['secrecy']],
  ['ill get u 1000 robux if u send a pic', ['gift_money', 'photo_request']],
  ['i can send u a $50 gift card, want it?', ['gift_money']],
  ['we are casting new faces for a modeling agency, $500 per day', ['job_offer']],
  ['easy money working from home, no experience needed', ['job_offer']],
  ['a code just went to ur phone by mistake, can u send it to me', ['account_access']],
  ['whats ur instagram password, ill get u more followers', ['account_access']],
  ['if u dont send more i will share ur pics with everyone', ['threat']],
  ['i know where u live so dont ignore me', ['threat']],
  ['u owe me, remember what i did for u', ['threat']],
  ['if u block me everyone at ur school sees the video', ['threat']],
];

const ORDINARY: string[] = [
  'send me a pic of the math homework pls',
  'whats the wifi password at ur house',
  'i will kill u in fortnite tonight lol',
  'dont tell anyone about the surprise party for mom',
  'my mom can pick u up after practice',
  'lets meet at the library to study for the test',
  'how old is ur little brother now',
  'u owe me 5 bucks for the pizza',
  'never share your login code with anyone, its a scam',
  'add me to the class group chat',
  'delete that typo comment lol',
  'the job fair at school is on friday',
  'send me the photos of ur new puppy',
  'the photos from the trip came out so good',
];

describe('English pack on messages of its language', () => {
  it.each(RISKY)('labels %s', (text, expected) => {
    const labels = detector.scanMessage(text).labels;
    for (const category of expected) expect(labels, text).toContain(category);
  });

  it.each(ORDINARY)('leaves alone %s', (text) => {
    expect(detector.scanMessage(text).labels, text).toEqual([]);
  });
});
