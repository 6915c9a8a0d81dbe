/**
 * Settings in storage: what every part of Second Look reads, and what the
 * options page and popup write.
 *
 *   defaults  <-  storage.local "settings" (the guardian's)  <-  storage.managed (school / IT policy)
 *
 * Only storage.local and storage.managed: never storage.sync, which copies
 * data to the browser vendor's servers.
 *
 * Reading never writes. A stored copy that cannot be read (hand-edited,
 * truncated, from a future version) reads as defaults; `repairStoredSettings`
 * (run by the background worker at start and by the options page) moves it
 * to the recovery key and writes defaults, leaving every other key alone.
 */
import {
  applyPolicy,
  defaultSettings,
  lockedPaths,
  migrateSettings,
  readManagedPolicy,
  settingsFromFile,
  settingsToFile,
  validateSettings,
  type ManagedPolicy,
  type Settings,
  type SettingsIssue,
  type Validated,
} from '../shared/settings';
import type { SiteId } from '../shared/sites';
import { addToSummary, readSummary, type SummaryCounts, type SummaryKey } from '../shared/summary';
import { platform } from './index';

/** Every key Second Look keeps in storage.local. */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** A stored copy that could not be read, kept for the guardian. */
  recovery: 'settingsRecovery',
  /** When "reset everything" last ran, so a guardian sees it happened. */
  resetAt: 'resetAt',
  pin: 'pin',
  pinLockout: 'pinLockout',
  summary: 'localSummary',
  /**
   * The last school / IT policy the background read from storage.managed.
   * The first storage.managed read of a browser session can take seconds
   * (measured: 2.6-5.7 s in Chromium); content scripts start from this copy
   * and apply the live policy when it arrives.
   */
  policyCache: 'policyCache',
} as const;

/** A settings copy that could not be read, and why. */
export interface RecoveryCopy {
  keptAt: number;
  issues: SettingsIssue[];
  /** The unreadable value exactly as it was stored. */
  value: unknown;
  /** The guardian has seen the notice. */
  dismissed: boolean;
}

/** Everything the options page needs to draw itself. */
export interface SettingsState {
  /** What the extension does: policy over the guardian's over defaults. */
  effective: Settings;
  /** The guardian's own settings (what the options page edits). */
  local: Settings;
  /** Paths fixed by school / IT policy, e.g. "sensitivity", "sites.discord". */
  locked: Set<string>;
  /** Policy entries that were ignored because they were invalid. */
  policyIssues: SettingsIssue[];
  /** A stored copy that could not be read, when one is waiting to be seen. */
  recovery: RecoveryCopy | null;
  /** When "reset everything" last ran, or null. */
  resetAt: number | null;
}

async function readLocal(): Promise<{ settings: Settings; unreadable: Validated<Settings> | null; raw: unknown; migrated: boolean }> {
  const stored = await platform().storage.local.get(STORAGE_KEYS.settings);
  const raw = stored[STORAGE_KEYS.settings];
  if (raw === undefined) return { settings: defaultSettings(), unreadable: null, raw, migrated: false };
  const result = migrateSettings(raw);
  if (!result.ok) return { settings: defaultSettings(), unreadable: result, raw, migrated: false };
  return { settings: result.value, unreadable: null, raw, migrated: result.from !== undefined && result.from < result.value.version };
}

async function readPolicy(): Promise<{ policy: ManagedPolicy; issues: SettingsIssue[] }> {
  return readManagedPolicy(await platform().storage.managed.get(null));
}

/** The settings in force: school / IT policy over the guardian's settings over defaults. */
export async function loadSettings(): Promise<Settings> {
  const [{ settings }, { policy }] = await Promise.all([readLocal(), readPolicy()]);
  return applyPolicy(settings, policy);
}

/**
 * The settings in force as far as local storage knows: the guardian's
 * settings under the policy the background last cached. One storage.local
 * read, so a content script can start at once; follow it with
 * `loadSettings()` for the live policy.
 */
/** How long a content script waits for a policy the background has not cached yet. */
const POLICY_WAIT_MS = 50;

