/**
 * The guardian's settings: one versioned shape with defaults.
 * (Initial contract; the settings issue adds validation and migrations here.)
 */
import { CATEGORIES, type Category, type Language, type Sensitivity } from './categories';
import { SITE_IDS, type SiteId } from './sites';

export const SETTINGS_VERSION = 1;

export interface TrustedContact {
  /** The sender's name or handle as the site shows it. */
  name: string;
  /** When it was added (ms since epoch). */
  added: number;
}

export interface Settings {
  version: number;
  sites: Record<SiteId, boolean>;
  categories: Record<Category, boolean>;
  sensitivity: Sensitivity;
  /** Pattern packs to run; empty means all. */
  languages: Language[];
  /** Nudge language; null follows the browser. */
  nudgeLanguage: Language | null;
  /** ISO 3166-1 alpha-2 country for helplines; null follows the browser locale. */
  helplineCountry: string | null;
  /** May the teen mark a sender "I know this person"? */
  allowTrust: boolean;
  trustedContacts: Record<SiteId, TrustedContact[]>;
  /** The guardian's extra plain phrases per category. */
  extraPhrases: Record<Category, string[]>;
  /** Keep per-category daily counts on this device (off by default). */
  localSummary: boolean;
  /** Checks paused until this time (ms since epoch); 0 = not paused. */
  pausedUntil: number;
}

const byKey = <K extends string, V>(keys: readonly K[], value: () => V): Record<K, V> =>
  Object.fromEntries(keys.map((k) => [k, value()])) as Record<K, V>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    sites: byKey(SITE_IDS, () => true),
    categories: byKey(CATEGORIES, () => true),
    sensitivity: 'balanced',
    languages: [],
    nudgeLanguage: null,
    helplineCountry: null,
    allowTrust: true,
    trustedContacts: byKey(SITE_IDS, () => [] as TrustedContact[]),
    extraPhrases: byKey(CATEGORIES, () => [] as string[]),
    localSummary: false,
    pausedUntil: 0,
  };
}
