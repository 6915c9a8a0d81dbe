/**
 * Matches compiled rules against the tokens of one normalised message.
 *
 * Linear time by construction: each token is looked up in hash maps a
 * bounded number of times; only rules whose anchor class occurs are
 * evaluated; each rule tries at most MAX_ATTEMPTS anchor occurrences, and
 * each attempt is a few binary searches. No regular expression runs here.
 */
import { dedupLetters, type CompiledIndex, type CompiledRule, type PhraseEntry } from './compile';
import { linkHost, TokenKind, type Token } from './tokenize';

/** Thai runs are cut into pack terms by ./compile/thai.ts (re-exported for the detector). */
export { expandThai } from './compile/thai';

/** Occurrences of one class: flat [start, end, start, end, ...] token positions, starts ascending. */
type HitList = number[];

/** A rule that fired, in token positions [first, last). */
export interface RuleMatch {
  rule: CompiledRule;
  first: number;
  last: number;
}

/**
 * A span some rule matched but an exception explained away ("a pic OF THE
 * HOMEWORK"). Another pack's rule of the same category on the same words
 * is then dropped too: a guard written in one language speaks for the
 * words, not for the pack (Taglish and Manglish packs list English words).
 */
interface Veto {
  category: string;
  lang: string;
  first: number;
  last: number;
}

// Occurrences of a rule's first slot tried before giving up on the rule in this window.
const MAX_ATTEMPTS = 16;
/**
 * Each class's occurrences in one window, by class id, and the classes in the order they first
 * occurred (the order rules are tried in). One per compiled index, emptied at the start of each
 * window (matching never runs re-entrantly).
 *
 * A word belongs to many classes (an emoji such as 📸 to some thirty: the photo classes of every
 * pack), and a window repeats its words. So a word's occurrences are kept once per distinct word
 * (a group: the positions of one word entry), and a class's hit list is built from its groups
 * only when a rule asks for it, shared when the class has one group. Phrases (several tokens)
 * are added to their classes as they are found. A class's list is the same either way: starts
 * ascending, the word's own (i, i + 1) before the phrases starting at i, phrases in the order
 * found.
 */
class ClassHits {
  /** The classes that occurred, in order. */
  readonly classes: number[] = [];
  /** Per class: the groups whose word belongs to it (in the order met), or undefined. */
  private groupsOf: (number[] | undefined)[] = [];
  /** Per class: phrase occurrences, flat [start, end, ...], or undefined. */
  private phraseHits: (HitList | undefined)[] = [];
  /** Per class: its hit list, once asked for in this window. */
  private built: (HitList | undefined)[] = [];
  /** Per group: token positions of its word, ascending; and its hit list once built. */
  private positions: number[][] = [];
  private groupLists: (HitList | undefined)[] = [];
  /** Numbers this window, so a word entry can tell whether it has a group in it yet. */
  window = 0;

  get(cls: number): HitList | undefined {
    const built = this.built[cls];
    if (built !== undefined) return built;
    const groups = this.groupsOf[cls];
    const phrases = this.phraseHits[cls];
    if (groups === undefined && phrases === undefined) return undefined;
    let list: HitList | undefined;
    for (const g of groups ?? []) {
      const words = this.groupList(g);
      // Groups never share a position (a token has one word entry): merging keeps starts ascending.
      list = list === undefined ? words : mergeHits(list, words);
    }
    // At the same start a word's own hit ends first, so the merge puts it before the phrases, as found.
    if (phrases !== undefined) list = list === undefined ? phrases : mergeHits(list, phrases);
    this.built[cls] = list;
    return list;
  }

  /** Record an occurrence of a word at token `position`; `entry` stamps itself with this window's group. */
  addWord(entry: WordEntry, position: number): void {
    if (entry.window === this.window) {
      this.positions[entry.group]!.push(position);
      return;
    }
    const group = this.positions.length;
    entry.window = this.window;
    entry.group = group;
    this.positions.push([position]);
    this.groupLists.push(undefined);
    const classes = entry.classes;
    for (let c = 0; c < classes.length; c++) {
      const cls = classes[c]!;
      this.grow(cls);
      const groups = this.groupsOf[cls];
      if (groups !== undefined) {
        groups.push(group);
        continue;
      }
      if (this.phraseHits[cls] === undefined) this.classes.push(cls);
      this.groupsOf[cls] = [group];
    }
  }

