/**
 * `npm run eval`: the quality figures, printed. Rules alone, model alone and
 * both, on the repo's validation split and its labelled threads
 * (data/corpus/threads.jsonl) (always) and, when ../shared/eval is
 * beside the project, on dev.jsonl, benign-real.txt and
 * conversations-dev.jsonl. "valid, inside chat" is the validation split's
 * lines each set between two ordinary ones (scripts/lib/padded.ts).
 * `--threads` prints every thread's levels turn by turn; `--misses` prints
 * the messages each engine gets wrong. `--alone` prints the share of single
 * messages that would make a warning on their own (a fresh
 * thread, nothing else said: what issue 10 calls unambiguous), and lists the
 * benign ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../src/shared/categories';
import { createDetector, OUTGOING_CATEGORIES } from '../src/engine/index';
import { detailLines, figures, summaryLine } from './lib/metrics';
import { scoreThreads, threadSummary, type Thread } from './lib/conversations';
import { paddedSet } from './lib/padded';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHARED = join(ROOT, '../shared/eval');
const showThreads = process.argv.includes('--threads');
const showMisses = process.argv.includes('--misses');
const onlyThreads = process.argv.includes('--only-threads');
const showAlone = process.argv.includes('--alone');

interface Row {
  text: string;
  lang: string;
  labels: string[];
  dir?: 'in' | 'out';
  aug?: string[];
  kind?: string;
}

const T0 = Date.parse('2026-03-01T16:00:00Z');
/** Messages that make `warn` or more on a fresh thread, alone (the combined engine at balanced). */
function aloneSet(name: string, texts: readonly string[], listThem: boolean): void {
  const warned = texts.filter((text) => {
    const level = detectors.combined.conversation().add({ text, incoming: true, at: T0 }).level;
    return level === 'warn' || level === 'urgent';
  });
  console.log(`alone at warn+: ${name.padEnd(22)} ${((warned.length / Math.max(1, texts.length)) * 100).toFixed(2)}% (${warned.length}/${texts.length})`);
  if (listThem) for (const t of warned) console.log(`    ${t.slice(0, 140)}`);
}
const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const engines = ['rules', 'model', 'combined'] as const;
const detectors = Object.fromEntries(engines.map((e) => [e, createDetector({ engine: e })])) as Record<(typeof engines)[number], ReturnType<typeof createDetector>>;

function messageSet(name: string, rows: Row[]): void {
  for (const e of engines) {
    const d = detectors[e];
    const scored = rows.map((r) => ({ lang: r.lang, gold: r.labels, predicted: d.scanMessage(r.text).labels, text: r.text }));
    const f = figures(scored, CATEGORIES);
    console.log(summaryLine(`${name}: ${e}`, f));
    if (e === 'combined') for (const l of detailLines(f, CATEGORIES)) console.log(l);
    if (showMisses && e === 'combined') {
      for (const s of scored) {
        const gold = [...s.gold].sort().join(',');
        const pred = [...s.predicted].sort().join(',');
        if (gold !== pred) console.log(`    ${s.lang} gold [${gold}] got [${pred}]: ${s.text}`);
      }
    }
  }
}

const valid = onlyThreads ? [] : readJsonl<Row>(join(ROOT, 'data/corpus/valid.jsonl'));
if (!onlyThreads) messageSet('valid (incoming)', valid.filter((r) => r.dir === 'in'));
// The same lines between two ordinary ones, as one message (scripts/lib/padded.ts).
if (!onlyThreads) messageSet('valid, inside chat', paddedSet(valid));
if (showAlone) {
  const incoming = valid.filter((r) => r.dir === 'in');
  aloneSet('valid risky', incoming.filter((r) => r.labels.length > 0).map((r) => r.text), false);
  aloneSet('valid hard negatives', incoming.filter((r) => r.kind === 'hard').map((r) => r.text), true);
  aloneSet('valid plain', incoming.filter((r) => r.kind === 'plain').map((r) => r.text), true);
}
const outValid = valid.filter((r) => r.dir === 'out');
if (!onlyThreads) {
const outScored = outValid.map((r) => ({ lang: r.lang, gold: r.labels, predicted: detectors.combined.scanOutgoing(r.text).categories as string[] }));
const outFig = figures(outScored, OUTGOING_CATEGORIES);
console.log(summaryLine('valid (outgoing): combined', outFig));
for (const l of detailLines(outFig, OUTGOING_CATEGORIES)) console.log(l);
const outRules = outValid.map((r) => ({ lang: r.lang, gold: r.labels, predicted: detectors.rules.scanOutgoing(r.text).categories as string[] }));
console.log(summaryLine('valid (outgoing): rules', figures(outRules, OUTGOING_CATEGORIES)));
}

