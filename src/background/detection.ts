/**
 * The one detector of this browser: content scripts send a thread's new
 * messages (or the teen's draft) and get back signals (categories,
 * probabilities, rule ids; no text). Detectors are kept per set of options
 * (the guardian's sensitivity, languages and phrases), a few at most, and
 * built on first use: the browser may stop this worker at any time, and the
 * next message builds them again (see `npm run bench` for the cold start).
 *
 * Nothing here is stored. The previous incoming message, which a tab sends
 * along so a move split over two messages is read whole, lives in the tab.
 */
import type { Detector, DetectorOptions } from '../engine/types';
import type { BackgroundMessage } from './messages';

/** Detectors kept at once: a guardian's change of settings makes a new one. */
const KEPT = 3;

export interface DetectionService {
  answer(message: Extract<BackgroundMessage, { type: 'second-look/read-messages' | 'second-look/check-draft' }>): unknown;
  /** How many detectors were built since the worker started (the bench reads it). */
  readonly built: number;
}

export function createDetectionService(createDetector: (options: DetectorOptions) => Detector): DetectionService {
  const detectors = new Map<string, Detector>();
  let built = 0;
  const detectorFor = (options: DetectorOptions): Detector => {
    const key = JSON.stringify([options.sensitivity ?? null, options.languages ?? null, options.categories ?? null, options.extraPhrases ?? null]);
    let detector = detectors.get(key);
    if (detector) {
      detectors.delete(key); // re-inserted below: the Map's order is least recently used first
    } else {
      detector = createDetector(options);
      built++;
    }
    detectors.set(key, detector);
    while (detectors.size > KEPT) detectors.delete(detectors.keys().next().value as string);
    return detector;
  };
  return {
    answer(message) {
      const detector = detectorFor(message.options);
      if (message.type === 'second-look/check-draft') return detector.scanOutgoing(message.text);
      return detector.read(message.messages, message.previous);
    },
    get built() {
      return built;
    },
  };
}
