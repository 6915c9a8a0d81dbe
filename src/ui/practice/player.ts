/**
 * Plays a practice script through the real detector, one line at a time,
 * exactly as the content script would see it: the stranger's lines go into a
 * conversation tracker as incoming messages, the teen's sent lines as
 * outgoing ones (so "asked again after a no" works), and drafts through
 * scanOutgoing (the pause-before-send check). No DOM here, so tests run it
 * in Node with the real engine.
 */
import { NUDGE_FLOOR, levelAtLeast, type Category, type Sensitivity } from '../../shared/categories';
import type { Detector, OutgoingResult, Verdict } from '../../engine';
import type { PracticeLine, PracticeScript } from './scripts';

/** What one step of the script produced. */
export interface PracticeStep {
  index: number;
  line: PracticeLine;
  /** Categories this single message was labelled with (stranger lines only). */
  labels: Category[];
  /** The conversation's verdict after this line (stranger and sent lines). */
  verdict: Verdict | null;
  /** The pause-before-send check of a draft. */
  outgoing: OutgoingResult | null;
  /** Whether the real content script would show a nudge for this step at this sensitivity. */
  nudge: 'incoming' | 'outgoing' | null;
}

export interface PracticePlayer {
  /** Plays the next line; null at the end. */
  next(): PracticeStep | null;
  /** Lines played so far. */
  readonly position: number;
  readonly total: number;
}

/** Minutes between lines: the tracker weighs how fast requests come. */
const LINE_GAP_MS = 60_000;

/** A player over one script; `startAt` fixes the pretend clock (tests). */
export function createPracticePlayer(
  script: PracticeScript,
  detector: Detector,
  options: { sensitivity?: Sensitivity; startAt?: number } = {},
): PracticePlayer {
  const tracker = detector.conversation();
  const floor = NUDGE_FLOOR[options.sensitivity ?? 'balanced'];
  const startAt = options.startAt ?? Date.now();
  let position = 0;
  return {
    get position() {
      return position;
    },
    total: script.lines.length,
    next() {
      const line = script.lines[position];
      if (!line) return null;
      const index = position;
      position += 1;
      const at = startAt + index * LINE_GAP_MS;
      if (line.from === 'draft') {
        const outgoing = detector.scanOutgoing(line.text);
        return { index, line, labels: [], verdict: null, outgoing, nudge: outgoing.categories.length ? 'outgoing' : null };
      }
      const incoming = line.from === 'stranger';
      const labels = incoming ? detector.scanMessage(line.text).labels : [];
      const verdict = tracker.add({ text: line.text, incoming, at });
      const nudge = incoming && verdict.categories.length > 0 && levelAtLeast(verdict.level, floor) ? 'incoming' : null;
      return { index, line, labels, verdict, outgoing: null, nudge };
    },
  };
}