  /** Record a phrase occurrence [start, end) of a class. */
  addPhrase(cls: number, start: number, end: number): void {
    this.grow(cls);
    const list = this.phraseHits[cls];
    if (list !== undefined) {
      list.push(start, end);
      return;
    }
    if (this.groupsOf[cls] === undefined) this.classes.push(cls);
    this.phraseHits[cls] = [start, end];
  }

  /** A group's hit list: (p, p + 1) for each position of its word. */
  private groupList(group: number): HitList {
    let list = this.groupLists[group];
    if (list === undefined) {
      const positions = this.positions[group]!;
      list = new Array<number>(positions.length * 2);
      for (let k = 0; k < positions.length; k++) {
        list[k * 2] = positions[k]!;
        list[k * 2 + 1] = positions[k]! + 1;
      }
      this.groupLists[group] = list;
    }
    return list;
  }

  /** Room for class `cls` in the per-class arrays (they grow to the highest class met). */
  private grow(cls: number): void {
    if (cls < this.groupsOf.length) return;
    const size = Math.max(cls + 1, this.groupsOf.length * 2, 256);
    for (const array of [this.groupsOf, this.phraseHits, this.built]) {
      for (let k = array.length; k < size; k++) array.push(undefined);
    }
  }

  clear(): void {
    for (const cls of this.classes) {
      this.groupsOf[cls] = undefined;
      this.phraseHits[cls] = undefined;
      this.built[cls] = undefined;
    }
    this.classes.length = 0;
    this.positions.length = 0;
    this.groupLists.length = 0;
    this.window++;
  }
}
const classHits = new WeakMap<CompiledIndex, ClassHits>();

function addAll(hits: ClassHits, classes: readonly number[] | undefined, start: number, end: number): boolean {
  if (!classes) return false;
  for (const cls of classes) hits.addPhrase(cls, start, end);
  return classes.length > 0;
}

function hasDouble(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  return false;
}

function wordMatches(token: Token | undefined, word: string, prefix: boolean): boolean {
  if (!token) return false;
  if (prefix) return token.text.startsWith(word) || dedupLetters(token.text).startsWith(dedupLetters(word));
  return token.text === word || (hasDouble(token.text) && dedupLetters(token.text) === dedupLetters(word));
}

function phrasesAt(phrases: PhraseEntry[], tokens: Token[], i: number, hits: ClassHits): boolean {
  let found = false;
  for (const phrase of phrases) {
    const n = phrase.rest.length;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = wordMatches(tokens[i + 1 + k], phrase.rest[k] ?? '', phrase.lastIsPrefix && k === n - 1);
    if (ok) found = addAll(hits, phrase.classes, i, i + 1 + n) || found;
  }
  return found;
}

// Chat repeats words, within a message and across messages: look each distinct word up once
// per detector. Bounded, and cleared when full, so hostile input cannot grow it without limit.
const WORD_CACHE_LIMIT = 20_000;
interface WordEntry {
  classes: readonly number[];
  /** Some multi-word term starts with this word (as written or with double letters made single). */
  startsPhrase: boolean;
  /** Multi-word terms starting with this word, by their second word. */
  byNext: ReadonlyMap<string, PhraseEntry[]> | undefined;
  /** Two-word terms whose second word is a prefix ("gift card*"), keyed on this word alone. */
  alone: PhraseEntry[] | undefined;
  /** The ClassHits window this word last occurred in, and its group there (see ClassHits.addWord). */
  window: number;
  group: number;
}
// One map per token kind, keyed by the token's text: a key made of kind and text would be a new
// string to build and hash for every emoji, number or link.
const wordCaches = new WeakMap<CompiledIndex, Map<string, WordEntry>[]>();
/** The index's word caches, one per token kind (`Gap` included, unused). */
function wordCachesOf(index: CompiledIndex): Map<string, WordEntry>[] {
  let caches = wordCaches.get(index);
  if (!caches) wordCaches.set(index, (caches = Array.from({ length: TokenKind.Gap + 1 }, () => new Map<string, WordEntry>())));
  return caches;
}

