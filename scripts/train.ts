/**
 * `npm run train`: rebuilds the shipped models from the repo alone.
 *
 *   data/corpus/written/*.jsonl -> (scripts/corpus/build.ts) train / valid
 *   -> features (src/engine/model/features.ts, the runtime's own code)
 *   -> candidates: hashed logistic regression and fastText-style embedding
 *      bags, each with and without the rules' categories as extra features
 *   -> int8 tables, Platt scaling and per-sensitivity thresholds fitted on
 *      the validation split
 *   -> the best candidate on the validation split (macro F1; within 0.005,
 *      higher risky recall, then fewer benign lines flagged) is written to
 *      src/engine/model/*.model.ts
 *
 * Deterministic for a seed (TRAIN_SEED, default 1). Prints its progress.
 * With ../shared/eval present it also prints figures on dev.jsonl, for
 * information only: nothing is chosen on it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, SENSITIVITIES, type Sensitivity } from '../src/shared/categories';
import { COMMON_LEXICON, FREQUENT_WORDS, OUTGOING_WORDS, PACKS } from '../src/packs/index';
import { createDetectorFromPacks, modelTokenizer, type PackSet } from '../src/engine/detector';
import { encodeInt8, forEachWindow, loadClassifier, readsOnce, sigmoid, wordCounts, type ModelData } from '../src/engine/model/classifier';
import { featuresOfTokens, hashString, type FeatureOptions } from '../src/engine/model/features';
import type { Token } from '../src/engine/tokenize';
import { OUTGOING_CATEGORIES } from '../src/engine/types';
import { buildCorpus, readWritten, rng, type CorpusLine } from './corpus/build';
import { detailLines, figures, summaryLine, type Scored } from './lib/metrics';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEED = Number(process.env.TRAIN_SEED ?? 1);
const QUICK = process.argv.includes('--quick');

const packSet: PackSet = { packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS), outgoing: OUTGOING_WORDS };
const rules = createDetectorFromPacks(packSet, { engine: 'rules' });
const tokensOf = modelTokenizer(packSet);

const started = performance.now();
const log = (msg: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`);

interface Example {
  tokens: Token[];
  features: Int32Array;
  /** Hashes of `rule:<category>` for the categories the rules found. */
  extras: Int32Array;
  y: Uint8Array;
  weight: number;
  row: CorpusLine | { text: string; lang: string; labels: string[] };
  ruleLabels: string[];
  /** A window of a long benign line (benignWindowExamples), not a line. */
  window?: boolean;
}
/** The benign windows of a training set, built once for every candidate that asks. */
const windowsOf = new WeakMap<readonly Example[], Example[]>();

function example(row: Example['row'], labels: readonly string[], weight = 1, withRules = true): Example {
  const windows = tokensOf(row.text);
  const tokens = windows[0] ?? [];
  const result = withRules ? rules.scanMessage(row.text) : undefined;
  const ruleCats = [...new Set((result?.findings ?? []).map((f) => f.category))];
  const y = new Uint8Array(labels.length);
  labels.forEach((l, i) => (y[i] = row.labels.includes(l) ? 1 : 0));
  return {
    tokens,
    features: new Int32Array(0),
    extras: Int32Array.from(ruleCats.map((c) => hashString(`rule:${c}`))),
    y,
    weight,
    row,
    ruleLabels: result?.labels ?? [],
  };
}

