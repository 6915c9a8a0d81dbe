import { describe, expect, it, vi } from 'vitest';
import { yieldToPage } from '../../src/content/schedule';

describe('yieldToPage', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    await yieldToPage({ scheduler: { yield: yieldFn } } as unknown as Window);
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });

  it('otherwise resumes after a message-channel hop: later than microtasks, without the nested-timeout clamp', async () => {
    const order: string[] = [];
    const done = yieldToPage({} as Window).then(() => order.push('resumed'));
    await Promise.resolve();
    order.push('microtask');
    await done;
    expect(order).toEqual(['microtask', 'resumed']);
    // Fifty hops in a row stay far below fifty clamped 4 ms timeouts.
    const started = performance.now();
    for (let i = 0; i < 50; i++) await yieldToPage({} as Window);
    expect(performance.now() - started).toBeLessThan(150);
  });
});
