/**
 * Compiles language packs once into lookup tables: which word classes a
 * token belongs to, the rules as arrays of class ids, and the fast
 * pre-filter's trigger words. Everything the matcher does per message is
 * a table lookup; nothing here runs per message.
 */
import type { Category, Language } from '../shared/categories';
import type { Pack, Pattern, Slot } from '../packs/types';
import { normalizeTerm } from './normalize';
import { tokenize, TokenKind, type Token } from './tokenize';

/** Kinds the tokenizer recognises, usable as `@NUM` etc. in packs. */
export const BUILTIN_KIND_NAMES: Record<string, TokenKind> = {
  NUM: TokenKind.Num,
  MONEY: TokenKind.Money,
  HANDLE: TokenKind.Handle,
  LINK: TokenKind.Link,
  PHONE: TokenKind.Phone,
};

export interface PhraseEntry {
  /** Words after the first. */
  rest: string[];
  /** The last word is a prefix (`keep it secr*`). */
  lastIsPrefix: boolean;
  classes: number[];
}

export interface PrefixEntry {
  prefix: string;
  classes: number[];
}

export interface CompiledRule {
  id: string;
  lang: Language;
  category: Category;
  weight: number;
  /** Slot ids (see CompiledIndex.slots). */
  slots: number[];
  within: number;
  anyOrder: boolean;
  unless: number[][];
  unlessWithin: number;
  /** Index of the slot the pre-filter and the rule index key on. */
  anchor: number;
}

export interface CompiledIndex {
  classNames: string[];
  /** Exact single-word terms. */
  words: Map<string, number[]>;
  /** The same keyed with double letters made single (fallback for `piic`). */
  dedupWords: Map<string, number[]>;
  /** Prefix terms keyed by their first 3 characters. */
  prefixes: Map<string, PrefixEntry[]>;
  /** The same with double letters made single (fallback only). */
  dedupPrefixes: Map<string, PrefixEntry[]>;
  /** Multi-word terms keyed by their first two words ("give me"). */
  phrases: Map<string, PhraseEntry[]>;
  /** The same keyed with double letters made single (fallback only). */
  dedupPhrases: Map<string, PhraseEntry[]>;
  /** The same as `phrases`, first word -> second word -> entries (no string joins per token). */
  phraseTree: Map<string, Map<string, PhraseEntry[]>>;
  /** First words of multi-word terms. */
  phraseStarts: Set<string>;
  /** The same with double letters made single. */
  dedupPhraseStarts: Set<string>;
  /** Thai terms (substring matched), keyed by their first character. */
  thai: Map<string, { term: string; classes: number[] }[]>;
  /** Classes every token of a built-in kind belongs to. */
  kinds: Map<TokenKind, number[]>;
  rules: CompiledRule[];
  /**
   * Slot id -> the base classes it is made of (word classes it names, plus
   * one class for its literal words). Tokens record hits on base classes
   * only; a slot's occurrences are merged from its members when a rule that
   * uses it is evaluated, so a common word costs one lookup per class it is
   * in, not one per slot that mentions it.
   */
  slots: number[][];
  /** Rule indices by base class id of a member of the rule's anchor slot. */
  rulesByAnchor: Map<number, number[]>;
  /** Words and prefixes (normalised as written) that can start a rule, for the pre-filter. */
  triggerWords: Set<string>;
  triggerPrefixes: Set<string>;
  /** Two consecutive words ("do you") standing for a phrase made only of frequent words. */
  triggerBigrams: Set<string>;
  /** Whether some rule's anchor is a number-like token kind. */
  digitsTrigger: boolean;
  /** Whether some rule's anchor is `?`. */
  questionTrigger: boolean;
  /**
   * Pre-filter features: sets of keys, one per slot used by a guard (or one
   * key of a phrase). A rule of two or more slots can only fire when all its
   * slots occur, so the pre-filter waits for its rarest ones together
   * ("are you" + "there" never passes on "are you" alone).
   */
  triggerSlots: TriggerSet[];
  /** Groups of `triggerSlots` indices; a message may match once every feature of some group occurs. */
  triggerGroups: number[][];
}

