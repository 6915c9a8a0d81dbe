/**
 * The guardian's PIN: hashing, checking and the lockout after wrong tries.
 *
 * Pure functions over WebCrypto (`globalThis.crypto.subtle`, present in both
 * browsers and in Node 20), with the clock passed in so tests can drive time.
 * Storage lives in src/platform/pin-store.ts.
 *
 * The PIN only keeps a curious teen out of the options page; it is not
 * encryption. Still, the hash is PBKDF2-SHA256 with a random salt and
 * 600,000 iterations (OWASP's 2023 figure for PBKDF2-SHA256), so a short PIN
 * read out of storage is not trivially reversed, and it is never exported.
 */

export const PIN_ALGORITHM = 'PBKDF2-SHA256';
export const PIN_ITERATIONS = 600_000;
export const PIN_SALT_BYTES = 16;
export const PIN_HASH_BYTES = 32;
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 64;

/** What is stored: never the PIN itself. */
export interface PinRecord {
  algorithm: typeof PIN_ALGORITHM;
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

/** Why a new PIN is refused, or null when it is acceptable. */
export function pinProblem(pin: string): 'too_short' | 'too_long' | null {
  const length = [...pin].length;
  if (length < PIN_MIN_LENGTH) return 'too_short';
  if (length > PIN_MAX_LENGTH) return 'too_long';
  return null;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    PIN_HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** Hashes a new PIN with a fresh random salt. */
export async function hashPin(pin: string): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(PIN_SALT_BYTES));
  const hash = await derive(pin, salt, PIN_ITERATIONS);
  return { algorithm: PIN_ALGORITHM, iterations: PIN_ITERATIONS, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares two byte strings in time that depends only on their length. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** Is this a well-formed record we would have written? Weaker records are refused, not trusted. */
export function isPinRecord(value: unknown): value is PinRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (r.algorithm !== PIN_ALGORITHM || typeof r.iterations !== 'number' || r.iterations < PIN_ITERATIONS) return false;
  if (typeof r.salt !== 'string' || typeof r.hash !== 'string') return false;
  try {
    return fromBase64(r.salt).length === PIN_SALT_BYTES && fromBase64(r.hash).length === PIN_HASH_BYTES;
  } catch {
    return false;
  }
}

/** Does `pin` match the stored record? */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const expected = fromBase64(record.hash);
  const actual = await derive(pin, fromBase64(record.salt), record.iterations);
  return constantTimeEqual(actual, expected);
}

// ---------------------------------------------------------------------------
// Lockout

/** Wrong tries allowed before the first wait. */
export const FREE_TRIES = 5;
/** The first wait; each further wrong try doubles it, up to LOCKOUT_MAX_MS. */
export const LOCKOUT_BASE_MS = 30_000;
export const LOCKOUT_MAX_MS = 60 * 60_000;

/** Stored in storage.local so a browser restart does not reset the count. */
export interface LockoutState {
  failures: number;
  /** No try is checked before this time (ms since epoch). */
  lockedUntil: number;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: 0 };

/** The wait after the `failures`-th wrong try in a row: 0 for the first four, then 30 s, 1 min, 2 min ... 1 h. */
export function lockoutDelayMs(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LOCKOUT_BASE_MS * 2 ** (failures - FREE_TRIES), LOCKOUT_MAX_MS);
}

/** How long until the next try is allowed (0 = now). */
export function waitBeforeNextTry(state: LockoutState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

/** The state after one more wrong try at `now`. */
export function afterWrongTry(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  const delay = lockoutDelayMs(failures);
  return { failures, lockedUntil: delay ? now + delay : 0 };
}

/** Reads a stored lockout state; anything unreadable counts as locked at the current level, never as "unlocked". */
export function readLockout(value: unknown, now: number): LockoutState {
  if (value === undefined) return NO_LOCKOUT;
  const r = value as Partial<LockoutState> | null;
  const failures = typeof r?.failures === 'number' && r.failures >= 0 ? Math.floor(r.failures) : FREE_TRIES;
  const lockedUntil = typeof r?.lockedUntil === 'number' && Number.isFinite(r.lockedUntil) ? r.lockedUntil : now + lockoutDelayMs(failures);
  // A clock set far back must not turn a one-hour wait into years.
  return { failures, lockedUntil: Math.min(lockedUntil, now + LOCKOUT_MAX_MS) };
}
