/**
 * Thai terms, and how a run of Thai letters is cut into them.
 *
 * Thai is written without spaces and `Intl.Segmenter` differs between
 * browsers, so the engine does not segment Thai with a dictionary: every
 * pack term containing a Thai letter is looked for as a substring of each
 * Thai run (src/packs/FORMAT.md, "Thai").
 *
 * Layout: `ThaiTable` maps the first character of a term to the terms that
 * start with it, longest first, each with the word classes it belongs to
 * (empty for a Thai word that is only part of a longer phrase: it is still
 * cut out of the run so the phrase can match token by token). Built at
 * compile time (`addThaiTerm`, then `finishThaiTable`); read per message by
 * `expandThai`.
 */
import { TokenKind, type Token } from '../tokenize';

export interface ThaiTerm {
  term: string;
  classes: number[];
}

/** First character -> terms starting with it, longest first. */
export type ThaiTable = Map<string, ThaiTerm[]>;

/** A stretch of unmatched Thai letters counts as one token per this many letters (for `within`). */
const THAI_GAP_CHARS = 4;

/** Does `s` contain a Thai letter? */
export function hasThai(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0e00 && c <= 0x0e7f) return true;
  }
  return false;
}

/** A Thai table being built: one entry per term, however many classes list it. */
export interface ThaiTableBuilder {
  table: ThaiTable;
  byTerm: Map<string, ThaiTerm>;
}

export function thaiTableBuilder(): ThaiTableBuilder {
  return { table: new Map(), byTerm: new Map() };
}

/** Add a Thai term, in class `cls` (or in none: a word cut out so a phrase of it can match). */
export function addThaiTerm(builder: ThaiTableBuilder, term: string, cls: number | undefined): void {
  let entry = builder.byTerm.get(term);
  if (!entry) {
    entry = { term, classes: [] };
    builder.byTerm.set(term, entry);
    const key = term[0] ?? '';
    const list = builder.table.get(key);
    if (list) list.push(entry);
    else builder.table.set(key, [entry]);
  }
  if (cls !== undefined && !entry.classes.includes(cls)) entry.classes.push(cls);
}

/** Order each list longest term first (call once, after the last term). */
export function finishThaiTable(builder: ThaiTableBuilder): ThaiTable {
  for (const list of builder.table.values()) list.sort((a, b) => b.term.length - a.term.length);
  return builder.table;
}

/** Replace Thai runs by the pack terms found inside them (substring search) and gap tokens. */
export function expandThai(tokens: Token[], index: { thai: ThaiTable }): Token[] {
  if (!tokens.some((t) => t.kind === TokenKind.Thai)) return tokens;
  const pairs = pairsOf(index.thai);
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.kind !== TokenKind.Thai) {
      out.push(token);
      continue;
    }
    const run = token.text;
    let emittedUntil = 0;
    for (let p = 0; p < run.length; p++) {
      const candidates = termsAt(pairs, index.thai, run, p);
      if (!candidates) continue;
      let maxEnd = -1;
      // Candidates are the pack terms starting with these three letters (bounded by the packs, not
      // the input): a term of three letters or fewer is here, a longer one is compared in full.
      for (const { term } of candidates) {
        if (term.length > 3 && !run.startsWith(term, p)) continue;
        if (maxEnd < 0 && p > emittedUntil) pushGaps(out, token.start + emittedUntil, p - emittedUntil);
        out.push({ text: term, kind: TokenKind.Word, start: token.start + p, end: token.start + p + term.length });
        maxEnd = Math.max(maxEnd, p + term.length);
      }
      if (maxEnd >= 0) emittedUntil = Math.max(emittedUntil, maxEnd);
    }
    if (run.length > emittedUntil) pushGaps(out, token.start + emittedUntil, run.length - emittedUntil);
  }
  return out;
}

/**
 * The terms that may start at `run[p]`, by its first three letters, in the table's order (longest
 * first). A list by the first letter alone holds up to about 60 terms, and trying each at every
 * letter of a long Thai run was most of its cost; by two letters, comparing the third letter of
 * each candidate still was. Built on demand for each table: at most one list per three letters
 * met (a run's end stands for a missing second or third letter; a term of one or two letters is
 * in the list of every third letter). A run is Thai letters (U+0E00 to U+0E7F), so its letters
 * index arrays, looked up at every letter of the run without hashing: by the first two letters,
 * then by the third. Any other letter (never in a run the tokenizer makes) is looked up in a Map.
 */
type Terms = readonly ThaiTerm[] | null;
interface TermsByLetters {
  /** By the first two letters: undefined (not built), null (no term starts so), or the lists by the third letter. */
  thai: ((Terms | undefined)[] | null | undefined)[];
  other: Map<string, Terms>;
}
const THAI_FIRST = 0x0e00;
/** Letters U+0E00 to U+0E7F are 1 to 128 in the arrays; 0 is the end of the run. */
const THAI_SLOTS = 0x81;
const byLetters = new WeakMap<ThaiTable, TermsByLetters>();
function pairsOf(table: ThaiTable): TermsByLetters {
  let pairs = byLetters.get(table);
  if (!pairs) byLetters.set(table, (pairs = { thai: new Array<undefined>(THAI_SLOTS * THAI_SLOTS).fill(undefined), other: new Map() }));
  return pairs;
}
/** A letter's slot in the arrays (0 past the run's end), or -1 outside the Thai block. */
function slotOf(run: string, i: number): number {
  if (i >= run.length) return 0;
  const c = run.charCodeAt(i) - THAI_FIRST;
  return c >= 0 && c < THAI_SLOTS - 1 ? c + 1 : -1;
}
function termsAt(pairs: TermsByLetters, table: ThaiTable, run: string, p: number): readonly ThaiTerm[] | undefined {
  const a = slotOf(run, p);
  const b = slotOf(run, p + 1);
  const c = slotOf(run, p + 2);
  if (a < 0 || b < 0 || c < 0) {
    const key = run.slice(p, p + 3);
    let terms = pairs.other.get(key);
    if (terms === undefined) pairs.other.set(key, (terms = termsStarting(table, run, p, 3)));
    return terms ?? undefined;
  }
  let byThird = pairs.thai[a * THAI_SLOTS + b];
  if (byThird === undefined) {
    // Built for the pair at once: whether any term starts with these two letters at all.
    byThird = termsStarting(table, run, p, 2) === null ? null : new Array<undefined>(THAI_SLOTS).fill(undefined);
    pairs.thai[a * THAI_SLOTS + b] = byThird;
  }
  if (byThird === null) return undefined;
  let terms = byThird[c];
  if (terms === undefined) byThird[c] = terms = termsStarting(table, run, p, 3);
  return terms ?? undefined;
}
/** The table's terms whose first `letters` letters (as many as the term has) are those of `run` at `p`, in order; null for none. */
function termsStarting(table: ThaiTable, run: string, p: number, letters: number): Terms {
  const all = table.get(run.charAt(p));
  if (!all) return null;
  const terms = all.filter((t) => {
    for (let k = 1; k < Math.min(t.term.length, letters); k++) if (p + k >= run.length || t.term.charCodeAt(k) !== run.charCodeAt(p + k)) return false;
    return true;
  });
  return terms.length > 0 ? terms : null;
}

function pushGaps(out: Token[], start: number, length: number): void {
  const count = Math.ceil(length / THAI_GAP_CHARS);
  for (let k = 0; k < count; k++) out.push({ text: '', kind: TokenKind.Gap, start, end: start + length });
}
