/**
 * The compiled index and its pre-filter as plain data, and back: what lets
 * the shipped packs be compiled at build time (scripts/compile-packs.ts
 * writes ./shipped.generated.ts), so a detector starts without compiling.
 *
 * Layout of `CompiledData` (JSON-safe):
 *
 *   index.words, dedupWords            word -> "3,17"                (class ids)
 *   index.prefixes, dedupPrefixes      first 3 letters -> "pic:4;phot:4,9"
 *   index.phrases, dedupPhrases        key -> "me a pic:0:12;me*:1:3" (rest words, last is a prefix, classes)
 *                                      (a dedup* value that is the same as the plain table's is "=")
 *   index.phraseTree                   first word -> "me you"        (second words; lists shared with phrases)
 *   index.phraseStarts, dedup...       word -> 1
 *   index.thai, kinds, rulesByAnchor   [key, value] pairs, in table order
 *   index.rules                        tuples in CompiledRule field order
 *   index.slots                        as they are
 *   prefilter                          the pre-filter's hash tables (../prefilter.ts)
 *   unused                             JSON text of what matching never reads (class names, the
 *                                      pre-filter's source keys), parsed only if something asks;
 *                                      the shipped tables leave it out (a quarter of the bytes a
 *                                      worker loads at each start) and compile the packs instead
 *                                      if something ever asks
 *
 * The word tables are objects read through ./table.ts: JSON.parse builds
 * them natively, and a value is decoded when its key is first looked up.
 * Their key order is not kept (an object lists integer-like keys first);
 * nothing but writing them out iterates them. Every list keeps its order,
 * which is part of the behaviour (the matcher tries rules in the order
 * their classes occur).
 */
import type { Category, Language } from '../../shared/categories';
import { buildPrefilterTables, prefilterFromTables, prefilterTablesFromData, prefilterTablesToData, type Prefilter, type PrefilterData } from '../prefilter';
import type { TokenKind } from '../tokenize';
import type { CompiledIndex } from './index';
import type { PhraseEntry, PrefixEntry } from './lexicon';
import type { CompiledRule } from './rules';
import { EncodedSet, EncodedTable, type KeySet, type Lookup } from './table';
import type { ThaiTerm } from './thai';
import type { TriggerSet, TriggerTables } from './triggers';

/** Bumped when the layout changes, so data of another layout is refused rather than misread. */
export const COMPILED_DATA_VERSION = 2;

type Pairs<K, V> = [K, V][];
type Encoded = Record<string, string>;
type RuleData = [
  id: string,
  lang: Language,
  category: Category,
  weight: number,
  slots: number[],
  within: number,
  anyOrder: 0 | 1,
  unless: number[][],
  unlessWithin: number,
  anchor: number,
];
type TriggerSetData = [words: string[], prefixes: string[], bigrams: string[], digits: 0 | 1, question: 0 | 1];
interface TriggerData {
  triggerWords: string[];
  triggerPrefixes: string[];
  triggerBigrams: string[];
  digitsTrigger: 0 | 1;
  questionTrigger: 0 | 1;
  triggerSlots: TriggerSetData[];
  triggerGroups: number[][];
}

/** What matching never reads: parsed only when asked for. */
interface UnusedData extends TriggerData {
  classNames: string[];
}

/** A compiled index and its pre-filter as JSON-safe data (see the top of this file). */
export interface CompiledData {
  version: number;
  index: {
    words: Encoded;
    dedupWords: Encoded;
    prefixes: Encoded;
    dedupPrefixes: Encoded;
    phrases: Encoded;
    dedupPhrases: Encoded;
    phraseTree: Encoded;
    phraseStarts: Record<string, 1>;
    dedupPhraseStarts: Record<string, 1>;
    thai: Pairs<string, [term: string, classes: number[]][]>;
    kinds: Pairs<number, number[]>;
    rules: RuleData[];
    slots: number[][];
    rulesByAnchor: Pairs<number, number[]>;
  };
  prefilter: PrefilterData;
  /** JSON of UnusedData; without it, `compiledFromData` takes these fields from its `recompile`. */
  unused?: string;
}

/** A compiled index with its pre-filter, ready to match. */
export interface Compiled {
  index: CompiledIndex;
  prefilter: Prefilter;
}

