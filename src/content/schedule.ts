/**
 * Yielding to the page between slices of work, so the content script never
 * holds the main thread long enough to make a long task (> 50 ms).
 */

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/**
 * Resolves after the page had a chance to run: `scheduler.yield()` where it
 * exists (Chromium 129+: continuation keeps its priority), else a
 * MessageChannel hop (no 4 ms clamp, unlike nested setTimeout), else a timeout.
 */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  const Channel = (win as unknown as { MessageChannel?: typeof MessageChannel }).MessageChannel ?? globalThis.MessageChannel;
  if (Channel) {
    return new Promise((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

export interface SliceOptions {
  win: Window;
  sliceMs: number;
  now: () => number;
  signal: AbortSignal;
}

/** Figures of one sliced run: the longest slice and how often it yielded. */
export interface SliceFigures {
  longestMs: number;
  yields: number;
}

/**
 * Calls `each` on every item, yielding to the page whenever a slice of work
 * reaches `sliceMs`. Resolves false when the signal aborted on the way.
 */
export async function forEachSliced<T>(items: Iterable<T>, each: (item: T) => void, options: SliceOptions, figures: SliceFigures): Promise<boolean> {
  let sliceStart = options.now();
  for (const item of items) {
    each(item);
    const elapsed = options.now() - sliceStart;
    if (elapsed >= options.sliceMs) {
      figures.longestMs = Math.max(figures.longestMs, elapsed);
      figures.yields++;
      await yieldToPage(options.win);
      if (options.signal.aborted) return false;
      sliceStart = options.now();
    }
  }
  figures.longestMs = Math.max(figures.longestMs, options.now() - sliceStart);
  return true;
}