/** Levels turn by turn of the threads a detector gets wrong (--threads). */
function showThreadMisses(detector: ReturnType<typeof createDetector>, results: ReturnType<typeof scoreThreads>['results']): void {
  for (const r of results) {
    const ok = r.thread.expect === 'none' ? r.peak === 'none' || r.peak === 'notice' : r.reachedAt !== null && r.reachedAt <= (r.thread.by ?? Infinity);
    console.log(`  ${ok ? 'ok ' : 'BAD'} ${r.thread.id} ${r.thread.lang} ${r.thread.kind} expect ${r.thread.expect} by ${r.thread.by} -> peak ${r.peak} at ${r.reachedAt}`);
    if (ok) continue;
    let them = 0;
    r.thread.turns.forEach((t, i) => {
      if (t.from === 'them') them++;
      const labels = t.from === 'them' ? detector.scanMessage(t.text).labels.join(',') : detector.scanOutgoing(t.text).categories.join(',');
      console.log(`      ${t.from === 'them' ? `#${them}` : '  '} ${r.levels[i]} [${labels}] ${t.text.slice(0, 110)}`);
    });
  }
}

// The repo's own labelled threads (data/corpus/threads.jsonl), written apart from conversations-dev.
const repoThreads = readJsonl<Thread>(join(ROOT, 'data/corpus/threads.jsonl'));
for (const e of onlyThreads ? (['combined'] as const) : engines) {
  const f = scoreThreads(detectors[e], repoThreads);
  console.log(threadSummary(`threads (repo): ${e}`, f));
  if (showThreads && e === 'combined') showThreadMisses(detectors[e], f.results);
}

if (!existsSync(SHARED)) {
  console.log('../shared/eval is absent: dev, benign-real and conversation figures skipped');
} else {
  if (!onlyThreads) messageSet('dev', readJsonl<Row>(join(SHARED, 'dev.jsonl')));
  const benign = onlyThreads ? [] : readFileSync(join(SHARED, 'benign-real.txt'), 'utf8').split('\n').filter((l) => l.length > 0);
  if (showAlone && !onlyThreads) {
    const dev = readJsonl<Row>(join(SHARED, 'dev.jsonl'));
    aloneSet('dev risky', dev.filter((r) => r.labels.length > 0).map((r) => r.text), false);
    aloneSet('dev benign', dev.filter((r) => r.labels.length === 0).map((r) => r.text), true);
    aloneSet('benign-real', benign, true);
  }
  for (const e of onlyThreads ? [] : engines) {
    const flagged = benign.filter((l) => detectors[e].scanMessage(l).labels.length > 0);
    console.log(`benign-real: ${e.padEnd(9)} flagged ${((flagged.length / benign.length) * 100).toFixed(2)}% (${flagged.length}/${benign.length})`);
    if (showMisses && e === 'combined') for (const l of flagged) console.log(`    ${detectors[e].scanMessage(l).labels.join(',')}: ${l}`);
  }
  const threads = readJsonl<Thread>(join(SHARED, 'conversations-dev.jsonl'));
  for (const e of onlyThreads ? (['combined'] as const) : engines) {
    const f = scoreThreads(detectors[e], threads);
    console.log(threadSummary(`conversations-dev: ${e}`, f));
    if (showThreads && e === 'combined') showThreadMisses(detectors[e], f.results);
  }
}
