import { describe, expect, it, vi } from 'vitest';
import { yieldToPage } from '../../src/content/schedule';

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