/** Every class occurrence in the tokens (valid until the next call for the same index). */
function collectHits(tokens: Token[], index: CompiledIndex): ClassHits {
  let hits = classHits.get(index);
  if (!hits) classHits.set(index, (hits = new ClassHits()));
  hits.clear();
  const caches = wordCachesOf(index);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.kind === TokenKind.Gap) continue;
    const text = token.text;
    const memo = caches[token.kind]!;
    let entry = memo.get(text);
    if (entry === undefined) {
      entry = {
        classes: wordClasses(token, index),
        startsPhrase: index.phraseStarts.has(text) || (hasDouble(text) && index.dedupPhraseStarts.has(dedupLetters(text))),
        byNext: index.phraseTree.get(text),
        alone: index.phrases.get(text),
        window: -1,
        group: 0,
      };
      if (memo.size >= WORD_CACHE_LIMIT) memo.clear();
      memo.set(text, entry);
    }
    if (entry.classes.length > 0) hits.addWord(entry, i);
    if (entry.startsPhrase) {
      const next = tokens[i + 1]?.text ?? '';
      let matched = false;
      const two = entry.byNext?.get(next);
      if (two) matched = phrasesAt(two, tokens, i, hits);
      if (entry.alone) matched = phrasesAt(entry.alone, tokens, i, hits) || matched;
      if (!matched && (hasDouble(text) || hasDouble(next))) {
        const dt = dedupLetters(text);
        const dtwo = index.dedupPhrases.get(`${dt} ${dedupLetters(next)}`);
        if (dtwo) phrasesAt(dtwo, tokens, i, hits);
        const done = index.dedupPhrases.get(dt);
        if (done) phrasesAt(done, tokens, i, hits);
      }
    }
  }
  return hits;
}

/** The classes one token belongs to on its own (phrases are checked separately). */
function wordClasses(token: Token, index: CompiledIndex): number[] {
  const out = new Set<number>();
  const text = token.text;
  const addList = (list: readonly number[] | undefined): boolean => {
    if (!list || list.length === 0) return false;
    for (const c of list) out.add(c);
    return true;
  };
  const addPrefixes = (map: CompiledIndex['prefixes'], word: string): boolean => {
    if (word.length < 3) return false;
    let found = false;
    for (const entry of map.get(word.slice(0, 3)) ?? []) if (word.startsWith(entry.prefix)) found = addList(entry.classes) || found;
    return found;
  };
  addList(index.kinds.get(token.kind));
  let found = addList(index.words.get(text));
  found = addPrefixes(index.prefixes, text) || found;
  if (token.kind === TokenKind.Link) {
    const host = linkHost(text) ?? text;
    const slash = text.indexOf('/', host.length + 1);
    found = addList(index.words.get(host)) || found;
    found = addList(index.words.get(slash < 0 ? text : text.slice(0, slash))) || found;
  }
  if (!found && token.kind === TokenKind.Word && text.includes('-')) {
    // Affixed or compound words ("mag-model", "i-send", "e-mail"): try the parts.
    for (const part of text.split('-')) {
      if (part.length === 0) continue;
      found = addList(index.words.get(part)) || found;
      found = addPrefixes(index.prefixes, part) || found;
    }
  }
  if (!found && hasDouble(text)) {
    const dedup = dedupLetters(text);
    addList(index.dedupWords.get(dedup));
    addPrefixes(index.dedupPrefixes, dedup);
  }
  return [...out];
}

/** First index in a hit list whose start is >= pos (in pairs). */
function lowerBound(list: HitList, pos: number): number {
  let lo = 0;
  let hi = list.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid * 2] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Merge two start-ordered hit lists into a new one. */
function mergeHits(a: HitList, b: HitList): HitList {
  const out: number[] = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const ai = a[i] ?? 0;
    const bj = b[j] ?? 0;
    if (ai < bj || (ai === bj && (a[i + 1] ?? 0) <= (b[j + 1] ?? 0))) {
      out[k++] = ai;
      out[k++] = a[i + 1] ?? 0;
      i += 2;
    } else {
      out[k++] = bj;
      out[k++] = b[j + 1] ?? 0;
      j += 2;
    }
  }
  while (i < a.length) out[k++] = a[i++] ?? 0;
  while (j < b.length) out[k++] = b[j++] ?? 0;
  return out;
}

