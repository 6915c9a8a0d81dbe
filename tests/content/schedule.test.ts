import { describe, expect, it, vi } from 'vitest';
import { forEachSliced, yieldToPage } from '../../src/content/schedule';

describe('yieldToPage', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    await yieldToPage({ scheduler: { yield: yieldFn } } as unknown as Window);
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });

  it('otherwise resumes after a message-channel hop: later than microtasks, and without a (clamped) timeout', async () => {
    const setTimeout = vi.fn();
    const page = { setTimeout } as unknown as Window;
    const order: string[] = [];
    const done = yieldToPage(page).then(() => order.push('resumed'));
    await Promise.resolve();
    order.push('microtask');
    await done;
    expect(order).toEqual(['microtask', 'resumed']);
    expect(setTimeout).not.toHaveBeenCalled();
  });
});

describe('forEachSliced', () => {
  it('yields whenever a slice reaches its budget, and reports the longest slice', async () => {
    let clock = 0;
    const seen: number[] = [];
    const figures = { longestMs: 0, yields: 0 };
    const done = await forEachSliced([1, 2, 3, 4, 5, 6, 7], (n) => (seen.push(n), (clock += 2)), { win: {} as Window, sliceMs: 5, now: () => clock, signal: new AbortController().signal }, figures);
    expect(done).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(figures.yields).toBe(2); // after 3 items (6 ms) and after 6 items
    expect(figures.longestMs).toBe(6);
  });

  it('stops at the next yield once the signal aborted', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    let clock = 0;
    const done = await forEachSliced([1, 2, 3, 4], (n) => {
      seen.push(n);
      clock += 10;
      if (n === 2) controller.abort();
    }, { win: {} as Window, sliceMs: 5, now: () => clock, signal: controller.signal }, { longestMs: 0, yields: 0 });
    expect(done).toBe(false);
    expect(seen).toEqual([1, 2]);
  });
});
