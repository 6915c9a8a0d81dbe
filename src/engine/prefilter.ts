/**
 * The fast path. Most chat lines contain no word that can start any rule;
 * this decides that in one pass over the character codes, without
 * allocating, so ordinary messages leave the detector almost at once.
 *
 * It must never say "no" to a message the full matcher could flag. So it
 * answers "maybe" (run the full path) for anything the normaliser would
 * change: any non-ASCII character (homoglyphs, emoji, accents, Thai,
 * invisible characters), leetspeak or amounts (a digit or `@$!|` touching a
 * letter), dotted or slashed words (links), bracketed or spelled-out dots,
 * three single letters in a row (`s n a p`), hyphenated words; and for any
 * word (letters folded to lower case, double letters made single) that is
 * a trigger word or starts with a trigger prefix of some rule's anchor slot.
 *
 * Its tables (`PrefilterTables`): five open-addressing `HashLists` from a
 * word's 30-bit hash to the features it stands for (words as written,
 * words with double letters made single, the same two for prefixes, and
 * pairs of neighbouring words), plus the groups of features that pass a
 * message together (./compile/triggers.ts picks the keys). Hashing every
 * key is the slow part of building them, so the shipped packs' tables are
 * built at build time and read back with `prefilterTablesFromData`.
 */
import { dedupLetters, type CompiledIndex, type TriggerSet } from './compile';
import { DIGIT_WORDS } from './normalize/numberWords';

// FNV-1a over char codes, the same for trigger keys and message words.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Hashes are cut to 30 bits so they stay small integers in V8 (no boxed numbers per word);
// a collision can only let a message through, never hide one.
const HASH_MASK = 0x3fffffff;

/** Hash-based trigger tables built from a compiled index. */
export interface Prefilter {
  /** True when the message might match and must take the full path. */
  mayMatch(text: string): boolean;
}

/** Hash of two consecutive words. */
function pairHash(a: number, b: number): number {
  return (Math.imul(a ^ 0x9e3779b9, FNV_PRIME) ^ b) & HASH_MASK;
}

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h & HASH_MASK;
}

// Lower-case ASCII letter code, 0 for a non-letter. Built once.
const FOLD = new Uint8Array(128);
for (let c = 97; c <= 122; c++) FOLD[c] = c;
for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;

const LINK_ENDINGS = new Set(['me', 'gg', 'com', 'net', 'org', 'io', 'co', 'app', 'ly', 'id', 'ph', 'my', 'th', 'br', 'fr', 'es', 'link', 'chat', 'gl', 'to', 'cc', 'ru', 'xyz', 'site']);

/** Bits of a KeyBits filter per key (with one hash, about 1 in 16 hashes it lacks still takes a lookup). */
const BITS_PER_KEY = 16;

/** Marks a word key that passes the message on its own (a rule's anchor), in a hash table's id list. */
const IMMEDIATE = -1;

/**
 * Open-addressing table from a 30-bit hash to a short list of ids, in typed
 * arrays: one probe sequence per lookup and no boxed numbers on the hot path.
 */
export class HashLists {
  private keys: Int32Array;
  private heads: Int32Array;
  private readonly lists: number[][] = [];
  private flat: Int32Array = new Int32Array(0);
  /** After `freeze`: the key of each list, in the order the lists lie in `flat` (what `toData` writes). */
  private listKeys: Int32Array = new Int32Array(0);
  private mask: number;
  private size = 0;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity <<= 1;
    this.keys = new Int32Array(capacity);
    this.heads = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** A frozen table again from `toData`'s output: one probe loop over the keys, no hashing of words. */
  static fromData(data: HashListsData): HashLists {
    const table = new HashLists(data.keys.length);
    table.flat = Int32Array.from(data.flat);
    table.listKeys = Int32Array.from(data.keys);
    let at = 0;
    for (let k = 0; k < data.keys.length; k++) {
      const key = data.keys[k] ?? 1;
      let i = key & table.mask;
      while (table.keys[i] !== 0) i = (i + 1) & table.mask;
      table.keys[i] = key;
      table.heads[i] = at;
      at += (table.flat[at] ?? 0) + 1;
    }
    table.size = data.keys.length;
    return table;
  }

  /** The frozen table as plain data: each list's key, and the lists (length first, then the ids). */
  toData(): HashListsData {
    return { keys: [...this.listKeys], flat: [...this.flat] };
  }

