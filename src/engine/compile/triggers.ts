/**
 * The pre-filter's keys, and the cost model that picks them.
 *
 * Cost model: a word's rough expected frequency in ordinary chat (`?` and
 * digits are everywhere, a word of FREQUENT_WORDS is common, a short word
 * fairly common, a long word rare). A term is keyed on its rarest word, a
 * phrase on its rarest pair of neighbouring words ("you live" in "where do
 * you live") plus, when it must pass a message on its own, a second key
 * from its other words ("where do"). A class costs the sum of its terms'
 * keys; a slot the sum of its classes. A rule's anchor (the slot the matcher
 * and the rule index key on) is its cheapest slot.
 *
 * Layout of what this adds to the index:
 *
 *   triggerWords / triggerPrefixes / triggerBigrams / digitsTrigger / questionTrigger
 *       keys that pass a message at once (one-slot rules)
 *   triggerSlots   features: each a TriggerSet (keys standing for one slot,
 *                  or for one key of a phrase)
 *   triggerGroups  lists of feature ids; a message may match once every
 *                  feature of some group occurred (the three rarest slots
 *                  of a rule of two or more slots; both keys of a phrase)
 *
 * ../prefilter.ts turns these into hash tables.
 */
import { TokenKind } from '../tokenize';
import { termTokens, type ExpandedClass } from './lexicon';

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

/** What the pre-filter reads of a compiled index. */
export interface TriggerTables {
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

/** A TriggerSet while it is built (sets drop repeats; the index keeps plain arrays, a third of the memory). */
interface TriggerBuilder {
  words: Set<string>;
  prefixes: Set<string>;
  bigrams: Set<string>;
  digits: boolean;
  question: boolean;
}

/** The pre-filter key of a term. */
export interface TermKey {
  word: string;
  /** Set when the key is the first two words of a phrase of frequent words. */
  next?: string;
  prefix: boolean;
  kind: TokenKind;
  cost: number;
  /** A second key of the same phrase from other words of it: both must occur. */
  also?: TermKey;
}

/** Rough expected frequency of a word in ordinary chat: one frequent word outweighs hundreds of rare ones. */
export function wordCost(word: string, kind: TokenKind, frequentWords: ReadonlySet<string>): number {
  if (word === '?') return 100_000;
  if (kind === TokenKind.Num || kind === TokenKind.Money || kind === TokenKind.Phone) return 20_000;
  if (frequentWords.has(word)) return 10_000;
  if (word.length <= 2) return 300;
  return word.length === 3 ? 20 : 1;
}

/**
 * The pre-filter key of a term: the word of it that is rarest (a phrase
 * matches only if all its words are there, so any one of them may stand for
 * it; "the internet" is keyed on "internet"), or for a phrase its rarest
 * pair of neighbouring words, with a second key from its other words.
 */
export function termKey(raw: string, frequentWords: ReadonlySet<string>): TermKey | undefined {
  const cost = (w: string, kind: TokenKind): number => wordCost(w, kind, frequentWords);
  const isPrefix = raw.endsWith('*');
  const parts = termTokens(isPrefix ? raw.slice(0, -1) : raw);
  let best: TermKey | undefined;
  parts.forEach((part, k) => {
    const key: TermKey = { word: part.text, prefix: isPrefix && k === parts.length - 1, kind: part.kind, cost: cost(part.text, part.kind) };
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
    const c = Math.min(cost(a.text, a.kind), cost(b.text, b.kind)) - (a.text.length + b.text.length) / 100;
    if (c < pairCost) [pair, pairCost] = [[a.text, b.text], c];
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
        const c = Math.min(cost(x.text, x.kind), cost(y.text, y.kind)) / 100;
        if (c < alsoCost) [also, alsoCost] = [{ word: x.text, next: y.text, prefix: false, kind: TokenKind.Word, cost: c }, c];
      }
      if (x.kind === TokenKind.Word && x.text.length < 3 && isPrefix && last) continue; // too short a prefix to key on
      const c = cost(x.text, x.kind);
      if (c < alsoCost) [also, alsoCost] = [{ word: x.text, prefix: isPrefix && last, kind: x.kind, cost: c }, c];
    }
    if (also) best.also = also;
  }
  return best;
}

