import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../../src/engine/compile';
import { termKey, wordCost } from '../../../src/engine/compile/triggers';
import { TokenKind } from '../../../src/engine/tokenize';
import type { Pack } from '../../../src/packs/types';

const frequentWords = new Set(['where', 'do', 'you', 'are', 'r', 'u', 'there']);

describe('wordCost: the cost model', () => {
  it('ranks ? above digits above frequent words above short words above long ones', () => {
    const costs = [
      wordCost('?', TokenKind.Punct, frequentWords),
      wordCost('18', TokenKind.Num, frequentWords),
      wordCost('you', TokenKind.Word, frequentWords),
      wordCost('ok', TokenKind.Word, frequentWords),
      wordCost('pic', TokenKind.Word, frequentWords),
      wordCost('telegram', TokenKind.Word, frequentWords),
    ];
    expect([...costs].sort((a, b) => b - a)).toEqual(costs);
    expect(new Set(costs).size).toBe(costs.length);
  });
});

describe('termKey', () => {
  it('keys a word term on itself and a prefix term as a prefix', () => {
    expect(termKey('telegram', frequentWords)).toMatchObject({ word: 'telegram', prefix: false });
    expect(termKey('selfie*', frequentWords)).toMatchObject({ word: 'selfie', prefix: true });
  });

  it('keys a phrase on its rarest pair of neighbouring words, with a second key from the others', () => {
    const key = termKey('where do you live', frequentWords);
    expect(key).toMatchObject({ word: 'you', next: 'live' });
    expect(key?.also).toMatchObject({ word: 'where', next: 'do' });
  });

  it('keys a phrase with a number on a word pair plus the number ("are you 18")', () => {
    const key = termKey('are you 18', frequentWords);
    expect(key).toMatchObject({ word: 'are', next: 'you' });
    expect(key?.also).toMatchObject({ word: '18', kind: TokenKind.Num });
  });
});

describe('compilePacks: pre-filter keys', () => {
  const pack: Pack = {
    lang: 'en',
    lexicon: { q: ['are you', 'r u'], there: ['there', 'around'], tg: ['telegram', 'tele*'] },
    rules: [
      { id: 'en.offplat.tg', category: 'off_platform', weight: 0.6, match: ['@tg'], examples: ['telegram'] },
      { id: 'en.info.there', category: 'personal_info', weight: 0.6, match: ['@q', '@there'], examples: ['are you there'] },
      { id: 'en.info.where_live', category: 'personal_info', weight: 0.6, match: ['where do you live'], examples: ['where do you live'] },
    ],
  };
  const index = compilePacks({ packs: [pack], common: {}, frequentWords });

  it("passes a message at once on a one-slot rule's words and prefixes", () => {
    expect([...index.triggerWords]).toContain('telegram');
    expect([...index.triggerPrefixes]).toContain('tele');
  });

  it('makes a rule of two slots wait for both: one group of the two slot features', () => {
    const q = index.triggerSlots.findIndex((t) => t.bigrams.includes('are you'));
    const there = index.triggerSlots.findIndex((t) => t.words.includes('there'));
    expect(q).toBeGreaterThanOrEqual(0);
    expect(there).toBeGreaterThanOrEqual(0);
    expect(index.triggerGroups).toContainEqual([q, there].sort((a, b) => a - b));
    expect([...index.triggerWords]).not.toContain('there');
  });

  it('makes a one-slot phrase of frequent words wait for both of its keys', () => {
    const live = index.triggerSlots.findIndex((t) => t.bigrams.includes('you live'));
    const whereDo = index.triggerSlots.findIndex((t) => t.bigrams.includes('where do'));
    expect(index.triggerGroups).toContainEqual([live, whereDo].sort((a, b) => a - b));
    expect([...index.triggerBigrams]).not.toContain('you live');
  });
});