function shuffled(n: number, r: () => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

interface Candidate {
  name: string;
  features: FeatureOptions;
  /** Weight of a benign line in training: ordinary chat is far more common than this corpus suggests. */
  benignWeight: number;
  /** Weight of a plain (ordinary chat) line, when not the same as other benign lines. */
  plainWeight?: number;
  /** linear: the feature-count floor of the 1/sqrt(n) feature value (ModelData.minFeatures). */
  minFeatures?: number;
  /**
   * Each window of a long benign line (as the runtime reads it) is a benign example too, of this
   * weight relative to its line. 0: the whole line only.
   */
  benignWindows?: number;
  kind: 'linear' | 'embedding';
  /** embedding only: a ReLU hidden layer (MLP) instead of fastText's linear bag. */
  relu?: boolean;
  bits: number;
  dim?: number;
  stacked: boolean;
  epochs: number;
  lr: number;
  l2: number;
}

function inputs(ex: Example, stacked: boolean): Int32Array {
  if (!stacked || ex.extras.length === 0) return ex.features;
  const all = new Int32Array(ex.features.length + ex.extras.length);
  all.set(ex.features);
  all.set(ex.extras, ex.features.length);
  return all;
}

/** Logistic regression per label, AdaGrad, L2 on touched weights. Returns float weights [bucket][label] and biases. */
function trainLinear(train: Example[], L: number, c: Candidate): { table: Float32Array; bias: Float64Array } {
  const B = 1 << c.bits;
  const mask = B - 1;
  const w = new Float32Array(B * L);
  const g2 = new Float32Array(B * L).fill(1e-6);
  const bias = new Float64Array(L);
  const bg2 = new Float64Array(L).fill(1e-6);
  const r = rng(SEED * 7919 + c.bits);
  const z = new Float64Array(L);
  const grad = new Float64Array(L);
  for (let epoch = 0; epoch < c.epochs; epoch++) {
    let loss = 0;
    for (const i of shuffled(train.length, r)) {
      const ex = train[i]!;
      const feats = inputs(ex, c.stacked);
      const v = feats.length > 0 ? 1 / Math.sqrt(Math.max(feats.length, c.minFeatures ?? 1)) : 0;
      z.set(bias);
      for (const f of feats) {
        const row = (f & mask) * L;
        for (let l = 0; l < L; l++) z[l]! += w[row + l]! * v;
      }
      for (let l = 0; l < L; l++) {
        const p = sigmoid(z[l]!);
        const y = ex.y[l]!;
        loss -= ex.weight * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
        grad[l] = (p - y) * ex.weight;
        bg2[l]! += grad[l]! * grad[l]!;
        bias[l]! -= (c.lr * grad[l]!) / Math.sqrt(bg2[l]!);
      }
      for (const f of feats) {
        const row = (f & mask) * L;
        for (let l = 0; l < L; l++) {
          const k = row + l;
          const g = grad[l]! * v + c.l2 * w[k]!;
          g2[k]! += g * g;
          w[k]! -= (c.lr * g) / Math.sqrt(g2[k]!);
        }
      }
    }
    if (!QUICK || epoch === c.epochs - 1) log(`  ${c.name} epoch ${epoch + 1}/${c.epochs} loss ${(loss / train.length).toFixed(4)}`);
  }
  return { table: w, bias };
}

/** fastText: mean of bucket vectors, linear output, SGD with a linearly decaying rate; with `relu`, a hidden layer. */
function trainEmbedding(train: Example[], L: number, c: Candidate): { table: Float32Array; output: Float64Array; bias: Float64Array; hiddenBias: Float64Array } {
  const dim = c.dim ?? 16;
  const B = 1 << c.bits;
  const mask = B - 1;
  const r = rng(SEED * 104729 + c.bits + dim);
  const E = new Float32Array(B * dim);
  const init = c.relu ? 1 / Math.sqrt(dim) : 1 / dim;
  for (let i = 0; i < E.length; i++) E[i] = (r() * 2 - 1) * init;
  const W = new Float64Array(L * dim);
  if (c.relu) for (let i = 0; i < W.length; i++) W[i] = (r() * 2 - 1) / Math.sqrt(dim);
  const bias = new Float64Array(L);
  const hb = new Float64Array(dim).fill(c.relu ? 0.01 : 0);
  const h = new Float64Array(dim);
  const dh = new Float64Array(dim);
  const total = c.epochs * train.length;
  let step = 0;
  for (let epoch = 0; epoch < c.epochs; epoch++) {
    let loss = 0;
    for (const i of shuffled(train.length, r)) {
      const ex = train[i]!;
      const feats = inputs(ex, c.stacked);
      if (feats.length === 0) continue;
      const lr = c.lr * (1 - step++ / total);
      h.fill(0);
      for (const f of feats) {
        const row = (f & mask) * dim;
        for (let k = 0; k < dim; k++) h[k]! += E[row + k]!;
      }
      for (let k = 0; k < dim; k++) h[k] = c.relu ? Math.max(0, h[k]! / feats.length + hb[k]!) : h[k]! / feats.length;
      dh.fill(0);
      for (let l = 0; l < L; l++) {
        let z = bias[l]!;
        for (let k = 0; k < dim; k++) z += W[l * dim + k]! * h[k]!;
        const p = sigmoid(z);
        const y = ex.y[l]!;
        loss -= ex.weight * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
        const g = (p - y) * ex.weight;
        for (let k = 0; k < dim; k++) {
          dh[k]! += g * W[l * dim + k]!;
          W[l * dim + k]! -= lr * (g * h[k]! + c.l2 * W[l * dim + k]!);
        }
        bias[l]! -= lr * g;
      }
      if (c.relu) {
        for (let k = 0; k < dim; k++) {
          if (h[k]! <= 0) dh[k] = 0;
          hb[k]! -= lr * dh[k]!;
        }
      }
      for (const f of feats) {
        const row = (f & mask) * dim;
        for (let k = 0; k < dim; k++) E[row + k]! -= (lr * dh[k]!) / feats.length;
      }
    }
    if (!QUICK || epoch === c.epochs - 1) log(`  ${c.name} epoch ${epoch + 1}/${c.epochs} loss ${(loss / train.length).toFixed(4)}`);
  }
  return { table: E, output: W, bias, hiddenBias: hb };
}

/** Symmetric int8 quantisation with the given scale per column group. */
function quantise(values: Float32Array, scale: (i: number) => number): Int8Array {
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.max(-127, Math.min(127, Math.round(values[i]! / scale(i))));
  return out;
}

/** Log loss of sigmoid(a z + b) against smoothed targets. */
function plattLoss(z: Float64Array, t: Float64Array, a: number, b: number): number {
  let loss = 0;
  for (let i = 0; i < z.length; i++) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(a * z[i]! + b)));
    loss -= t[i]! * Math.log(p) + (1 - t[i]!) * Math.log(1 - p);
  }
  return loss;
}

/**
 * Platt scaling: fit p = sigmoid(a z + b) on (logit, label) pairs by Newton's
 * method with step halving (Lin, Lin & Weng 2007), so it never ends worse than
 * where it started, and never inverts the scores (a > 0).
 */
