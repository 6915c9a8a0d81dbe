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
import type { Token } from '../tokenize';
import { DEFAULT_FEATURES, featuresOfTokens, type FeatureOptions, type TokenLayout } from './features';

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
}

/**
 * A message is read whole and, when it is longer than a chat line usually is
 * (more than SHORT_TOKENS), also in windows of WINDOW tokens every STEP
 * tokens; each label takes its highest reading. An ask is a few words: a
 * long message, or one padded with filler ("ok ok ok ... send a pic"), must
 * not dilute it away. Past LONG_TOKENS only the windows are read.
 */
export const SHORT_TOKENS = 20;
const LONG_TOKENS = 64;
const WINDOW = 12;
const STEP = 4;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const index = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) index[B64.charCodeAt(i)] = i;
  return index;
})();

/** Decode base64 into signed bytes (no atob/Buffer: the engine runs anywhere). */
export function decodeInt8(base64: string): Int8Array {
  const clean = base64.replace(/=+$/, '');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
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

/** Load a model shipped as data. Throws on a malformed model (a build error, never a page's doing). */
export function loadClassifier(data: ModelData): Classifier {
  if (data.version !== 1) throw new Error(`model: unknown version ${String(data.version)}`);
  const L = data.labels.length;
  const table = decodeInt8(data.table);
  const expected = (1 << data.bucketBits) * (data.kind === 'linear' ? L : (data.dim ?? 0));
  if (table.length !== expected) throw new Error(`model: table has ${table.length} bytes, expected ${expected}`);
  const score = scorerFor(data, table);
  const featureOptions = data.features ?? DEFAULT_FEATURES;
  const logits = new Float64Array(L);
  const features: number[] = [];

  /** The windows a message is read in, as [start, end) token ranges. */
  function windows(n: number): [number, number][] {
    const out: [number, number][] = [];
    if (n <= LONG_TOKENS) out.push([0, n]);
    if (n > SHORT_TOKENS) {
      // Every ask of up to WINDOW - STEP tokens lies whole in some window; the last window ends the text.
      for (let start = 0; start + WINDOW < n; start += STEP) out.push([start, start + WINDOW]);
      out.push([n - WINDOW, n]);
    }
    return out;
  }

  const layout: TokenLayout = { end: [], bigramAt: [] };
  const scales = Float64Array.from(data.scales);
  const mask = (1 << data.bucketBits) - 1;
  const minFeatures = data.minFeatures ?? 1;

  /**
   * Linear models: each token's weights are summed once, and every window is
   * a difference of running sums (the same figures as reading each window's
   * tokens afresh, at the cost of reading the message once).
   */
  function bestLinear(tokens: readonly Token[], extra: readonly number[], best: Float64Array): void {
    features.length = 0;
    layout.end.length = tokens.length;
    layout.bigramAt.length = tokens.length;
    featuresOfTokens(tokens, features, featureOptions, layout);
    const n = tokens.length;
    // running[t * L + l]: sum of label l's int8 weights over the features of tokens before t.
    const running = new Int32Array((n + 1) * L);
    let f = 0;
    for (let t = 0; t < n; t++) {
      const base = t * L;
      for (let l = 0; l < L; l++) running[base + L + l] = running[base + l]!;
      for (const end = layout.end[t]!; f < end; f++) {
        const row = (features[f]! & mask) * L;
        for (let l = 0; l < L; l++) running[base + L + l]! += table[row + l]!;
      }
    }
    const extraSum = new Int32Array(L);
    for (const e of extra) {
      const row = (e & mask) * L;
      for (let l = 0; l < L; l++) extraSum[l]! += table[row + l]!;
    }
    for (const [a, b] of windows(n)) {
      const bigram = layout.bigramAt[a]!;
      let count = (b > 0 ? layout.end[b - 1]! : 0) - (a > 0 ? layout.end[a - 1]! : 0) + extra.length;
      if (bigram >= 0) count--;
      if (count <= 0) continue;
      const norm = 1 / Math.sqrt(Math.max(count, minFeatures));
      const bigramRow = bigram >= 0 ? (features[bigram]! & mask) * L : -1;
      for (let l = 0; l < L; l++) {
        let sum = running[b * L + l]! - running[a * L + l]! + extraSum[l]!;
        if (bigramRow >= 0) sum -= table[bigramRow + l]!;
        const z = sum * scales[l]! * norm + data.bias[l]!;
        if (z > best[l]!) best[l] = z;
      }
    }
  }

  function predict(tokens: readonly Token[], extra: readonly number[] = []): Float64Array {
    const best = new Float64Array(L).fill(-Infinity);
    if (data.kind === 'linear' && tokens.length > SHORT_TOKENS) {
      bestLinear(tokens, extra, best);
    } else {
      for (const [a, b] of windows(tokens.length)) {
        features.length = 0;
        featuresOfTokens(a === 0 && b === tokens.length ? tokens : tokens.slice(a, b), features, featureOptions);
        for (const e of extra) features.push(e);
        score(features, logits);
        for (let l = 0; l < L; l++) if (logits[l]! > best[l]!) best[l] = logits[l]!;
      }
    }
    // A message with no feature at all reads as the model's bias.
    if (best[0] === -Infinity) {
      features.length = 0;
      score(features, logits);
      best.set(logits);
    }
    const probabilities = new Float64Array(L);
    for (let l = 0; l < L; l++) {
      const c = data.calibration[l] ?? { a: 1, b: 0 };
      probabilities[l] = sigmoid(c.a * best[l]! + c.b);
    }
    return probabilities;
  }

  return { labels: data.labels, data, predict };
}
