/**
 * The lexicon tables: which word classes a token belongs to.
 *
 * A class is a pack's (or the common lexicon's) named list of terms with
 * `@references` expanded, or the literal words of one slot. Each gets a
 * number, its index in `classNames`. Its terms are normalised and tokenised
 * like a message, then filed by shape:
 *
 *   words          word -> classes              `send`
 *   prefixes       first 3 letters -> entries   `pic*` (entry: prefix, classes)
 *   phrases        "first second" -> entries    `give me`, `keep it secr*`
 *                  (entry: the words after the first, last-is-prefix, classes;
 *                  a two-word phrase ending in a prefix is keyed on its first word)
 *   phraseTree     first -> second -> the same entry lists (no string joins per token)
 *   phraseStarts   first words of phrases
 *   kinds          token kind -> classes       `@NUM`, `@LINK`
 *
 * and each (but the tree) again with double letters made single
 * (`dedup*`), the fallback for `piic`. Thai terms go to ./thai.ts.
 */
import type { Pack } from '../../packs/types';
import { normalizeTerm } from '../normalize';
import { tokenize, TokenKind, type Token } from '../tokenize';
import { addThaiTerm, hasThai, type ThaiTableBuilder } from './thai';

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

/** The tables a token is looked up in (see the top of this file). */
export interface LexiconTables {
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
  /** Classes every token of a built-in kind belongs to. */
  kinds: Map<TokenKind, number[]>;
}

