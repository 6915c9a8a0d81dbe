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
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.kind !== TokenKind.Thai) {
      out.push(token);
      continue;
    }
    const run = token.text;
    let emittedUntil = 0;
    for (let p = 0; p < run.length; p++) {
      const candidates = termsAt(index.thai, run, p);
      if (!candidates) continue;
      let maxEnd = -1;
      const third = run.charCodeAt(p + 2);
      // Candidates are the pack terms starting with these two letters: bounded by the packs, not the input.
      for (const { term } of candidates) {
        // Their third letter first: most candidates differ there, and a comparison is cheaper than a call.
        if ((term.length > 2 && term.charCodeAt(2) !== third) || !run.startsWith(term, p)) continue;
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
 * The terms that may start at `run[p]`, by its first two letters, in the table's order (longest
 * first). A list by the first letter alone holds up to about 60 terms, and trying each at every
 * letter of a long Thai run was most of its cost. Built on demand for each table: at most one
 * list per pair of Thai letters (a letter at the end of the run pairs with 0).
 */
const byPairs = new WeakMap<ThaiTable, Map<number, readonly ThaiTerm[] | null>>();
function termsAt(table: ThaiTable, run: string, p: number): readonly ThaiTerm[] | undefined {
  let byPair = byPairs.get(table);
  if (!byPair) byPairs.set(table, (byPair = new Map()));
  const first = run.charCodeAt(p);
  const second = p + 1 < run.length ? run.charCodeAt(p + 1) : 0;
  const key = first * 0x10000 + second;
  let terms = byPair.get(key);
  if (terms === undefined) {
    const all = table.get(run.charAt(p));
    terms = all ? all.filter((t) => t.term.length === 1 || (second !== 0 && t.term.charCodeAt(1) === second)) : null;
    if (terms?.length === 0) terms = null;
    byPair.set(key, terms);
  }
  return terms ?? undefined;
}

function pushGaps(out: Token[], start: number, length: number): void {
  const count = Math.ceil(length / THAI_GAP_CHARS);
  for (let k = 0; k < count; k++) out.push({ text: '', kind: TokenKind.Gap, start, end: start + length });
}
