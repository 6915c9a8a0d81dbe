/**
 * Engine benchmark (`npx tsx bench/engine.ts`, part of `npm run bench`).
 * Prints figures from ONE run on the same messages (benign-real + dev, or
 * the corpus's validation split without ../shared): scanMessage throughput
 * with the model and with the rules alone (and of the model's share, reading
 * into tokens and the classifier), the model's load time and size on
 * disk, obscenity's English matcher and a
 * `text.toLowerCase()` floor for comparison, their ratios, the worst time
 * on hostile 100 KB inputs, the heap of one detector, the cold start of a
 * bundled engine in a fresh Node process (import + first createDetector) and
 * the bundled size of engine + packs. It never fails on speed; read the
 * ratios.
 */
import type { Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { compilePacks } from '../src/engine/compile';
import { modelTokenizer } from '../src/engine/detector';
import { createDetector } from '../src/engine/index';
import { loadClassifier } from '../src/engine/model/classifier';
import { INCOMING_MODEL } from '../src/engine/model/incoming.model';
import { OUTGOING_MODEL } from '../src/engine/model/outgoing.model';
import { createPrefilter } from '../src/engine/prefilter';
import { COMMON_LEXICON, FREQUENT_WORDS, PACKS } from '../src/packs/index';
import { stripPackExamples } from '../scripts/vite/strip-pack-examples';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const haveShared = existsSync(here('../../shared/eval/dev.jsonl'));
// Without ../shared (a public clone) the repo's validation split stands in for both sets.
const corpusValid = readFileSync(here('../data/corpus/valid.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; dir: string; labels: string[] })
  .filter((r) => r.dir === 'in');
if (!haveShared) console.log('../shared/eval is absent: measuring on the validation split of data/corpus instead');
const dev = haveShared
  ? readFileSync(here('../../shared/eval/dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text)
  : corpusValid.filter((r) => r.labels.length > 0).map((r) => r.text);
const benign = haveShared
  ? readFileSync(here('../../shared/eval/benign-real.txt'), 'utf8').split('\n').filter((l) => l.length > 0)
  : corpusValid.filter((r) => r.labels.length === 0).map((r) => r.text);
const messages = [...benign, ...dev];
const chars = messages.reduce((n, m) => n + m.length, 0);

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

let sink = 0;

/** Messages per second of `f` over all messages, best of several passes of at least `minMs`. */
function throughput(f: (text: string) => unknown, minMs = 1500): number {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let count = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / 3) {
      for (const m of messages) {
        const r = f(m);
        if (r) sink++;
      }
      count += messages.length;
      elapsed = performance.now() - start;
    }
    best = Math.max(best, (count / elapsed) * 1000);
  }
  return best;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

// --- heap of one detector ------------------------------------------------------
gc();
const heapBefore = process.memoryUsage().heapUsed;
const compileStart = performance.now();
const detector = createDetector();
const compileMs = performance.now() - compileStart;
gc();
const heapAfter = process.memoryUsage().heapUsed;
// A second detector with the same packs and options reuses the compiled tables.
const againStart = performance.now();
createDetector();
const againMs = performance.now() - againStart;

// --- the model: load time and asset size ---------------------------------------------
const loadTimes = [INCOMING_MODEL, OUTGOING_MODEL].map((data) => {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    loadClassifier({ ...data }); // a fresh object: nothing cached
    best = Math.min(best, performance.now() - start);
  }
  return best;
});
const modelFiles = ['../src/engine/model/incoming.model.ts', '../src/engine/model/outgoing.model.ts'].map((f) => statSync(here(f)).size);

// --- throughput -------------------------------------------------------------------
for (let i = 0; i < 3; i++) for (const m of messages) detector.scanMessage(m); // warm up
const engineRate = throughput((t) => detector.scanMessage(t).labels.length);
const rulesOnly = createDetector({ engine: 'rules' });
for (const m of messages) rulesOnly.scanMessage(m);
const rulesRate = throughput((t) => rulesOnly.scanMessage(t).labels.length);
const outgoingRate = throughput((t) => detector.scanOutgoing(t).categories.length, 900);
// Where the model's share goes: reading a message into tokens (normaliser + tokeniser, which the
// rules share only on the lines the pre-filter lets through) and the classifier on those tokens.
const readForModel = modelTokenizer({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) });
const readRate = throughput((t) => readForModel(t).length, 900);
const tokenised = messages.map(readForModel);
const incoming = loadClassifier(INCOMING_MODEL);
const probabilities = new Float64Array(incoming.labels.length);
let next = 0;
const classifierRate = throughput(() => {
  for (const tokens of tokenised[next++ % tokenised.length]!) incoming.predictInto(tokens, [], probabilities);
  return probabilities[0];
}, 900);
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const obscenityRate = throughput((t) => obscenity.hasMatch(t));
const lowerRate = throughput((t) => t.toLowerCase().length);
const flagged = messages.filter((m) => detector.scanMessage(m).labels.length > 0).length;
// Share of ordinary lines the pre-filter sends down the full path (the rest leave at once).
const prefilter = createPrefilter(compilePacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) }));
const passed = benign.filter((m) => prefilter.mayMatch(m)).length;

