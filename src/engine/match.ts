/**
 * Matches compiled rules against the tokens of one normalised message.
 *
 * Linear time by construction: each token is looked up in hash maps a
 * bounded number of times; only rules whose anchor class occurs are
 * evaluated; each rule tries at most MAX_ATTEMPTS anchor occurrences, and
 * each attempt is a few binary searches. No regular expression runs here.
 */
import { dedupLetters, type CompiledIndex, type CompiledRule } from './compile';
import { linkHost, TokenKind, type Token } from './tokenize';

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

const MAX_ATTEMPTS = 48;
const THAI_GAP_CHARS = 4;
const MAX_THAI_TERM_CHECKS = 64;

/** Replace Thai runs by the pack terms found inside them (substring search) and gap tokens. */
export function expandThai(tokens: Token[], index: CompiledIndex): Token[] {
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
      const candidates = index.thai.get(run[p] ?? '');
      if (!candidates) continue;
      let maxEnd = -1;
      let checks = 0;
      for (const { term } of candidates) {
        if (++checks > MAX_THAI_TERM_CHECKS) break;
        if (!run.startsWith(term, p)) continue;
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

function pushGaps(out: Token[], start: number, length: number): void {
  const count = Math.ceil(length / THAI_GAP_CHARS);
  for (let k = 0; k < count; k++) out.push({ text: '', kind: TokenKind.Gap, start, end: start + length });
}

function addHit(hits: Map<number, HitList>, cls: number, start: number, end: number): void {
  const list = hits.get(cls);
  if (list) list.push(start, end);
  else hits.set(cls, [start, end]);
}

function addAll(hits: Map<number, HitList>, classes: readonly number[] | undefined, start: number, end: number): boolean {
  if (!classes) return false;
  for (const cls of classes) addHit(hits, cls, start, end);
  return classes.length > 0;
}

function prefixHits(map: CompiledIndex['prefixes'], word: string, hits: Map<number, HitList>, pos: number): boolean {
  if (word.length < 3) return false;
  const entries = map.get(word.slice(0, 3));
  if (!entries) return false;
  let found = false;
  for (const entry of entries) {
    if (word.startsWith(entry.prefix)) found = addAll(hits, entry.classes, pos, pos + 1) || found;
  }
  return found;
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

/** Every class occurrence in the tokens. */
export function collectHits(tokens: Token[], index: CompiledIndex): Map<number, HitList> {
  const hits = new Map<number, HitList>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.kind === TokenKind.Gap) continue;
    const text = token.text;
    addAll(hits, index.kinds.get(token.kind), i, i + 1);
    let found = addAll(hits, index.words.get(text), i, i + 1);
    found = prefixHits(index.prefixes, text, hits, i) || found;
    if (token.kind === TokenKind.Link) {
      const host = linkHost(text) ?? text;
      const slash = text.indexOf('/', host.length + 1);
      found = addAll(hits, index.words.get(host), i, i + 1) || found;
      found = addAll(hits, index.words.get(slash < 0 ? text : text.slice(0, slash)), i, i + 1) || found;
    }
    if (!found && token.kind === TokenKind.Word && text.includes('-')) {
      // Affixed or compound words ("mag-model", "i-send", "e-mail"): try the parts.
      for (const part of text.split('-')) {
        if (part.length === 0) continue;
        found = addAll(hits, index.words.get(part), i, i + 1) || found;
        found = prefixHits(index.prefixes, part, hits, i) || found;
      }
    }
    const dedup = !found && hasDouble(text) ? dedupLetters(text) : undefined;
    if (dedup !== undefined) {
      addAll(hits, index.dedupWords.get(dedup), i, i + 1);
      prefixHits(index.dedupPrefixes, dedup, hits, i);
    }
    const phrases = index.phrases.get(text) ?? (dedup !== undefined ? undefined : undefined);
    if (phrases) {
      for (const phrase of phrases) {
        const n = phrase.rest.length;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          ok = wordMatches(tokens[i + 1 + k], phrase.rest[k] ?? '', phrase.lastIsPrefix && k === n - 1);
        }
        if (ok) addAll(hits, phrase.classes, i, i + 1 + n);
      }
    }
  }
  return hits;
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

/**
 * Is there an in-order match of `slots` lying wholly inside [lo, hi)? Each
 * slot must start after the previous slot's start (slots may overlap a
 * phrase, e.g. "do u have" and "u", but never reuse the same start).
 */
function occursWithin(slots: readonly number[], hits: Map<number, HitList>, lo: number, hi: number): boolean {
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

function excepted(rule: CompiledRule, hits: Map<number, HitList>, first: number, last: number, tokenCount: number): boolean {
  if (rule.unless.length === 0) return false;
  const lo = Math.max(0, first - rule.unlessWithin);
  const hi = Math.min(tokenCount, last + rule.unlessWithin);
  for (const pattern of rule.unless) if (occursWithin(pattern, hits, lo, hi)) return true;
  return false;
}

function matchInOrder(rule: CompiledRule, lists: HitList[], hits: Map<number, HitList>, tokenCount: number, vetoes: Veto[]): RuleMatch | undefined {
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

function matchAnyOrder(rule: CompiledRule, lists: HitList[], hits: Map<number, HitList>, tokenCount: number, vetoes: Veto[]): RuleMatch | undefined {
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
  const hits = collectHits(tokens, index);
  if (hits.size === 0) return [];
  const tried = new Set<number>();
  const matches: RuleMatch[] = [];
  const vetoes: Veto[] = [];
  for (const cls of hits.keys()) {
    const ruleIds = index.rulesByAnchor.get(cls);
    if (!ruleIds) continue;
    for (const r of ruleIds) {
      if (tried.has(r)) continue;
      tried.add(r);
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