function platt(z: Float64Array, y: Uint8Array): { a: number; b: number } {
  // Smoothed targets (Platt 1999) keep a separable label from running to infinity.
  const pos = y.reduce((s, v) => s + v, 0);
  const neg = y.length - pos;
  const t = Float64Array.from(y, (v) => (v ? (pos + 1) / (pos + 2) : 1 / (neg + 2)));
  let a = 1;
  let b = 0;
  let loss = plattLoss(z, t, a, b);
  for (let it = 0; it < 100; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < z.length; i++) {
      const p = sigmoid(a * z[i]! + b);
      const d = p - t[i]!;
      const w = Math.max(p * (1 - p), 1e-12);
      ga += d * z[i]!;
      gb += d;
      haa += w * z[i]! * z[i]!;
      hab += w * z[i]!;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(Math.abs(det) > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let improved = false;
    while (step > 1e-6) {
      const na = a - step * da;
      const nb = b - step * db;
      const nl = na > 0 ? plattLoss(z, t, na, nb) : Infinity;
      if (nl < loss - 1e-12) {
        a = na;
        b = nb;
        loss = nl;
        improved = true;
        break;
      }
      step /= 2;
    }
    if (!improved || Math.abs(step * da) + Math.abs(step * db) < 1e-8) break;
  }
  return { a, b };
}

/**
 * Threshold on probabilities maximising F-beta for one label. A false alarm on a
 * benign line costs BENIGN_COST: in a teen's real inbox ordinary messages
 * outnumber risky ones by far more than in this corpus.
 */
const BENIGN_COST = Number(process.env.BENIGN_COST ?? 4);
function bestThreshold(p: Float64Array, y: Uint8Array, beta: number, benign: Uint8Array): number {
  const order = [...p.keys()].sort((i, j) => p[j]! - p[i]!);
  const positives = y.reduce((s, v) => s + v, 0);
  if (positives === 0) return 0.99;
  let tp = 0;
  let fp = 0;
  let best = -1;
  let threshold = 0.5;
  const b2 = beta * beta;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (y[i]) tp++;
    else fp += benign[i] ? BENIGN_COST : 1;
    const next = order[k + 1];
    if (next !== undefined && p[next] === p[i]) continue;
    const precision = tp / (tp + fp);
    const recall = tp / positives;
    const f = precision + recall === 0 ? 0 : ((1 + b2) * precision * recall) / (b2 * precision + recall);
    if (f > best) {
      best = f;
      // Halfway to the next score down, so a slightly lower probability still counts.
      threshold = next === undefined ? p[i]! : (p[i]! + p[next]!) / 2;
    }
  }
  return Math.min(0.95, Math.max(0.05, threshold));
}

const BETA: Record<Sensitivity, number> = { gentle: 0.5, balanced: 1, strict: 2 };
/**
 * The teen's own drafts: every label is a pause-before-send note at once, on
 * the most ordinary thing a teen does (typing), so precision weighs more.
 */
const OUTGOING_BETA: Record<Sensitivity, number> = { gentle: 0.35, balanced: 0.5, strict: 1 };

/**
 * The rules and the model together: a category is a label when the model is
 * sure (p >= high), or when a rule fired and the model does not disagree
 * (p >= low). Both thresholds per label are chosen on the validation split for
 * the best F-beta with the benign cost, so the model vetoes the rules' false
 * alarms and adds what the rules miss.
 */
const GATE_LOWS = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4];
/**
 * The model vetoes a rule's threat or login-code demand only when it is nearly sure there is none
 * (p under this cap): missing a sextortion threat costs far more than a false alarm, and the
 * conversation scorer still asks for more than one faint signal before it raises the level. Never
 * vetoing them (the cap at 0, before) left the rules' own words in warnings, game chat and notices
 * flagged. With the cap, on the validation split of pass 12, the model vetoes the rules' threats and
 * code asks on 59 benign lines and 11 risky ones (and 6 labels of lines risky for something else);
 * on dev.jsonl, none.
 */
const VETO_CAP: Readonly<Record<string, number>> = { threat: 0.05, account_access: 0.05 };
/**
 * F-beta (b2 = beta squared) of a gate on one label: a line is flagged when p >= high, or when a rule found
 * the label and p >= low; an ordinary line flagged costs BENIGN_COST. 0 when nothing risky is flagged.
 */
function gatedF(p: Float64Array, y: Uint8Array, rule: Uint8Array, benign: Uint8Array, low: number, high: number, b2: number, positives: number): number {
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < p.length; i++) {
    if (!(p[i]! >= high || (rule[i] === 1 && p[i]! >= low))) continue;
    if (y[i]) tp++;
    else fp += benign[i] ? BENIGN_COST : 1;
  }
  if (tp === 0) return 0;
  const precision = tp / (tp + fp);
  const recall = tp / positives;
  return ((1 + b2) * precision * recall) / (b2 * precision + recall);
}
function bestGate(p: Float64Array, y: Uint8Array, rule: Uint8Array, beta: number, benign: Uint8Array, maxLow = 1): { low: number; high: number } {
  let best = { f: -1, low: 0, high: 0.5 };
  const positives = y.reduce((s, v) => s + v, 0);
  if (positives === 0) return { low: 0.99, high: 0.99 };
  const b2 = beta * beta;
  const highs = [...new Set([...p].map((v) => Math.round(v * 200) / 200))].sort((a, b) => a - b);
  for (const low of GATE_LOWS) {
    if (low > maxLow) continue;
    for (const high of highs) {
      if (high < low) continue;
      const f = gatedF(p, y, rule, benign, low, high, b2, positives);
      if (f === 0) continue;
      if (f > best.f) best = { f, low, high: Math.min(0.95, Math.max(0.05, high)) };
    }
  }
  return { low: best.low, high: best.high };
}

