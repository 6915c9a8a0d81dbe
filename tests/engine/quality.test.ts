/**
 * Quality, measured and kept: runs the default detector over
 * ../shared/eval/dev.jsonl (labelled) and ../shared/eval/benign-real.txt
 * (ordinary chat) and prints per-category precision/recall/F1, per-language
 * recall and false-positive rates. The floors sit a little below what the
 * packs reach, so quality can never silently drop.
 *
 * Definitions: a message is FLAGGED when scanMessage(text).labels is not
 * empty. A category is predicted when it is among the labels. Risky recall
 * = flagged risky messages / risky messages (labels non-empty in the data).
 * Hard-negative FP = flagged benign dev messages / benign dev messages.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, LANGUAGES, type Category } from '../../src/shared/categories';
import { createDetector } from '../../src/engine/index';

interface Row {
  id: string;
  text: string;
  lang: string;
  labels: Category[];
}

const devPath = fileURLToPath(new URL('../../../shared/eval/dev.jsonl', import.meta.url));
const benignPath = fileURLToPath(new URL('../../../shared/eval/benign-real.txt', import.meta.url));
const rows: Row[] = readFileSync(devPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim().length > 0)
  .map((l) => JSON.parse(l) as Row);
const benign = readFileSync(benignPath, 'utf8').split('\n').filter((l) => l.length > 0);

const detector = createDetector();
const counts = new Map(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
const perLang = new Map<string, { risky: number; flagged: number }>();
let risky = 0;
let riskyFlagged = 0;
let negatives = 0;
let negativesFlagged = 0;
for (const row of rows) {
  const predicted = new Set(detector.scanMessage(row.text).labels);
  const gold = new Set(row.labels);
  for (const c of CATEGORIES) {
    const k = counts.get(c)!;
    if (predicted.has(c) && gold.has(c)) k.tp++;
    else if (predicted.has(c)) k.fp++;
    else if (gold.has(c)) k.fn++;
  }
  const lang = perLang.get(row.lang) ?? { risky: 0, flagged: 0 };
  if (gold.size > 0) {
    risky++;
    lang.risky++;
    if (predicted.size > 0) {
      riskyFlagged++;
      lang.flagged++;
    }
  } else {
    negatives++;
    if (predicted.size > 0) negativesFlagged++;
  }
  perLang.set(row.lang, lang);
}
let benignFlagged = 0;
for (const line of benign) if (detector.scanMessage(line).labels.length > 0) benignFlagged++;

const f1 = new Map<Category, { p: number; r: number; f: number }>();
for (const c of CATEGORIES) {
  const { tp, fp, fn } = counts.get(c)!;
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  f1.set(c, { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) });
}
const macroF1 = [...f1.values()].reduce((s, v) => s + v.f, 0) / CATEGORIES.length;
const riskyRecall = riskyFlagged / risky;
const hardNegativeFp = negativesFlagged / negatives;
const benignRate = benignFlagged / benign.length;

const report = [
  `dev: ${rows.length} messages (${risky} risky, ${negatives} benign); benign-real: ${benign.length} lines`,
  'category          P     R     F1',
  ...CATEGORIES.map((c) => {
    const v = f1.get(c)!;
    return `${c.padEnd(16)} ${v.p.toFixed(2)}  ${v.r.toFixed(2)}  ${v.f.toFixed(2)}`;
  }),
  `macro F1 ${macroF1.toFixed(3)} | risky recall ${riskyRecall.toFixed(3)} | hard-negative FP ${(hardNegativeFp * 100).toFixed(1)}% (${negativesFlagged}/${negatives}) | benign-real flagged ${(benignRate * 100).toFixed(2)}% (${benignFlagged}/${benign.length})`,
  `recall by language: ${[...perLang.entries()].map(([l, v]) => `${l} ${(v.flagged / v.risky).toFixed(2)}`).join(', ')}`,
].join('\n');
console.log(report);

describe('detector quality on ../shared/eval', () => {
  it('keeps macro F1 over the nine categories at or above its floor', () => {
    expect(macroF1).toBeGreaterThanOrEqual(0.95);
  });
  it('keeps every category F1 at or above 0.85', () => {
    for (const c of CATEGORIES) expect(f1.get(c)!.f, c).toBeGreaterThanOrEqual(0.85);
  });
  it('flags at least 97% of risky messages', () => {
    expect(riskyRecall).toBeGreaterThanOrEqual(0.97);
  });
  it('flags at most 3% of hard negatives', () => {
    expect(hardNegativeFp).toBeLessThanOrEqual(0.03);
  });
  it('flags at most 0.45% of ordinary chat lines', () => {
    expect(benignRate).toBeLessThanOrEqual(0.0045);
  });
  it('recalls at least 90% of risky messages in every pack language', () => {
    for (const lang of LANGUAGES) {
      const v = perLang.get(lang);
      expect(v, `no dev rows for ${lang}`).toBeDefined();
      expect(v!.flagged / v!.risky, lang).toBeGreaterThanOrEqual(0.9);
    }
  });
});
