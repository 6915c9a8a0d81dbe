/**
 * "Don't nag": the same category in the same thread does not nudge again
 * for a while, unless the level rises. Memory only, per page: it holds
 * thread ids, category names and levels, never message text, and forgets
 * everything when the tab closes.
 */
import { LEVELS, type Level } from '../../shared/categories';

/** How long a category stays quiet in a thread after it nudged (15 minutes). */
export const NUDGE_COOLDOWN_MS = 15 * 60 * 1000;

export interface NudgeRateLimiter {
  /**
   * Which of these categories may nudge now. Admitted categories start their
   * quiet period at this level; the rest are left as they were.
   */
  admit(thread: string, categories: readonly string[], level: Level): string[];
  /** Forgets everything (tests; extension switched off). */
  reset(): void;
}

/** A rate limiter with its own memory; `now` is injectable for tests. */
export function createNudgeRateLimiter(options: { cooldownMs?: number; now?: () => number } = {}): NudgeRateLimiter {
  const cooldownMs = options.cooldownMs ?? NUDGE_COOLDOWN_MS;
  const now = options.now ?? (() => Date.now());
  const last = new Map<string, { level: Level; at: number }>();

  return {
    admit(thread, categories, level) {
      const at = now();
      const admitted = categories.filter((category) => {
        const previous = last.get(`${thread}\u0000${category}`);
        if (!previous) return true;
        if (LEVELS.indexOf(level) > LEVELS.indexOf(previous.level)) return true;
        return at - previous.at >= cooldownMs;
      });
      for (const category of admitted) last.set(`${thread}\u0000${category}`, { level, at });
      return admitted;
    },
    reset() {
      last.clear();
    },
  };
}
