/**
 * Does a change to the engine (its speed, the packs' layout, the compiler)
 * leave its output alone? Records what the detector says of every line of
 * the quality sets, then compares, naming the lines that differ:
 *
 *   npx tsx scripts/engine-identity.ts record /tmp/before.json   (before the change)
 *   npx tsx scripts/engine-identity.ts compare /tmp/before.json  (after it)
 *
 * Read: data/corpus/valid.jsonl and, when beside the project,
 * ../shared/eval/dev.jsonl and benign-real.txt; each line alone, and lines
 * joined into long messages (the model's token windows and the detector's
 * 4 KB windows). Recorded: scanMessage (labels, score, findings, rounded
 * probabilities) and scanOutgoing under a few option sets (the rules
 * alone among them), the levels each option set gives every thread of
 * ../shared/eval/conversations-dev.jsonl, and the classifiers' unrounded
 * probabilities, so a change in the last bit of a float shows. The record holds results and line numbers, never the text:
 * keep it outside the repo.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../src/engine/index';
import { modelTokenizer, type PackSet } from '../src/engine/detector';
import { loadClassifier } from '../src/engine/model/classifier';
import { INCOMING_MODEL } from '../src/engine/model/incoming.model';
import { OUTGOING_MODEL } from '../src/engine/model/outgoing.model';
import { COMMON_LEXICON, FREQUENT_WORDS, OUTGOING_WORDS, PACKS } from '../src/packs/index';
import type { DetectorOptions } from '../src/engine/types';
import { runThread, type Thread } from './lib/conversations';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !file) {
  console.error('usage: tsx scripts/engine-identity.ts record|compare <file outside the repo>');
  process.exit(2);
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHARED = join(ROOT, '../shared/eval');
const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
const sets: [string, string[]][] = [['valid', lines(join(ROOT, 'data/corpus/valid.jsonl')).map((l) => (JSON.parse(l) as { text: string }).text)]];
if (existsSync(SHARED)) {
  sets.push(['dev', lines(join(SHARED, 'dev.jsonl')).map((l) => (JSON.parse(l) as { text: string }).text)]);
  sets.push(['benign-real', readFileSync(join(SHARED, 'benign-real.txt'), 'utf8').split('\n').filter((l) => l.length > 0)]);
} else {
  console.log('../shared/eval is absent: the validation split only');
}
// Long messages: 8 lines (tens of tokens: the model's windows) and 120 lines (past 4 KB: the detector's windows).
for (const [name, texts] of [...sets]) {
  for (const size of [8, 120]) {
    const joined: string[] = [];
    for (let i = 0; i + size <= texts.length && joined.length < 400; i += size) joined.push(texts.slice(i, i + size).join(' '));
    sets.push([`${name} x${size}`, joined]);
  }
}

const optionSets: [string, DetectorOptions][] = [
  ['default', {}],
  ['strict, model only', { sensitivity: 'strict', engine: 'model' }],
  ['gentle, some categories off', { sensitivity: 'gentle', categories: { threat: false, meetup: false, personal_info: false } }],
  ['rules only', { engine: 'rules' }],
];
const detectors = optionSets.map(([name, options]) => [name, createDetector(options)] as const);
const packSet: PackSet = { packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS), outgoing: OUTGOING_WORDS };
const read = modelTokenizer(packSet);
const incoming = loadClassifier(INCOMING_MODEL);
const outgoing = loadClassifier(OUTGOING_MODEL);

const record: Record<string, string[]> = {};
const started = performance.now();
for (const [name, texts] of sets) {
  const out: string[] = [];
  for (const text of texts) {
    const windows = read(text);
    const raw = {
      incoming: windows.map((tokens) => Array.from(incoming.predict(tokens))),
      outgoing: windows.map((tokens) => Array.from(outgoing.predict(tokens))),
    };
    const results = detectors.map(([, d]) => ({ message: d.scanMessage(text), outgoing: d.scanOutgoing(text) }));
    out.push(JSON.stringify({ raw, results }));
  }
  record[name] = out;
  console.log(`${name}: ${out.length} messages`);
}
if (existsSync(join(SHARED, 'conversations-dev.jsonl'))) {
  const threads = lines(join(SHARED, 'conversations-dev.jsonl')).map((l) => JSON.parse(l) as Thread);
  record.threads = threads.map((thread) => JSON.stringify(detectors.map(([, d]) => runThread(d, thread).levels)));
  console.log(`threads: ${threads.length} conversations`);
}
console.log(`read in ${((performance.now() - started) / 1000).toFixed(1)} s`);

if (mode === 'record') {
  writeFileSync(file, JSON.stringify(record));
  console.log(`recorded ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  let differ = 0;
  let shown = 0;
  for (const [name, out] of Object.entries(record)) {
    const was = before[name];
    if (!was || was.length !== out.length) {
      console.log(`${name}: ${was?.length ?? 0} recorded, ${out.length} now`);
      differ++;
      continue;
    }
    for (let i = 0; i < out.length; i++) {
      if (out[i] === was[i]) continue;
      differ++;
      if (shown++ < 5) console.log(`${name} line ${i + 1} differs:\n  before ${was[i]!.slice(0, 400)}\n  after  ${out[i]!.slice(0, 400)}`);
    }
  }
  const total = Object.values(record).reduce((n, o) => n + o.length, 0);
  console.log(differ === 0 ? `identical: ${total} messages` : `${differ} of ${total} messages differ`);
  process.exitCode = differ === 0 ? 0 : 1;
}
