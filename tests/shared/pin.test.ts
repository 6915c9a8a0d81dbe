import { describe, expect, it } from 'vitest';
import {
  FREE_TRIES,
  LOCKOUT_MAX_MS,
  NO_LOCKOUT,
  PIN_ITERATIONS,
  afterWrongTry,
  constantTimeEqual,
  hashPin,
  isPinRecord,
  lockoutDelayMs,
  pinProblem,
  readLockout,
  verifyPin,
  waitBeforeNextTry,
} from '../../src/shared/pin';

describe('hashPin / verifyPin (real WebCrypto, 600,000 iterations)', () => {
  it('stores a PBKDF2-SHA256 record, never the PIN, and verifies only the right PIN', async () => {
    const record = await hashPin('2468');
    expect(record.algorithm).toBe('PBKDF2-SHA256');
    expect(record.iterations).toBeGreaterThanOrEqual(600_000);
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(JSON.stringify(record)).not.toContain('2468');
    expect(isPinRecord(record)).toBe(true);
    expect(await verifyPin('2468', record)).toBe(true);
    expect(await verifyPin('2469', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
  });

  it('uses a fresh random salt, so the same PIN hashes differently', async () => {
    const [a, b] = await Promise.all([hashPin('1111'), hashPin('1111')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('matches the PBKDF2-SHA256 output of an independent implementation (Node crypto)', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const record = await hashPin('correct horse');
    const expected = pbkdf2Sync('correct horse', Buffer.from(record.salt, 'base64'), 600_000, 32, 'sha256');
    expect(record.hash).toBe(expected.toString('base64'));
  });

  it('refuses records weaker than ours rather than trusting them', async () => {
    const record = await hashPin('2468');
    expect(isPinRecord({ ...record, iterations: 1000 })).toBe(false);
    expect(isPinRecord({ ...record, algorithm: 'SHA1' })).toBe(false);
    expect(isPinRecord({ ...record, salt: 'AA==' })).toBe(false);
    expect(isPinRecord(null)).toBe(false);
  });
});

describe('constantTimeEqual', () => {
  it('compares bytes and lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([]), new Uint8Array([]))).toBe(true);
  });
});

describe('pinProblem', () => {
  it('wants 4 to 64 characters', () => {
    expect(pinProblem('123')).toBe('too_short');
    expect(pinProblem('1234')).toBeNull();
    expect(pinProblem('x'.repeat(65))).toBe('too_long');
  });
});

describe('lockout', () => {
  it('allows five wrong tries, then waits 30 s, 1 min, 2 min ... up to an hour', () => {
    expect([1, 2, 3, 4].map(lockoutDelayMs)).toEqual([0, 0, 0, 0]);
    expect(lockoutDelayMs(FREE_TRIES)).toBe(30_000);
    expect(lockoutDelayMs(6)).toBe(60_000);
    expect(lockoutDelayMs(7)).toBe(120_000);
    expect(lockoutDelayMs(40)).toBe(LOCKOUT_MAX_MS);
  });

  it('counts wrong tries and locks from the fifth', () => {
    let state = NO_LOCKOUT;
    const t0 = 1_000_000;
    for (let i = 0; i < 4; i++) state = afterWrongTry(state, t0);
    expect(waitBeforeNextTry(state, t0)).toBe(0);
    state = afterWrongTry(state, t0);
    expect(waitBeforeNextTry(state, t0)).toBe(30_000);
    expect(waitBeforeNextTry(state, t0 + 29_999)).toBe(1);
    expect(waitBeforeNextTry(state, t0 + 30_000)).toBe(0);
  });

  it('reads a damaged stored state as locked, never as unlocked', () => {
    const now = 5_000;
    expect(readLockout(undefined, now)).toEqual(NO_LOCKOUT);
    const damaged = readLockout('garbage', now);
    expect(waitBeforeNextTry(damaged, now)).toBeGreaterThan(0);
  });

  it('caps a stored wait at an hour, so a clock turned back cannot lock for years', () => {
    const state = readLockout({ failures: 9, lockedUntil: 10 ** 15 }, 0);
    expect(waitBeforeNextTry(state, 0)).toBe(LOCKOUT_MAX_MS);
  });
});