/**
 * A message this short (UTF-16 units) is gated apart (ModelData.shortRuleThresholds): "are you alone
 * right now" or "how much for a pic" carry no words but the ask's own, and the veto learned mostly on
 * long lines, where the words around an ask are what makes it harmless, dropped them.
 */
const SHORT_CHARS = Number(process.env.SHORT_CHARS ?? 40);

/** The lowest rule threshold for one label on a subset, with the model's own threshold fixed. */
function bestLow(p: Float64Array, y: Uint8Array, rule: Uint8Array, beta: number, benign: Uint8Array, high: number, maxLow = 1): number {
  let best = { f: -1, low: 1 };
  const positives = y.reduce((s, v) => s + v, 0);
  const b2 = beta * beta;
  for (const low of GATE_LOWS) {
    if (low > maxLow) continue;
    const f = gatedF(p, y, rule, benign, low, high, b2, positives);
    // Equal F: the higher threshold, which flags fewer lines.
    if (f > best.f + 1e-9 || (Math.abs(f - best.f) <= 1e-9 && low > best.low)) best = { f, low };
  }
  return best.low;
}

function withGate(built: Built, labels: readonly string[], valid: Example[]): Built {
  const benign = Uint8Array.from(valid.map((ex) => (ex.row.labels.length === 0 ? 1 : 0)));
  const thresholds: Record<string, number[]> = {};
  const ruleThresholds: Record<string, number[]> = {};
  const shortRuleThresholds: Record<string, number[]> = {};
  const short = valid.flatMap((ex, i) => (ex.row.text.length <= SHORT_CHARS ? [i] : []));
  for (const s of SENSITIVITIES) {
    thresholds[s] = [];
    ruleThresholds[s] = [];
    shortRuleThresholds[s] = [];
    labels.forEach((label, l) => {
      const g = bestGate(
        Float64Array.from(built.validP.map((p) => p[l]!)),
        Uint8Array.from(valid.map((ex) => ex.y[l]!)),
        Uint8Array.from(valid.map((ex) => (ex.ruleLabels.includes(label) ? 1 : 0))),
        BETA[s],
        benign,
        VETO_CAP[label],
      );
      thresholds[s]!.push(Math.round(g.high * 1000) / 1000);
      ruleThresholds[s]!.push(Math.round(g.low * 1000) / 1000);
      const pick = <T>(all: ArrayLike<T>): T[] => short.map((i) => all[i]!);
      const low = bestLow(
        Float64Array.from(pick(built.validP).map((p) => p[l]!)),
        Uint8Array.from(pick(valid).map((ex) => ex.y[l]!)),
        Uint8Array.from(pick(valid).map((ex) => (ex.ruleLabels.includes(label) ? 1 : 0))),
        BETA[s],
        Uint8Array.from(pick(benign)),
        g.high,
        Math.min(VETO_CAP[label] ?? 1, g.low),
      );
      shortRuleThresholds[s]!.push(Math.round(low * 1000) / 1000);
    });
  }
  return {
    ...built,
    candidate: { ...built.candidate, name: `${built.candidate.name} gating rules` },
    data: {
      ...built.data,
      thresholds: thresholds as unknown as ModelData['thresholds'],
      ruleThresholds: ruleThresholds as unknown as ModelData['thresholds'],
      shortRuleThresholds: shortRuleThresholds as unknown as ModelData['thresholds'],
      shortChars: SHORT_CHARS,
    },
  };
}

interface Built {
  candidate: Candidate;
  data: ModelData;
  /** Calibrated probabilities on the validation split. */
  validP: Float64Array[];
}

/** Compute every example's features for a candidate's feature options (kept while the options stay). */
const featuresKeys = new WeakMap<Example, string>();
function featurize(c: Candidate, sets: Example[][]): void {
  const key = JSON.stringify(c.features);
  for (const set of sets) {
    for (const ex of set) {
      if (featuresKeys.get(ex) === key) continue;
      ex.features = Int32Array.from(featuresOfTokens(ex.tokens, [], c.features));
      featuresKeys.set(ex, key);
    }
  }
}

/**
 * The windows of a long benign line, each an example of its own (Candidate.benignWindows). A benign
 * line is benign in every part, so its windows are labelled for sure; a risky line's are not (the ask
 * is in some windows only), so they are left out.
 */
function benignWindowExamples(train: readonly Example[]): Example[] {
  const out: Example[] = [];
  for (const ex of train) {
    if (ex.row.labels.length > 0) continue;
    const words = wordCounts(ex.tokens);
    if (readsOnce(words, ex.tokens.length)) continue;
    forEachWindow(words, ex.tokens.length, (a, b) => {
      if (a === 0 && b === ex.tokens.length) return;
      out.push({ ...ex, tokens: ex.tokens.slice(a, b), features: new Int32Array(0), window: true });
    });
  }
  return out;
}