export async function loadSettingsQuickly(): Promise<Settings> {
  const [{ settings }, cached] = await Promise.all([readLocal(), platform().storage.local.get(STORAGE_KEYS.policyCache)]);
  const raw = cached[STORAGE_KEYS.policyCache];
  // No copy yet (the background has not run since install): the live policy if it comes at once;
  // its first read can take seconds on a fresh profile, so after POLICY_WAIT_MS start from the
  // local settings and let the policy follow (the content script's settings source watches for it).
  if (raw === undefined) {
    const live = loadSettings();
    live.catch(() => undefined);
    return Promise.race([live, new Promise<Settings>((resolve) => setTimeout(() => resolve(settings), POLICY_WAIT_MS))]);
  }
  const { policy } = readManagedPolicy(raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {});
  return applyPolicy(settings, policy);
}

/** Background: keeps a copy of the live policy in storage.local for `loadSettingsQuickly`. */
export async function cachePolicy(): Promise<void> {
  const raw = await platform().storage.managed.get(null);
  const cached = (await platform().storage.local.get(STORAGE_KEYS.policyCache))[STORAGE_KEYS.policyCache];
  if (cached === undefined || JSON.stringify(cached) !== JSON.stringify(raw)) await platform().storage.local.set({ [STORAGE_KEYS.policyCache]: raw });
}

/** Settings plus what the options page shows around them (locks, notices). */
export async function loadSettingsState(): Promise<SettingsState> {
  const [{ settings }, { policy, issues }, extra] = await Promise.all([
    readLocal(),
    readPolicy(),
    platform().storage.local.get([STORAGE_KEYS.recovery, STORAGE_KEYS.resetAt]),
  ]);
  const recovery = extra[STORAGE_KEYS.recovery] as RecoveryCopy | undefined;
  const resetAt = extra[STORAGE_KEYS.resetAt];
  return {
    effective: applyPolicy(settings, policy),
    local: settings,
    locked: lockedPaths(policy),
    policyIssues: issues,
    recovery: recovery && typeof recovery === 'object' && !recovery.dismissed ? recovery : null,
    resetAt: typeof resetAt === 'number' ? resetAt : null,
  };
}

/**
 * Calls `onChange` with the effective settings whenever the guardian's
 * settings or the policy change (in any tab). Returns a function that stops.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let latest = 0;
  return platform().storage.onChanged((changes, area) => {
    if (area === 'local' && !(STORAGE_KEYS.settings in changes)) return;
    // Changes can arrive faster than reads finish; only the newest read reports.
    const ticket = ++latest;
    void loadSettings().then((settings) => {
      if (ticket === latest) onChange(settings);
    });
  });
}

/**
 * Moves an unreadable stored copy to the recovery key and writes defaults, or
 * writes a migrated copy back. Leaves every other key alone. Returns what it did.
 */
export async function repairStoredSettings(now = Date.now()): Promise<'none' | 'migrated' | 'recovered'> {
  const { settings, unreadable, raw, migrated } = await readLocal();
  if (unreadable && !unreadable.ok) {
    const copy: RecoveryCopy = { keptAt: now, issues: unreadable.issues, value: raw, dismissed: false };
    await platform().storage.local.set({ [STORAGE_KEYS.recovery]: copy, [STORAGE_KEYS.settings]: settings });
    return 'recovered';
  }
  if (migrated) {
    await platform().storage.local.set({ [STORAGE_KEYS.settings]: settings });
    return 'migrated';
  }
  return 'none';
}

/** The guardian has seen the recovery notice; the copy stays until "reset everything". */
export async function dismissRecoveryNotice(): Promise<void> {
  const stored = await platform().storage.local.get(STORAGE_KEYS.recovery);
  const copy = stored[STORAGE_KEYS.recovery] as RecoveryCopy | undefined;
  if (copy && typeof copy === 'object') {
    await platform().storage.local.set({ [STORAGE_KEYS.recovery]: { ...copy, dismissed: true } });
  }
}

// One write at a time in this page, so two quick changes do not overwrite each other.
let writes: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = writes.then(task, task);
  writes = next.catch(() => undefined);
  return next;
}