const bit = (b: boolean): 0 | 1 => (b ? 1 : 0);
const SEPARATORS = /[ :;]/;

/** A word going into an encoded value must not contain a separator (tokens never do: checked, not assumed). */
function plainWord(word: string): string {
  if (word.length === 0 || SEPARATORS.test(word)) throw new Error(`cannot encode the word ${JSON.stringify(word)}`);
  return word;
}

const encodeClasses = (classes: readonly number[]): string => classes.join(',');
const decodeClasses = (s: string): number[] => s.split(',').map(Number);
const encodePrefixes = (list: readonly PrefixEntry[]): string => list.map((e) => `${plainWord(e.prefix)}:${encodeClasses(e.classes)}`).join(';');
const decodePrefixes = (s: string): PrefixEntry[] =>
  s.split(';').map((part) => {
    const [prefix = '', classes = ''] = part.split(':');
    return { prefix, classes: decodeClasses(classes) };
  });
const encodePhrases = (list: readonly PhraseEntry[]): string =>
  list.map((e) => `${e.rest.map(plainWord).join(' ')}:${bit(e.lastIsPrefix)}:${encodeClasses(e.classes)}`).join(';');
const decodePhrases = (s: string): PhraseEntry[] =>
  s.split(';').map((part) => {
    const [rest = '', prefix = '', classes = ''] = part.split(':');
    return { rest: rest.split(' '), lastIsPrefix: prefix === '1', classes: decodeClasses(classes) };
  });

function encodeTable<V>(table: Lookup<V>, encode: (v: V) => string, plain?: Encoded): Encoded {
  const out: Encoded = {};
  for (const [key, value] of table.entries()) {
    const encoded = encode(value);
    out[key] = plain !== undefined && Object.prototype.hasOwnProperty.call(plain, key) && plain[key] === encoded ? SAME_AS_PLAIN : encoded;
  }
  return out;
}

/** A dedup table's value that is the plain table's value under the same key. */
const SAME_AS_PLAIN = '=';
/** Decode a dedup table's value, reading "=" from the plain table. */
const orPlain =
  <V>(plain: Readonly<Encoded>, decode: (s: string) => V) =>
  (s: string, key: string): V =>
    decode(s === SAME_AS_PLAIN ? (plain[key] ?? '') : s);

function encodeSet(set: KeySet): Record<string, 1> {
  const out: Record<string, 1> = {};
  for (const key of set.values()) out[key] = 1;
  return out;
}

function triggerData(index: CompiledIndex): TriggerData {
  return {
    triggerWords: [...index.triggerWords],
    triggerPrefixes: [...index.triggerPrefixes],
    triggerBigrams: [...index.triggerBigrams],
    digitsTrigger: bit(index.digitsTrigger),
    questionTrigger: bit(index.questionTrigger),
    triggerSlots: index.triggerSlots.map((t): TriggerSetData => [[...t.words], [...t.prefixes], [...t.bigrams], bit(t.digits), bit(t.question)]),
    triggerGroups: index.triggerGroups,
  };
}

function triggerTables(d: TriggerData): TriggerTables {
  return {
    triggerWords: new Set(d.triggerWords),
    triggerPrefixes: new Set(d.triggerPrefixes),
    triggerBigrams: new Set(d.triggerBigrams),
    digitsTrigger: d.digitsTrigger === 1,
    questionTrigger: d.questionTrigger === 1,
    triggerSlots: d.triggerSlots.map(([words, prefixes, bigrams, digits, question]): TriggerSet => ({ words, prefixes, bigrams, digits: digits === 1, question: question === 1 })),
    triggerGroups: d.triggerGroups,
  };
}

