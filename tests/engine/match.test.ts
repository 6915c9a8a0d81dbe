import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/engine/compile';
import { expandThai, matchRules } from '../../src/engine/match';
import { normalize } from '../../src/engine/normalize';
import { tokenize } from '../../src/engine/tokenize';
import type { Pack } from '../../src/packs/types';

const en: Pack = {
  lang: 'en',
  lexicon: {
    send: ['send', 'snd'],
    pic: ['pic*', 'selfie'],
    schoolwork: ['homework', 'notes'],
    secret: ['keep it secr*'],
  },
  rules: [
    { id: 'en.photo.send_pic', category: 'photo_request', weight: 0.6, match: ['@send', '@pic'], within: 4, unless: ['@schoolwork'], unlessWithin: 3, examples: ['send a pic'] },
    { id: 'en.photo.pic_send', category: 'photo_request', weight: 0.4, match: ['selfie', 'send'], anyOrder: true, within: 3, examples: ['selfie send'] },
    { id: 'en.secrecy.keep', category: 'secrecy', weight: 0.6, match: ['@secret'], examples: ['keep it secret'] },
  ],
};
// Another pack with a rule of the same category on the same words, and no guard of its own.
const tl: Pack = {
  lang: 'tl',
  lexicon: { send: ['send'], pic: ['pic'] },
  rules: [{ id: 'tl.photo.send_pic', category: 'photo_request', weight: 0.5, match: ['@send', '@pic'], examples: ['send pic'] }],
};
const index = compilePacks({ packs: [en, tl], common: {}, frequentWords: new Set() });
const fired = (text: string, only?: string): string[] =>
  matchRules(expandThai(tokenize(normalize(text).text), index), index, (r) => only === undefined || r.lang === only).map((m) => m.rule.id);

describe('matchRules', () => {
  it('fires a rule whose slots occur in order within its window', () => {
    expect(fired('pls send me a pic', 'en')).toEqual(['en.photo.send_pic']);
    expect(fired('send me one more nice pic', 'en')).toEqual([]); // six tokens: past within 4
    expect(fired('a pic? send it', 'en')).toEqual([]); // wrong order
  });

  it('lets an anyOrder rule take its slots either way round', () => {
    expect(fired('send selfie', 'en')).toContain('en.photo.pic_send');
    expect(fired('selfie send', 'en')).toContain('en.photo.pic_send');
  });

  it('matches a prefix term and a phrase ending in a prefix', () => {
    expect(fired('snd pictures', 'en')).toEqual(['en.photo.send_pic']);
    expect(fired('keep it secretive ok', 'en')).toEqual(['en.secrecy.keep']);
  });

  it('finds a word with doubled letters through its single-letter form ("piic")', () => {
    expect(fired('send piiic', 'en')).toEqual(['en.photo.send_pic']);
  });

  it('does not fire a rule whose exception occurs near the match, but fires on a later unguarded occurrence', () => {
    expect(fired('send a pic of the homework', 'en')).toEqual([]);
    expect(fired('send a pic of the homework then later on tonight send a pic', 'en')).toEqual(['en.photo.send_pic']);
  });

  it("drops another pack's rule of the same category on words a guard explained away", () => {
    expect(fired('send pic homework', 'tl')).toEqual(['tl.photo.send_pic']);
    expect(fired('send pic homework')).toEqual([]);
    expect(fired('send pic')).toEqual(expect.arrayContaining(['en.photo.send_pic', 'tl.photo.send_pic']));
  });

  it('asks `enabled` which rules to run', () => {
    expect(fired('send pic', 'tl')).toEqual(['tl.photo.send_pic']);
  });
});
