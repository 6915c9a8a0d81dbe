import { describe, expect, it } from 'vitest';
import { createLexicon, buildPhraseTree, dedupLetters, termTokens } from '../../../src/engine/compile/lexicon';
import { thaiTableBuilder } from '../../../src/engine/compile/thai';
import { TokenKind } from '../../../src/engine/tokenize';
import type { Pack } from '../../../src/packs/types';

const pack: Pack = {
  lang: 'en',
  lexicon: {
    send: ['send', 'snd', 'give me'],
    pic: ['pic*', 'photo*', '@pic_emoji', 'keep it secr*', 'gift card*'],
    both: ['@send', '@pic', 'meet'],
    amount: ['@MONEY', '@NUM'],
  },
  rules: [],
};
const common = { pic_emoji: ['📸'] };
const lexiconOf = () => createLexicon([pack], common, thaiTableBuilder());

describe('dedupLetters', () => {
  it('makes every double letter single', () => {
    expect(dedupLetters('piic')).toBe('pic');
    expect(dedupLetters('meet')).toBe('met');
    expect(dedupLetters('send')).toBe('send');
  });
});

describe('termTokens', () => {
  it('normalises and tokenises a term like a message', () => {
    expect(termTokens('S3ND Me').map((t) => t.text)).toEqual(['send', 'me']);
    expect(termTokens("don't").map((t) => t.text)).toEqual(['don', 't']);
  });
});

describe('createLexicon: classes', () => {
  it('gives each class one id, the same when it is asked for again', () => {
    const lexicon = lexiconOf();
    const id = lexicon.classFor('en:send', pack.lexicon.send ?? [], 'en');
    expect(lexicon.classFor('en:send', pack.lexicon.send ?? [], 'en')).toBe(id);
    expect(lexicon.tables.classNames[id]).toBe('en:send');
  });

  it('expands @references, to the pack and to the common lexicon', () => {
    const lexicon = lexiconOf();
    const id = lexicon.classFor('en:both', pack.lexicon.both ?? [], 'en');
    expect([...(lexicon.expanded[id]?.terms ?? [])].sort()).toEqual(['📸', 'gift card*', 'give me', 'keep it secr*', 'meet', 'photo*', 'pic*', 'send', 'snd'].sort());
  });

  it('resolves a built-in kind and files its classes by token kind', () => {
    const lexicon = lexiconOf();
    const id = lexicon.classFor('en:amount', pack.lexicon.amount ?? [], 'en');
    expect(lexicon.tables.kinds.get(TokenKind.Money)).toEqual([id]);
    expect(lexicon.tables.kinds.get(TokenKind.Num)).toEqual([id]);
    expect(lexicon.resolve('NUM', 'en')).toBe('kind:NUM');
  });

  it('throws on an unknown @class, naming it', () => {
    expect(() => lexiconOf().resolve('nope', 'en')).toThrow(/@nope/);
  });
});

describe('createLexicon: tables by term shape', () => {
  const lexicon = lexiconOf();
  const send = lexicon.classFor('en:send', pack.lexicon.send ?? [], 'en');
  const pic = lexicon.classFor('en:pic', pack.lexicon.pic ?? [], 'en');
  buildPhraseTree(lexicon.tables);
  const t = lexicon.tables;

  it('files single words as written and with double letters made single', () => {
    expect(t.words.get('send')).toEqual([send]);
    expect(t.words.get('📸')).toEqual([pic]);
    lexicon.classFor('en:x', ['meet'], 'en');
    expect(t.dedupWords.has('met')).toBe(true);
  });

  it('files prefixes under their first three letters', () => {
    expect(t.prefixes.get('pic')).toEqual([{ prefix: 'pic', classes: [pic] }]);
    expect(t.prefixes.get('pho')).toEqual([{ prefix: 'photo', classes: [pic] }]);
  });

  it('keys a phrase on its first two words, with the rest and whether its last word is a prefix', () => {
    expect(t.phrases.get('give me')).toEqual([{ rest: ['me'], lastIsPrefix: false, classes: [send] }]);
    expect(t.phrases.get('keep it')).toEqual([{ rest: ['it', 'secr'], lastIsPrefix: true, classes: [pic] }]);
    expect(t.phraseStarts.has('give')).toBe(true);
    expect(t.phraseTree.get('give')?.get('me')).toBe(t.phrases.get('give me'));
  });

  it('keys a two-word phrase whose second word is a prefix on its first word alone', () => {
    expect(t.phrases.get('gift')).toEqual([{ rest: ['card'], lastIsPrefix: true, classes: [pic] }]);
    expect(t.phraseTree.get('gift')).toBeUndefined();
  });
});