/** The pre-filter keys of a compile, filled rule by rule (`keyRule`), read once at the end (`finish`). */
export interface TriggerKeys {
  /** Expected frequency of a slot (sum over its classes): the anchor is a rule's cheapest slot. */
  slotCost(slot: number): number;
  /** Key a rule on its slots (`costs` from `slotCost`, `anchor` its cheapest slot). */
  keyRule(slots: readonly number[], costs: readonly number[], anchor: number): void;
  finish(): TriggerTables;
}

/**
 * Start the keys of a compile. `slots` (slot id -> base classes) and
 * `expanded` (class id -> terms) grow while rules are added; they are read,
 * not copied.
 */
export function createTriggerKeys(slots: readonly (readonly number[])[], expanded: readonly ExpandedClass[], frequentWords: ReadonlySet<string>): TriggerKeys {
  const termKeys = new Map<string, TermKey | undefined>();
  const keyOf = (raw: string): TermKey | undefined => {
    if (termKeys.has(raw)) return termKeys.get(raw);
    const key = termKey(raw, frequentWords);
    termKeys.set(raw, key);
    return key;
  };
  const classCosts = new Map<number, number>();
  const classCost = (cls: number): number => {
    const cached = classCosts.get(cls);
    if (cached !== undefined) return cached;
    const c = expanded[cls];
    if (!c) return 1e9;
    let cost = 0;
    for (const kind of c.kinds) cost += kind === TokenKind.Handle || kind === TokenKind.Link ? 2 : 20_000;
    for (const raw of c.terms) cost += keyOf(raw)?.cost ?? 0;
    classCosts.set(cls, cost);
    return cost;
  };
  const slotCost = (slot: number): number => (slots[slot] ?? []).reduce((sum, cls) => sum + classCost(cls), 0);

  const out: TriggerTables = {
    triggerWords: new Set(),
    triggerPrefixes: new Set(),
    triggerBigrams: new Set(),
    digitsTrigger: false,
    questionTrigger: false,
    triggerSlots: [],
    triggerGroups: [],
  };
  const builders: TriggerBuilder[] = [];
  const immediate: TriggerBuilder = { words: out.triggerWords, prefixes: out.triggerPrefixes, bigrams: out.triggerBigrams, digits: false, question: false };
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
      const key = keyOf(raw);
      if (!key) continue;
      // A phrase that passes a message on its own waits for both of its keys.
      if (alone && key.also) {
        const group = [keyFeature(key), keyFeature(key.also)].sort((x, y) => x - y);
        const name = group.join(' ');
        if (!groupKeys.has(name)) {
          groupKeys.add(name);
          out.triggerGroups.push(group);
        }
        continue;
      }
      addKey(key, into);
    }
  };

  const triggerSlotIds = new Map<number, number>();
  const triggerSlotFor = (slot: number): number => {
    const existing = triggerSlotIds.get(slot);
    if (existing !== undefined) return existing;
    const set = emptyTriggers();
    for (const cls of slots[slot] ?? []) addTriggers(cls, set, false);
    const id = builders.length;
    builders.push(set);
    triggerSlotIds.set(slot, id);
    return id;
  };

  const keyRule = (ruleSlots: readonly number[], costs: readonly number[], anchor: number): void => {
    // Keying a rule on one slot lets through every message with a common word of it ("tell",
    // "live"): the pre-filter waits for its three rarest slots together (exact: the rule needs all).
    if (ruleSlots.length >= 2) {
      const rarest = ruleSlots
        .map((slot, k) => ({ slot, cost: costs[k] ?? 0 }))
        .sort((x, y) => x.cost - y.cost)
        .slice(0, 3);
      const group = [...new Set(rarest.map(({ slot }) => triggerSlotFor(slot)))].sort((x, y) => x - y);
      out.triggerGroups.push(group);
      return;
    }
    for (const cls of slots[ruleSlots[anchor] ?? 0] ?? []) addTriggers(cls, immediate, true);
  };

  const finish = (): TriggerTables => {
    out.triggerSlots = builders.map((b) => ({ words: [...b.words], prefixes: [...b.prefixes], bigrams: [...b.bigrams], digits: b.digits, question: b.question }));
    out.digitsTrigger = immediate.digits;
    out.questionTrigger = immediate.question;
    return out;
  };

  return { slotCost, keyRule, finish };
}