function build(c: Candidate, labels: readonly string[], train0: Example[], valid: Example[], also: Example[][] = [], betas: Record<Sensitivity, number> = BETA): Built {
  const L = labels.length;
  let floatScore: ((features: readonly number[], into: Float64Array) => void) | undefined;
  let windows = c.benignWindows ? windowsOf.get(train0) : [];
  if (!windows) windowsOf.set(train0, (windows = benignWindowExamples(train0)));
  const train = windows.length > 0 ? [...train0, ...windows] : train0;
  featurize(c, [train, valid, ...also]);
  for (const ex of train) {
    ex.weight = ex.row.labels.length === 0 ? ((ex.row as CorpusLine).kind === 'plain' ? (c.plainWeight ?? c.benignWeight) : c.benignWeight) : 1;
    if (ex.window) ex.weight *= c.benignWindows ?? 0;
  }
  let data: ModelData;
  if (c.kind === 'linear') {
    const { table, bias } = trainLinear(train, L, c);
    // Scale per label from the largest weight: clipping the few largest would bend the model more
    // than the rounding of the small ones does (the trainer prints float vs int8 figures).
    const scales = labels.map((_, l) => {
      let max = 1e-6;
      for (let i = l; i < table.length; i += L) max = Math.max(max, Math.abs(table[i]!));
      return max / 127;
    });
    floatScore = (features, into) => {
      const v = features.length > 0 ? 1 / Math.sqrt(Math.max(features.length, c.minFeatures ?? 1)) : 0;
      into.set(bias);
      for (const f of features) {
        const row = (f & ((1 << c.bits) - 1)) * L;
        for (let l = 0; l < L; l++) into[l]! += table[row + l]! * v;
      }
    };
    data = base(c, labels, encodeInt8(quantise(table, (i) => scales[i % L]!)), scales, [...bias]);
  } else {
    const { table, output, bias, hiddenBias } = trainEmbedding(train, L, c);
    const mags = [...table].map(Math.abs).sort((a, b) => a - b);
    const scale = Math.max(1e-6, mags[Math.floor(mags.length * 0.9995)] ?? 1e-6) / 127;
    data = { ...base(c, labels, encodeInt8(quantise(table, () => scale)), [scale], [...bias]), dim: c.dim, output: [...output].map((v) => Math.round(v * 1e5) / 1e5) };
    if (c.relu) data = { ...data, activation: 'relu', hiddenBias: [...hiddenBias].map((v) => Math.round(v * 1e5) / 1e5) };
  }
  // Logits of the quantised model, read by the runtime itself (whole message and windows):
  // with identity calibration its probabilities are sigmoid(logit).
  const runtime = loadClassifier({ ...data, calibration: labels.map(() => ({ a: 1, b: 0 })) });
  const logits = valid.map((ex) => logitsOf(runtime, ex, c.stacked));
  // Calibrated on the lines read once, whole: a long message's reading is the highest of several,
  // not the same figure, and would bend the calibration of the rest.
  const single = valid.map((ex) => readsOnce(wordCounts(ex.tokens), ex.tokens.length));
  const calibration = labels.map((_, l) => {
    const z = Float64Array.from(logits.filter((_, i) => single[i]).map((v) => v[l]!));
    const y = Uint8Array.from(valid.filter((_, i) => single[i]).map((ex) => ex.y[l]!));
    const fit = platt(z, y);
    return { a: Math.round(fit.a * 1e4) / 1e4, b: Math.round(fit.b * 1e4) / 1e4 };
  });
  const validP = logits.map((z) => Float64Array.from(z, (v, l) => sigmoid(calibration[l]!.a * v + calibration[l]!.b)));
  if (floatScore) {
    // How much the int8 table costs: the same model with float weights, at its own best thresholds.
    const fz = valid.map((ex) => {
      const z = new Float64Array(L);
      floatScore!([...inputs(ex, c.stacked)], z);
      return z;
    });
    const th = labels.map((_, l) =>
      bestThreshold(Float64Array.from(fz.map((z) => sigmoid(z[l]!))), Uint8Array.from(valid.map((ex) => ex.y[l]!)), 1, Uint8Array.from(valid.map((ex) => (ex.row.labels.length === 0 ? 1 : 0)))),
    );
    const ff = figures(
      valid.map((ex, i) => ({ lang: ex.row.lang, gold: ex.row.labels, predicted: labels.filter((_, l) => sigmoid(fz[i]![l]!) >= th[l]!) })),
      labels,
    );
    log(`  ${c.name} with float weights: macro F1 ${ff.macroF1.toFixed(3)}, benign flagged ${(ff.benignFlagged * 100).toFixed(1)}%`);
  }
  const thresholds = Object.fromEntries(
    SENSITIVITIES.map((s) => [
      s,
      labels.map((_, l) =>
        Math.round(
          bestThreshold(
            Float64Array.from(validP.map((p) => p[l]!)),
            Uint8Array.from(valid.map((ex) => ex.y[l]!)),
            betas[s],
            Uint8Array.from(valid.map((ex) => (ex.row.labels.length === 0 ? 1 : 0))),
          ) * 1000,
        ) / 1000,
      ),
    ]),
  ) as Record<Sensitivity, number[]>;
  data = { ...data, calibration, thresholds };
  return { candidate: c, data, validP };
}

/** Raw logits of one example through the runtime (its probabilities with identity calibration, inverted). */
function logitsOf(runtime: ReturnType<typeof loadClassifier>, ex: Example, stacked: boolean): Float64Array {
  const p = runtime.predict(ex.tokens, stacked ? [...ex.extras] : []);
  return Float64Array.from(p, (v) => {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, v));
    return Math.log(q / (1 - q));
  });
}


function base(c: Candidate, labels: readonly string[], table: string, scales: number[], bias: number[]): ModelData {
  return {
    version: 1,
    kind: c.kind,
    labels,
    bucketBits: c.bits,
    table,
    scales: scales.map((s) => Number(s.toPrecision(6))),
    bias: bias.map((b) => Math.round(b * 1e4) / 1e4),
    calibration: [],
    thresholds: { gentle: [], balanced: [], strict: [] },
    features: c.features,
    ...(c.kind === 'linear' && c.minFeatures ? { minFeatures: c.minFeatures } : {}),
    extras: c.stacked ? CATEGORIES.map((cat) => `rule:${cat}`) : [],
    meta: {},
  };
}

