/**
 * What the content script needs from the engine, written as the smallest
 * structural types the engine's real API (src/engine/index.ts) satisfies, so
 * tests can inject a tiny fake detector.
 */
import type { Level } from '../shared/categories';

/** A conversation-level verdict (the engine's `Verdict`). */
export interface VerdictLike {
  level: Level;
  categories: readonly string[];
  reasons?: readonly unknown[];
}

/** What the page says about a thread (src/sites/types.ts ThreadContext); each field absent when unknown. */
export interface ThreadContextLike {
  group?: boolean;
  knownContact?: boolean;
  messageRequest?: boolean;
}

/** One thread's accumulated risk (the engine's `ConversationTracker`). */
export interface TrackerLike {
  add(message: { text: string; incoming: boolean; at?: number }): VerdictLike;
  /** Newer engines: the page's word on the thread, when it changes after the tracker was made. */
  setContext?(context: ThreadContextLike): void;
}

/** The teen's own draft, checked before sending (the engine's `OutgoingResult`, loosely). */
export interface OutgoingLike {
  level?: Level;
  categories?: readonly string[];
  labels?: readonly string[];
  findings?: readonly { category: string }[];
  reasons?: readonly unknown[];
}

/** The parts of the engine's `Detector` the content script uses. */
export interface DetectorLike {
  scanOutgoing(text: string): OutgoingLike;
  /** Newer engines take the page's word on the thread; older ones ignore the argument. */
  conversation(context?: ThreadContextLike): TrackerLike;
}
