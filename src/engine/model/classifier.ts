/**
 * The on-device classifier: a multi-label model over hashed features
 * (./features.ts), trained by `npm run train` (scripts/train.ts) and shipped
 * as data (./incoming.model.ts, ./outgoing.model.ts). Pure arithmetic: no
 * DOM, no file read, no network.
 *
 * Two kinds of model share this runtime, so the trainer can compare them
 * and ship the better one:
 * - `linear`: one logistic regression per label over the hashed features
 *   (feature values 1/sqrt(n)); int8 weights, bucket-major.
 * - `embedding`: fastText's architecture: the mean of int8 bucket
 *   embeddings, then a small float output layer.
 *
 * Long messages are read in overlapping windows of tokens and each label
 * takes its highest window: one risky sentence inside a long paste still
 * counts, and the cost stays linear in the length.
 */
import type { Sensitivity } from '../../shared/categories';
import { TokenKind, type Token } from '../tokenize';
import { bigramHash, DEFAULT_FEATURES, featuresOfTokens, hasWordNgrams, thaiNgrams, unitHash, wordNgrams, wordUnitHash, type FeatureOptions } from './features';

export interface ModelData {
  version: 1;
  kind: 'linear' | 'embedding';
  labels: readonly string[];
  /**
   * linear only: feature values are 1/sqrt(max(n, minFeatures)). A two-word
   * message has few features; without this floor each would weigh more, and
   * "whats up" would be surer of itself than a whole sentence.
   */
  minFeatures?: number;
  /** The features it reads (default: word 3-5-grams, Thai 2-4-grams, bigrams). */
  features?: FeatureOptions;
  /** log2 of the number of hash buckets. */
  bucketBits: number;
  /** embedding only: the vector size. */
  dim?: number;
  /** int8 table, base64: linear [bucket][label]; embedding [bucket][dim]. */
  table: string;
  /** Dequantisation scale: one per label (linear) or one for the table (embedding). */
  scales: readonly number[];
  /** embedding only: output layer [label][dim], floats. */
  output?: readonly number[];
  /** embedding only: 'relu' makes the mean embedding a hidden layer (a small MLP over sparse features), with this bias. */
  activation?: 'relu';
  hiddenBias?: readonly number[];
  bias: readonly number[];
  /** Platt scaling per label, fitted on the validation split: p = sigmoid(a * z + b). */
  calibration: readonly { a: number; b: number }[];
  /** Probability a label needs, per sensitivity, chosen on the validation split. */
  thresholds: Readonly<Record<Sensitivity, readonly number[]>>;
  /**
   * With the rules (when present): a category the rules found is a label when
   * the model's probability reaches this lower threshold (the model vetoes the
   * rules' false alarms below it). Chosen on the validation split.
   */
  ruleThresholds?: Readonly<Record<Sensitivity, readonly number[]>>;
  /**
   * The same for a message of at most `shortChars` UTF-16 units. A short message has few words
   * beside the rule's own for the model to weigh, so the veto learned on all lines (most of them
   * long, where the words around an ask are what makes it harmless) is too strong there. Chosen on
   * the validation split's short lines with the long lines' thresholds fixed.
   */
  shortRuleThresholds?: Readonly<Record<Sensitivity, readonly number[]>>;
  shortChars?: number;
  /** Named extra features the model was trained with (e.g. `rule:threat`), hashed by ./features hashString. */
  extras: readonly string[];
  /** How it was trained and what it measured (printed by the bench and the eval). */
  meta: Readonly<Record<string, unknown>>;
}

export interface Classifier {
  readonly labels: readonly string[];
  readonly data: ModelData;
  /** Calibrated probability per label (in `labels` order). `extra` are hashes of extra features, added to every window. */
  predict(tokens: readonly Token[], extra?: readonly number[]): Float64Array;
  /** The same into `probabilities` (one per label), for a caller that reads many messages and keeps none. */
  predictInto(tokens: readonly Token[], extra: readonly number[], probabilities: Float64Array): Float64Array;
}

/**
 * A message is read whole and, when it is longer than a chat line usually is
 * (more than SHORT words), also in windows of WINDOW words every STEP words;
 * each label takes its highest reading. An ask is a few words: a long
 * message, or one padded with filler ("ok ok ok ... send a pic"), must not
 * dilute it away. Past LONG words only the windows are read.
 *
 * A token is a word, except a Thai run: Thai is written without spaces
 * between words, so a run between spaces is often a whole clause, and counts
 * as one word per THAI_CHARS_PER_WORD characters (the training corpus's Thai
 * lines have 41 Thai characters where its other lines have 11 tokens). Counted
 * as one token, a Thai message of three clauses was never read in windows
 * and an ask among them was diluted away: of the validation split's risky
 * lines set between two ordinary ones (scripts/lib/padded.ts), rules and
 * model found 20% in Thai, against 47-68% in the other languages (54% now).
 */