/** Keys that stand for one slot (or one part of a phrase) in the pre-filter. */
export interface TriggerSet {
  words: readonly string[];
  prefixes: readonly string[];
  bigrams: readonly string[];
  /** Some term is number-like: any digit may stand for it. */
  digits: boolean;
  /** Some term is `?`. */
  question: boolean;
}

/** A TriggerSet while it is built (sets drop repeats; the index keeps plain arrays, a third of the memory). */
interface TriggerBuilder {
  words: Set<string>;
  prefixes: Set<string>;
  bigrams: Set<string>;
  digits: boolean;
  question: boolean;
}


/** Make every double letter single: `piic` -> `pic`, `meet` -> `met`. */
export function dedupLetters(word: string): string {
  let out = '';
  let prev = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== prev) out += word[i];
    prev = c;
  }
  return out;
}

function hasThai(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0e00 && c <= 0x0e7f) return true;
  }
  return false;
}

function push<K>(map: Map<K, number[]>, key: K, cls: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [cls]);
  else if (!list.includes(cls)) list.push(cls);
}

/** Terms a class matches directly, after expanding `@class` references. */
interface ExpandedClass {
  terms: Set<string>;
  kinds: Set<TokenKind>;
}

/** Options for `compilePacks`. */
export interface CompileOptions {
  packs: readonly Pack[];
  common: Readonly<Record<string, readonly string[]>>;
  /** Very frequent words: a rule is not keyed on a slot made of these if it has a better one. */
  frequentWords: ReadonlySet<string>;
  /** Guardian's extra plain phrases, per category; compiled as `guardian.<category>.<n>` rules. */
  extraPhrases?: Partial<Record<Category, readonly string[]>>;
  extraLang?: Language;
}

const termTokenCache = new Map<string, Token[]>();
const PLAIN_TERM = /^[a-z]+(?: [a-z]+)*$/;

function plainTokens(term: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (const word of term.split(' ')) {
    tokens.push({ text: word, kind: TokenKind.Word, start, end: start + word.length });
    start += word.length + 1;
  }
  return tokens;
}

/** A term normalised and cut into tokens like a message (cached: packs repeat terms across classes). */
function termTokens(term: string): Token[] {
  let tokens = termTokenCache.get(term);
  if (!tokens) {
    // Most terms are plain lower-case words the normaliser would not change.
    tokens = PLAIN_TERM.test(term) && !/(.)\1\1/.test(term) ? plainTokens(term) : tokenize(normalizeTerm(term));
    if (termTokenCache.size < 50_000) termTokenCache.set(term, tokens);
  }
  return tokens;
}