/** An index (and the pre-filter built from it) as JSON-safe data. */
export function compiledToData(index: CompiledIndex): CompiledData {
  const phraseTree: Encoded = {};
  for (const [first, byNext] of index.phraseTree.entries()) phraseTree[first] = [...byNext.keys()].map(plainWord).join(' ');
  const words = encodeTable(index.words, encodeClasses);
  const prefixes = encodeTable(index.prefixes, encodePrefixes);
  const phrases = encodeTable(index.phrases, encodePhrases);
  const unused: UnusedData = { classNames: index.classNames, ...triggerData(index) };
  return {
    version: COMPILED_DATA_VERSION,
    index: {
      words,
      dedupWords: encodeTable(index.dedupWords, encodeClasses, words),
      prefixes,
      dedupPrefixes: encodeTable(index.dedupPrefixes, encodePrefixes, prefixes),
      phrases,
      dedupPhrases: encodeTable(index.dedupPhrases, encodePhrases, phrases),
      phraseTree,
      phraseStarts: encodeSet(index.phraseStarts),
      dedupPhraseStarts: encodeSet(index.dedupPhraseStarts),
      thai: [...index.thai].map(([k, list]) => [k, list.map((t): [string, number[]] => [t.term, t.classes])]),
      kinds: [...index.kinds],
      rules: index.rules.map((r): RuleData => [r.id, r.lang, r.category, r.weight, r.slots, r.within, bit(r.anyOrder), r.unless, r.unlessWithin, r.anchor]),
      slots: index.slots,
      rulesByAnchor: [...index.rulesByAnchor],
    },
    prefilter: prefilterTablesToData(buildPrefilterTables(index)),
    unused: JSON.stringify(unused),
  };
}

/**
 * The index and its pre-filter again from `compiledToData`'s output (taken
 * over, not copied). Throws on data of another layout version. Data without
 * `unused` reads the class names and the pre-filter's source keys, if
 * anything ever asks for them, from `recompile()`.
 */
export function compiledFromData(data: CompiledData, recompile?: () => CompiledIndex): Compiled {
  if (data.version !== COMPILED_DATA_VERSION) {
    throw new Error(`compiled pack data has layout ${data.version}, this engine reads ${COMPILED_DATA_VERSION}: run npm run compile-packs`);
  }
  const d = data.index;
  const phrases = new EncodedTable(d.phrases, decodePhrases);
  let unused: (TriggerTables & { classNames: string[] }) | undefined;
  const lazyUnused = (): TriggerTables & { classNames: string[] } => {
    if (!unused) {
      if (data.unused !== undefined) {
        const parsed = JSON.parse(data.unused) as UnusedData;
        unused = { classNames: parsed.classNames, ...triggerTables(parsed) };
      } else if (recompile) {
        unused = recompile();
      } else {
        throw new Error('compiled pack data without class names or pre-filter keys, and nothing to compile them from');
      }
    }
    return unused;
  };
  const index = {
    words: new EncodedTable(d.words, decodeClasses),
    dedupWords: new EncodedTable(d.dedupWords, orPlain(d.words, decodeClasses)),
    prefixes: new EncodedTable(d.prefixes, decodePrefixes),
    dedupPrefixes: new EncodedTable(d.dedupPrefixes, orPlain(d.prefixes, decodePrefixes)),
    phrases,
    dedupPhrases: new EncodedTable(d.dedupPhrases, orPlain(d.phrases, decodePhrases)),
    phraseTree: new EncodedTable(d.phraseTree, (seconds, first) => new Map(seconds.split(' ').map((second) => [second, phrases.get(`${first} ${second}`) ?? []]))),
    phraseStarts: new EncodedSet(d.phraseStarts),
    dedupPhraseStarts: new EncodedSet(d.dedupPhraseStarts),
    thai: new Map(d.thai.map(([k, list]) => [k, list.map(([term, classes]): ThaiTerm => ({ term, classes }))])),
    kinds: new Map(d.kinds as Pairs<TokenKind, number[]>),
    rules: d.rules.map(
      ([id, lang, category, weight, slots, within, anyOrder, unless, unlessWithin, anchor]): CompiledRule => ({
        id,
        lang,
        category,
        weight,
        slots,
        within,
        anyOrder: anyOrder === 1,
        unless,
        unlessWithin,
        anchor,
      }),
    ),
    slots: d.slots,
    rulesByAnchor: new Map(d.rulesByAnchor),
  } as Omit<CompiledIndex, keyof TriggerTables | 'classNames'> as CompiledIndex;
  // The pre-filter comes ready; its source keys, and the class names, are parsed only if something asks for them.
  for (const key of ['classNames', 'triggerWords', 'triggerPrefixes', 'triggerBigrams', 'digitsTrigger', 'questionTrigger', 'triggerSlots', 'triggerGroups'] as const) {
    Object.defineProperty(index, key, { get: () => lazyUnused()[key], enumerable: true });
  }
  return { index, prefilter: prefilterFromTables(prefilterTablesFromData(data.prefilter)) };
}