/**
 * Changes the guardian's settings. `change` receives a copy of the current
 * local settings and returns the next ones; the result is validated and
 * nothing is written when it is invalid. Switching the local summary off
 * deletes the counts kept so far.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Validated<Settings>> {
  return serially(async () => {
    const { settings } = await readLocal();
    const result = validateSettings(change(structuredClone(settings)));
    if (!result.ok) return result;
    await platform().storage.local.set({ [STORAGE_KEYS.settings]: result.value });
    if (settings.localSummary && !result.value.localSummary) await platform().storage.local.remove(STORAGE_KEYS.summary);
    return result;
  });
}

/** Sets some fields of the guardian's settings (see updateSettings). */
export function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Validated<Settings>> {
  return updateSettings((current) => ({ ...current, ...structuredClone(patch) }));
}

/** Adds a sender the teen marked "I know this person", if the guardian allows it. */
export async function trustContact(site: SiteId, name: string, now = Date.now()): Promise<boolean> {
  const effective = await loadSettings();
  if (!effective.allowTrust) return false;
  const result = await updateSettings((s) => {
    const list = s.trustedContacts[site];
    if (!list.some((c) => c.name === name)) list.push({ name, added: now });
    return s;
  });
  return result.ok;
}

/** Removes a trusted contact (options page). */
export async function removeTrustedContact(site: SiteId, name: string): Promise<void> {
  await updateSettings((s) => {
    s.trustedContacts[site] = s.trustedContacts[site].filter((c) => c.name !== name);
    return s;
  });
}

/** The guardian's settings as a JSON file's text (no PIN, no summary, no pause). */
export async function exportSettings(now = Date.now()): Promise<string> {
  const { settings } = await readLocal();
  return settingsToFile(settings, now);
}

/**
 * Replaces the guardian's settings with an exported file's. On any problem it
 * returns every issue with its path and changes nothing.
 */
export async function importSettings(text: string): Promise<Validated<Settings>> {
  const result = settingsFromFile(text);
  if (!result.ok) return result;
  return updateSettings((current) => ({ ...result.value, pausedUntil: current.pausedUntil }));
}

/**
 * The forgotten-PIN way out: deletes everything Second Look keeps on this
 * device (settings, PIN, lockout, trusted contacts, summary, recovery copy)
 * and notes when, so the guardian can see it happened. School policy stays.
 */
export async function resetEverything(now = Date.now()): Promise<void> {
  await serially(async () => {
    await platform().storage.local.clear();
    await platform().storage.local.set({ [STORAGE_KEYS.settings]: defaultSettings(), [STORAGE_KEYS.resetAt]: now });
  });
}

// ---------------------------------------------------------------------------
// Local summary

let summaryWrites: Promise<unknown> = Promise.resolve();

/**
 * Counts one nudge's categories for today, when the guardian switched the
 * local summary on (otherwise does nothing). Only category and day are kept.
 * Writes from one page are queued; two tabs writing in the same instant may
 * lose one count, which a daily tally can bear.
 */
export function recordSummary(categories: readonly SummaryKey[], now = Date.now()): Promise<void> {
  const task = async (): Promise<void> => {
    // The quick read (local settings under the cached policy): the live
    // storage.managed read can take seconds, and a tab may close before it ends.
    if (!categories.length || !(await loadSettingsQuickly()).localSummary) return;
    const stored = await platform().storage.local.get(STORAGE_KEYS.summary);
    await platform().storage.local.set({ [STORAGE_KEYS.summary]: addToSummary(stored[STORAGE_KEYS.summary], categories, now) });
  };
  const next = summaryWrites.then(task, task);
  summaryWrites = next.catch(() => undefined);
  return next;
}

/** The counts kept for the last 30 days (older days are dropped as they are read). */
export async function loadSummary(now = Date.now()): Promise<SummaryCounts> {
  const stored = await platform().storage.local.get(STORAGE_KEYS.summary);
  return readSummary(stored[STORAGE_KEYS.summary], now);
}

/** Deletes the summary counts. */
export async function clearSummary(): Promise<void> {
  await platform().storage.local.remove(STORAGE_KEYS.summary);
}

/** Rewrites the stored counts without days older than 30 (the background worker runs this at start). */
export async function pruneSummary(now = Date.now()): Promise<void> {
  const stored = await platform().storage.local.get(STORAGE_KEYS.summary);
  if (stored[STORAGE_KEYS.summary] === undefined) return;
  const kept = readSummary(stored[STORAGE_KEYS.summary], now);
  if (Object.keys(kept).length) await platform().storage.local.set({ [STORAGE_KEYS.summary]: kept });
  else await platform().storage.local.remove(STORAGE_KEYS.summary);
}
