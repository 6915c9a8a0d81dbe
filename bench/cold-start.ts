/**
 * One cold start, in a process of its own (bench/engine.ts runs this in fresh
 * child processes, so no cache of an earlier detector hides the cost):
 *
 *   npx tsx bench/cold-start.ts shipped   the default detector (tables compiled at build time)
 *   npx tsx bench/cold-start.ts compile   the same packs compiled at run time (as before issue 12)
 *
 * Prints one JSON line: `total` is the first createDetector(); `tables` and
 * `model` are the same two steps timed apart, in that order (`parts` mode).
 */
import { compilePacks } from '../src/engine/compile';
import { compiledFromData } from '../src/engine/compile/io';
import { shippedTables } from '../src/engine/compile/shipped.generated';
import { createDetectorFromPacks } from '../src/engine/detector';
import { createDetector } from '../src/engine/index';
import { loadClassifier } from '../src/engine/model/classifier';
import { INCOMING_MODEL } from '../src/engine/model/incoming.model';
import { OUTGOING_MODEL } from '../src/engine/model/outgoing.model';
import { createPrefilter } from '../src/engine/prefilter';
import { COMMON_LEXICON, FREQUENT_WORDS, OUTGOING_LEXICON, PACKS } from '../src/packs/index';

const mode = process.argv[2] === 'compile' ? 'compile' : 'shipped';
const parts = process.argv[3] === 'parts';
const time = (f: () => unknown): number => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

if (parts) {
  const tables = time(() =>
    mode === 'shipped'
      ? compiledFromData(shippedTables())
      : createPrefilter(compilePacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS) })),
  );
  const model = time(() => [loadClassifier(INCOMING_MODEL), loadClassifier(OUTGOING_MODEL)]);
  console.log(JSON.stringify({ tables, model }));
} else {
  const models = { incoming: INCOMING_MODEL, outgoing: OUTGOING_MODEL };
  const total = time(() =>
    mode === 'shipped'
      ? createDetector()
      : createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS), outgoing: OUTGOING_LEXICON, models }),
  );
  console.log(JSON.stringify({ total }));
}
