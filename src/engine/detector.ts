/**
 * The detector: normalise -> tokenise -> match -> score, behind a
 * pre-filter that lets ordinary messages out early. Built from packs given
 * as arguments, so this file imports no pack data (see ./index.ts).
 */
import { CATEGORIES, type Category } from '../shared/categories';
import type { OutgoingWords } from '../packs/outgoing';
import type { Pack } from '../packs/types';
import { compilePacks, dedupLetters, type CompiledIndex, type CompiledRule } from './compile';
import { compiledFromData, type CompiledData } from './compile/io';
import { createConversationTracker, readMessages, ruleName, type TrackerHooks } from './conversation';
import { expandThai, matchRules } from './match';
import { foldLeetspeak, identityMapped, normalize, originalSpan } from './normalize';
import { agreesToMeet, asksAgeBack, carriesCode, compileOutgoing, echoesOtherNumber, involvesParents, namesMinorAge, opensWithAdultAge, outgoingFor, statesAgeInAnswer, phraseSet, scanOutgoingWith, speaksOfTravel, statesAdultAge, statesGrade, statesMinorAge, talksAgeGapToYou } from './outgoing';
import { laughs as laughsIn } from './laughter';
import { createPrefilter, type Prefilter } from './prefilter';
import { LABEL_THRESHOLD, categoryScores, labelsFor } from './score';
import { tokenize, TokenKind, type Token } from './tokenize';
import { normalizeTerm } from './normalize';
import { loadClassifier, type Classifier, type ModelData } from './model/classifier';
import { hashString } from './model/features';
import { OUTGOING_CATEGORIES, type Detector, type DetectorOptions, type Finding, type MessageResult, type OutgoingCategory, type OutgoingResult, type ThreadContext } from './types';

/** Long messages are scanned in windows of this many UTF-16 units, overlapping so no phrase is cut. */
export const SCAN_WINDOW = 4096;
const WINDOW_OVERLAP = 256;
/** A category the rules are this sure of (two rules, or one precise rule) stands whatever the model says (0.8: best macro F1 on the validation split of 0.8, 0.9 and never). */
const SURE_RULE = 0.8;
/** Words that join two kin words under one owner ("your mom and dad", "mak dan ayah awak"), in the pack languages. */
const KIN_JOINS = new Set(['and', 'n', '&', 'y', 'e', 'et', 'at', 'dan', 'sama', 'ou', 'or', 'o', 'atau']);
/**
 * The model's veto of a rule (ruleThresholds) is there to keep the rules' words in harmless lines
 * from flagging them. In a message already flagged for another category that reason is gone, and
 * asks that come together ("send a pic, just between us") are the playbook: there a rule's label
 * stands unless the model is nearly sure it is not one (under this probability). On the validation
 * split of pass 12, macro F1 0.696 -> 0.698 for floors 0.1 to 0.2 (0.696 at 0.02), no line more or
 * less flagged; on dev.jsonl 0.898 -> 0.917 (secrecy and gift asks beside a photo or threat).
 */
const COMPANION_FLOOR = 0.1;
/**
 * A rule's threat in a laughing message (laughter.ts: "if u post that pic of me i'll spread ur dance video
 * 😂", "pay me back the $10 or i'm keeping ur hoodie lol") stands only when the model gives threat at least
 * JOKE_THREAT_FLOOR: friends' joking threats use the same words, and their laughter is what tells them
 * apart. (On the validation split this removes 5 ordinary lines' threat and no risky line's; dev and
 * benign-real unchanged.)
 */
/**
 * The threats a laugh does not soften: kept pictures, a payment demanded, a deadline, the audience named
 * for the kompromat (by rule name, the same in every pack). Friends joke about telling mom or posting baby
 * pictures, not about paying by midnight.
 */
