/**
 * Property tests (fast-check): the detector never throws on any string,
 * the pre-filter never hides a message the full matcher would flag, and
 * time grows linearly with input length.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../src/packs/index';
import { compilePacks } from '../../src/engine/compile';
import { createDetector } from '../../src/engine/index';
import { expandThai, matchRules } from '../../src/engine/match';
import { normalize } from '../../src/engine/normalize';
import { createPrefilter } from '../../src/engine/prefilter';
import { tokenize } from '../../src/engine/tokenize';

const detector = createDetector();
const index = compilePacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });
const prefilter = createPrefilter(index);

/** Words the packs use, so generated messages actually hit rules. */
const vocabulary = [
  ...new Set(
    PACKS.flatMap((p) => Object.values(p.lexicon).flat())
      .concat(Object.values(COMMON_LEXICON).flat())
      .filter((t) => !t.startsWith('@'))
      .map((t) => t.replace(/\*$/, '')),
  ),
];
const filler = ['ok', 'lol', 'the', 'and', 'i', 'u', 'yes', '?', '!!', '...', '2', '10', 'haha', 'bro', 'teacher', 'tomorrow'];

/** A random obfuscation of a word, like the normaliser is meant to undo. */
const obfuscated = fc.tuple(fc.constantFrom(...vocabulary), fc.integer({ min: 0, max: 5 })).map(([word, how]) => {
  switch (how) {
    case 1:
      return word.toUpperCase();
    case 2:
      return word.replace(/e/g, '3').replace(/o/g, '0');
    case 3:
      return word.split('').join(' ');
    case 4:
      return word.split('').join('\u200B');
    case 5:
      return word.replace(/a/g, 'а').replace(/e/g, 'е'); // Cyrillic
    default:
      return word;
  }
});
const message = fc.array(fc.oneof(obfuscated, fc.constantFrom(...filler)), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

function fullPathMatches(text: string): number {
  const tokens = expandThai(tokenize(normalize(text).text), index);
  return matchRules(tokens, index, () => true).length;
}

describe('detector properties', () => {
  it('never throws and always returns well-formed results, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), message), (text) => {
        const result = detector.scanMessage(text);
        expect(Array.isArray(result.labels)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
        }
        detector.scanOutgoing(text);
        detector.conversation().add({ text, incoming: true, at: 0 });
      }),
      { numRuns: 1500 },
    );
  });

  it('pre-filter never says "no" to a message the full matcher flags', () => {
    fc.assert(
      fc.property(message, (text) => {
        if (fullPathMatches(text) > 0) expect(prefilter.mayMatch(text), text).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it('pre-filter never hides a match in our own pack sentences with words dropped, repeated or moved', () => {
    // Rules keyed on two slots are passed only when both occur: mangled examples probe those guards.
    const sentences = PACKS.flatMap((p) => p.rules.flatMap((r) => [...r.examples, ...(r.counterExamples ?? [])]));
    const mangled = fc
      .tuple(fc.constantFrom(...sentences), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.constantFrom(...filler, 'one two three', 'FIVE six SEVEN'))
      .map(([sentence, picks, extra]) => {
        const words = sentence.split(' ');
        for (const p of picks) {
          const k = p % words.length;
          if (p % 3 === 0) words.splice(k, 1);
          else if (p % 3 === 1) words.splice(k, 0, words[(p >> 2) % words.length] ?? '');
          else words.splice(k, 0, extra);
        }
        return words.join(' ');
      });
    fc.assert(
      fc.property(mangled, (text) => {
        if (fullPathMatches(text) > 0) expect(prefilter.mayMatch(text), text).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it('grows about linearly: 1 MB of trigger words takes at most ~30x the time of 100 KB', () => {
    const unit = 'send me a pic just for me, add me on snap, dont tell ur mom, whats ur address? ';
    const sized = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    // Process CPU time, not wall time: other work on the machine should not make the test flaky.
    const cpuMs = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const time = (text: string): number => {
      const start = cpuMs();
      detector.scanMessage(text);
      return cpuMs() - start;
    };
    time(sized(10_000)); // warm up
    const best = (n: number) => Math.min(time(sized(n)), time(sized(n)), time(sized(n)));
    const t10k = best(10_000);
    const t100k = best(100_000);
    const t1m = best(1_000_000);
    console.log(`scanMessage on trigger words: 10 KB ${t10k.toFixed(2)} ms, 100 KB ${t100k.toFixed(2)} ms, 1 MB ${t1m.toFixed(2)} ms`);
    expect(t1m / Math.max(t100k, 1)).toBeLessThan(30);
    expect(t100k / Math.max(t10k, 1)).toBeLessThan(30);
  });
});