/**
 * Occurrences of a slot: its member classes' hits, merged in start order
 * and cached for this window. One per compiled index, like ClassHits: the
 * cache is an array by slot id, emptied (the slots it filled) per window.
 */
class SlotHits {
  private cache: (HitList | null | undefined)[];
  private cached: number[] = [];
  constructor(
    private readonly index: CompiledIndex,
    readonly hits: ClassHits,
  ) {
    this.cache = new Array<undefined>(index.slots.length).fill(undefined);
  }

  get(slot: number): HitList | undefined {
    const cached = this.cache[slot];
    if (cached !== undefined) return cached ?? undefined;
    const members = this.index.slots[slot] ?? [];
    let result: HitList | undefined;
    for (const m of members) {
      const list = this.hits.get(m);
      if (list) result = result === undefined ? list : mergeHits(result, list);
    }
    this.cache[slot] = result ?? null;
    this.cached.push(slot);
    return result;
  }

  clear(): void {
    for (const slot of this.cached) this.cache[slot] = undefined;
    this.cached.length = 0;
  }
}

/**
 * What matchRules keeps per compiled index between windows: the slot cache,
 * the rules by anchor class as an array (a Map's lookup was a good part of
 * trying the classes of a window), and which rules this window has tried
 * (stamped with the window's number instead of a Set per window).
 */
interface MatchState {
  slots: SlotHits;
  rulesByAnchor: (readonly number[] | undefined)[];
  tried: Uint32Array;
  window: number;
}
const matchStates = new WeakMap<CompiledIndex, MatchState>();
function matchStateOf(index: CompiledIndex, hits: ClassHits): MatchState {
  let state = matchStates.get(index);
  if (!state) {
    const rulesByAnchor: (readonly number[] | undefined)[] = [];
    for (const [cls, rules] of index.rulesByAnchor) {
      while (rulesByAnchor.length <= cls) rulesByAnchor.push(undefined);
      rulesByAnchor[cls] = rules;
    }
    state = { slots: new SlotHits(index, hits), rulesByAnchor, tried: new Uint32Array(index.rules.length), window: 0 };
    matchStates.set(index, state);
  }
  return state;
}

/**
 * Is there an in-order match of `slots` lying wholly inside [lo, hi)? Each
 * slot must start after the previous slot's start (slots may overlap a
 * phrase, e.g. "do u have" and "u", but never reuse the same start).
 */
function occursWithin(slots: readonly number[], hits: SlotHits, lo: number, hi: number): boolean {
  let cursor = lo;
  for (const cls of slots) {
    const list = hits.get(cls);
    if (!list) return false;
    let k = lowerBound(list, cursor);
    // Skip occurrences that run past the window (a longer phrase at the same start).
    while (k * 2 < list.length && (list[k * 2 + 1] ?? 0) > hi && (list[k * 2] ?? 0) < hi) k++;
    const start = list[k * 2];
    const end = list[k * 2 + 1];
    if (start === undefined || end === undefined || end > hi) return false;
    cursor = start + 1;
  }
  return true;
}

function excepted(rule: CompiledRule, hits: SlotHits, first: number, last: number, tokenCount: number): boolean {
  if (rule.unless.length === 0) return false;
  const lo = Math.max(0, first - rule.unlessWithin);
  const hi = Math.min(tokenCount, last + rule.unlessWithin);
  for (const pattern of rule.unless) if (occursWithin(pattern, hits, lo, hi)) return true;
  return false;
}

