import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real gateway loads webextension-polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { createFakePlatform, setPlatform } from '../../src/platform/index';
import { checkPin, hasPin, pinWait, removePin, setPin } from '../../src/platform/pin-store';

let fake: ReturnType<typeof createFakePlatform>;
beforeEach(() => {
  fake = createFakePlatform();
  setPlatform(fake);
});
afterEach(() => vi.useRealTimers());

describe('PIN in storage', () => {
  it('sets, changes (needs the old PIN) and removes (needs the PIN)', async () => {
    expect(await hasPin()).toBe(false);
    expect(await checkPin('anything')).toEqual({ ok: true });
    expect(await setPin('12')).toEqual({ ok: false, reason: 'too_short' });
    expect(await setPin('2468')).toEqual({ ok: true });
    expect(await hasPin()).toBe(true);
    expect(JSON.stringify(await fake.storage.local.get(null))).not.toContain('2468');
    expect((await setPin('1357', 'wrong')).ok).toBe(false);
    expect(await setPin('1357', '2468')).toEqual({ ok: true });
    expect((await checkPin('2468')).ok).toBe(false);
    expect((await checkPin('1357')).ok).toBe(true);
    expect((await removePin('2468')).ok).toBe(false);
    expect(await removePin('1357')).toEqual({ ok: true });
    expect(await hasPin()).toBe(false);
  }, 20_000);

  it('locks after five wrong tries with growing waits that survive a restart (fake clock)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T09:00:00Z'));
    await setPin('2468');
    for (let i = 1; i <= 4; i++) expect(await checkPin('0000')).toEqual({ ok: false, waitMs: 0, failures: i });
    expect(await checkPin('0000')).toEqual({ ok: false, waitMs: 30_000, failures: 5 });
    // Even the right PIN is not checked while locked.
    expect(await checkPin('2468')).toEqual({ ok: false, waitMs: 30_000, failures: 5 });

    // "Restart": a new platform object over the same stored data, and a fresh module state.
    const stored = await fake.storage.local.get(null);
    vi.resetModules();
    (await import('../../src/platform/index')).setPlatform(createFakePlatform({ local: stored }));
    const again = await import('../../src/platform/pin-store');
    vi.advanceTimersByTime(10_000);
    expect(await again.pinWait()).toBe(20_000);
    vi.advanceTimersByTime(20_000);
    expect(await again.checkPin('0000')).toEqual({ ok: false, waitMs: 60_000, failures: 6 });
    vi.advanceTimersByTime(60_000);
    expect(await again.checkPin('0000')).toEqual({ ok: false, waitMs: 120_000, failures: 7 });
    vi.advanceTimersByTime(120_000);
    expect(await again.checkPin('2468')).toEqual({ ok: true });
    // A right PIN clears the count: the next wrong try is "1 of 5" again.
    expect(await again.checkPin('0000')).toEqual({ ok: false, waitMs: 0, failures: 1 });
  }, 30_000);

  it('counts tries made at the same moment one by one', async () => {
    await setPin('2468');
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map(() => checkPin('0000')));
    expect(results.map((r) => (r.ok ? 0 : r.failures))).toEqual([1, 2, 3, 4, 5, 5]);
    expect(await pinWait()).toBeGreaterThan(0);
  }, 30_000);
});