/** Terms a class matches directly, after expanding `@class` references. */
export interface ExpandedClass {
  terms: Set<string>;
  kinds: Set<TokenKind>;
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

/** Add `cls` to the list under `key` (once). */
export function pushClass<K>(map: Map<K, number[]>, key: K, cls: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [cls]);
  else if (!list.includes(cls)) list.push(cls);
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

/** A term normalised and cut into tokens like a message (cached while compiling: packs repeat terms across classes). */
export function termTokens(term: string): Token[] {
  let tokens = termTokenCache.get(term);
  if (!tokens) {
    // Most terms are plain lower-case words the normaliser would not change.
    tokens = PLAIN_TERM.test(term) && !/(.)\1\1/.test(term) ? plainTokens(term) : tokenize(normalizeTerm(term));
    if (termTokenCache.size < 50_000) termTokenCache.set(term, tokens);
  }
  return tokens;
}

/** Drop the term cache: it only speeds up compiling, and must not stay alive beside a detector. */
export function clearTermTokens(): void {
  termTokenCache.clear();
}

/** A lexicon being compiled: the tables, each class's expanded terms, and how to name a class. */
export interface Lexicon {
  tables: LexiconTables;
  /** Class id -> its expanded terms and kinds (read by the pre-filter's cost model). */
  expanded: ExpandedClass[];
  /** Qualified key (`en:send`, `common:app`, `kind:NUM`) of `@name` seen from `scope`. Throws when unknown. */
  resolve(name: string, scope: string): string;
  /** Terms of a resolved `scope:name` key. */
  termsOf(ref: string): { scope: string; terms: readonly string[] };
  /** Id of the class `key` with these terms (read from `scope`), filing its terms on first use. */
  classFor(key: string, terms: readonly string[], scope: string): number;
}

/** Start a lexicon over these packs and the common lexicon; Thai terms go to `thai`. */
export function createLexicon(packs: readonly Pack[], common: Readonly<Record<string, readonly string[]>>, thai: ThaiTableBuilder): Lexicon {
  const tables: LexiconTables = {
    classNames: [],
    words: new Map(),
    dedupWords: new Map(),
    prefixes: new Map(),
    dedupPrefixes: new Map(),
    phrases: new Map(),
    dedupPhrases: new Map(),
    phraseTree: new Map(),
    phraseStarts: new Set(),
    dedupPhraseStarts: new Set(),
    kinds: new Map(),
  };
  const classIds = new Map<string, number>();
  const expanded: ExpandedClass[] = [];

  const lexiconOf = (scope: string): Readonly<Record<string, readonly string[]>> | undefined =>
    scope === 'common' ? common : packs.find((p) => p.lang === scope)?.lexicon;

  const resolve = (name: string, scope: string): string => {
    if (name in BUILTIN_KIND_NAMES) return `kind:${name}`;
    const own = lexiconOf(scope);
    if (own && Object.prototype.hasOwnProperty.call(own, name)) return `${scope}:${name}`;
    if (Object.prototype.hasOwnProperty.call(common, name)) return `common:${name}`;
    throw new Error(`Unknown class @${name} in ${scope}`);
  };

  const termsOf = (ref: string): { scope: string; terms: readonly string[] } => {
    const [scope, name] = ref.split(':') as [string, string];
    return { scope, terms: lexiconOf(scope)?.[name] ?? [] };
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
        const sub = termsOf(ref);
        const inner = expand(sub.terms, sub.scope, seen);
        inner.terms.forEach((t) => out.terms.add(t));
        inner.kinds.forEach((k) => out.kinds.add(k));
      } else {
        out.terms.add(term);
      }
    }
    return out;
  };

  // Prefix and phrase entries by identity, so adding a term that is already there is one lookup.
  const entries = new Map<string, { classes: number[] }>();
  const entryIn = <E extends { classes: number[] }>(map: Map<string, E[]>, key: string, id: string, create: () => E): E => {
    let entry = entries.get(id) as E | undefined;
    if (!entry) {
      entry = create();
      entries.set(id, entry);
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    }
    return entry;
  };
  const addClass = (entry: { classes: number[] }, cls: number): void => {
    if (!entry.classes.includes(cls)) entry.classes.push(cls);
  };

  const addPrefix = (map: Map<string, PrefixEntry[]>, tag: string, prefix: string, cls: number): void => {
    addClass(entryIn(map, prefix.slice(0, 3), `${tag}\u0000${prefix}`, () => ({ prefix, classes: [] as number[] })), cls);
  };

  const addTerm = (raw: string, cls: number): void => {
    const isPrefix = raw.endsWith('*');
    const parts = termTokens(isPrefix ? raw.slice(0, -1) : raw).map((t) => t.text);
    if (parts.length === 0) return;
    if (parts.length === 1 && hasThai(parts[0] ?? '')) {
      addThaiTerm(thai, parts[0] ?? '', cls);
      pushClass(tables.words, parts[0] ?? '', cls);
      return;
    }
    for (const part of parts) if (hasThai(part)) addThaiTerm(thai, part, undefined);
    if (parts.length === 1) {
      const word = parts[0] ?? '';
      if (isPrefix && word.length >= 3) {
        addPrefix(tables.prefixes, 'p', word, cls);
        addPrefix(tables.dedupPrefixes, 'dp', dedupLetters(word), cls);
      } else {
        pushClass(tables.words, word, cls);
        pushClass(tables.dedupWords, dedupLetters(word), cls);
      }
      return;
    }
    const [first, ...rest] = parts as [string, ...string[]];
    tables.phraseStarts.add(first);
    tables.dedupPhraseStarts.add(dedupLetters(first));
    const restKey = `${rest.join(' ')}${isPrefix ? '*' : ''}`;
    const addPhrase = (map: Map<string, PhraseEntry[]>, tag: string, key: string): void => {
      addClass(entryIn(map, key, `${tag}\u0000${key}\u0000${restKey}`, () => ({ rest, lastIsPrefix: isPrefix, classes: [] as number[] })), cls);
    };
    // A two-word phrase whose second word is a prefix ("gift card*") is keyed on the first word alone.
    const second = rest[0] ?? '';
    const keyedOnTwo = !(isPrefix && rest.length === 1);
    addPhrase(tables.phrases, 'ph', keyedOnTwo ? `${first} ${second}` : first);
    addPhrase(tables.dedupPhrases, 'dph', keyedOnTwo ? `${dedupLetters(first)} ${dedupLetters(second)}` : dedupLetters(first));
  };

  const classFor = (key: string, terms: readonly string[], scope: string): number => {
    const existing = classIds.get(key);
    if (existing !== undefined) return existing;
    const id = tables.classNames.length;
    tables.classNames.push(key);
    classIds.set(key, id);
    const cls = expand(terms, scope, new Set([key]));
    expanded.push(cls);
    for (const kind of cls.kinds) pushClass(tables.kinds, kind, id);
    for (const raw of cls.terms) addTerm(raw, id);
    return id;
  };

  return { tables, expanded, resolve, termsOf, classFor };
}

/** Build `phraseTree` from `phrases` (call once, after the last term). */
export function buildPhraseTree(tables: LexiconTables): void {
  tables.phraseTree.clear();
  for (const [key, list] of tables.phrases) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const first = key.slice(0, space);
    let byNext = tables.phraseTree.get(first);
    if (!byNext) tables.phraseTree.set(first, (byNext = new Map()));
    byNext.set(key.slice(space + 1), list);
  }
}