// --- hostile inputs ---------------------------------------------------------------
const SIZE = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const hostile: [string, string][] = [
  ['repeated trigger phrases', fill('send me a pic just for me, add me on snap, dont tell ur mom, whats ur address? ')],
  ['repeated single trigger word', fill('pic ')],
  ['split letters', fill('s n a p ')],
  ['leetspeak', fill('s3nd p1c t3l3gr4m ')],
  ['zero-width between letters', fill('s\u200Be\u200Bn\u200Bd ')],
  ['homoglyphs', fill('ѕеnd рiс ')],
  ['defanged links', fill('t[.]me/x wa dot me ')],
  ['one 100 KB word', fill('a')],
  ['letter runs', fill('piiiiiiiiiiiiiiic ')],
  ['emoji flood', fill('📸👻🤫💸')],
  ['Thai without spaces', fill('ส่งรูปมาให้ดูหน่อยนะ')],
  ['digits', fill('0812 3456 7890 ')],
  ['punctuation', fill('?!.,[](){}<>|@$ ')],
  ['mixed scripts', fill('kirim foto manda foto envoie photo ส่งรูป ')],
];
const hostileTimes = hostile.map(([name, text]) => {
  detector.scanMessage(text);
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    detector.scanMessage(text);
    best = Math.min(best, performance.now() - start);
  }
  return [name, best] as const;
});
const worst = hostileTimes.reduce((a, b) => (b[1] > a[1] ? b : a));
// The same inputs read into the conversation tracker's signals (detector.read: scanMessage and the
// tracker's readers of ages, family words, travel and the like), as an incoming message and as the teen's.
const readTimes = hostile.map(([name, text]) => {
  const messages = [{ text, incoming: true, at: 1 }, { text, incoming: false, at: 2 }];
  detector.read(messages);
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    detector.read(messages);
    best = Math.min(best, performance.now() - start);
  }
  return [name, best / 2] as const;
});
const worstRead = readTimes.reduce((a, b) => (b[1] > a[1] ? b : a));

