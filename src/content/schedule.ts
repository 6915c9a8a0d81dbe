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
