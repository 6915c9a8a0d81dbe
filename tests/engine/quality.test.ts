/**
 * Quality, measured and kept. Always on the repo's own validation split
 * (data/corpus/valid.jsonl, never trained on), read alone and inside chat
 * (each line between two ordinary ones), and on the repo's labelled threads
 * (data/corpus/threads.jsonl); and, when ../shared/eval is
 * beside the project (CI), on dev.jsonl, benign-real.txt and
 * conversations-dev.jsonl too. Prints the figures for rules alone, the model
 * alone and both; the floors sit a little below what the shipped model
 * reaches, so quality can never silently drop. `npm run eval` prints the same
 * figures with the misses.
 *
 * Definitions (scripts/lib/metrics.ts): a message is FLAGGED when it gets any
 * label; risky recall = flagged risky / risky; benign flagged = flagged
 * benign / benign (the benign lines of these sets are mostly hard negatives).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/shared/categories';
import { createDetector, OUTGOING_CATEGORIES } from '../../src/engine/index';
import { figures, summaryLine, detailLines } from '../../scripts/lib/metrics';
import { scoreThreads, threadSummary, type Thread } from '../../scripts/lib/conversations';
import { paddedSet } from '../../scripts/lib/padded';

interface Row {
  text: string;
  lang: string;
  labels: string[];
  dir?: 'in' | 'out';
}
const path = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const readJsonl = <T>(p: string): T[] =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const combined = createDetector();
const rules = createDetector({ engine: 'rules' });
const model = createDetector({ engine: 'model' });
const scored = (d: ReturnType<typeof createDetector>, rows: Row[]) => rows.map((r) => ({ lang: r.lang, gold: r.labels, predicted: d.scanMessage(r.text).labels }));

const valid = readJsonl<Row>(path('data/corpus/valid.jsonl'));
const validIn = valid.filter((r) => r.dir === 'in');
const validOut = valid.filter((r) => r.dir === 'out');
const v = { combined: figures(scored(combined, validIn), CATEGORIES), rules: figures(scored(rules, validIn), CATEGORIES), model: figures(scored(model, validIn), CATEGORIES) };
// The same lines, each between two ordinary ones of its language, as one message (scripts/lib/padded.ts).
const inside = figures(scored(combined, paddedSet(valid)), CATEGORIES);
// The repo's own labelled threads (data/corpus/threads.jsonl), a second set beside conversations-dev.
const repoThreads = scoreThreads(combined, readJsonl<Thread>(path('data/corpus/threads.jsonl')));
const out = figures(
  validOut.map((r) => ({ lang: r.lang, gold: r.labels, predicted: combined.scanOutgoing(r.text).categories })),
  OUTGOING_CATEGORIES,
);
console.log(
  [
    summaryLine('valid: rules alone', v.rules),
    summaryLine('valid: model alone', v.model),
    summaryLine('valid: model + rules', v.combined),
    ...detailLines(v.combined, CATEGORIES),
    summaryLine('valid, inside chat: model + rules', inside),
    `  recall by language: ${Object.entries(inside.recallByLang).map(([l, r]) => `${l} ${r.toFixed(2)}`).join(', ')}`,
    summaryLine('valid outgoing', out),
    ...detailLines(out, OUTGOING_CATEGORIES),
    threadSummary('threads (repo)', repoThreads),
  ].join('\n'),
);

describe('detector quality on the validation split (data/corpus/valid.jsonl)', () => {
  it('keeps macro F1, risky recall and the benign rate at their floors', () => {
    expect(v.combined.macroF1).toBeGreaterThanOrEqual(0.68);
    expect(v.combined.riskyRecall).toBeGreaterThanOrEqual(0.68);
    expect(v.combined.benignFlagged).toBeLessThanOrEqual(0.08);
  });
  it('does better with the model than the rules alone', () => {
    expect(v.combined.macroF1).toBeGreaterThan(v.rules.macroF1 + 0.1);
    expect(v.combined.riskyRecall).toBeGreaterThan(v.rules.riskyRecall);
  });
  it('recalls risky messages in every language', () => {
    for (const [lang, recall] of Object.entries(v.combined.recallByLang)) expect(recall, lang).toBeGreaterThanOrEqual(0.6);
  });
  it('finds asks inside longer messages, in every language, and leaves the small talk around hard negatives alone', () => {
    expect(inside.macroF1).toBeGreaterThanOrEqual(0.56);
    expect(inside.riskyRecall).toBeGreaterThanOrEqual(0.53);
    expect(inside.benignFlagged).toBeLessThanOrEqual(0.1);
    for (const [lang, recall] of Object.entries(inside.recallByLang)) expect(recall, lang).toBeGreaterThanOrEqual(0.45);
  });
  it("reaches the risky threads' levels in time and keeps the benign threads (friends, family, coaches) below warn", () => {
    expect(repoThreads.caught).toBeGreaterThanOrEqual(47);
    expect(repoThreads.inTime).toBeGreaterThanOrEqual(45);
    expect(repoThreads.benignWarn).toBeLessThanOrEqual(5);
    expect(repoThreads.benignUrgent).toBeLessThanOrEqual(1);
  });
  it("notices the teen's own risky drafts and leaves most ordinary ones alone", () => {
    expect(out.riskyRecall).toBeGreaterThanOrEqual(0.63);
    expect(out.benignFlagged).toBeLessThanOrEqual(0.04);
  });
});

const shared = path('../shared/eval');
const haveShared = existsSync(shared);
if (!haveShared) console.log('../shared/eval is absent: quality on dev, benign-real and conversations-dev is skipped (it runs in CI)');

describe.skipIf(!haveShared)('detector quality on ../shared/eval', () => {
  const dev = haveShared ? readJsonl<Row>(`${shared}/dev.jsonl`) : [];
  const benign = haveShared ? readFileSync(`${shared}/benign-real.txt`, 'utf8').split('\n').filter((l) => l.length > 0) : [];
  const threads = haveShared ? readJsonl<Thread>(`${shared}/conversations-dev.jsonl`) : [];
  const d = { combined: figures(scored(combined, dev), CATEGORIES), rules: figures(scored(rules, dev), CATEGORIES), model: figures(scored(model, dev), CATEGORIES) };
  const benignRate = benign.filter((l) => combined.scanMessage(l).labels.length > 0).length / Math.max(1, benign.length);
  const conv = scoreThreads(combined, threads);
  if (haveShared) {
    console.log(
      [
        summaryLine('dev: rules alone (tuned on dev)', d.rules),
        summaryLine('dev: model alone', d.model),
        summaryLine('dev: model + rules', d.combined),
        ...detailLines(d.combined, CATEGORIES),
        `benign-real flagged: ${(benignRate * 100).toFixed(2)}% of ${benign.length}`,
        threadSummary('conversations-dev', conv),
      ].join('\n'),
    );
  }
  it('keeps dev figures at their floors', () => {
    expect(d.combined.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(d.combined.riskyRecall).toBeGreaterThanOrEqual(0.95);
    expect(d.combined.benignFlagged).toBeLessThanOrEqual(0.09);
    expect(d.model.macroF1).toBeGreaterThanOrEqual(0.8);
  });
  it('keeps ordinary chat lines flagged under its ceiling', () => {
    expect(benignRate).toBeLessThanOrEqual(0.014);
  });
  it('keeps conversation figures at their floors', () => {
    expect(conv.caught).toBeGreaterThanOrEqual(38);
    expect(conv.inTime).toBeGreaterThanOrEqual(37);
    expect(conv.benignWarn).toBeLessThanOrEqual(2);
    expect(conv.benignUrgent).toBeLessThanOrEqual(1);
  });
});
