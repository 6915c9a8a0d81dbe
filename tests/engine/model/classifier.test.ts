import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInt8, encodeInt8, forEachWindow, loadClassifier, wordCounts, scorerFor, sigmoid, type ModelData } from '../../../src/engine/model/classifier';
import { features, featuresOfTokens, hashString, thaiNgrams, thaiNgramsOneByOne } from '../../../src/engine/model/features';
import { INCOMING_MODEL } from '../../../src/engine/model/incoming.model';
import { OUTGOING_MODEL } from '../../../src/engine/model/outgoing.model';
import { tokenize, TokenKind, type Token } from '../../../src/engine/tokenize';
import { createDetector } from '../../../src/engine/index';
import { CATEGORIES } from '../../../src/shared/categories';
import { OUTGOING_CATEGORIES } from '../../../src/engine/types';

describe('model tables', () => {
  it('round-trips signed bytes through base64, at every length', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100, 257]) {
      const bytes = Int8Array.from({ length: n }, (_, i) => ((i * 37) % 255) - 127);
      expect([...decodeInt8(encodeInt8(bytes))]).toEqual([...bytes]);
    }
  });

  it('refuses a table that is not base64 or has the wrong size', () => {
    expect(() => decodeInt8('ab!d')).toThrow(/base64/);
    const broken: ModelData = { ...INCOMING_MODEL, table: encodeInt8(new Int8Array(30)) };
    expect(() => loadClassifier(broken)).toThrow(/table has 30 bytes/);
    expect(() => loadClassifier({ ...INCOMING_MODEL, version: 2 as 1 })).toThrow(/version/);
  });

  it('ships a model per direction with a label, calibration and thresholds for every category', () => {
    expect(INCOMING_MODEL.labels).toEqual(CATEGORIES);
    expect(OUTGOING_MODEL.labels).toEqual(OUTGOING_CATEGORIES);
    for (const m of [INCOMING_MODEL, OUTGOING_MODEL]) {
      expect(m.calibration).toHaveLength(m.labels.length);
      for (const s of ['gentle', 'balanced', 'strict'] as const) {
        expect(m.thresholds[s]).toHaveLength(m.labels.length);
        // Stricter sensitivity never asks for more certainty than a gentler one.
        m.thresholds.strict.forEach((t, l) => expect(t).toBeLessThanOrEqual(m.thresholds.gentle[l]! + 1e-9));
      }
      for (const c of m.calibration) expect(c.a).toBeGreaterThan(0);
    }
  });
});

describe('features', () => {
  it('are the same for the same text and differ for other words', () => {
    expect(features('send me a pic')).toEqual(features('send me a pic'));
    expect(features('send me a pic')).not.toEqual(features('send me a map'));
  });

  it('read Thai runs as character n-grams and long words as a bounded number of n-grams', () => {
    expect(features('ส่งรูปมา').length).toBeGreaterThan(10);
    expect(features('a'.repeat(10_000)).length).toBeLessThan(100);
  });

  it('add extra features by name', () => {
    const base = featuresOfTokens(tokenize('hi there'));
    expect([...base, hashString('rule:threat')]).toContain(hashString('rule:threat'));
  });
});