function matchInOrder(rule: CompiledRule, lists: HitList[], hits: SlotHits, tokenCount: number, vetoes: Veto[]): RuleMatch | undefined {
  const head = lists[0] ?? [];
  const count = head.length >> 1;
  for (let a = 0, attempts = 0; a < count && attempts < MAX_ATTEMPTS; a++, attempts++) {
    const first = head[a * 2] ?? 0;
    let cursor = first + 1;
    let last = head[a * 2 + 1] ?? 0;
    let ok = true;
    for (let j = 1; j < lists.length; j++) {
      const list = lists[j] ?? [];
      const k = lowerBound(list, cursor);
      const start = list[k * 2];
      const end = list[k * 2 + 1];
      if (start === undefined || end === undefined) return undefined; // no later occurrence for any anchor either
      const newLast = Math.max(last, end);
      if (newLast - first > rule.within) {
        ok = false;
        break;
      }
      cursor = start + 1;
      last = newLast;
    }
    if (!ok) continue;
    if (!excepted(rule, hits, first, last, tokenCount)) return { rule, first, last };
    vetoes.push({ category: rule.category, lang: rule.lang, first, last });
  }
  return undefined;
}

function matchAnyOrder(rule: CompiledRule, lists: HitList[], hits: SlotHits, tokenCount: number, vetoes: Veto[]): RuleMatch | undefined {
  const head = lists[0] ?? [];
  const count = head.length >> 1;
  for (let a = 0, attempts = 0; a < count && attempts < MAX_ATTEMPTS; a++, attempts++) {
    const s0 = head[a * 2] ?? 0;
    const e0 = head[a * 2 + 1] ?? 0;
    let lo = s0;
    let hi = e0;
    let ok = true;
    for (let j = 1; j < lists.length && ok; j++) {
      const list = lists[j] ?? [];
      const k = lowerBound(list, e0);
      let bestLo = Infinity;
      let bestHi = -Infinity;
      let bestSpan = Infinity;
      const after = list[k * 2];
      if (after !== undefined) {
        const span = Math.max(hi, list[k * 2 + 1] ?? 0) - lo;
        if (span < bestSpan) [bestSpan, bestLo, bestHi] = [span, lo, Math.max(hi, list[k * 2 + 1] ?? 0)];
      }
      // The nearest occurrence that ends before the head starts.
      for (let b = lowerBound(list, s0) - 1; b >= 0 && b >= lowerBound(list, s0) - 3; b--) {
        const bs = list[b * 2] ?? 0;
        const be = list[b * 2 + 1] ?? 0;
        if (be > s0) continue;
        const span = hi - Math.min(lo, bs);
        if (span < bestSpan) [bestSpan, bestLo, bestHi] = [span, Math.min(lo, bs), hi];
        break;
      }
      if (bestSpan > rule.within) ok = false;
      else [lo, hi] = [bestLo, bestHi];
    }
    if (!ok) continue;
    if (!excepted(rule, hits, lo, hi, tokenCount)) return { rule, first: lo, last: hi };
    vetoes.push({ category: rule.category, lang: rule.lang, first: lo, last: hi });
  }
  return undefined;
}

/** Every rule that fires on these tokens (each at most once, first unguarded occurrence). */
export function matchRules(tokens: Token[], index: CompiledIndex, enabled: (rule: CompiledRule) => boolean): RuleMatch[] {
  const baseHits = collectHits(tokens, index);
  if (baseHits.classes.length === 0) return [];
  const state = matchStateOf(index, baseHits);
  const hits = state.slots;
  hits.clear();
  const tried = state.tried;
  const window = (state.window = (state.window + 1) >>> 0 || 1);
  if (window === 1) tried.fill(0);
  const matches: RuleMatch[] = [];
  const vetoes: Veto[] = [];
  for (const cls of baseHits.classes) {
    const ruleIds = state.rulesByAnchor[cls];
    if (!ruleIds) continue;
    for (const r of ruleIds) {
      if (tried[r] === window) continue;
      tried[r] = window;
      const rule = index.rules[r];
      if (!rule || !enabled(rule)) continue;
      const lists: HitList[] = [];
      let present = true;
      for (const slot of rule.slots) {
        const list = hits.get(slot);
        if (!list) {
          present = false;
          break;
        }
        lists.push(list);
      }
      if (!present) continue;
      const m = rule.anyOrder ? matchAnyOrder(rule, lists, hits, tokens.length, vetoes) : matchInOrder(rule, lists, hits, tokens.length, vetoes);
      if (m) matches.push(m);
    }
  }
  if (vetoes.length === 0) return matches;
  return matches.filter(
    (m) => !vetoes.some((v) => v.category === m.rule.category && v.lang !== m.rule.lang && v.first <= m.first && m.last <= v.last),
  );
}