const UNSOFTENED_THREATS = new Set(['kept_copies', 'pay_deadline', 'pay_or_they_get_it', 'deadline', 'deadline_time', 'i_have_your_pics', 'i_have_pics', 'send_kompromat', 'kompromat_to_target', 'kompromat_everywhere', 'they_will_see', 'they_will_see_sent', 'would_be_interested', 'shame_if_they_knew']);
const JOKE_THREAT_FLOOR = 0.4;
const NO_FINDINGS: Finding[] = [];
const NO_EXTRAS: readonly number[] = [];
const CATEGORY_INDEX = Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<Category, number>;
/**
 * The lowest probability at which the model labels a category with no rule beside it, per
 * sensitivity. The thresholds chosen on the validation split can fall well under one half (a
 * split that is 40% risky makes a guess look cheap); on a real inbox, where nearly every line is
 * ordinary chat, a model-only label under this is more often wrong than right.
 */
const MODEL_ALONE_FLOOR: Record<'gentle' | 'balanced' | 'strict', number> = { gentle: 0.6, balanced: 0.5, strict: 0.3 };
/** Outgoing drafts shorter than this many words are read by the rules only. */
const MODEL_MIN_WORDS = 3;
/**
 * The drafts' model vetoes the rules' "I'm alone" only when it is nearly sure the draft is no such move
 * (p under this cap, as the incoming model vetoes a rule's threat or code ask): the rule hears the words
 * of being alone ("home alone", "parents are out", "sozinho"), which teens write about gaming, baking or
 * revising by themselves as often as to a stranger (WRITING.md's outgoing hard negatives). The other
 * outgoing rules read digits, streets and school names exactly and stand. On the validation split (pass
 * 15), the veto removes 16 of 91 ordinary drafts flagged and no risky draft's label (meet_alone recall
 * 0.454 with and without it).
 */
const OUTGOING_RULE_VETO: Partial<Record<OutgoingCategory, number>> = { meet_alone: 0.05 };

export interface PackSet {
  packs: readonly Pack[];
  common: Readonly<Record<string, readonly string[]>>;
  frequentWords: ReadonlySet<string>;
  /** Words for scanOutgoing, per language; without them, scanOutgoing finds only phone numbers and lone codes. */
  outgoing?: Partial<OutgoingWords>;
  /** The learned classifiers (src/engine/model); without them the detector is rules only. */
  models?: { incoming?: ModelData; outgoing?: ModelData };
  /** These packs compiled ahead of time (./compile/io.ts), read once, when the options compile nothing of their own. */
  compiled?: () => CompiledData;
}

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
  if (packSet.compiled && compilesNothingOfItsOwn(packSet, languages, options.extraPhrases)) return loaded(packSet, packSet.compiled);
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

/** Every pack on and no guardian phrase: the tables compiled ahead of time are the ones compilePacks would build. */
function compilesNothingOfItsOwn(packSet: PackSet, languages: readonly string[] | undefined, extra: DetectorOptions['extraPhrases']): boolean {
  if (languages && packSet.packs.some((p) => !languages.includes(p.lang))) return false;
  return Object.values(extra ?? {}).every((phrases) => (phrases ?? []).length === 0);
}
const loadedTables = new WeakMap<PackSet, Compiled>();
function loaded(packSet: PackSet, data: () => CompiledData): Compiled {
  let compiled = loadedTables.get(packSet);
  // Matching never reads class names or the pre-filter's source keys: compiled only if something asks.
  const recompile = (): CompiledIndex => compilePacks({ packs: packSet.packs, common: packSet.common, frequentWords: packSet.frequentWords });
  if (!compiled) loadedTables.set(packSet, (compiled = compiledFromData(data(), recompile)));
  return compiled;
}

// Models decoded once per process: every detector built from the same data shares the tables.
const classifiers = new WeakMap<ModelData, Classifier>();
function classifierFor(data: ModelData | undefined): Classifier | undefined {
  if (!data) return undefined;
  let c = classifiers.get(data);
  if (!c) classifiers.set(data, (c = loadClassifier(data)));
  return c;
}

/** Hashes of the stacking features `rule:<category>` a model was trained with. */
const ruleFeatureCache = new Map<string, number>();
function ruleFeature(category: string): number {
  let h = ruleFeatureCache.get(category);
  if (h === undefined) ruleFeatureCache.set(category, (h = hashString(`rule:${category}`)));
  return h;
}