describe('classifier', () => {
  const model = loadClassifier(INCOMING_MODEL);
  const photo = CATEGORIES.indexOf('photo_request');

  it('gives probabilities between 0 and 1, higher for a clear ask than for small talk', () => {
    const ask = model.predict(tokenize('send me a pic of u in ur room, just for me'));
    const chat = model.predict(tokenize('lol the bus was late again today'));
    for (const p of [...ask, ...chat]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(ask[photo]!).toBeGreaterThan(0.5);
    expect(chat[photo]!).toBeLessThan(0.2);
  });

  it('is not diluted by filler around an ask in a long message', () => {
    const padded = model.predict(tokenize(`${'ok '.repeat(500)}send me a pic of u in ur room, just for me ${'lol '.repeat(500)}`));
    expect(padded[photo]!).toBeGreaterThan(0.5);
  });

  it('labels what the model is sure of even when no rule fires, through the detector', () => {
    const d = createDetector();
    const text = 'bet u look even better without the hoodie, show me';
    expect(createDetector({ engine: 'rules' }).scanMessage(text).labels).not.toContain('photo_request');
    expect(d.scanMessage(text).labels).toContain('photo_request');
  });
});

describe('linear classifier, read once', () => {
  // The runtime sums each token's weights once (and a word's once per word); this reads every
  // window afresh, feature by feature, as the trainer's features are built.
  const scorers = new Map<ModelData, ReturnType<typeof scorerFor>>();
  function reference(data: ModelData, tokens: readonly Token[], extra: readonly number[]): Float64Array {
    let score = scorers.get(data);
    if (!score) scorers.set(data, (score = scorerFor(data, decodeInt8(data.table))));
    const L = data.labels.length;
    const best = new Float64Array(L).fill(-Infinity);
    const logits = new Float64Array(L);
    // Words counted afresh: a Thai run of c characters is ceil(c / 4) words, any other token one.
    const words = [0];
    for (const token of tokens) words.push(words.at(-1)! + (token.kind === TokenKind.Thai ? Math.ceil(token.text.length / 4) : 1));
    forEachWindow(words, tokens.length, (a, b) => {
      const window = [...featuresOfTokens(tokens.slice(a, b), [], data.features), ...extra];
      if (window.length === 0) return;
      score(window, logits);
      for (let l = 0; l < L; l++) best[l] = Math.max(best[l]!, logits[l]!);
    });
    if (best[0] === -Infinity) score([], best);
    return best.map((z, l) => sigmoid(data.calibration[l]!.a * z + data.calibration[l]!.b));
  }

  const pieces = [
    'send', 'me', 'a', 'pic', 'ok', 'lol', 'snap', '@handle_1', 't.me/x', 'discord.gg/abc', '0812 3456 7890', '14', '2024', '500k', 'rp50rb', '?', '📸', '👻',
    'ส่งรูปมาให้ดูหน่อยนะ', 'ซอย', 'abcdefghijkl', 'abcdefghijklm', `${'a'.repeat(24)}x`, `${'a'.repeat(24)}y`, 'x'.repeat(60), 'kirim', 'foto', 'ya', 'sayang', 'ok.send', ',', '!', '\n',
  ];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.stringMatching(/^[a-z]{1,9}$/)), { maxLength: 90, size: 'max' }).map((words) => words.join(' '));

  it('gives exactly the probabilities of reading each window afresh, short or long, with or without extra features', () => {
    for (const data of [INCOMING_MODEL, OUTGOING_MODEL]) {
      const model = loadClassifier(data);
      fc.assert(
        fc.property(text, fc.boolean(), (t, withExtra) => {
          const tokens = tokenize(t);
          const extra = withExtra ? [hashString('rule:threat'), hashString('rule:meetup')] : [];
          expect([...model.predict(tokens, extra)]).toEqual([...reference(data, tokens, extra)]);
        }),
        // The empty message, with and without extra features, every run (a seed once found it).
        { numRuns: 300, examples: [['', true], ['', false], ['send me a pic', true]] },
      );
    }
  });

  it('reads a long message in windows that together cover every token, and a message of one Thai run whole', () => {
    const check = (text: string): [number, number][] => {
      const tokens = tokenize(text);
      const reads: [number, number][] = [];
      forEachWindow(wordCounts(tokens), tokens.length, (a, b) => void reads.push([a, b]));
      for (let t = 0; t < tokens.length; t++) expect(reads.some(([a, b]) => a <= t && t < b)).toBe(true);
      return reads;
    };
    expect(check('send me a pic')).toEqual([[0, 4]]);
    // Thirty words: whole, then twelve words every four, the last window ending the text.
    expect(check(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toEqual([[0, 30], [0, 12], [4, 16], [8, 20], [12, 24], [16, 28], [18, 30]]);
    expect(check(`${'ok '.repeat(300)}send me a pic`).at(-1)).toEqual([292, 304]);
    // Four Thai clauses, four tokens of 5, 8, 5 and 6 words: read whole and in windows too.
    expect(check('วันนี้ฝนตกหนักมากเลย เดี๋ยวตอนเย็นต้องไปเรียนพิเศษ ส่งรูปมาให้ดูหน่อยนะ ยายทำขนมให้กินอร่อยมาก')).toEqual([[0, 4], [0, 2], [1, 3], [1, 4]]);
    expect(check('ส่งรูปมา'.repeat(100))).toEqual([[0, 1]]);
  });

  it('stays exact while its cache of words fills, evicts and is read again', () => {
    const model = loadClassifier(INCOMING_MODEL);
    // More distinct words than the cache holds: every slot is taken and retaken.
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`);
    const messages = Array.from({ length: 2_000 }, (_, m) => tokenize(words.slice(m * 20, m * 20 + 20).join(' ')));
    for (const round of [1, 2]) {
      for (const tokens of messages.filter((_, m) => m % (round * 50) === 0)) {
        expect([...model.predict(tokens)]).toEqual([...reference(INCOMING_MODEL, tokens, [])]);
      }
      for (const tokens of messages) model.predict(tokens);
    }
  });

  it('reads a message with no feature at all as the bias, and gaps as breaks between bigrams', () => {
    const model = loadClassifier(INCOMING_MODEL);
    expect([...model.predict([])]).toEqual([...reference(INCOMING_MODEL, [], [])]);
    const gap: Token = { text: '', kind: TokenKind.Gap, start: 4, end: 4 };
    const tokens = tokenize('send me a pic now');
    const withGap = [...tokens.slice(0, 2), gap, ...tokens.slice(2)];
    expect([...model.predict(withGap)]).toEqual([...reference(INCOMING_MODEL, withGap, [])]);
    expect([...model.predict(withGap)]).not.toEqual([...model.predict(tokens)]);
  });
});

describe('thaiNgrams', () => {
  it('lists the same hashes, in the same order, as hashing each n-gram afresh', () => {
    const thai = 'ส่งรูปมาให้ดูหน่อยนะ';
    for (const run of [thai.repeat(7), 'ก', 'กข', thai.repeat(3).slice(0, 47), thai.repeat(5).slice(0, 97)]) {
      for (const sizes of [[2, 3, 4], [1], [4, 2], [3, 3], [0, 2], [5, 1, 2]]) {
        const fast: number[] = [];
        const plain: number[] = [];
        thaiNgrams(run, sizes, fast);
        thaiNgramsOneByOne(run, sizes, plain);
        expect(fast).toEqual(plain);
      }
    }
  });
});
