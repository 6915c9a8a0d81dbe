/**
 * Each thread's state in this tab: its conversation tracker (signals only,
 * no text), the page's word on the thread, which messages were read, and the
 * last incoming message held in memory for the next one (a move split over
 * two messages). The most recently used threads are kept; the rest dropped.
 */
import type { PreviousIncoming, SignalTracker, ThreadContext } from '../engine/types';
import { hashNumber } from '../sites/dom';

/** What the content script needs of a tracker (the engine's SignalTracker). */
export type TrackerLike = Pick<SignalTracker, 'add'> & Partial<Pick<SignalTracker, 'setContext'>>;

export interface ThreadState {
  tracker: TrackerLike;
  /** The page's word on the thread as last passed to the tracker (JSON, for change detection). */
  context: string;
  /** Hash of a message key → hash of its text: an edited message is checked again, a re-rendered one is not. */
  seen: Map<number, number>;
  askedForPhotos: boolean;
  /** The last incoming message, for reading with the next (memory only, never stored). */
  previous?: PreviousIncoming;
}

const MAX_SEEN_PER_THREAD = 20_000;
/** 30-bit hashes are small integers V8 stores unboxed (about 25 bytes a message). */
const SMALL_INT = 2 ** 30;

export interface ThreadStore {
  /** The thread's state, made on first use; marks it most recently used. */
  get(thread: string): ThreadState;
  /** The thread's state if kept, without making one. */
  peek(thread: string): ThreadState | undefined;
  clear(): void;
}

export function createThreadStore(kept: number, makeTracker: (context: ThreadContext) => TrackerLike, contextOf: () => ThreadContext): ThreadStore {
  const threads = new Map<string, ThreadState>();
  return {
    get(thread) {
      let state = threads.get(thread);
      if (state) {
        threads.delete(thread);
      } else {
        const context = contextOf();
        state = { tracker: makeTracker(context), context: JSON.stringify(context), seen: new Map(), askedForPhotos: false };
      }
      threads.set(thread, state);
      while (threads.size > kept) threads.delete(threads.keys().next().value as string);
      return state;
    },
    peek: (thread) => threads.get(thread),
    clear: () => threads.clear(),
  };
}

/**
 * Records a message as read; false when the same key was read with the same
 * text before. A collision of the key alone only makes a message read again;
 * skipping one wrongly needs both hashes to collide (about 2^-60).
 */
export function markSeen(state: ThreadState, key: string, text: string): boolean {
  const keyHash = hashNumber(key) % SMALL_INT;
  const textHash = hashNumber(text) % SMALL_INT;
  if (state.seen.get(keyHash) === textHash) return false;
  state.seen.set(keyHash, textHash);
  if (state.seen.size > MAX_SEEN_PER_THREAD) state.seen.delete(state.seen.keys().next().value as number);
  return true;
}

/** Forgets a message, so a later rescan reads it again (its check failed). */
export function forgetSeen(state: ThreadState, key: string): void {
  state.seen.delete(hashNumber(key) % SMALL_INT);
}

/** Passes a changed context (a group header or request banner drawn late) to the thread's tracker. */
export function refreshContext(state: ThreadState, context: ThreadContext): void {
  const json = JSON.stringify(context);
  if (json === state.context || typeof state.tracker.setContext !== 'function') return;
  state.context = json;
  state.tracker.setContext(context);
}