/** Cut `text` into the overlapping windows the rules and the model read (never inside a surrogate pair). */
function windowsOf(text: string): { start: number; end: number }[] {
  if (text.length <= SCAN_WINDOW) return [{ start: 0, end: text.length }];
  const out: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; start += SCAN_WINDOW - WINDOW_OVERLAP) {
    let s = start;
    let e = Math.min(text.length, start + SCAN_WINDOW);
    if (s > 0 && isLowSurrogate(text.charCodeAt(s))) s++;
    if (e < text.length && isLowSurrogate(text.charCodeAt(e))) e++;
    out.push({ start: s, end: e });
    if (e >= text.length) break;
  }
  return out;
}

/**
 * The text a model reads: the same normaliser and tokeniser as the rules,
 * window by window. Exported for the trainer, so training and inference read
 * messages the same way.
 */
export function modelTokenizer(packSet: PackSet): (text: string) => Token[][] {
  const { index } = compiledFor(packSet, {});
  const isWord = (candidate: string): boolean => knowsWord(index, candidate);
  return (text: string) => windowsOf(text).map((w) => tokenize(normalize(text.slice(w.start, w.end), { isWord }).text));
}

/** Build a detector over an explicit set of packs (compiled once per process for the same packs and options). */
export function createDetectorFromPacks(packSet: PackSet, options: DetectorOptions = {}): Detector {
  const { index, prefilter } = compiledFor(packSet, options);
  const categories = enabledCategories(options.categories);
  const sensitivity = options.sensitivity ?? 'balanced';
  const threshold = LABEL_THRESHOLD[sensitivity];
  const engine = options.engine ?? 'combined';
  const model = engine === 'rules' ? undefined : classifierFor(packSet.models?.incoming);
  // The drafts' model and word lists are decoded on the first draft or reply read, not here: a worker
  // the browser stopped builds a detector for the next incoming message, which needs neither.
  const outgoingModelData = engine === 'rules' ? undefined : packSet.models?.outgoing;
  const useRules = engine !== 'model' || !model;
  const modelThresholds = model?.data.thresholds[sensitivity] ?? [];
  // Gated: a rule's label stands when the model does not veto it (see ModelData.ruleThresholds).
  const ruleThresholds = engine === 'combined' ? model?.data.ruleThresholds?.[sensitivity] : undefined;
  const shortRuleThresholds = (ruleThresholds && model?.data.shortRuleThresholds?.[sensitivity]) || ruleThresholds;
  const shortChars = model?.data.shortChars ?? 0;
  const stacked = model !== undefined && engine === 'combined' && model.data.extras.length > 0;
  const enabled = (rule: { category: Category; id?: string }): boolean =>
    categories.has(rule.category) && (useRules || (rule.id ?? '').startsWith('guardian.'));
  const isWord = (candidate: string): boolean => knowsWord(index, candidate);
  const normalizeOptions = { isWord };
  // The model's probabilities of the message being read, and of one of its windows (read at once, never kept).
  const modelBest = new Float64Array(model?.labels.length ?? 0);
  const modelWindow = new Float64Array(model?.labels.length ?? 0);
  // Per model label, worked out once rather than per message: its category, whether it is enabled,
  // and the probability a label needs with no rule beside it.
  const labelCategories = (model?.labels ?? []) as readonly Category[];
  const labelEnabled = labelCategories.map((category) => categories.has(category));
  const modelAlone = labelCategories.map((_, l) => Math.max(modelThresholds[l] ?? 0.5, MODEL_ALONE_FLOOR[sensitivity]));

  /** Rules over one window; returns the window's tokens when the model will read them. */
  function scanWindow(text: string, offset: number, into: Map<string, Finding>): Token[] | undefined {
    const passes = prefilter.mayMatch(text);
    if (!passes && !model) return undefined;
    const mapped = normalize(text, normalizeOptions);
    const plain = tokenize(mapped.text);
    if (!passes) return plain;
    const tokens = expandThai(plain, index);
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
    return plain;
  }

  function scanMessage(text: string): MessageResult {
    if (typeof text !== 'string' || text.length === 0) return { labels: [], score: 0, findings: [] };
    const found = new Map<string, Finding>();
    // The model reads a long message's windows as they come, unless it is stacked (the rules'
    // findings in all windows are its features): each window's tokens then die young, where a
    // 100 KB message kept tens of thousands alive for the garbage collector to copy.
    const readAsWeGo = model !== undefined && !stacked && text.length > SCAN_WINDOW;
    if (readAsWeGo) modelBest.fill(0);
    const windows: Token[][] = [];
    if (text.length <= SCAN_WINDOW) {
      // Nearly every message: one window, the whole text.
      const tokens = scanWindow(text, 0, found);
      if (tokens) windows.push(tokens);
    } else {
      for (const w of windowsOf(text)) {
        const tokens = scanWindow(text.slice(w.start, w.end), w.start, found);
        if (tokens && readAsWeGo) keepHighest(modelBest, model.predictInto(tokens, NO_EXTRAS, modelWindow));
        else if (tokens) windows.push(tokens);
      }
    }
    const all = found.size > 0 ? [...found.values()] : NO_FINDINGS;
    const rules = all.length > 0 ? labelsFor(all, threshold) : { labels: [] as Category[], score: 0 };
    // The same words matched by several packs (English words in the Taglish pack) are reported once.
    let findings: Finding[] = [];
    if (all.length > 0) {
      const firstLang = new Map<string, string>();
      findings = all
        .filter((f) => {
          const key = `${f.category}:${f.start}:${f.end}`;
          const lang = firstLang.get(key);
          if (lang === undefined) firstLang.set(key, f.lang);
          return lang === undefined || lang === f.lang;
        })
        .sort((a, b) => a.start - b.start || a.end - b.end);
    }
    if (!model) return handsOverCode(rules.labels, text, findings) ? withoutCodeAsk({ labels: rules.labels, score: rules.score, findings }) : { labels: rules.labels, score: rules.score, findings };

    const extras = stacked && all.length > 0 ? [...new Set(all.map((f) => f.category))].map(ruleFeature) : NO_EXTRAS;
    const ruleScores = ruleThresholds !== undefined && all.length > 0 ? categoryScores(all) : undefined;
    const gates = text.length <= shortChars ? shortRuleThresholds : ruleThresholds;
    const probabilities: Partial<Record<Category, number>> = {};
    let laughs: boolean | undefined;
    // A rule's threat the model doubts, in a laughing message: a joke, unless one of its threat rules is of
    // the unsoftened kind. The laugh is looked for only when it matters.
    const joking = (category: Category, p: number): boolean => {
      if (category !== 'threat' || p >= JOKE_THREAT_FLOOR) return false;
      if (laughs === undefined) {
        const head = text.length > SCAN_WINDOW ? text.slice(0, SCAN_WINDOW) : text;
        laughs = laughsIn(head) && !all.some((f) => f.category === 'threat' && UNSOFTENED_THREATS.has(ruleName(f.ruleId)));
      }
      return laughs;
    };
    let best: Float64Array;
    if (readAsWeGo) {
      best = modelBest;
    } else if (windows.length === 1) {
      best = model.predictInto(windows[0]!, extras, modelBest);
    } else {
      best = modelBest.fill(0);
      for (const tokens of windows) keepHighest(best, model.predictInto(tokens, extras, modelWindow));
    }
    const on = new Array<boolean>(CATEGORIES.length).fill(false);
    let score = 0;
    for (let l = 0; l < labelCategories.length; l++) {
      if (!labelEnabled[l]) continue;
      const category = labelCategories[l]!;
      const p = Math.round(best[l]! * 1000) / 1000;
      probabilities[category] = p;
      const byRule =
        ruleScores !== undefined &&
        rules.labels.includes(category) &&
        (p >= (gates?.[l] ?? 1) || (ruleScores.get(category) ?? 0) >= SURE_RULE) &&
        !joking(category, p);
      if (p >= modelAlone[l]! || byRule) {
        on[CATEGORY_INDEX[category]] = true;
        score = Math.max(score, p);
      }
    }
    if (ruleScores !== undefined && on.includes(true)) {
      for (const category of rules.labels) {
        const l = labelCategories.indexOf(category);
        if (l >= 0 && labelEnabled[l] && (probabilities[category] ?? 0) >= COMPANION_FLOOR && !joking(category, probabilities[category] ?? 0)) {
          on[CATEGORY_INDEX[category]] = true;
        }
      }
    }
    // Stacked or gated: the model already weighed the rules. Otherwise (a model without either) the
    // rules' labels stand beside the model's. The guardian's own phrases always count.
    for (const category of rules.labels) {
      const guardian = all.some((f) => f.category === category && f.ruleId.startsWith('guardian.'));
      if (guardian || (useRules && !stacked && ruleThresholds === undefined && engine === 'combined')) {
        on[CATEGORY_INDEX[category]] = true;
        score = Math.max(score, rules.score);
      }
    }
    const result = { labels: CATEGORIES.filter((_, i) => on[i]), score, findings, probabilities };
    return handsOverCode(result.labels, text, findings) ? withoutCodeAsk(result) : result;
  }

  // A message that carries the code itself ("Your verification code is 482913. Do not share it") is a
  // service's delivery, not an ask: whoever asks for a code does not know it. The guardian's phrases stand.
  function handsOverCode(labels: readonly Category[], text: string, findings: readonly Finding[]): boolean {
    return (
      labels.includes('account_access') &&
      !findings.some((f) => f.category === 'account_access' && f.ruleId.startsWith('guardian.')) &&
      carriesCode(outgoingRules(), text.length > SCAN_WINDOW ? text.slice(0, SCAN_WINDOW) : text)
    );
  }
  function withoutCodeAsk<R extends MessageResult>(result: R): R {
    const labels = result.labels.filter((c) => c !== 'account_access');
    return { ...result, labels, score: labels.length > 0 ? result.score : 0, findings: result.findings.filter((f) => f.category !== 'account_access') };
  }

  // The guardian's languages choose the teen's word lists as they choose the packs.
  const outgoingLexicon = outgoingFor(packSet.outgoing, options.languages);
  let outgoingCompiled: ReturnType<typeof compileOutgoing> | undefined;
  const outgoingRules = (): ReturnType<typeof compileOutgoing> => (outgoingCompiled ??= compileOutgoing(outgoingLexicon));
  let outgoingReader: { model: Classifier; thresholds: readonly number[]; probabilities: Float64Array } | null | undefined;
  const outgoingModelReader = (): typeof outgoingReader => {
    if (outgoingReader === undefined) {
      const model = classifierFor(outgoingModelData);
      outgoingReader = model ? { model, thresholds: model.data.thresholds[sensitivity] ?? [], probabilities: new Float64Array(model.labels.length) } : null;
    }
    return outgoingReader;
  };

  function scanOutgoing(input: string): OutgoingResult {
    const text = typeof input === 'string' ? input : '';
    const rules = scanOutgoingWith(outgoingRules(), text);
    const reader = outgoingModelReader();
    if (!reader || text.trim().length === 0) return rules;
    const { model: outgoingModel, thresholds: outgoingThresholds, probabilities: outgoingProbabilities } = reader;
    const head = text.length > SCAN_WINDOW ? text.slice(0, SCAN_WINDOW) : text;
    const tokens = tokenize(normalize(head, normalizeOptions).text);
    // A short reply ("ok", "14", "sent") says too little to read alone: the model speaks from three words on.
    // Thai runs have no spaces: about four letters make a word.
    const words = tokens.reduce((n, t) => n + (t.kind === TokenKind.Word ? 1 : t.kind === TokenKind.Thai ? Math.ceil(t.text.length / 4) : 0), 0);
    if (words < MODEL_MIN_WORDS) return rules;
    // A code in one piece, or in groups ("228 901").
    const digits = (t: Token | undefined): number => (t?.kind === TokenKind.Num ? t.text.replace(/\D/g, '').length : 0);
    const hasCode = tokens.some((t, i) => digits(t) >= 4 || (digits(t) > 0 && digits(t) + digits(tokens[i + 1]) >= 4) || (t.kind === TokenKind.Word && /\d/.test(t.text) && t.text.length >= 4));
    const p = outgoingModel.predictInto(tokens, NO_EXTRAS, outgoingProbabilities);
    const vetoed = (category: OutgoingCategory): boolean => {
      const l = outgoingModel.labels.indexOf(category);
      return l >= 0 && p[l]! < (OUTGOING_RULE_VETO[category] ?? 0);
    };
    const found = new Set<OutgoingCategory>(rules.categories.filter((c) => !vetoed(c)));
    const findings = rules.findings.filter((f) => found.has(f.category));
    const probabilities: Partial<Record<OutgoingCategory, number>> = {};
    outgoingModel.labels.forEach((label, l) => {
      const category = label as OutgoingCategory;
      probabilities[category] = Math.round(p[l]! * 1000) / 1000;
      // Phone numbers are digits the rules read exactly; a code needs a code-shaped token.
      if (category === 'phone_number' || (category === 'secret_code' && !hasCode)) return;
      if (p[l]! < (outgoingThresholds[l] ?? 0.5) || found.has(category)) return;
      found.add(category);
      // The model reads the whole draft: the finding is the draft (shown to the teen only, never stored).
      const excerpt = head.length > 80 ? `${head.slice(0, 79)}…` : head;
      findings.push({ category, start: 0, end: head.length, excerpt });
    });
    return { categories: OUTGOING_CATEGORIES.filter((c) => found.has(c)), findings, probabilities };
  }

  const refusals = outgoingLexicon.refusals.map((r) => normalizeTerm(r));
  // A refusal opens the message ("no", "ga mau dong"), or is a short reply that contains one.
  // The tracker asks several questions of each reply the teen sends (a refusal? "who is this?"? "ok mom"?):
  // the reply is normalised, cut into words and joined back with a space at each end once, for all of
  // them (and so is an incoming message, asked whether its sender names a relation or a surprise).
  let lastReply: { text: string; normalised: string; tokens: Token[]; joined: string } | undefined;
  const reply = (text: string): { normalised: string; tokens: Token[]; joined: string } => {
    if (lastReply?.text !== text) {
      const normalised = normalize(text.slice(0, 2000)).text;
      const tokens = tokenize(normalised);
      lastReply = { text, normalised, tokens, joined: ` ${tokens.map((t) => t.text).join(' ')} ` };
    }
    return lastReply;
  };
  const THAI = /[\u0e00-\u0e7f]/;
  // Does a message say one of these phrases (whole words; in Thai, written without spaces, anywhere)?
  const saysAny = (list: readonly string[] | undefined): ((text: string) => boolean) => {
    const phrases = (list ?? []).map((w) => normalizeTerm(w)).filter((w) => w.length > 0);
    const thai = phrases.filter((w) => THAI.test(w));
    const words = phrases.filter((w) => !THAI.test(w));
    return (text: string): boolean => {
      if (phrases.length === 0) return false;
      const { normalised, joined } = reply(text);
      return words.some((w) => joined.includes(` ${w} `)) || thai.some((w) => normalised.includes(w));
    };
  };
  // "I should ask my mom", "aku tanya kakak dulu": the teen will ask an adult first, a soft no.
  const asksAdult = saysAny(outgoingLexicon.askAdult);
  // Thai writes a reply as one run ("ไม่เอาค่ะ"): a Thai refusal opens a short reply.
  const thaiRefusals = refusals.filter((r) => THAI.test(r));
  const isRefusal = (text: string): boolean => {
    const { normalised, tokens, joined } = reply(text);
    if (refusals.some((r) => joined.startsWith(` ${r} `) || (tokens.length <= 8 && joined.includes(` ${r} `)))) return true;
    const start = normalised.trimStart();
    return (start.length <= 40 && thaiRefusals.some((r) => start.startsWith(r))) || asksAdult(text);
  };
  const strangerReplies = (outgoingLexicon.strangerReplies ?? []).map((r) => normalizeTerm(r)).filter((r) => r.length > 0);
  // "who is this?", "siapa ni": a short reply that asks who the sender is.
  const isStrangerReply = (text: string): boolean => {
    const { normalised, tokens, joined } = reply(text);
    const thai = THAI.test(normalised);
    if (!thai && tokens.length > 10) return false;
    return strangerReplies.some((r) => (thai ? normalised.includes(r) && normalised.length <= 40 : joined.includes(` ${r} `)));
  };
  const familyWords = phraseSet(outgoingLexicon.familyAddress ?? []);
  const thaiFamily = [...familyWords].filter((w) => THAI.test(w));
  const familyPossessives = phraseSet(outgoingLexicon.familyPossessives ?? []);
  const familyCallAfter = outgoingLexicon.familyCallAfter ?? [];
  const familyCallBefore = outgoingLexicon.familyCallBefore ?? [];
  // "ok ma", "siap ma", "merci maman", "vó nao precisa": a short reply that opens or ends with what they
  // call a parent. (A reply to a question about the parents, "mom works late", is about them: the tracker
  // does not count it, see conversation.ts.)
  const familyReplyAt = (text: string): 'end' | 'start' | undefined => {
    const { normalised, tokens } = reply(text);
    // Short, so it addresses them ("ok ma", "hi ninang") rather than talks about them ("she's at work, my
    // mom"); not after a possessive ("idk my mom") nor a telling word ("iya ga bilang mama", "ok i wont tell
    // mom": the parent is the one not told). The whole reply, not one sentence of a longer one: a groomer
    // who gets "jajaja bueno. hola papi" out of a teen would otherwise cap the thread (a red-team found it).
    const words = tokens.flatMap((t, i) => (t.kind === TokenKind.Word ? [i] : []));
    const call = (i: number | undefined): boolean => i !== undefined && familyWords.has(tokens[i]!.text) && !told(tokens, i);
    if (words.length > 0 && words.length <= 4) {
      if (call(words.at(-1)) && !familyPossessives.has(tokens[words.at(-2) ?? -1]?.text ?? '')) return 'end';
      if (call(words[0])) return 'start';
    }
    // Thai: a reply ending with the parent's name after a polite particle ("ได้จ้าแม่"), or opening with it and
    // a calling particle ("แม่คะ"); `familyCallBefore` and `familyCallAfter`. Thai runs have no spaces:
    // "กลัวแม่" (scared of mom) ends with the word too, and "หน้าตา" (looks) or "อย่า" (don't) end with a
    // kin word's letters.
    const trimmed = normalised.trim();
    if (trimmed.length > 40) return undefined;
    if (thaiFamily.some((w) => trimmed.endsWith(w) && familyCallBefore.some((c) => trimmed.slice(0, -w.length).trimEnd().endsWith(c)))) return 'end';
    if (thaiFamily.some((w) => familyCallAfter.some((c) => trimmed.startsWith(w + c)))) return 'start';
    return undefined;
  };
  // "it's mom", "love, aunty", "c'est ton prof": the sender names themselves as family, a teacher or a coach.
  // Not a possessive: "it's ur brother's friend" (the apostrophe is a space by now) is someone else.
  const kinTerms = (outgoingLexicon.kinSender ?? []).map((w) => normalizeTerm(w)).filter((w) => w.length > 0);
  const kinPhrases = kinTerms.filter((w) => !THAI.test(w));
  const thaiKin = kinTerms.filter((w) => THAI.test(w));
  const isKinSender = (text: string): boolean => {
    const { joined, normalised } = reply(text);
    if (thaiKin.some((w) => normalised.includes(w))) return true;
    return kinPhrases.some((w) => {
      for (let at = joined.indexOf(` ${w} `); at >= 0; at = joined.indexOf(` ${w} `, at + 1)) if (!joined.startsWith(' s ', at + w.length + 1)) return true;
      return false;
    });
  };
  // "the surprise for dad", "sorpresa", "kejutan": a surprise explains a request to keep quiet.
  const mentionsSurprise = saysAny(outgoingLexicon.surpriseWords);
  // "moms bday ... surprise", "fiesta sorpresa a la abuela", "ultah mama, kita bikin surprise": a surprise
  // for a relative the sender shares with the teen (no one's possessive beside the kin word) is a family's.
  const sharedKin = phraseSet(outgoingLexicon.sharedKin ?? []);
  const kinOwnersBefore = phraseSet(outgoingLexicon.kinOwnersBefore ?? []);
  const kinOwnersAfter = phraseSet(outgoingLexicon.kinOwnersAfter ?? []);
  const tellWords = phraseSet(outgoingLexicon.tellWords ?? []);
  // Not the relative kept in the dark: "dont tell mom", "no le digas a la abuela" (a verb of telling up to
  // three words before it).
  const told = (tokens: readonly Token[], i: number): boolean => {
    for (let k = Math.max(0, i - 3); k < i; k++) if (tellWords.has(tokens[k]!.text) || tellWords.has(`${tokens[k]!.text} ${tokens[k + 1]?.text ?? ''}`)) return true;
    return false;
  };
  // A run of kin words shares one owner: "your mom and dad", "mak ayah awak", "tu papá y tu mamá".
  const inKinRun = (t: Token | undefined): boolean => t !== undefined && (sharedKin.has(t.text) || KIN_JOINS.has(t.text));
  const ownerBefore = (tokens: readonly Token[], i: number): boolean => {
    let k = i - 1;
    while (k >= 0 && inKinRun(tokens[k])) k--;
    return kinOwnersBefore.has(tokens[k]?.text ?? '');
  };
  const ownerAfter = (tokens: readonly Token[], i: number): boolean => {
    let k = i + 1;
    while (k < tokens.length && inKinRun(tokens[k])) k++;
    return kinOwnersAfter.has(tokens[k]?.text ?? '');
  };
  const speaksOfSharedKin = (text: string): boolean => {
    const { tokens } = reply(text);
    return tokens.some((t, i) => t.kind === TokenKind.Word && sharedKin.has(t.text) && !ownerBefore(tokens, i) && !ownerAfter(tokens, i) && !told(tokens, i));
  };
  const familySurprise = (text: string): boolean => mentionsSurprise(text) && speaksOfSharedKin(text);
  // An outgoing.ts reader over a message's normalised tokens (read once per text, see reply).
  const readReply =
    (read: (compiled: ReturnType<typeof compileOutgoing>, tokens: Token[], text: string) => boolean) =>
    (text: string): boolean =>
      read(outgoingRules(), reply(text).tokens, reply(text).normalised);
  // "but im a minor", "eu sou menor": the teen's age without a number.
  const saysMinor = saysAny(outgoingLexicon.minorWords);
  // "mature for your age", "age is just a number": the age gap talked away.
  const talksAgeGap = saysAny(outgoingLexicon.ageGapTalk);
  // "DONT send it", "jangan kasih kodenya", "wag magbayad": a warning against a scam, not a demand.
  const warnsAgainst = saysAny(outgoingLexicon.warnAgainst);
  // "I thought we were close", "nobody will know", "masa sama aku malu": pressure, read after a no.
  const presses = saysAny(outgoingLexicon.pressure);
  const hooks: TrackerHooks = {
    isRefusal,
    agreesToMeet: (text: string) => agreesToMeet(outgoingRules(), text),
    statesMinorAge: (text: string, asked?: string) =>
      (statesMinorAge(outgoingRules(), reply(text).tokens) && !(asked !== undefined && echoesOtherNumber(outgoingRules(), reply(text).tokens, tokenize(normalize(asked.slice(0, 2000)).text)))) ||
      saysMinor(text),
    statesGrade: readReply(statesGrade),
    statesAdultAge: readReply(statesAdultAge),
    talksAgeGap,
    talksAgeGapToYou: readReply(talksAgeGapToYou),
    namesMinorAge: readReply(namesMinorAge),
    asksAgeBack: (text: string) => asksAgeBack(reply(text).tokens),
    opensWithAdultAge: readReply(opensWithAdultAge),
    statesAgeInAnswer: (text: string) => statesAgeInAnswer(outgoingRules(), reply(text).tokens),
    speaksOfTravel: readReply(speaksOfTravel),
    involvesParents: readReply(involvesParents),
    isStrangerReply,
    familyReply: familyReplyAt,
    isKinSender,
    mentionsSurprise,
    familySurprise,
    warnsAgainst,
    presses,
  };
  const detector: Detector = {
    scanMessage,
    scanOutgoing,
    conversation: (context?: ThreadContext) => createConversationTracker(detector, threshold, hooks, context),
    read: (messages, previous) => readMessages(detector, hooks, messages, previous),
    threshold,
  };
  return detector;
}

/** Each label's highest probability so far, in `best`. */
function keepHighest(best: Float64Array, p: Float64Array): void {
  for (let l = 0; l < p.length; l++) if (p[l]! > best[l]!) best[l] = p[l]!;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