  add(hash: number, id: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const key = hash & HASH_MASK || 1; // 0 marks an empty cell
    let i = key & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    if (this.keys[i] === 0) {
      this.keys[i] = key;
      this.heads[i] = this.lists.length;
      this.lists.push([]);
      this.size++;
    }
    const list = this.lists[this.heads[i] ?? 0] ?? [];
    if (!list.includes(id)) list.push(id);
  }

  /** Double the capacity (compile time only), keeping at most half the cells full so probes stay short. */
  private grow(): void {
    const keys = this.keys;
    const heads = this.heads;
    this.keys = new Int32Array(keys.length * 2);
    this.heads = new Int32Array(keys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j] ?? 0;
      if (key === 0) continue;
      let i = key & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.heads[i] = heads[j] ?? -1;
    }
  }

  /** Pack the lists into one typed array (call once, after the last add). */
  freeze(): void {
    let total = 0;
    for (const list of this.lists) total += list.length + 1;
    this.flat = new Int32Array(total);
    const offsets: number[] = [];
    this.listKeys = new Int32Array(this.lists.length);
    for (let i = 0; i < this.keys.length; i++) {
      const head = this.heads[i] ?? -1;
      if (head >= 0) this.listKeys[head] = this.keys[i] ?? 0;
    }
    let at = 0;
    for (const list of this.lists) {
      offsets.push(at);
      this.flat[at++] = list.length;
      for (const id of list) this.flat[at++] = id;
    }
    for (let i = 0; i < this.heads.length; i++) {
      const head = this.heads[i] ?? -1;
      if (head >= 0) this.heads[i] = offsets[head] ?? 0;
    }
    this.lists.length = 0;
  }

  /** Offset of the hash's list in `ids` (its length first, then the ids), or -1. */
  find(hash: number): number {
    if (this.size === 0) return -1;
    const key = hash & HASH_MASK || 1;
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i] ?? 0;
      if (k === key) return this.heads[i] ?? -1;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  get ids(): Int32Array {
    return this.flat;
  }

  /** The keys of the lists (after `freeze` or `fromData`). */
  get keyList(): Int32Array {
    return this.listKeys;
  }
}

/**
 * One bit per key of some tables (a Bloom filter with one hash): a hash whose bit is clear is in
 * none of them, which one load says where a lookup (hit, then the table's probe) takes several
 * steps. Nearly every prefix and word pair of a message, and most of its words, are in no table.
 * It never hides a key, so the pre-filter's answers are the same.
 */
class KeyBits {
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(tables: readonly HashLists[], bitsPerKey: number) {
    const keys = tables.reduce((n, t) => n + t.keyList.length, 0);
    let size = 32;
    while (size < keys * bitsPerKey) size <<= 1;
    this.bits = new Int32Array(size / 32);
    this.mask = size - 1;
    for (const table of tables) for (const key of table.keyList) this.set(key);
  }

