/**
 * The detector: normalise -> tokenise -> match -> score, behind a
 * pre-filter that lets ordinary messages out early. Built from packs given
 * as arguments, so this file imports no pack data (see ./index.ts).
 */
import { CATEGORIES, type Category } from '../shared/categories';
import type { OutgoingLexicon } from '../packs/outgoing';
import type { Pack } from '../packs/types';
import { compilePacks, dedupLetters, type CompiledIndex, type CompiledRule } from './compile';
import { createConversationTracker } from './conversation';
import { expandThai, matchRules } from './match';
import { foldLeetspeak, identityMapped, normalize, originalSpan } from './normalize';
import { agreesToMeet, compileOutgoing, scanOutgoingWith } from './outgoing';
import { createPrefilter, type Prefilter } from './prefilter';
import { LABEL_THRESHOLD, labelsFor } from './score';
import { tokenize } from './tokenize';
import { normalizeTerm } from './normalize';
import type { Detector, DetectorOptions, Finding, MessageResult } from './types';

/** Long messages are scanned in windows of this many UTF-16 units, overlapping so no phrase is cut. */
export const SCAN_WINDOW = 4096;
const WINDOW_OVERLAP = 256;

export interface PackSet {
  packs: readonly Pack[];
  common: Readonly<Record<string, readonly string[]>>;
  frequentWords: ReadonlySet<string>;
  /** Words for scanOutgoing; without it, scanOutgoing finds only phone numbers and lone codes. */
  outgoing?: OutgoingLexicon;
}

const EMPTY_OUTGOING: OutgoingLexicon = {
  streetWords: [], addressLead: [], schoolWords: [], gradeLead: [], gradeTail: [], codeWords: [], aloneMarkers: [], agreeToMeet: [], refusals: [],
};

function enabledCategories(option: DetectorOptions['categories']): Set<Category> {
  if (option === undefined) return new Set(CATEGORIES);
  if (Array.isArray(option)) return new Set(option as readonly Category[]);
  const record = option as Partial<Record<Category, boolean>>;
  return new Set(CATEGORIES.filter((c) => record[c] !== false));
}

/** Is `candidate` (a joined split-letter run) a word some pack knows? */
function knowsWord(index: CompiledIndex, candidate: string): boolean {
  const word = foldLeetspeak(identityMapped(candidate)).text;
  if (index.words.has(word) || index.phraseStarts.has(word) || index.dedupWords.has(dedupLetters(word))) return true;
  for (const entry of index.prefixes.get(word.slice(0, 3)) ?? []) if (word.startsWith(entry.prefix)) return true;
  return false;
}

interface Compiled {
  index: CompiledIndex;
  prefilter: Prefilter;
}

// Compiled packs by pack list, then by the options that change what is compiled: a page that
// builds a detector again (settings changed, a second frame of the same script) reuses the tables.
const compiledCache = new WeakMap<readonly Pack[], Map<string, Compiled>>();
const COMPILED_PER_PACK_LIST = 4;

function compiledFor(packSet: PackSet, options: DetectorOptions): Compiled {
  const languages = options.languages && options.languages.length > 0 ? [...new Set(options.languages)].sort() : undefined;
  const key = JSON.stringify([languages ?? null, options.extraPhrases ?? null]);
  let byOptions = compiledCache.get(packSet.packs);
  const cached = byOptions?.get(key);
  // The same pack list with other common words or frequent words is compiled afresh.
  if (cached && cachedInputs.get(cached) === packSet.common && cachedFrequent.get(cached) === packSet.frequentWords) return cached;
  const packs = languages ? packSet.packs.filter((p) => languages.includes(p.lang)) : packSet.packs;
  const index = compilePacks({
    packs,
    common: packSet.common,
    frequentWords: packSet.frequentWords,
    extraPhrases: options.extraPhrases,
  });
  const compiled: Compiled = { index, prefilter: createPrefilter(index) };
  cachedInputs.set(compiled, packSet.common);
  cachedFrequent.set(compiled, packSet.frequentWords);
  if (!byOptions) compiledCache.set(packSet.packs, (byOptions = new Map()));
  // Bounded: guardians' phrases change rarely, but every change is a new key.
  if (byOptions.size >= COMPILED_PER_PACK_LIST) byOptions.delete(byOptions.keys().next().value ?? '');
  byOptions.set(key, compiled);
  return compiled;
}
const cachedInputs = new WeakMap<Compiled, PackSet['common']>();
const cachedFrequent = new WeakMap<Compiled, PackSet['frequentWords']>();

