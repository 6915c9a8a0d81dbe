/**
 * The guardian's PIN in storage.local: set, change, remove and check, with a
 * lockout that is stored too, so closing the browser does not reset it.
 * Hashing and lockout rules: src/shared/pin.ts.
 */
import {
  NO_LOCKOUT,
  afterWrongTry,
  hashPin,
  isPinRecord,
  pinProblem,
  readLockout,
  verifyPin,
  waitBeforeNextTry,
} from '../shared/pin';
import { platform } from './index';
import { STORAGE_KEYS } from './settings';

/** The answer to a PIN try. `waitMs` > 0 means the try was not even checked. */
export type PinCheck = { ok: true } | { ok: false; waitMs: number; failures: number };

/** Is a PIN set? An unreadable stored PIN counts as set: it must not silently open the page. */
export async function hasPin(): Promise<boolean> {
  const stored = await platform().storage.local.get(STORAGE_KEYS.pin);
  return stored[STORAGE_KEYS.pin] !== undefined;
}

/** How long until the next try is allowed (0 = now). */
export async function pinWait(now = Date.now()): Promise<number> {
  const stored = await platform().storage.local.get(STORAGE_KEYS.pinLockout);
  return waitBeforeNextTry(readLockout(stored[STORAGE_KEYS.pinLockout], now), now);
}

// One check at a time, so parallel tries cannot slip past the counter.
let checks: Promise<unknown> = Promise.resolve();

/**
 * Checks a PIN try. While locked out the try is refused unchecked. A wrong
 * try counts; after five in a row each further one waits longer (30 s, 1 min,
 * 2 min ... 1 h). A right try clears the count. With no PIN set, any try passes.
 */
export function checkPin(pin: string, now = Date.now()): Promise<PinCheck> {
  const task = async (): Promise<PinCheck> => {
    const stored = await platform().storage.local.get([STORAGE_KEYS.pin, STORAGE_KEYS.pinLockout]);
    const record = stored[STORAGE_KEYS.pin];
    if (record === undefined) return { ok: true };
    const lockout = readLockout(stored[STORAGE_KEYS.pinLockout], now);
    const waitMs = waitBeforeNextTry(lockout, now);
    if (waitMs > 0) return { ok: false, waitMs, failures: lockout.failures };
    if (isPinRecord(record) && (await verifyPin(pin, record))) {
      if (lockout.failures) await platform().storage.local.remove(STORAGE_KEYS.pinLockout);
      return { ok: true };
    }
    const next = afterWrongTry(lockout, now);
    await platform().storage.local.set({ [STORAGE_KEYS.pinLockout]: next });
    return { ok: false, waitMs: waitBeforeNextTry(next, now), failures: next.failures };
  };
  const result = checks.then(task, task);
  checks = result.catch(() => undefined);
  return result;
}

export type PinChange = { ok: true } | { ok: false; reason: 'too_short' | 'too_long' | 'wrong_pin'; check?: PinCheck };

/** Sets a new PIN, or changes it (the current PIN is needed when one is set). */
export async function setPin(newPin: string, currentPin = '', now = Date.now()): Promise<PinChange> {
  const problem = pinProblem(newPin);
  if (problem) return { ok: false, reason: problem };
  const check = await checkPin(currentPin, now);
  if (!check.ok) return { ok: false, reason: 'wrong_pin', check };
  await platform().storage.local.set({ [STORAGE_KEYS.pin]: await hashPin(newPin), [STORAGE_KEYS.pinLockout]: NO_LOCKOUT });
  return { ok: true };
}

/** Removes the PIN (the current PIN is needed). */
export async function removePin(currentPin: string, now = Date.now()): Promise<PinChange> {
  const check = await checkPin(currentPin, now);
  if (!check.ok) return { ok: false, reason: 'wrong_pin', check };
  await platform().storage.local.remove([STORAGE_KEYS.pin, STORAGE_KEYS.pinLockout]);
  return { ok: true };
}
