import { describe, expect, it } from 'vitest';
import { compilePacks, type CompiledIndex } from '../../../src/engine/compile';
import { COMPILED_DATA_VERSION, compiledFromData, compiledToData, type CompiledData } from '../../../src/engine/compile/io';
import type { KeySet, Lookup } from '../../../src/engine/compile/table';
import { expandThai, matchRules } from '../../../src/engine/match';
import { normalize } from '../../../src/engine/normalize';
import { createPrefilter } from '../../../src/engine/prefilter';
import { tokenize } from '../../../src/engine/tokenize';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../../../src/packs/index';

// The shipped packs: every shape of table (Thai, kinds, prefixes, phrases, doubled letters) is in them.
const compiled = compilePacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });
const data = (): CompiledData => JSON.parse(JSON.stringify(compiledToData(compiled))) as CompiledData;
const loaded = compiledFromData(data());
// Our own pack sentences, and the same with words dropped, as messages.
const sentences = PACKS.flatMap((p) => p.rules.flatMap((r) => [...r.examples, ...(r.counterExamples ?? [])]));
const messages = [...sentences, ...sentences.map((s) => s.split(' ').slice(1).join(' ')), 'hi', 'are you ok', 'ส่งรูปมา', 'piiiic pls', ''];

const sortedEntries = (t: Lookup<unknown>): [string, unknown][] => [...t.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const sortedKeys = (s: KeySet): string[] => [...s.values()].sort();
const matches = (index: CompiledIndex, text: string): string[] =>
  matchRules(expandThai(tokenize(normalize(text).text), index), index, () => true).map((m) => `${m.rule.id}@${m.first}-${m.last}`);

describe('compiledToData / compiledFromData', () => {
  it('gives back every word table entry for entry', () => {
    for (const name of ['words', 'dedupWords', 'prefixes', 'dedupPrefixes', 'phrases', 'dedupPhrases'] as const) {
      expect(sortedEntries(loaded.index[name]), name).toEqual(sortedEntries(compiled[name]));
    }
    const tree = (t: CompiledIndex['phraseTree']) => sortedEntries(t).map(([k, byNext]) => [k, [...(byNext as ReadonlyMap<string, unknown>)]]);
    expect(tree(loaded.index.phraseTree)).toEqual(tree(compiled.phraseTree));
    expect(sortedKeys(loaded.index.phraseStarts)).toEqual(sortedKeys(compiled.phraseStarts));
    expect(sortedKeys(loaded.index.dedupPhraseStarts)).toEqual(sortedKeys(compiled.dedupPhraseStarts));
  });

  it('keeps the order of rules, slots and every list the matcher walks', () => {
    expect(loaded.index.rules).toEqual(compiled.rules);
    expect(loaded.index.slots).toEqual(compiled.slots);
    expect(loaded.index.classNames).toEqual(compiled.classNames);
    expect([...loaded.index.rulesByAnchor]).toEqual([...compiled.rulesByAnchor]);
    expect([...loaded.index.kinds]).toEqual([...compiled.kinds]);
    expect([...loaded.index.thai]).toEqual([...compiled.thai]);
  });

  it("gives back the pre-filter's source keys when asked for them", () => {
    expect([...loaded.index.triggerWords]).toEqual([...compiled.triggerWords]);
    expect([...loaded.index.triggerBigrams]).toEqual([...compiled.triggerBigrams]);
    expect(loaded.index.classNames).toEqual(compiled.classNames);
    expect(loaded.index.triggerSlots).toEqual(compiled.triggerSlots);
    expect(loaded.index.triggerGroups).toEqual(compiled.triggerGroups);
    expect(loaded.index.digitsTrigger).toBe(compiled.digitsTrigger);
  });

  it('matches and pre-filters every one of our pack sentences as the compiled index does', () => {
    const prefilter = createPrefilter(compiled);
    for (const text of messages) {
      expect(matches(loaded.index, text), text).toEqual(matches(compiled, text));
      expect(loaded.prefilter.mayMatch(text), text).toBe(prefilter.mayMatch(text));
    }
  });

  it('without the part matching never reads, compiles it only when something asks for it', () => {
    const { unused: _unused, ...used } = data();
    let compiles = 0;
    const slim = compiledFromData(used, () => (compiles++, compiled));
    expect(matches(slim.index, 'send me a pic')).toEqual(matches(compiled, 'send me a pic'));
    expect(slim.prefilter.mayMatch('send me a pic')).toBe(true);
    expect(compiles).toBe(0);
    expect(slim.index.classNames).toBe(compiled.classNames);
    expect(slim.index.triggerSlots).toBe(compiled.triggerSlots);
    expect(compiles).toBe(1);
    expect(() => compiledFromData(used).index.triggerWords).toThrow(/nothing to compile them from/);
  });

  it('refuses data of another layout, saying how to make it again', () => {
    expect(() => compiledFromData({ ...data(), version: COMPILED_DATA_VERSION + 1 })).toThrow(/npm run compile-packs/);
  });
});