/** Compile packs (and the guardian's phrases) into a `CompiledIndex`. Throws on an unknown `@class`. */
export function compilePacks(options: CompileOptions): CompiledIndex {
  const classNames: string[] = [];
  const classIds = new Map<string, number>();
  const expanded: ExpandedClass[] = [];
  const index: CompiledIndex = {
    classNames,
    words: new Map(),
    dedupWords: new Map(),
    prefixes: new Map(),
    dedupPrefixes: new Map(),
    phrases: new Map(),
    dedupPhrases: new Map(),
    phraseTree: new Map(),
    phraseStarts: new Set(),
    dedupPhraseStarts: new Set(),
    thai: new Map(),
    kinds: new Map(),
    rules: [],
    slots: [],
    rulesByAnchor: new Map(),
    triggerWords: new Set(),
    triggerPrefixes: new Set(),
    triggerBigrams: new Set(),
    digitsTrigger: false,
    questionTrigger: false,
    triggerSlots: [],
    triggerGroups: [],
  };

  const lexiconOf = (scope: string): Readonly<Record<string, readonly string[]>> | undefined => {
    if (scope === 'common') return options.common;
    return options.packs.find((p) => p.lang === scope)?.lexicon;
  };

  // Resolve `@name` seen from `scope` to a qualified class key.
  const resolve = (name: string, scope: string): string => {
    if (name in BUILTIN_KIND_NAMES) return `kind:${name}`;
    const own = lexiconOf(scope);
    if (own && Object.prototype.hasOwnProperty.call(own, name)) return `${scope}:${name}`;
    if (Object.prototype.hasOwnProperty.call(options.common, name)) return `common:${name}`;
    throw new Error(`Unknown class @${name} in ${scope}`);
  };

  const expand = (terms: readonly string[], scope: string, seen: Set<string>): ExpandedClass => {
    const out: ExpandedClass = { terms: new Set(), kinds: new Set() };
    for (const term of terms) {
      if (term.startsWith('@') && !term.includes(' ')) {
        const ref = resolve(term.slice(1), scope);
        if (ref.startsWith('kind:')) {
          out.kinds.add(BUILTIN_KIND_NAMES[ref.slice(5)] as TokenKind);
          continue;
        }
        if (seen.has(ref)) continue;
        seen.add(ref);
        const [refScope, refName] = ref.split(':') as [string, string];
        const refTerms = lexiconOf(refScope)?.[refName] ?? [];
        const sub = expand(refTerms, refScope, seen);
        sub.terms.forEach((t) => out.terms.add(t));
        sub.kinds.forEach((k) => out.kinds.add(k));
      } else {
        out.terms.add(term);
      }
    }
    return out;
  };

  const classFor = (key: string, terms: readonly string[], scope: string): number => {
    const existing = classIds.get(key);
    if (existing !== undefined) return existing;
    const id = classNames.length;
    classNames.push(key);
    classIds.set(key, id);
    const cls = expand(terms, scope, new Set([key]));
    expanded.push(cls);
    for (const kind of cls.kinds) push(index.kinds, kind, id);
    for (const raw of cls.terms) addTerm(raw, id);
    return id;
  };

  // Entries by identity, so adding a term that is already there is one lookup.
  const entries = new Map<string, { classes: number[] }>();
  const entryFor = <E extends { classes: number[] }>(id: string, create: () => E, list: E[]): E => {
    let entry = entries.get(id) as E | undefined;
    if (!entry) {
      entry = create();
      entries.set(id, entry);
      list.push(entry);
    }
    return entry;
  };
  const addClass = (entry: { classes: number[] }, cls: number | undefined): void => {
    if (cls !== undefined && !entry.classes.includes(cls)) entry.classes.push(cls);
  };
  const listIn = <E>(map: Map<string, E[]>, key: string): E[] => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };

  const addPrefix = (map: Map<string, PrefixEntry[]>, prefix: string, cls: number): void => {
    const tag = map === index.prefixes ? 'p' : 'dp';
    addClass(entryFor(`${tag}\u0000${prefix}`, () => ({ prefix, classes: [] as number[] }), listIn(map, prefix.slice(0, 3))), cls);
  };

  const addThai = (term: string, cls: number | undefined): void => {
    addClass(entryFor(`t\u0000${term}`, () => ({ term, classes: [] as number[] }), listIn(index.thai, term[0] ?? '')), cls);
    if (cls !== undefined) push(index.words, term, cls);
  };

  const addTerm = (raw: string, cls: number): void => {
    const isPrefix = raw.endsWith('*');
    const parts = termTokens(isPrefix ? raw.slice(0, -1) : raw).map((t) => t.text);
    if (parts.length === 0) return;
    if (parts.length === 1 && hasThai(parts[0] ?? '')) {
      addThai(parts[0] ?? '', cls);
      return;
    }
    for (const part of parts) if (hasThai(part)) addThai(part, undefined);
    if (parts.length === 1) {
      const word = parts[0] ?? '';
      if (isPrefix && word.length >= 3) {
        addPrefix(index.prefixes, word, cls);
        addPrefix(index.dedupPrefixes, dedupLetters(word), cls);
      } else {
        push(index.words, word, cls);
        push(index.dedupWords, dedupLetters(word), cls);
      }
      return;
    }
    const [first, ...rest] = parts as [string, ...string[]];
    index.phraseStarts.add(first);
    index.dedupPhraseStarts.add(dedupLetters(first));
    const restKey = `${rest.join(' ')}${isPrefix ? '*' : ''}`;
    const addPhrase = (map: Map<string, PhraseEntry[]>, key: string): void => {
      const tag = map === index.phrases ? 'ph' : 'dph';
      addClass(entryFor(`${tag}\u0000${key}\u0000${restKey}`, () => ({ rest, lastIsPrefix: isPrefix, classes: [] as number[] }), listIn(map, key)), cls);
    };
    // A two-word phrase whose second word is a prefix ("gift card*") is keyed on the first word alone.
    const second = rest[0] ?? '';
    const keyedOnTwo = !(isPrefix && rest.length === 1);
    addPhrase(index.phrases, keyedOnTwo ? `${first} ${second}` : first);
    addPhrase(index.dedupPhrases, keyedOnTwo ? `${dedupLetters(first)} ${dedupLetters(second)}` : dedupLetters(first));
  };

  // A slot compiles to the base classes it names plus one class for its literal words.
  const slotIds = new Map<string, number>();
  const slotClass = (slot: Slot, scope: string): number => {
    const key = `${scope}:${slot}`;
    const existing = slotIds.get(key);
    if (existing !== undefined) return existing;
    const alternatives = slot.split('|').filter((a) => a.length > 0);
    const members = new Set<number>();
    const literals: string[] = [];
    for (const alt of alternatives) {
      if (alt.startsWith('@') && !alt.includes(' ')) {
        const ref = resolve(alt.slice(1), scope);
        if (ref.startsWith('kind:')) {
          members.add(classFor(ref, [alt], scope));
          continue;
        }
        const [refScope, refName] = ref.split(':') as [string, string];
        members.add(classFor(ref, lexiconOf(refScope)?.[refName] ?? [], refScope));
      } else {
        literals.push(alt);
      }
    }
    if (literals.length > 0) {
      const sorted = [...new Set(literals)].sort();
      members.add(classFor(`${scope}:lit:${sorted.join('|')}`, sorted, scope));
    }
    const id = index.slots.length;
    index.slots.push([...members]);
    slotIds.set(key, id);
    return id;
  };

  const patternSlots = (pattern: Pattern, scope: string): number[] =>
    (typeof pattern === 'string' ? [pattern] : pattern).map((s) => slotClass(s, scope));

  const slotCost = (slot: number): number => (index.slots[slot] ?? []).reduce((sum, cls) => sum + termCost(cls), 0);

  // The pre-filter key of a term: the word of it that is rarest (a phrase matches only if all its
  // words are there, so any one of them may stand for it; "the internet" is keyed on "internet").
  interface TermKey {
    word: string;
    /** Set when the key is the first two words of a phrase of frequent words. */
    next?: string;
    prefix: boolean;
    kind: TokenKind;
    cost: number;
    /** A second key of the same phrase from other words of it: both must occur. */
    also?: TermKey;
  }
  const termKeys = new Map<string, TermKey | undefined>();
  const wordCost = (w: string, kind: TokenKind): number => {
    // Rough expected frequency in ordinary chat: one frequent word outweighs hundreds of rare ones.
    if (w === '?') return 100_000;
    if (kind === TokenKind.Num || kind === TokenKind.Money || kind === TokenKind.Phone) return 20_000;
    if (options.frequentWords.has(w)) return 10_000;
    if (w.length <= 2) return 300;
    return w.length === 3 ? 20 : 1;
  };
  const termKey = (raw: string): TermKey | undefined => {
    if (termKeys.has(raw)) return termKeys.get(raw);
    const isPrefix = raw.endsWith('*');
    const parts = termTokens(isPrefix ? raw.slice(0, -1) : raw);
    let best: TermKey | undefined;
    parts.forEach((part, k) => {
      const key: TermKey = { word: part.text, prefix: isPrefix && k === parts.length - 1, kind: part.kind, cost: wordCost(part.text, part.kind) };
      if (!best || key.cost < best.cost || (key.cost === best.cost && key.word.length > best.word.length)) best = key;
    });
    // A phrase is rarer than any of its words: key it on its rarest pair of neighbouring words
    // ("you live" in "where do you live"), the pair of longest words among equals.
    let pair: [string, string] | undefined;
    let pairCost = Infinity;
    for (let k = 0; k + 1 < parts.length; k++) {
      const a = parts[k];
      const b = parts[k + 1];
      if (!a || !b || a.kind !== TokenKind.Word || b.kind !== TokenKind.Word) continue;
      if (isPrefix && k + 1 === parts.length - 1) continue; // the last word is only a prefix
      const cost = Math.min(wordCost(a.text, a.kind), wordCost(b.text, b.kind)) - (a.text.length + b.text.length) / 100;
      if (cost < pairCost) [pair, pairCost] = [[a.text, b.text], cost];
    }
    // A pair of frequent words ("do you have") is still rarer than one of them.
    if (pair && best) {
      const [a, b] = pair;
      best = { word: a, next: b, prefix: false, kind: TokenKind.Word, cost: best.cost >= 10_000 ? 50 : 1 };
      // The words outside that pair give a second key ("where do" + "you live", "are you" + a digit in
      // "are you 18"): another neighbouring pair if there is one, else the rarest other word.
      let also: TermKey | undefined;
      let alsoCost = Infinity;
      for (let k = 0; k < parts.length; k++) {
        const x = parts[k];
        if (!x || x.text === a || x.text === b) continue;
        const y = parts[k + 1];
        const last = k === parts.length - 1;
        if (y && x.kind === TokenKind.Word && y.kind === TokenKind.Word && !(isPrefix && k + 1 === parts.length - 1) && y.text !== a && y.text !== b) {
          const cost = Math.min(wordCost(x.text, x.kind), wordCost(y.text, y.kind)) / 100;
          if (cost < alsoCost) [also, alsoCost] = [{ word: x.text, next: y.text, prefix: false, kind: TokenKind.Word, cost }, cost];
        }
        if (x.kind === TokenKind.Word && x.text.length < 3 && isPrefix && last) continue; // too short a prefix to key on
        const cost = wordCost(x.text, x.kind);
        if (cost < alsoCost) [also, alsoCost] = [{ word: x.text, prefix: isPrefix && last, kind: x.kind, cost }, cost];
      }
      if (also) best.also = also;
    }
    termKeys.set(raw, best);
    return best;
  };
  const classCosts = new Map<number, number>();
  const termCost = (cls: number): number => {
    const cached = classCosts.get(cls);
    if (cached !== undefined) return cached;
    const c = expanded[cls];
    if (!c) return 1e9;
    let cost = 0;
    for (const kind of c.kinds) cost += kind === TokenKind.Handle || kind === TokenKind.Link ? 2 : 20_000;
    for (const raw of c.terms) cost += termKey(raw)?.cost ?? 0;
    classCosts.set(cls, cost);
    return cost;
  };

  const addRule = (rule: Omit<CompiledRule, 'anchor'>): void => {
    const costs = rule.slots.map((slot) => slotCost(slot));
    let anchor = 0;
    costs.forEach((cost, k) => {
      if (cost < (costs[anchor] ?? Infinity)) anchor = k;
    });
    const compiled: CompiledRule = { ...rule, anchor };
    const ruleIndex = index.rules.length;
    index.rules.push(compiled);
    for (const cls of index.slots[rule.slots[anchor] ?? 0] ?? []) push(index.rulesByAnchor, cls, ruleIndex);
    // Keying a rule on one slot lets through every message with a common word of it ("tell",
    // "live"): the pre-filter waits for its three rarest slots together (exact: the rule needs all).
    if (rule.slots.length >= 2) {
      const rarest = rule.slots
        .map((slot, k) => ({ slot, cost: costs[k] ?? 0 }))
        .sort((x, y) => x.cost - y.cost)
        .slice(0, 3);
      const group = [...new Set(rarest.map(({ slot }) => triggerSlotFor(slot)))].sort((x, y) => x - y);
      index.triggerGroups.push(group);
      return;
    }
    for (const cls of index.slots[rule.slots[anchor] ?? 0] ?? []) addTriggers(cls, immediate, true);
  };

  const builders: TriggerBuilder[] = [];
  const immediate: TriggerBuilder = {
    words: index.triggerWords,
    prefixes: index.triggerPrefixes,
    bigrams: index.triggerBigrams,
    digits: false,
    question: false,
  };
  const triggerSlotIds = new Map<number, number>();
  const triggerSlotFor = (slot: number): number => {
    const existing = triggerSlotIds.get(slot);
    if (existing !== undefined) return existing;
    const set = emptyTriggers();
    for (const cls of index.slots[slot] ?? []) addTriggers(cls, set, false);
    const id = builders.length;
    builders.push(set);
    triggerSlotIds.set(slot, id);
    return id;
  };

  const emptyTriggers = (): TriggerBuilder => ({ words: new Set(), prefixes: new Set(), bigrams: new Set(), digits: false, question: false });
  const addKey = (key: TermKey, into: TriggerBuilder): void => {
    if (key.kind === TokenKind.Num || key.kind === TokenKind.Money || key.kind === TokenKind.Phone) into.digits = true;
    else if (key.word === '?') into.question = true;
    else if (key.next !== undefined) into.bigrams.add(`${key.word} ${key.next}`);
    else if (key.prefix) into.prefixes.add(key.word);
    else into.words.add(key.word);
  };
  // One feature per single key, for phrases that need two keys of their own.
  const keyFeatures = new Map<string, number>();
  const keyFeature = (key: TermKey): number => {
    const set = emptyTriggers();
    addKey(key, set);
    const name = `${key.kind}|${key.prefix ? 'p' : ''}|${key.word}|${key.next ?? ''}|${set.digits}`;
    const existing = keyFeatures.get(name);
    if (existing !== undefined) return existing;
    const id = builders.length;
    builders.push(set);
    keyFeatures.set(name, id);
    return id;
  };
  const groupKeys = new Set<string>();

  const addTriggers = (cls: number, into: TriggerBuilder, alone: boolean): void => {
    const c = expanded[cls];
    if (!c) return;
    // Handles and links need `@` or a joined `.`/`/`, on which the pre-filter passes anyway.
    for (const kind of c.kinds) if (kind !== TokenKind.Handle && kind !== TokenKind.Link) into.digits = true;
    for (const raw of c.terms) {
      const key = termKey(raw);
      if (!key) continue;
      // A phrase that passes a message on its own waits for both of its keys.
      if (alone && key.also) {
        const group = [keyFeature(key), keyFeature(key.also)].sort((x, y) => x - y);
        const name = group.join(' ');
        if (!groupKeys.has(name)) {
          groupKeys.add(name);
          index.triggerGroups.push(group);
        }
        continue;
      }
      addKey(key, into);
    }
  };

  for (const pack of options.packs) {
    for (const rule of pack.rules) {
      addRule({
        id: rule.id,
        lang: pack.lang,
        category: rule.category,
        weight: rule.weight,
        slots: patternSlots(rule.match, pack.lang),
        within: rule.within ?? 6,
        anyOrder: rule.anyOrder ?? false,
        unless: (rule.unless ?? []).map((p) => patternSlots(p, pack.lang)),
        unlessWithin: rule.unlessWithin ?? 8,
      });
    }
  }

  // The guardian's phrases: plain text (never a pattern), matched as consecutive words.
  const extra = options.extraPhrases ?? {};
  for (const [category, phrases] of Object.entries(extra) as [Category, readonly string[]][]) {
    phrases.forEach((phrase, n) => {
      const plain = phrase.replace(/[|@*]/g, ' ').trim();
      const words = tokenize(normalizeTerm(plain));
      if (words.length === 0) return;
      const cls = classFor(`guardian:${category}:${n}`, [plain], 'common');
      const slot = index.slots.length;
      index.slots.push([cls]);
      addRule({
        id: `guardian.${category}.${n}`,
        lang: options.extraLang ?? 'en',
        category,
        weight: 0.6,
        slots: [slot],
        within: words.length,
        anyOrder: false,
        unless: [],
        unlessWithin: 0,
      });
    });
  }
  index.triggerSlots = builders.map((b) => ({ words: [...b.words], prefixes: [...b.prefixes], bigrams: [...b.bigrams], digits: b.digits, question: b.question }));
  index.digitsTrigger = immediate.digits;
  index.questionTrigger = immediate.question;
  // Longest Thai term first at each position.
  for (const list of index.thai.values()) list.sort((a, b) => b.term.length - a.term.length);
  for (const [key, list] of index.phrases) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const first = key.slice(0, space);
    let byNext = index.phraseTree.get(first);
    if (!byNext) index.phraseTree.set(first, (byNext = new Map()));
    byNext.set(key.slice(space + 1), list);
  }
  // The term cache only speeds up compiling; do not keep it alive in the content script.
  termTokenCache.clear();
  return index;
}