function scoredRows(examples: Example[], pred: (ex: Example, i: number) => string[]): Scored[] {
  return examples.map((ex, i) => ({ lang: ex.row.lang, gold: ex.row.labels, predicted: pred(ex, i) }));
}

// ---------------------------------------------------------------------------

log(`seed ${SEED}${QUICK ? ' (quick)' : ''}: building the corpus from data/corpus/written`);
const built0 = buildCorpus(readWritten());
// --sample=N: every Nth line only, for the determinism test (a model in seconds, written to --out).
const SAMPLE = Number(process.argv.find((a) => a.startsWith('--sample='))?.slice('--sample='.length) ?? 1);
const OUT = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
const trainRows = built0.train.filter((_, i) => i % SAMPLE === 0);
const validRows = built0.valid.filter((_, i) => i % SAMPLE === 0);
const toJsonl = (rows: CorpusLine[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
if (!OUT) {
  writeFileSync(join(ROOT, 'data/corpus/train.jsonl'), toJsonl(trainRows));
  writeFileSync(join(ROOT, 'data/corpus/valid.jsonl'), toJsonl(validRows));
}
log(`corpus: train ${trainRows.length}, valid ${validRows.length} lines`);

const IN_LABELS = [...CATEGORIES];
const OUT_LABELS = [...OUTGOING_CATEGORIES];
const inTrain = trainRows.filter((r) => r.dir === 'in').map((r) => example(r, IN_LABELS));
const inValid = validRows.filter((r) => r.dir === 'in').map((r) => example(r, IN_LABELS));
log(`incoming features: train ${inTrain.length}, valid ${inValid.length}`);

const devPath = join(ROOT, '../shared/eval/dev.jsonl');
const dev = SAMPLE === 1 && existsSync(devPath)
  ? readFileSync(devPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; lang: string; labels: string[] })
      .map((r) => example(r, IN_LABELS))
  : [];
if (dev.length === 0) log('../shared/eval/dev.jsonl absent: dev figures skipped');

const FULL: FeatureOptions = { wordNgrams: [3, 4, 5], thaiNgrams: [2, 3, 4], bigrams: true };
const WORDS: FeatureOptions = { wordNgrams: [], thaiNgrams: [2, 3], bigrams: true };
const CHAR4: FeatureOptions = { wordNgrams: [4], thaiNgrams: [2, 3, 4], bigrams: true };
const GRID = process.argv.includes('--grid');
// Every window of a long benign line is a benign example too, at twice the line's weight: the runtime
// reads a long message in windows, and ordinary long messages (pass 13) read in windows no training line
// looked like flagged 7-13% of benign-real's lines of 20 words or more. Weights measured on pass 13
// (the linear-16-l2 candidate; valid, inside chat benign flagged / benign-real flagged): 0 (whole lines
// only) 1.31% benign-real; 1: 10.2% / 0.85%; 2: 9.7% / 0.71%; 4: 9.4% / 0.68%, but dev benign 9.0% and
// conversations-dev in time 37/40. Chosen on the first figure, the others checked.
const BENIGN_WINDOWS = Number(process.env.BENIGN_WINDOWS ?? 2);
const linear = (name: string, features: FeatureOptions, benignWeight: number, l2: number, stacked: boolean, bits = 16): Candidate => ({
  name,
  kind: 'linear',
  bits,
  features,
  benignWindows: BENIGN_WINDOWS,
  benignWeight,
  stacked,
  epochs: QUICK ? 4 : 10,
  lr: 0.2,
  l2,
});
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
// Ordinary chat outweighs the rest in training: in a real inbox it is nearly everything. 60 (40
// before pass 12): the heavier variant below was the one chosen on passes 11 and 12.
const PLAIN_WEIGHT = Number(process.env.PLAIN_WEIGHT ?? 60);
// Short messages get no more weight per feature than a message of this many features (about six words).
const MIN_FEATURES = Number(process.env.MIN_FEATURES ?? 80);
const allCandidates: Candidate[] = QUICK
  ? [linear('linear-16+rules', FULL, 3, 1e-5, true)]
  : GRID
    ? [FULL, WORDS, CHAR4].flatMap((f, i) =>
        [1, 3].flatMap((w) => [1e-5, 1e-4].map((l2) => linear(`lin-${['full', 'words', 'char4'][i]}-w${w}-l2${l2}`, f, w, l2, true))),
      )
    : [
        linear('linear-16', FULL, 3, 1e-5, false),
        // Ordinary chat weighed more, or every weight held closer to zero: fewer ordinary lines flagged at
        // about the same F1 (see the choice below).
        { ...linear('linear-16-plain80', FULL, 3, 1e-5, false), plainWeight: 80 },
        linear('linear-16-l2', FULL, 3, 1e-4, false),
        linear('linear-16+rules', FULL, 3, 1e-5, true),
        // Plain SGD at this rate diverges with the linear models' plain weight (40 or more): the bags keep 10.
        { name: 'fasttext-15x24', kind: 'embedding', bits: 15, dim: 24, features: FULL, benignWeight: 3, plainWeight: 10, stacked: false, epochs: 12, lr: 0.5, l2: 0 },
        { name: 'fasttext-15x24+rules', kind: 'embedding', bits: 15, dim: 24, features: FULL, benignWeight: 3, plainWeight: 10, stacked: true, epochs: 12, lr: 0.5, l2: 0 },
      ];

// CANDIDATES='[{"name":"x","epochs":20,...}]': experiment with candidates given as JSON (fields of Candidate over linear-16's).
const fromEnv = process.env.CANDIDATES ? (JSON.parse(process.env.CANDIDATES) as Partial<Candidate>[]).map((c) => ({ ...linear('linear-16', FULL, 3, 1e-5, false), ...c }) as Candidate) : undefined;
const candidates = (fromEnv ?? allCandidates).filter((c) => !ONLY || c.name === ONLY).map((c) => ({ ...c, plainWeight: c.plainWeight ?? PLAIN_WEIGHT, minFeatures: c.minFeatures ?? MIN_FEATURES }));

// For information in --grid runs only (nothing is chosen on it): ordinary chat lines of ../shared/eval.
const benignRealPath = join(ROOT, '../shared/eval/benign-real.txt');
const benignReal =
  !QUICK && SAMPLE === 1 && existsSync(benignRealPath)
    ? readFileSync(benignRealPath, 'utf8')
        .split('\n')
        .filter((l) => l.length > 0)
        .map((text) => example({ text, lang: 'xx', labels: [] }, IN_LABELS))
    : [];

const lines: string[] = [];
const say = (line: string): void => {
  lines.push(line);
  console.log(line);
};

say(summaryLine('valid: rules alone', figures(scoredRows(inValid, (ex) => ex.ruleLabels), IN_LABELS)));
if (dev.length) say(summaryLine('dev:   rules alone', figures(scoredRows(dev, (ex) => ex.ruleLabels), IN_LABELS)));

/** Macro F1 differences this small between candidates are noise on the validation split (see below). */
const F1_NOISE = 0.005;
/**
 * Risky recall too: it is the figure furthest from its target (issue 10: 0.95), so a candidate that flags
 * fewer ordinary lines by missing more asks than this does not win (with the benign windows of pass 13,
 * the heavier ordinary-chat weight gave recall 0.675 against 0.683, within F1 noise).
 */
const RECALL_NOISE = 0.005;
/**
 * Of the candidates within F1_NOISE of the best macro F1 and RECALL_NOISE of the best risky recall among
 * them, the one that flags the fewest ordinary lines; equal there, the higher risky recall.
 */
/**
 * Equal in ordinary lines flagged, with recall already within RECALL_NOISE: the more regularised model
 * (larger l2). The corpus is learnt far better than the validation split is read (macro F1 0.94 on the
 * training lines against 0.67), so where the split cannot tell two models apart, the one held closer to
 * zero is the safer bet. Before, the order was recall to the fourth decimal: one line either way swapped
 * linear-16 and linear-16-l2 between retrains on the same corpus.
 */
const regularisation = (c: { built?: Built }): number => c.built?.candidate.l2 ?? 0;
function pickWithinNoise<T extends { valid: ReturnType<typeof figures>; built?: Built }>(candidates: readonly T[], flagged: (c: T) => number): T {
  const bestF1 = Math.max(...candidates.map((c) => c.valid.macroF1));
  const close = candidates.filter((c) => c.valid.macroF1 >= bestF1 - F1_NOISE);
  const bestRecall = Math.max(...close.map((c) => c.valid.riskyRecall));
  const chosen = close
    .filter((c) => c.valid.riskyRecall >= bestRecall - RECALL_NOISE)
    .sort((a, b) => flagged(a) - flagged(b) || regularisation(b) - regularisation(a) || b.valid.riskyRecall - a.valid.riskyRecall)[0];
  if (!chosen) throw new Error('no candidate trained');
  return chosen;
}
const results: { built: Built; valid: ReturnType<typeof figures>; plainFlagged: number }[] = [];
for (const c of candidates) {
  log(`training ${c.name}`);
  const plain = build(c, IN_LABELS, inTrain, inValid, [dev, benignReal]);
  for (const built of c.stacked ? [plain] : [plain, withGate(plain, IN_LABELS, inValid)]) {
    const gatedModel = built.data.ruleThresholds !== undefined;
    // Figures come from the runtime's own detector with this model, so they are what ships
    // (its label floor and sure-rule gate included), not a re-implementation of it.
    const shipped = createDetectorFromPacks({ ...packSet, models: { incoming: built.data } }, { engine: c.stacked || gatedModel ? 'combined' : 'model' });
    const labelsOf = (ex: Example): string[] => shipped.scanMessage(ex.row.text).labels;
    const validFig = figures(scoredRows(inValid, labelsOf), IN_LABELS);
    say(summaryLine(`valid: ${built.candidate.name}`, validFig));
    // Ordinary chat (the plain lines, none of them hard negatives): what a real inbox is nearly all of.
    const plainRows = inValid.filter((ex) => (ex.row as CorpusLine).kind === 'plain');
    const plainFlagged = plainRows.filter((ex) => labelsOf(ex).length > 0).length / Math.max(1, plainRows.length);
    say(`valid plain lines flagged: ${built.candidate.name} ${(plainFlagged * 100).toFixed(2)}% of ${plainRows.length}`);
    if (dev.length) say(summaryLine(`dev:   ${built.candidate.name}`, figures(scoredRows(dev, labelsOf), IN_LABELS)));
    if (benignReal.length) say(`benign-real: ${built.candidate.name} flagged ${((benignReal.filter((ex) => labelsOf(ex).length > 0).length / benignReal.length) * 100).toFixed(2)}%`);
    results.push({ built, valid: validFig, plainFlagged });
  }
}
// Macro F1 differences under F1_NOISE are seeds and single lines on a split of this size (adding
// 700 lines moved the top two candidates past each other by 0.002). Of the candidates within it of
// the best, the one that flags the fewest ordinary chat lines wins: in a real inbox they are nearly
// every message, and the plain lines of the validation split track ordinary chat from elsewhere
// (TRAINING.txt). Equal there, the higher risky recall. Until pass 12, candidates were compared one
// after another and recall came before plain lines; there that chose ordinary-chat weight 40 over 60
// for +0.013 recall at 0.60% -> 0.84% of plain lines flagged (benign-real 1.30% -> 1.59%, past the
// quality tests' floor of 1.4%).
const chosen = pickWithinNoise(results, (r) => r.plainFlagged);
say(`chosen incoming model: ${chosen.built.candidate.name}`);
for (const l of detailLines(chosen.valid, IN_LABELS)) say(l);

// Outgoing: the teen's own lines, with the incoming benign lines as more ordinary text.
const outTrain = [
  ...trainRows.filter((r) => r.dir === 'out').map((r) => example(r, OUT_LABELS, 1, false)),
  ...trainRows.filter((r) => r.dir === 'in' && r.labels.length === 0 && !r.aug).map((r) => example({ ...r, labels: [] }, OUT_LABELS, 1, false)),
];
const outValid = validRows.filter((r) => r.dir === 'out').map((r) => example(r, OUT_LABELS, 1, false));
// The teen's drafts keep lighter weights than incoming messages (at 40/80 macro F1 fell 0.729 -> 0.709
// and recall 0.671 -> 0.639 on the validation split). Which light weight reads drafts best moves by
// about 0.02 F1 from one corpus to the next, so the trainer tries three and keeps the best as for
// incoming messages (within F1_NOISE: fewer benign drafts flagged).
const OUT_PLAIN_WEIGHTS = (process.env.OUT_PLAIN_WEIGHT ?? '5,10,20').split(',').map(Number);
const OUT_MIN_FEATURES = Number(process.env.OUT_MIN_FEATURES ?? 40);
const outResults: { built: Built; valid: ReturnType<typeof figures> }[] = [];
for (const weight of OUT_PLAIN_WEIGHTS) {
  // No benign windows here: the drafts' negatives are incoming lines, and their windows made ordinary
  // drafts flagged 3.9% -> 4.3% (the long lines themselves stay).
  const candidate: Candidate = { ...linear(`outgoing-linear-15-plain${weight}`, FULL, 1, 1e-5, false, 15), plainWeight: weight, minFeatures: OUT_MIN_FEATURES, benignWindows: 0 };
  log(`training ${candidate.name} on ${outTrain.length} lines`);
  const built = build(candidate, OUT_LABELS, outTrain, outValid, [], OUTGOING_BETA);
  const shipped = createDetectorFromPacks({ ...packSet, models: { incoming: chosen.built.data, outgoing: built.data } }, { engine: 'combined' });
  const fig = figures(scoredRows(outValid, (ex) => shipped.scanOutgoing(ex.row.text).categories), OUT_LABELS);
  say(summaryLine(`valid outgoing: ${candidate.name}`, fig));
  outResults.push({ built, valid: fig });
}
const { built: outBuilt, valid: outFig } = pickWithinNoise(outResults, (r) => r.valid.benignFlagged);
say(`chosen outgoing model: ${outBuilt.candidate.name}`);
for (const l of detailLines(outFig, OUT_LABELS)) say(l);

function writeModel(file: string, name: string, built: Built, figuresOnValid: ReturnType<typeof figures>): void {
  const data: ModelData = {
    ...built.data,
    meta: {
      candidate: built.candidate.name,
      seed: SEED,
      trainLines: built === outBuilt ? outTrain.length : inTrain.length,
      validMacroF1: Math.round(figuresOnValid.macroF1 * 1000) / 1000,
      validRiskyRecall: Math.round(figuresOnValid.riskyRecall * 1000) / 1000,
      validBenignFlagged: Math.round(figuresOnValid.benignFlagged * 1000) / 1000,
    },
  };
  const { table, ...rest } = data;
  const body = [
    '// Generated by `npm run train` (scripts/train.ts) from data/corpus. Do not edit by hand.',
    "import type { ModelData } from './classifier';",
    '',
    `export const ${name}: ModelData = {`,
    ...Object.entries(rest).map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`),
    `  table:\n    '${table}',`,
    '};',
    '',
  ].join('\n');
  writeFileSync(OUT ? join(OUT, file.split('/').at(-1)!) : join(ROOT, file), body);
  log(`wrote ${file} (${(body.length / 1024).toFixed(0)} KB)`);
}

writeModel('src/engine/model/incoming.model.ts', 'INCOMING_MODEL', chosen.built, chosen.valid);
writeModel('src/engine/model/outgoing.model.ts', 'OUTGOING_MODEL', outBuilt, outFig);
if (!OUT) writeFileSync(join(ROOT, 'data/corpus/TRAINING.txt'), `Figures printed by the last \`npm run train\` (seed ${SEED}).\n\n${lines.join('\n')}\n`);
log('done');