/** Build a detector over an explicit set of packs (compiled once per process for the same packs and options). */
export function createDetectorFromPacks(packSet: PackSet, options: DetectorOptions = {}): Detector {
  const { index, prefilter } = compiledFor(packSet, options);
  const categories = enabledCategories(options.categories);
  const threshold = LABEL_THRESHOLD[options.sensitivity ?? 'balanced'];
  const enabled = (rule: { category: Category }): boolean => categories.has(rule.category);
  const isWord = (candidate: string): boolean => knowsWord(index, candidate);

  function scanWindow(text: string, offset: number, into: Map<string, Finding>): void {
    if (!prefilter.mayMatch(text)) return;
    const mapped = normalize(text, { isWord });
    const tokens = expandThai(tokenize(mapped.text), index);
    // A rule reports its first occurrence only: later windows skip rules already found.
    const wanted = into.size === 0 ? enabled : (rule: CompiledRule): boolean => enabled(rule) && !into.has(rule.id);
    for (const m of matchRules(tokens, index, wanted)) {
      if (into.has(m.rule.id)) continue;
      const first = tokens[m.first];
      const last = tokens[m.last - 1] ?? first;
      if (!first || !last) continue;
      const span = originalSpan(mapped, first.start, last.end);
      into.set(m.rule.id, {
        category: m.rule.category,
        ruleId: m.rule.id,
        lang: m.rule.lang,
        start: span.start + offset,
        end: span.end + offset,
        weight: m.rule.weight,
      });
    }
  }

  function scanMessage(text: string): MessageResult {
    if (typeof text !== 'string' || text.length === 0) return { labels: [], score: 0, findings: [] };
    const found = new Map<string, Finding>();
    if (text.length <= SCAN_WINDOW) {
      scanWindow(text, 0, found);
    } else {
      for (let start = 0; start < text.length; start += SCAN_WINDOW - WINDOW_OVERLAP) {
        let s = start;
        let e = Math.min(text.length, start + SCAN_WINDOW);
        // Never cut a surrogate pair in half.
        if (s > 0 && isLowSurrogate(text.charCodeAt(s))) s++;
        if (e < text.length && isLowSurrogate(text.charCodeAt(e))) e++;
        scanWindow(text.slice(s, e), s, found);
        if (e >= text.length) break;
      }
    }
    if (found.size === 0) return { labels: [], score: 0, findings: [] };
    const all = [...found.values()];
    const { labels, score } = labelsFor(all, threshold);
    // The same words matched by several packs (English words in the Taglish pack) are reported once.
    const firstLang = new Map<string, string>();
    const findings = all
      .filter((f) => {
        const key = `${f.category}:${f.start}:${f.end}`;
        const lang = firstLang.get(key);
        if (lang === undefined) firstLang.set(key, f.lang);
        return lang === undefined || lang === f.lang;
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
    return { labels, score, findings };
  }

  const outgoingLexicon = packSet.outgoing ?? EMPTY_OUTGOING;
  const outgoing = compileOutgoing(outgoingLexicon);
  const refusals = outgoingLexicon.refusals.map((r) => normalizeTerm(r));
  // A refusal opens the message ("no", "ga mau dong"), or is a short reply that contains one.
  const isRefusal = (text: string): boolean => {
    const words = tokenize(normalize(text.slice(0, 2000)).text).map((t) => t.text);
    const joined = ` ${words.join(' ')} `;
    return refusals.some((r) => joined.startsWith(` ${r} `) || (words.length <= 8 && joined.includes(` ${r} `)));
  };
  const detector: Detector = {
    scanMessage,
    scanOutgoing: (text: string) => scanOutgoingWith(outgoing, typeof text === 'string' ? text : ''),
    conversation: () =>
      createConversationTracker(detector, threshold, {
        isRefusal,
        agreesToMeet: (text: string) => agreesToMeet(outgoing, text),
      }),
  };
  return detector;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
