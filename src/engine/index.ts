/**
 * Second Look's detection engine: pure TypeScript, no DOM, no browser API,
 * no network. It runs the same in the content script, Node tests, the CLI
 * and the benchmark.
 *
 *   const detector = createDetector({ sensitivity: 'balanced' });
 *   detector.scanMessage('send me a pic, just for me');   // labels, score, findings
 *   detector.scanOutgoing('my number is 0812 3456 7890'); // the teen's own text
 *   const thread = detector.conversation();
 *   thread.add({ text, incoming: true, at: Date.now() });  // Verdict with reasons
 *
 * This is the only engine file that imports pack data (src/packs is data
 * only); everything else receives the packs as arguments.
 */
import { COMMON_LEXICON, FREQUENT_WORDS, OUTGOING_WORDS, PACKS } from '../packs/index';
import { shippedTables } from './compile/shipped.generated';
import { createDetectorFromPacks, type PackSet } from './detector';
import { INCOMING_MODEL } from './model/incoming.model';
import { OUTGOING_MODEL } from './model/outgoing.model';
import type { Detector, DetectorOptions } from './types';

export type {
  Category,
  Finding,
  MessageResult,
  OutgoingResult,
  OutgoingFinding,
  OutgoingCategory,
  Verdict,
  Reason,
  CombinationId,
  DetectorOptions,
  ConversationTracker,
  ConversationMessage,
  ThreadContext,
  Detector,
} from './types';
export { OUTGOING_CATEGORIES } from './types';
export { createDetectorFromPacks } from './detector';

const FREQUENT = new Set(FREQUENT_WORDS);
const SHIPPED: PackSet = {
  packs: PACKS,
  common: COMMON_LEXICON,
  frequentWords: FREQUENT,
  outgoing: OUTGOING_WORDS,
  models: { incoming: INCOMING_MODEL, outgoing: OUTGOING_MODEL },
  // The same packs compiled at build time (npm run compile-packs): the default detector starts without compiling.
  compiled: shippedTables,
};

/**
 * Create a detector: the learned classifiers (src/engine/model, trained by
 * `npm run train`) with the pattern packs beside them. Defaults: every
 * category and language on, sensitivity 'balanced', no extra phrases.
 * With every language on and no extra phrases it reads tables compiled at
 * build time; other options compile the packs (hundreds of milliseconds):
 * create one detector and reuse it.
 */
export function createDetector(options: DetectorOptions = {}): Detector {
  return createDetectorFromPacks(SHIPPED, options);
}