// --- bundled size -------------------------------------------------------------------
// Pack rules carry their own test sentences (examples, counterExamples); the extension's
// build drops them (scripts/vite/strip-pack-examples.ts). The second figure does the same.
const stripExamples: Plugin = {
  name: 'strip-pack-examples',
  setup(build) {
    build.onLoad({ filter: /src[\\/]packs[\\/][a-z]{2}\.ts$/ }, ({ path }) => ({
      contents: stripPackExamples(readFileSync(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};

async function bundledSize(entry: string, external: string[] = [], strip = false): Promise<{ min: number; gz: number }> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    plugins: strip ? [stripExamples] : [],
    stdin: { contents: entry, resolveDir: here('..'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}
const engineSize = await bundledSize("export { createDetector } from './src/engine/index';");
const rulesEngineSize = await bundledSize("export { createDetectorFromPacks } from './src/engine/detector'; export { PACKS } from './src/packs/index';", [], true);
const engineStripped = await bundledSize("export { createDetector } from './src/engine/index';", [], true);
const phoneLibSize = await bundledSize("export { findPhoneNumbersInText } from 'libphonenumber-js';");
const obscenitySize = await bundledSize("export { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';");

// --- cold start: a bundled engine in a fresh Node process ------------------------------------
// A background worker is stopped when idle and started again on the next message: each start
// loads the engine and builds a detector. Both bundles below are what a build ships (pack
// examples stripped); "run-time compile" is the same packs without the tables built ahead of time
// (npm run compile-packs). Each figure is the best of three fresh processes, so no cache hides it.
const COLD_ENTRIES = {
  shipped: `
    import { createDetector } from './src/engine/index';
    import { compiledFromData } from './src/engine/compile/io';
    import { shippedTables } from './src/engine/compile/shipped.generated';
    import { loadClassifier } from './src/engine/model/classifier';
    import { INCOMING_MODEL } from './src/engine/model/incoming.model';
    import { OUTGOING_MODEL } from './src/engine/model/outgoing.model';
    export const start = () => createDetector();
    export const tables = () => compiledFromData(shippedTables());
    export const models = () => [loadClassifier(INCOMING_MODEL), loadClassifier(OUTGOING_MODEL)];`,
  compile: `
    import { compilePacks } from './src/engine/compile';
    import { createDetectorFromPacks } from './src/engine/detector';
    import { loadClassifier } from './src/engine/model/classifier';
    import { INCOMING_MODEL } from './src/engine/model/incoming.model';
    import { OUTGOING_MODEL } from './src/engine/model/outgoing.model';
    import { createPrefilter } from './src/engine/prefilter';
    import { COMMON_LEXICON, FREQUENT_WORDS, OUTGOING_WORDS, PACKS } from './src/packs/index';
    const packs = { packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) };
    export const start = () => createDetectorFromPacks({ ...packs, outgoing: OUTGOING_WORDS, models: { incoming: INCOMING_MODEL, outgoing: OUTGOING_MODEL } });
    export const tables = () => createPrefilter(compilePacks(packs));
    export const models = () => [loadClassifier(INCOMING_MODEL), loadClassifier(OUTGOING_MODEL)];`,
};
// Imports the bundle, then times either the first detector or its two parts (tables, then models).
const COLD_RUNNER = `
  const [bundle, what] = process.argv.slice(1);
  const t0 = performance.now();
  const m = await import(bundle);
  const t1 = performance.now();
  let out;
  if (what === 'start') { m.start(); out = { import: t1 - t0, start: performance.now() - t1 }; }
  else { m.tables(); const t2 = performance.now(); m.models(); out = { tables: t2 - t1, model: performance.now() - t2 }; }
  console.log(JSON.stringify(out));`;

async function coldStart(kind: keyof typeof COLD_ENTRIES): Promise<Record<string, number>> {
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'second-look-cold-'));
  try {
    const result = await esbuild.build({
      plugins: [stripExamples],
      stdin: { contents: COLD_ENTRIES[kind], resolveDir: here('..'), loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const file = join(dir, `${kind}.mjs`);
    writeFileSync(file, result.outputFiles[0]?.contents ?? new Uint8Array());
    const best: Record<string, number> = {};
    for (const what of ['start', 'parts']) {
      for (let i = 0; i < 3; i++) {
        const child = spawnSync(process.execPath, ['--input-type=module', '-e', COLD_RUNNER, pathToFileURL(file).href, what], { encoding: 'utf8' });
        if (child.status !== 0) throw new Error(`cold start (${kind}): ${child.stderr}`);
        const figures = JSON.parse(child.stdout.trim()) as Record<string, number>;
        for (const [k, v] of Object.entries(figures)) best[k] = Math.min(best[k] ?? Infinity, v);
      }
    }
    best.size = statSync(file).size;
    return best;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const cold = await coldStart('shipped');
const coldCompile = await coldStart('compile');

// --- report -------------------------------------------------------------------------
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(`messages: ${fmt(messages.length)} (${haveShared ? 'benign-real' : 'validation benign'} ${fmt(benign.length)} + ${haveShared ? 'dev' : 'validation risky'} ${fmt(dev.length)}), ${fmt(chars)} characters; flagged ${fmt(flagged)}`);
console.log(`scanMessage, model + rules  ${fmt(engineRate).padStart(12)} msgs/s   (target with the model >= 100,000 on one core)`);
console.log(`scanMessage, rules alone    ${fmt(rulesRate).padStart(12)} msgs/s   the model costs ${(rulesRate / engineRate).toFixed(1)}x`);
console.log(`  of the model's share: normalise + tokenise ${fmt(readRate)} msgs/s, classifier on the tokens ${fmt(classifierRate)} msgs/s`);
console.log(`scanOutgoing, model + rules ${fmt(outgoingRate).padStart(12)} msgs/s`);
console.log(`model load (decode + check): incoming ${loadTimes[0]!.toFixed(1)} ms, outgoing ${loadTimes[1]!.toFixed(1)} ms (target <= 50 ms)`);
console.log(`model assets on disk: incoming ${kb(modelFiles[0]!)}, outgoing ${kb(modelFiles[1]!)}, together ${kb(modelFiles[0]! + modelFiles[1]!)} (target <= 1.5 MB)`);
console.log(`obscenity English hasMatch  ${fmt(obscenityRate).padStart(12)} msgs/s   engine is ${(engineRate / obscenityRate).toFixed(1)}x obscenity (target >= 30x)`);
console.log(`text.toLowerCase() floor    ${fmt(lowerRate).padStart(12)} msgs/s   engine is ${(lowerRate / engineRate).toFixed(1)}x slower than the floor (target <= 8x)`);
console.log(`hostile 100 KB inputs (best of 5 each): worst ${worst[1].toFixed(2)} ms on "${worst[0]}" (target <= 20 ms)`);
for (const [name, ms] of hostileTimes) console.log(`  ${name.padEnd(30)} ${ms.toFixed(2)} ms`);
console.log(`the same inputs read into a thread's signals (detector.read, per message, incoming and the teen's): worst ${worstRead[1].toFixed(2)} ms on "${worstRead[0]}"`);
console.log(`pre-filter: ${((passed / benign.length) * 100).toFixed(1)}% of benign-real lines take the full path`);
const ms = (n: number | undefined): string => `${(n ?? NaN).toFixed(1)} ms`;
console.log(
  `detector cold start (bundled, fresh process, best of 3): ${ms(cold.start)} (tables ${ms(cold.tables)}, model ${ms(cold.model)}) (target <= 50 ms), after an import of ${ms(cold.import)} (${kb(cold.size ?? NaN)})`,
);
console.log(
  `  compiling the packs at run time instead: ${ms(coldCompile.start)} (compile ${ms(coldCompile.tables)}, model ${ms(coldCompile.model)}), ` +
    `after an import of ${ms(coldCompile.import)} (${kb(coldCompile.size ?? NaN)}); import + start ${(((coldCompile.import ?? NaN) + (coldCompile.start ?? NaN)) / ((cold.import ?? NaN) + (cold.start ?? NaN))).toFixed(1)}x faster with the tables`,
);
console.log(`detector in this process: tables + model load ${compileMs.toFixed(1)} ms (again, same packs and options: ${againMs.toFixed(2)} ms), heap ${kb(heapAfter - heapBefore)} (rules' tables and the int8 model tables)`);
console.log(`bundle engine + packs + models: ${kb(engineSize.min)} minified, ${kb(engineSize.gz)} gzipped`);
console.log(`  engine + packs without the models, examples stripped: ${kb(rulesEngineSize.min)} minified, ${kb(rulesEngineSize.gz)} gzipped`);
console.log(`  without the packs' test sentences (examples/counterExamples stripped at build): ${kb(engineStripped.min)} minified, ${kb(engineStripped.gz)} gzipped`);
console.log(`for comparison: libphonenumber-js findPhoneNumbersInText ${kb(phoneLibSize.gz)} gzipped; obscenity + English dataset ${kb(obscenitySize.gz)} gzipped`);
if (sink < 0) console.log(sink);
