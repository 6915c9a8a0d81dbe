/**
 * When a verdict becomes a nudge: pure, no DOM, tested in Node.
 *
 * - The guardian's sensitivity sets the lowest level that is shown
 *   (NUDGE_FLOOR), for incoming messages and the teen's drafts alike.
 * - Categories the guardian turned off are left out. A pattern the card names
 *   as a finding of its own (an adult talking to a minor) is kept.
 * - One nudge per thread per new category or higher level: a thread that
 *   keeps asking for photos is not nudged on every message.
 * - A draft is nudged once per new kind of disclosure; clearing the draft
 *   lets the same one show again later.
 * - A photo attached in a thread that asked for photos is worth a pause.
 */
import { LEVELS, NUDGE_FLOOR, levelAtLeast, type Category, type Level } from '../shared/categories';
import type { Settings } from '../shared/settings';
import type { OutgoingResult, Verdict } from '../engine/types';
import type { NudgeVerdict } from '../ui/nudge';
import { patternFindings } from '../ui/nudge/Nudge';

/** A pause-before-send note is a warning: shown under balanced and strict, not under gentle (urgent only). */
export const DRAFT_LEVEL: Level = 'warn';

export type PolicySettings = Pick<Settings, 'sensitivity' | 'categories'>;

interface Memory {
  level: Level;
  categories: Set<string>;
  draft: string;
}

export interface NudgePolicy {
  /** The nudge for an incoming message's verdict, or null when none is due. Remembers what it allowed. */
  incoming(thread: string, verdict: Pick<Verdict, 'level' | 'categories' | 'reasons'>, settings: PolicySettings): NudgeVerdict | null;
  /** The pause-before-send nudge for a draft's check (null: an empty or cleared draft). */
  draft(thread: string, result: Pick<OutgoingResult, 'categories'> | null, settings: PolicySettings): NudgeVerdict | null;
  /** The nudge for a photo or file attached in a thread that asked for photos. */
  attachment(askedForPhotos: boolean, settings: PolicySettings): NudgeVerdict | null;
}

/** Keeps only the categories the guardian left on. */
export function enabledCategories(categories: readonly string[], settings: PolicySettings): string[] {
  return categories.filter((c) => settings.categories[c as Category] !== false);
}

/** `keptThreads`: how many threads' memories are kept (oldest dropped first). */
export function createNudgePolicy(keptThreads: number): NudgePolicy {
  const memories = new Map<string, Memory>();
  const memory = (thread: string): Memory => {
    let m = memories.get(thread);
    if (!m) {
      m = { level: 'none', categories: new Set(), draft: '' };
      memories.set(thread, m);
      if (memories.size > keptThreads) memories.delete(memories.keys().next().value as string);
    }
    return m;
  };
  return {
    incoming(thread, verdict, settings) {
      // A pattern the card names on its own (an adult to a minor) needs no category the guardian left on.
      const categories = [...new Set([...enabledCategories(verdict.categories, settings), ...patternFindings(verdict.reasons)])];
      if (categories.length === 0 || !levelAtLeast(verdict.level, NUDGE_FLOOR[settings.sensitivity])) return null;
      const m = memory(thread);
      const fresh = categories.some((c) => !m.categories.has(c));
      const higher = LEVELS.indexOf(verdict.level) > LEVELS.indexOf(m.level);
      if (!fresh && !higher) return null;
      if (higher) m.level = verdict.level;
      for (const c of categories) m.categories.add(c);
      return { level: verdict.level, categories, ...(verdict.reasons ? { reasons: verdict.reasons } : {}) };
    },
    draft(thread, result, settings) {
      const categories = [...new Set(result?.categories ?? [])];
      const due = categories.length > 0 && levelAtLeast(DRAFT_LEVEL, NUDGE_FLOOR[settings.sensitivity]);
      const m = memory(thread);
      const signature = due ? categories.join(' ') : '';
      const changed = signature !== m.draft;
      m.draft = signature;
      return due && changed ? { level: DRAFT_LEVEL, categories } : null;
    },
    attachment(askedForPhotos, settings) {
      if (!askedForPhotos || settings.categories.photo_request === false) return null;
      return { level: 'warn', categories: ['photo_request'], reasons: [{ kind: 'attachment_after_photo_request' }] };
    },
  };
}