const SHORT = 20;
const LONG = 64;
const WINDOW = 12;
const STEP = 4;
const THAI_CHARS_PER_WORD = 4;

/** How many words a token counts as in a window. */
function wordsIn(token: Token): number {
  return token.kind === TokenKind.Thai ? Math.max(1, Math.ceil(token.text.length / THAI_CHARS_PER_WORD)) : 1;
}

/** words[t]: how many words the tokens before t count as (words[tokens.length]: all of them). */
export function wordCounts(tokens: readonly Token[], into = new Int32Array(tokens.length + 1)): Int32Array {
  into[0] = 0;
  for (let t = 0; t < tokens.length; t++) into[t + 1] = into[t]! + wordsIn(tokens[t]!);
  return into;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const index = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) index[B64.charCodeAt(i)] = i;
  return index;
})();

/** The built-in decoder where there is one (Chromium 140+, Firefox 133+; not Node 20). */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

/**
 * Decode base64 into signed bytes (no atob/Buffer: the engine runs anywhere). The built-in
 * Uint8Array.fromBase64 where there is one: a worker the browser stopped decodes both models
 * again at its next start, and the loop below, still cold, took 15-20 ms of it in Chromium.
 */
export function decodeInt8(base64: string): Int8Array {
  const clean = base64.replace(/=+$/, '');
  const length = Math.floor((clean.length * 3) / 4);
  if (nativeFromBase64) {
    let bytes: Uint8Array | undefined;
    // The built-in skips ASCII whitespace, which the loop refuses.
    try {
      bytes = /[\t\n\f\r ]/.test(clean) ? undefined : nativeFromBase64(clean);
    } catch {
      bytes = undefined;
    }
    if (!bytes || bytes.length !== length) throw new Error('model table: not base64');
    return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  return decodeInt8Loop(clean, length);
}

/** decodeInt8 without the built-in (exported for tests, which compare the two). */
export function decodeInt8Loop(clean: string, length = Math.floor((clean.length * 3) / 4)): Int8Array {
  const out = new Int8Array(length);
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = B64_INDEX[clean.charCodeAt(i)] ?? -1;
    const b = B64_INDEX[clean.charCodeAt(i + 1)] ?? -1;
    const c = i + 2 < clean.length ? (B64_INDEX[clean.charCodeAt(i + 2)] ?? -1) : 0;
    const d = i + 3 < clean.length ? (B64_INDEX[clean.charCodeAt(i + 3)] ?? -1) : 0;
    if (a < 0 || b < 0 || c < 0 || d < 0) throw new Error(`model table: not base64 at ${i}`);
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = (n >> 16) & 0xff;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

/** Encode signed bytes as base64 (used by the trainer). */
export function encodeInt8(bytes: Int8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = (bytes[i] ?? 0) & 0xff;
    const b = i + 1 < bytes.length ? (bytes[i + 1] ?? 0) & 0xff : 0;
    const c = i + 2 < bytes.length ? (bytes[i + 2] ?? 0) & 0xff : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Raw scores (logits before calibration) of one window's features. */
export type Scorer = (features: readonly number[], into: Float64Array) => void;

/** The scorer of a model's table, shared by the runtime and the trainer's evaluation. */
export function scorerFor(data: ModelData, table: Int8Array): Scorer {
  const L = data.labels.length;
  const mask = (1 << data.bucketBits) - 1;
  if (data.kind === 'linear') {
    const scales = Float64Array.from(data.scales);
    const minFeatures = data.minFeatures ?? 1;
    return (features, into) => {
      into.fill(0);
      for (const f of features) {
        const row = (f & mask) * L;
        for (let l = 0; l < L; l++) into[l]! += table[row + l]!;
      }
      const norm = features.length > 0 ? 1 / Math.sqrt(Math.max(features.length, minFeatures)) : 0;
      for (let l = 0; l < L; l++) into[l] = into[l]! * scales[l]! * norm + data.bias[l]!;
    };
  }
  const dim = data.dim ?? 0;
  const output = Float64Array.from(data.output ?? []);
  const scale = data.scales[0] ?? 1;
  const hidden = new Float64Array(dim);
  const relu = data.activation === 'relu';
  const hiddenBias = Float64Array.from(data.hiddenBias ?? new Array<number>(dim).fill(0));
  return (features, into) => {
    hidden.fill(0);
    for (const f of features) {
      const row = (f & mask) * dim;
      for (let k = 0; k < dim; k++) hidden[k]! += table[row + k]!;
    }
    const norm = features.length > 0 ? scale / features.length : 0;
    if (relu) {
      for (let k = 0; k < dim; k++) hidden[k] = Math.max(0, hidden[k]! * norm + hiddenBias[k]!);
      for (let l = 0; l < L; l++) {
        let z = data.bias[l]!;
        for (let k = 0; k < dim; k++) z += output[l * dim + k]! * hidden[k]!;
        into[l] = z;
      }
      return;
    }
    for (let l = 0; l < L; l++) {
      let z = data.bias[l]!;
      for (let k = 0; k < dim; k++) z += output[l * dim + k]! * hidden[k]! * norm;
      into[l] = z;
    }
  };
}

/**
 * Words a linear model remembers: a word's unigram and character n-grams
 * depend on its letters only, so their summed weights are read from the
 * table once per word rather than once per occurrence (chat repeats its
 * words: about 93% of the words of benign-real are found). Direct-mapped by
 * the word's own hash: a slot holds one word and the next word to fall there
 * takes its place, so text of ever-new words costs a refill, never memory.
 */
const WORD_CACHE_SIZE = 1 << 14;
/**
 * Longer words (0.3% of words) are read afresh: a token's text is a slice
 * of the message, and a slice this short is a copy in V8 and SpiderMonkey,
 * so the cache never keeps a long message alive.
 */
const CACHED_WORD_CHARS = 12;

/** Load a model shipped as data. Throws on a malformed model (a build error, never a page's doing). */
export function loadClassifier(data: ModelData): Classifier {
  if (data.version !== 1) throw new Error(`model: unknown version ${String(data.version)}`);
  const L = data.labels.length;
  const table = decodeInt8(data.table);
  const expected = (1 << data.bucketBits) * (data.kind === 'linear' ? L : (data.dim ?? 0));
  if (table.length !== expected) throw new Error(`model: table has ${table.length} bytes, expected ${expected}`);
  const featureOptions = data.features ?? DEFAULT_FEATURES;
  const calibrationA = Float64Array.from(data.labels, (_, l) => data.calibration[l]?.a ?? 1);
  const calibrationB = Float64Array.from(data.labels, (_, l) => data.calibration[l]?.b ?? 0);
  const bestScores = data.kind === 'linear' ? linearPredictor(data, table, featureOptions) : windowedPredictor(data, table, featureOptions);
  const best = new Float64Array(L);
  function predictInto(tokens: readonly Token[], extra: readonly number[], probabilities: Float64Array): Float64Array {
    bestScores(tokens, extra, best);
    for (let l = 0; l < L; l++) probabilities[l] = sigmoid(calibrationA[l]! * best[l]! + calibrationB[l]!);
    return probabilities;
  }
  return {
    labels: data.labels,
    data,
    predict: (tokens, extra = []) => predictInto(tokens, extra, new Float64Array(L)),
    predictInto,
  };
}

/** Fills `best` with each label's highest raw score over the windows of `tokens`. */
type BestScores = (tokens: readonly Token[], extra: readonly number[], best: Float64Array) => void;

/** Whether a message of `n` tokens whose wordCounts are `words` is read once, whole (most chat lines). */
export function readsOnce(words: ArrayLike<number>, n: number): boolean {
  return words[n]! <= SHORT || n <= 1;
}

/**
 * Calls `visit(start, end)` for every read of a message of `n` tokens, as token ranges [start, end);
 * `words` are its wordCounts. A window starts at the first token at least STEP words after the last
 * one's start and takes tokens until it holds WINDOW words (a token is never cut: a long Thai run may
 * be a window alone); the last window is the shortest tail of WINDOW words. So every ask of up to
 * WINDOW - STEP one-word tokens lies whole in some window, and every token is read.
 */
export function forEachWindow(words: ArrayLike<number>, n: number, visit: (start: number, end: number) => void): void {
  const total = words[n]!;
  if (total <= LONG || n <= 1) visit(0, n);
  if (readsOnce(words, n)) return;
  let last = -1;
  for (let a = 0; a < n; a++) {
    if (last >= 0 && words[a]! - words[last]! < STEP) continue;
    let b = a + 1;
    while (b < n && words[b]! - words[a]! < WINDOW) b++;
    if (b === n) break;
    visit(a, b);
    last = a;
  }
  let tail = n - 1;
  while (tail > 0 && total - words[tail]! < WINDOW) tail--;
  visit(tail, n);
}

/** Any model: each window's features built and scored afresh. */
function windowedPredictor(data: ModelData, table: Int8Array, featureOptions: FeatureOptions): BestScores {
  const L = data.labels.length;
  const score = scorerFor(data, table);
  const logits = new Float64Array(L);
  const features: number[] = [];
  let words = new Int32Array(64);
  return (tokens, extra, best) => {
    best.fill(-Infinity);
    if (words.length <= tokens.length) words = new Int32Array(tokens.length * 2 + 1);
    forEachWindow(wordCounts(tokens, words), tokens.length, (a, b) => {
      features.length = 0;
      featuresOfTokens(a === 0 && b === tokens.length ? tokens : tokens.slice(a, b), features, featureOptions);
      for (const e of extra) features.push(e);
      score(features, logits);
      for (let l = 0; l < L; l++) if (logits[l]! > best[l]!) best[l] = logits[l]!;
    });
    // A message with no feature at all reads as the model's bias.
    if (best[0] === -Infinity) {
      features.length = 0;
      score(features, logits);
      best.set(logits);
    }
  };
}

/**
 * Linear models: the same figures as windowedPredictor, read once. A window's
 * score is a sum of int8 weights over its features, so each token's weights
 * are summed once into running sums and every window is a difference of
 * two (less the bigram of its first token, which reaches back out of the
 * window). Integer sums are exact: the order they are added in cannot change
 * a score.
 */
function linearPredictor(data: ModelData, table: Int8Array, featureOptions: FeatureOptions): BestScores {
  const L = data.labels.length;
  const mask = (1 << data.bucketBits) - 1;
  const scales = Float64Array.from(data.scales);
  const bias = Float64Array.from(data.bias);
  const minFeatures = data.minFeatures ?? 1;
  const wordNgramSizes = featureOptions.wordNgrams;
  const bigrams = featureOptions.bigrams;

  // A cached word has at most this many features, each weight within [-128, 127]: its sums fit in 16 bits
  // (34 features with the default n-grams). Feature options that could overflow them cache nothing.
  const featuresPerWord = 1 + wordNgramSizes.reduce((n, size) => n + Math.max(0, CACHED_WORD_CHARS + 3 - size), 0);
  const cachedChars = featuresPerWord * 128 <= 0x7fff ? CACHED_WORD_CHARS : 0;
  const wordTexts: (string | undefined)[] = new Array<string | undefined>(WORD_CACHE_SIZE).fill(undefined);
  // A slot's record: its word's feature count, then its L sums. One record, not two arrays, so a
  // word read from the cache touches one cache line there, not two (the model is memory-bound).
  const RECORD = L + 1;
  const wordRecords = new Int16Array(WORD_CACHE_SIZE * RECORD);
  const scratch: number[] = [];

  // running[t * L + l]: label l's weights summed over the features of tokens before t; counts[t]: how many.
  let running = new Int32Array(64 * L);
  let counts = new Int32Array(64);
  // words[t]: how many words the tokens before t count as (as wordCounts gives them), for the windows.
  let words = new Int32Array(64);
  let bigramRows = new Int32Array(64);
  const extraSum = new Int32Array(L);

  const addRow = (into: Int32Array, at: number, feature: number): void => {
    const row = (feature & mask) * L;
    for (let l = 0; l < L; l++) into[at + l]! += table[row + l]!;
  };

  /**
   * Adds the rows of all `features` to `into[at, at + L)`, four rows at a time: their weights are
   * summed per label and added to `into` once. Adding row after row to `into` made each addition
   * wait for the one before it to be stored, and a Thai run or a new word has tens to hundreds of
   * features (a 4 KB Thai window: about 12,000). Integer sums are the same in any order.
   */
  const addRows = (into: Int32Array, at: number, features: readonly number[]): void => {
    const n = features.length;
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const r0 = (features[i]! & mask) * L;
      const r1 = (features[i + 1]! & mask) * L;
      const r2 = (features[i + 2]! & mask) * L;
      const r3 = (features[i + 3]! & mask) * L;
      for (let l = 0; l < L; l++) into[at + l]! += table[r0 + l]! + table[r1 + l]! + table[r2 + l]! + table[r3 + l]!;
    }
    for (; i < n; i++) addRow(into, at, features[i]!);
  };
  const wordSum = new Int32Array(L);

  /** The offset in wordRecords of a word or handle (at most CACHED_WORD_CHARS) whose unigram is `unit`: its feature count, then its summed weights. */
  function wordRecord(word: string, unit: number): number {
    const slot = (unit ^ (unit >>> 13)) & (WORD_CACHE_SIZE - 1);
    const record = slot * RECORD;
    if (wordTexts[slot] === word) return record;
    wordTexts[slot] = word;
    wordSum.fill(0);
    addRows(wordSum, 0, wordFeatures(word, unit));
    wordRecords.set(wordSum, record + 1);
    wordRecords[record] = scratch.length;
    return record;
  }

  /** A word's unigram `unit` and character n-grams (in `scratch`). */
  function wordFeatures(word: string, unit: number): number[] {
    scratch.length = 0;
    scratch.push(unit);
    if (wordNgramSizes.length > 0) wordNgrams(word, wordNgramSizes, scratch);
    return scratch;
  }

  return (tokens, extra, best) => {
    const n = tokens.length;
    if (counts.length < n + 1) {
      const size = Math.max(n + 1, counts.length * 2);
      running = new Int32Array(size * L);
      counts = new Int32Array(size);
      words = new Int32Array(size);
      bigramRows = new Int32Array(size);
    }
    running.fill(0, 0, L);
    counts[0] = 0;
    words[0] = 0;
    // The buffers outlive the message: an empty one has one window, (0, 0), and no token wrote its bigram entry.
    bigramRows[0] = -1;
    let previous = -1;
    for (let t = 0; t < n; t++) {
      const token = tokens[t]!;
      words[t + 1] = words[t]! + wordsIn(token);
      const at = (t + 1) * L;
      let count = counts[t]!;
      let unit = -1;
      bigramRows[t] = -1;
      if (hasWordNgrams(token.kind) && token.text.length <= cachedChars) {
        // Most tokens: a word the cache knows, and its bigram with the token before. Its running
        // sums are written in one pass (the previous token's, the word's and the bigram's).
        unit = wordUnitHash(token.text);
        const record = wordRecord(token.text, unit) + 1;
        count += wordRecords[record - 1]!;
        if (previous >= 0 && bigrams) {
          const row = (bigramHash(previous, unit) & mask) * L;
          for (let l = 0; l < L; l++) running[at + l] = running[at - L + l]! + wordRecords[record + l]! + table[row + l]!;
          bigramRows[t] = row;
          count += 1;
        } else {
          for (let l = 0; l < L; l++) running[at + l] = running[at - L + l]! + wordRecords[record + l]!;
        }
        previous = unit;
        counts[t + 1] = count;
        continue;
      }
      for (let l = 0; l < L; l++) running[at + l] = running[at - L + l]!;
      if (token.kind === TokenKind.Thai) {
        scratch.length = 0;
        thaiNgrams(token.text, featureOptions.thaiNgrams, scratch);
        addRows(running, at, scratch);
        count += scratch.length;
      } else if (token.kind !== TokenKind.Gap) {
        if (hasWordNgrams(token.kind)) {
          unit = wordUnitHash(token.text);
          addRows(running, at, wordFeatures(token.text, unit));
          count += scratch.length;
        } else {
          unit = unitHash(token);
          addRow(running, at, unit);
          count += 1;
        }
        if (previous >= 0 && bigrams) {
          const bigram = bigramHash(previous, unit);
          addRow(running, at, bigram);
          bigramRows[t] = (bigram & mask) * L;
          count += 1;
        }
      }
      previous = unit;
      counts[t + 1] = count;
    }
    extraSum.fill(0);
    for (const e of extra) addRow(extraSum, 0, e);

    best.fill(-Infinity);
    forEachWindow(words, n, (a, b) => {
      const bigramRow = bigramRows[a]!;
      let count = counts[b]! - counts[a]! + extra.length;
      if (bigramRow >= 0) count--;
      if (count <= 0) return;
      const norm = 1 / Math.sqrt(Math.max(count, minFeatures));
      for (let l = 0; l < L; l++) {
        let sum = running[b * L + l]! - running[a * L + l]! + extraSum[l]!;
        if (bigramRow >= 0) sum -= table[bigramRow + l]!;
        const z = sum * scales[l]! * norm + bias[l]!;
        if (z > best[l]!) best[l] = z;
      }
    });
    // A message with no feature at all reads as the model's bias.
    if (best[0] === -Infinity) best.set(bias);
  };
}