  private set(key: number): void {
    const bit = key & this.mask;
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** False when no table has `hash` (HashLists.find would return -1 in each). */
  mayHave(hash: number): boolean {
    const bit = (hash & HASH_MASK || 1) & this.mask;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/** The pre-filter's tables: built from an index (`buildPrefilterTables`) or loaded from data (`prefilterTablesFromData`). */
export interface PrefilterTables {
  /** Words as written (runs of a letter cut to two), and with double letters made single. */
  exact: HashLists;
  folded: HashLists;
  exactPrefixes: HashLists;
  foldedPrefixes: HashLists;
  /** Two neighbouring words (both forms). */
  pairs: HashLists;
  /** Bit k set: some prefix (either form) has length k (k < 31). */
  prefixLengths: number;
  /** The index's triggerGroups: a message may match once every feature of some group occurred. */
  groups: readonly (readonly number[])[];
  /** How many features (the index's triggerSlots) there are. */
  featureCount: number;
  /** Features that any digit stands for, and those `?` stands for. */
  digitSlots: readonly number[];
  questionSlots: readonly number[];
  /** A digit (or a `?`) passes the message at once. */
  digitsTrigger: boolean;
  questionTrigger: boolean;
}

/** `PrefilterTables` as JSON-safe data. */
export interface PrefilterData {
  exact: HashListsData;
  folded: HashListsData;
  exactPrefixes: HashListsData;
  foldedPrefixes: HashListsData;
  pairs: HashListsData;
  prefixLengths: number;
  groups: number[][];
  featureCount: number;
  digitSlots: number[];
  questionSlots: number[];
  digitsTrigger: 0 | 1;
  questionTrigger: 0 | 1;
}

/** One frozen HashLists: each list's key, and the lists (length first, then the ids). */
export interface HashListsData {
  keys: number[];
  flat: number[];
}

/** Hash the index's trigger keys into tables (the slow part of a pre-filter: done at build time for the shipped packs). */
export function buildPrefilterTables(index: CompiledIndex): PrefilterTables {
  // Like the matcher: a word is looked up as written (letter runs cut to two), and with
  // double letters made single only when it has some ("piiic" finds "pic", "its" never finds "ss").
  // Each key lists IMMEDIATE (an anchor: pass at once) and/or the guard slots it stands for.
  const slots = index.triggerSlots;
  const sizeOf = (pick: (t: TriggerSet) => readonly string[], immediate: ReadonlySet<string>): number =>
    immediate.size + slots.reduce((n, t) => n + pick(t).length, 0);
  const exact = new HashLists(sizeOf((t) => t.words, index.triggerWords));
  const folded = new HashLists(sizeOf((t) => t.words, index.triggerWords));
  const exactPrefixes = new HashLists(sizeOf((t) => t.prefixes, index.triggerPrefixes));
  const foldedPrefixes = new HashLists(sizeOf((t) => t.prefixes, index.triggerPrefixes));
  const pairs = new HashLists(2 * sizeOf((t) => t.bigrams, index.triggerBigrams));
  let prefixLengths = 0;
  // The same key words recur in many slots: hash each once (this can run when a detector
  // starts, before the engine's code is optimised).
  const exactHashes = new Map<string, number>();
  const foldedHashes = new Map<string, number>();
  const exactHash = (w: string): number => {
    let h = exactHashes.get(w);
    if (h === undefined) exactHashes.set(w, (h = hashOf(w)));
    return h;
  };
  const foldedHash = (w: string): number => {
    let h = foldedHashes.get(w);
    if (h === undefined) foldedHashes.set(w, (h = hashOf(dedupLetters(w))));
    return h;
  };
  const pairHashes = new Map<string, [number, number]>();
  const addSet = (words: Iterable<string>, prefixes: Iterable<string>, bigrams: Iterable<string>, id: number): void => {
    for (const w of words) {
      exact.add(exactHash(w), id);
      folded.add(foldedHash(w), id);
    }
    for (const p of prefixes) {
      const d = dedupLetters(p);
      exactPrefixes.add(hashOf(p), id);
      foldedPrefixes.add(hashOf(d), id);
      if (p.length < 31) prefixLengths |= 1 << p.length;
      if (d.length < 31) prefixLengths |= 1 << d.length;
    }
    for (const pair of bigrams) {
      let hashes = pairHashes.get(pair);
      if (!hashes) {
        const space = pair.indexOf(' ');
        const a = pair.slice(0, space);
        const b = pair.slice(space + 1);
        hashes = [pairHash(exactHash(a), exactHash(b)), pairHash(foldedHash(a), foldedHash(b))];
        pairHashes.set(pair, hashes);
      }
      pairs.add(hashes[0], id);
      pairs.add(hashes[1], id);
    }
  };
  addSet(index.triggerWords, index.triggerPrefixes, index.triggerBigrams, IMMEDIATE);
  slots.forEach((t, id) => addSet(t.words, t.prefixes, t.bigrams, id));
  // Digit words ("zero eight one ...") become digits in the normaliser: they stand for digits here too.
  const digitWords = Object.keys(DIGIT_WORDS);
  if (index.digitsTrigger) addSet(digitWords, [], [], IMMEDIATE);
  slots.forEach((t, id) => {
    if (t.digits) addSet(digitWords, [], [], id);
  });
  for (const table of [exact, folded, exactPrefixes, foldedPrefixes, pairs]) table.freeze();

  return {
    exact,
    folded,
    exactPrefixes,
    foldedPrefixes,
    pairs,
    prefixLengths,
    groups: index.triggerGroups,
    featureCount: slots.length,
    digitSlots: slots.flatMap((t, id) => (t.digits ? [id] : [])),
    questionSlots: slots.flatMap((t, id) => (t.question ? [id] : [])),
    digitsTrigger: index.digitsTrigger,
    questionTrigger: index.questionTrigger,
  };
}

/** The tables as JSON-safe data (see ./compile/io.ts). */
export function prefilterTablesToData(t: PrefilterTables): PrefilterData {
  return {
    exact: t.exact.toData(),
    folded: t.folded.toData(),
    exactPrefixes: t.exactPrefixes.toData(),
    foldedPrefixes: t.foldedPrefixes.toData(),
    pairs: t.pairs.toData(),
    prefixLengths: t.prefixLengths,
    groups: t.groups.map((g) => [...g]),
    featureCount: t.featureCount,
    digitSlots: [...t.digitSlots],
    questionSlots: [...t.questionSlots],
    digitsTrigger: t.digitsTrigger ? 1 : 0,
    questionTrigger: t.questionTrigger ? 1 : 0,
  };
}

/** The tables again from `prefilterTablesToData`'s output. */
export function prefilterTablesFromData(d: PrefilterData): PrefilterTables {
  return {
    exact: HashLists.fromData(d.exact),
    folded: HashLists.fromData(d.folded),
    exactPrefixes: HashLists.fromData(d.exactPrefixes),
    foldedPrefixes: HashLists.fromData(d.foldedPrefixes),
    pairs: HashLists.fromData(d.pairs),
    prefixLengths: d.prefixLengths,
    groups: d.groups,
    featureCount: d.featureCount,
    digitSlots: d.digitSlots,
    questionSlots: d.questionSlots,
    digitsTrigger: d.digitsTrigger === 1,
    questionTrigger: d.questionTrigger === 1,
  };
}

/** Build the pre-filter for an index. */
export function createPrefilter(index: CompiledIndex): Prefilter {
  return prefilterFromTables(buildPrefilterTables(index));
}

/** The pre-filter over ready tables. */
export function prefilterFromTables(tables: PrefilterTables): Prefilter {
  const { exact, folded, exactPrefixes, foldedPrefixes, pairs, prefixLengths, digitSlots, questionSlots } = tables;
  // Asked before each lookup. A word's prefixes are looked up at each of its letters: these
  // lookups were about a third of the pre-filter's time, the word pairs' a sixth.
  const prefixBits = new KeyBits([exactPrefixes, foldedPrefixes], BITS_PER_KEY);
  const pairBits = new KeyBits([pairs], BITS_PER_KEY);
  const wordBits = new KeyBits([exact, folded], BITS_PER_KEY);
  // Which groups each feature belongs to; a group passes the message once all its features occurred.
  const groupsOf: number[][] = Array.from({ length: tables.featureCount }, () => []);
  const groupSize = new Uint8Array(tables.groups.length);
  tables.groups.forEach((group, g) => {
    groupSize[g] = group.length;
    for (const feature of group) groupsOf[feature]?.push(g);
  });
  const digitsTrigger = tables.digitsTrigger;
  const questionTrigger = tables.questionTrigger;
  // Stamped with the message's generation instead of cleared per message.
  const seen = new Uint32Array(tables.featureCount);
  const groupStamp = new Uint32Array(groupSize.length);
  const groupCount = new Uint8Array(groupSize.length);
  let generation = 0;

  /** Record that a feature occurred; true when that completes a group. */
  function see(feature: number): boolean {
    if (seen[feature] === generation) return false;
    seen[feature] = generation;
    const groups = groupsOf[feature];
    if (!groups) return false;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k] ?? 0;
      if (groupStamp[g] !== generation) {
        groupStamp[g] = generation;
        groupCount[g] = 0;
      }
      const count = (groupCount[g] ?? 0) + 1;
      groupCount[g] = count;
      if (count >= (groupSize[g] ?? 0)) return true;
    }
    return false;
  }

  /** Look a key up: true when it passes the message (an anchor, or a completed pair). */
  function hit(table: HashLists, hash: number): boolean {
    const at = table.find(hash);
    if (at < 0) return false;
    const ids = table.ids;
    const count = ids[at] ?? 0;
    for (let k = 1; k <= count; k++) {
      const id = ids[at + k] ?? 0;
      if (id === IMMEDIATE || see(id)) return true;
    }
    return false;
  }

  /** A word pair, looked up only when its bit is set. */
  function pairMayPass(hash: number): boolean {
    return pairBits.mayHave(hash) && hit(pairs, hash);
  }

  function mayMatch(text: string): boolean {
    generation = (generation + 1) >>> 0;
    if (generation === 0) {
      seen.fill(0);
      groupStamp.fill(0);
      generation = 1;
    }
    const n = text.length;
    let he = FNV_OFFSET; // word as written, runs of 3+ cut to 2
    let hf = FNV_OFFSET; // word with double letters made single
    let lenE = 0;
    let lenF = 0;
    let prev = 0;
    let prev2 = 0;
    let doubled = false;
    let singles = 0; // single-letter words in a row
    let lastCode = 32;
    let hasPrevious = false; // a word came before, for word pairs
    let previousExact = 0; // its hashes
    let previousFolded = 0;
    let sawDigit = false;
    let sawQuestion = false;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      if (c >= 128) return true;
      const f = FOLD[c] ?? 0;
      if (f !== 0) {
        if (lastCode >= 48 && lastCode <= 57) return true; // digit then letter: leet or amount
        if (!(f === prev && f === prev2)) {
          he = Math.imul(he ^ f, FNV_PRIME);
          lenE++;
          if (lenE < 31 && (prefixLengths & (1 << lenE)) !== 0 && prefixBits.mayHave(he) && hit(exactPrefixes, he & HASH_MASK)) return true;
        }
        if (f !== prev) {
          hf = Math.imul(hf ^ f, FNV_PRIME);
          lenF++;
          if (lenF < 31 && (prefixLengths & (1 << lenF)) !== 0 && prefixBits.mayHave(hf) && hit(foldedPrefixes, hf & HASH_MASK)) return true;
        } else doubled = true;
        prev2 = prev;
        prev = f;
        lastCode = c;
        continue;
      }
      // Not a letter: the current word (if any) ends here.
      if (lenE > 0) {
        const e = he & HASH_MASK;
        const d = hf & HASH_MASK;
        if ((wordBits.mayHave(e) && hit(exact, e)) || (doubled && wordBits.mayHave(d) && hit(folded, d))) return true;
        if (hasPrevious && (pairMayPass(pairHash(previousExact, e)) || pairMayPass(pairHash(previousFolded, d)))) return true;
        hasPrevious = true;
        previousExact = e;
        previousFolded = d;
        if (lenF === 1 && !doubled && prevIsSingle(text, i)) {
          if (++singles >= 3) return true;
        } else singles = 0;
        he = FNV_OFFSET;
        hf = FNV_OFFSET;
        lenE = 0;
        lenF = 0;
        prev = 0;
        prev2 = 0;
        doubled = false;
      }
      if (c >= 48 && c <= 57) {
        if (digitsTrigger) return true;
        if ((FOLD[lastCode] ?? 0) !== 0) return true; // letter then digit
        if (!sawDigit) {
          sawDigit = true;
          for (const slot of digitSlots) if (see(slot)) return true;
        }
      } else if (c === 63) {
        if (questionTrigger) return true;
        if (!sawQuestion) {
          sawQuestion = true;
          for (const slot of questionSlots) if (see(slot)) return true;
        }
      } else if (c === 64 || c === 36 || c === 124 || c === 91 || c === 123 || c === 60 || c === 92) {
        return true; // @ $ | [ { < \ : handles, amounts, leet, defanged links
      } else if (c === 33 || c === 45 || c === 95 || c === 46 || c === 47 || c === 40) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const nextIsWord = (FOLD[next] ?? 0) !== 0 || (next >= 48 && next <= 57);
        const lastIsWord = (FOLD[lastCode] ?? 0) !== 0 || (lastCode >= 48 && lastCode <= 57);
        if (c === 40) {
          if (next === 46 || next === 100 || next === 68) return true; // "(.)" "(dot)"
        } else if (lastIsWord && nextIsWord) {
          return true; // p!c, e-mail, t.me, a/b
        } else if (c === 46 && isLinkEndingAfter(text, i + 1)) {
          return true; // "t . me"
        }
      }
      lastCode = c;
    }
    return false;
  }

  return { mayMatch };
}

/** True when the single letter that just ended stands between separators (part of `s n a p`). */
function prevIsSingle(text: string, end: number): boolean {
  const before = end - 2;
  return before < 0 || (FOLD[text.charCodeAt(before)] ?? 0) === 0;
}

/** After a dot (and at most one space), is the next word a link ending like `me` or `gg`? */
function isLinkEndingAfter(text: string, from: number): boolean {
  let i = from;
  if (text.charCodeAt(i) === 32) i++;
  let word = '';
  while (i < text.length && word.length <= 5) {
    const f = FOLD[text.charCodeAt(i)] ?? 0;
    if (f === 0) break;
    word += String.fromCharCode(f);
    i++;
  }
  return LINK_ENDINGS.has(word);
}
