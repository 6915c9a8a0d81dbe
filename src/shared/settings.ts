/**
 * The guardian's settings: one versioned shape with defaults, validation,
 * migrations from every earlier version, the school/IT policy overlay and the
 * export file format.
 *
 * Pure data functions only (no storage): src/platform/settings.ts reads and
 * writes them. Validation is hand-written rather than valibot: it needs
 * paths and codes the options page can translate, and it keeps this module
 * free of imports outside src/shared. Measured with esbuild: this whole
 * module (schema, migrations, policy, file format) is 9.4 kB minified /
 * 3.5 kB gzip; valibot for a subset of the schema alone was 6.3 kB / 2.1 kB,
 * before any migration or path translation.
 *
 * Versions:
 * - v0 (pre-release, never shipped in a store; kept so early testers' and
 *   hand-written files still load). No `version` field:
 *   `{ enabled, sensitivity: 'low'|'medium'|'high', disabledSites: string[],
 *      disabledCategories: string[], language: 'auto'|Language,
 *      allowTrust?, trustedContacts: {site, name}[],
 *      customPhrases: {category, phrase}[] }`.
 * - v1: the shape below.
 */
import { CATEGORIES, LANGUAGES, SENSITIVITIES, type Category, type Language, type Sensitivity } from './categories';
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

/**
 * Fresh default settings: every site and category on, balanced, nothing
 * stored about anyone. "I know this person" starts off: people who groom
 * children often pose as friends, so letting the teen silence a sender is the
 * guardian's choice to make, not a default.
 */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    sites: byKey(SITE_IDS, () => true),
    categories: byKey(CATEGORIES, () => true),
    sensitivity: 'balanced',
    languages: [],
    nudgeLanguage: null,
    helplineCountry: null,
    allowTrust: false,
    trustedContacts: byKey(SITE_IDS, () => [] as TrustedContact[]),
    extraPhrases: byKey(CATEGORIES, () => [] as string[]),
    localSummary: false,
    pausedUntil: 0,
  };
}

/** True while the teen (or guardian) has paused checks. */
export function isPaused(settings: Settings, now: number): boolean {
  return settings.pausedUntil > now;
}

/** Do checks run on this site right now (site switched on and not paused)? */
export function checksRunOn(settings: Settings, site: SiteId, now: number): boolean {
  return settings.sites[site] && !isPaused(settings, now);
}

// ---------------------------------------------------------------------------
// Validation

/** Why a value was refused. The options page shows `options_issue_<code>`. */
export type IssueCode =
  | 'not_json'
  | 'not_object'
  | 'not_settings_file'
  | 'missing'
  | 'unknown_key'
  | 'wrong_type'
  | 'unknown_value'
  | 'duplicate'
  | 'too_short'
  | 'too_long'
  | 'too_many'
  | 'phrase_characters'
  | 'future_version';

/** One problem, with where it is (`sites.discord`, `extraPhrases.secrecy[2]`; '' = the whole value). */
export interface SettingsIssue {
  path: string;
  code: IssueCode;
  /** What was expected or found, in plain words, for the guardian and for logs. */
  detail?: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: SettingsIssue[] };

export const PHRASE_MIN_LENGTH = 3;
export const PHRASE_MAX_LENGTH = 60;
export const PHRASES_PER_CATEGORY = 50;
export const CONTACT_NAME_MAX_LENGTH = 100;
export const CONTACTS_PER_SITE = 200;

/*
 * A phrase is matched as plain text, so only letters and numbers in any
 * script, their combining marks (Thai vowels), spaces and everyday
 * punctuation are allowed. Characters that only make sense in a regular
 * expression or a wildcard (\ [ ] ( ) { } | ^ $ * + < >) are refused, so a
 * guardian who types "sen.*d" learns it will not work as a pattern instead
 * of getting silent nonsense.
 */
const PHRASE_ALLOWED = /^[\p{L}\p{M}\p{N} '’\-.,!?¡¿&@#:;/"%]+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Checks one guardian phrase; returns the issue code or null when it is fine. */
export function phraseProblem(phrase: string): IssueCode | null {
  const trimmed = phrase.trim();
  if ([...trimmed].length < PHRASE_MIN_LENGTH) return 'too_short';
  if ([...trimmed].length > PHRASE_MAX_LENGTH) return 'too_long';
  if (!PHRASE_ALLOWED.test(trimmed) || !HAS_LETTER_OR_DIGIT.test(trimmed)) return 'phrase_characters';
  return null;
}

/** Trims, collapses inner whitespace and lower-cases for duplicate checks. */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ');
}

/** A plain object (not null, not a list): the shape every stored or messaged record must have. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v;

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Collects issues while walking a value; each checker returns the cleaned value or undefined. */
class Walker {
  readonly issues: SettingsIssue[] = [];
  add(path: string, code: IssueCode, detail?: string): undefined {
    this.issues.push(detail === undefined ? { path, code } : { path, code, detail });
    return undefined;
  }
  boolean(v: unknown, path: string): boolean | undefined {
    return typeof v === 'boolean' ? v : this.add(path, 'wrong_type', `expected true or false, found ${describe(v)}`);
  }
  oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T | undefined {
    if (typeof v !== 'string') return this.add(path, 'wrong_type', `expected text, found ${describe(v)}`);
    return (allowed as readonly string[]).includes(v)
      ? (v as T)
      : this.add(path, 'unknown_value', `"${v}" is not one of: ${allowed.join(', ')}`);
  }
  /** A record with exactly the given keys, each checked by `each`. With `partial`, keys may be absent. */
  keyed<K extends string, V>(
    v: unknown,
    keys: readonly K[],
    path: string,
    each: (value: unknown, path: string) => V | undefined,
    partial = false,
  ): Partial<Record<K, V>> | undefined {
    if (!isRecord(v)) return this.add(path, 'wrong_type', `expected an object, found ${describe(v)}`);
    const out: Partial<Record<K, V>> = {};
    let bad = false;
    for (const key of Object.keys(v)) {
      if (!(keys as readonly string[]).includes(key)) {
        bad = true;
        this.add(join(path, key), 'unknown_key', `expected one of: ${keys.join(', ')}`);
      }
    }
    for (const key of keys) {
      if (!(key in v)) {
        if (!partial) {
          bad = true;
          this.add(join(path, key), 'missing');
        }
        continue;
      }
      const checked = each(v[key], join(path, key));
      if (checked === undefined) bad = true;
      else out[key] = checked;
    }
    return bad ? undefined : out;
  }
  list<V>(v: unknown, path: string, max: number, each: (value: unknown, path: string) => V | undefined): V[] | undefined {
    if (!Array.isArray(v)) return this.add(path, 'wrong_type', `expected a list, found ${describe(v)}`);
    if (v.length > max) return this.add(path, 'too_many', `at most ${max}`);
    const out: V[] = [];
    let bad = false;
    v.forEach((item, i) => {
      const checked = each(item, join(path, i));
      if (checked === undefined) bad = true;
      else out.push(checked);
    });
    return bad ? undefined : out;
  }
  phrases(v: unknown, path: string): string[] | undefined {
    const list = this.list(v, path, PHRASES_PER_CATEGORY, (item, p) => {
      if (typeof item !== 'string') return this.add(p, 'wrong_type', `expected text, found ${describe(item)}`);
      const problem = phraseProblem(item);
      return problem ? this.add(p, problem, item.slice(0, 80)) : normalizePhrase(item);
    });
    if (!list) return undefined;
    const seen = new Set<string>();
    let bad = false;
    list.forEach((phrase, i) => {
      const key = phrase.toLocaleLowerCase();
      if (seen.has(key)) {
        bad = true;
        this.add(join(path, i), 'duplicate', phrase);
      }
      seen.add(key);
    });
    return bad ? undefined : list;
  }
  contacts(v: unknown, path: string): TrustedContact[] | undefined {
    return this.list(v, path, CONTACTS_PER_SITE, (item, p) => {
      const fields = this.keyed(item, ['name', 'added'] as const, p, (value, fp) =>
        fp.endsWith('.name') ? this.contactName(value, fp) : this.time(value, fp),
      );
      return fields ? { name: fields.name as string, added: fields.added as number } : undefined;
    });
  }
  contactName(v: unknown, path: string): string | undefined {
    if (typeof v !== 'string') return this.add(path, 'wrong_type', `expected text, found ${describe(v)}`);
    if (!v.trim()) return this.add(path, 'too_short');
    return v.length > CONTACT_NAME_MAX_LENGTH ? this.add(path, 'too_long') : v;
  }
  languages(v: unknown, path: string): Language[] | undefined {
    const list = this.list(v, path, LANGUAGES.length, (item, p) => this.oneOf(item, LANGUAGES, p));
    if (!list) return undefined;
    if (new Set(list).size !== list.length) return this.add(path, 'duplicate');
    return list;
  }
  nullableLanguage(v: unknown, path: string): Language | null | undefined {
    return v === null ? null : this.oneOf(v, LANGUAGES, path);
  }
  country(v: unknown, path: string): string | null | undefined {
    if (v === null) return null;
    if (typeof v !== 'string') return this.add(path, 'wrong_type', `expected a two-letter country code, found ${describe(v)}`);
    return /^[A-Z]{2}$/.test(v) ? v : this.add(path, 'unknown_value', `"${v}" is not a two-letter country code like "ID"`);
  }
  time(v: unknown, path: string): number | undefined {
    return typeof v === 'number' && Number.isFinite(v) && v >= 0
      ? v
      : this.add(path, 'wrong_type', `expected a time, found ${describe(v)}`);
  }
}

type FieldCheckers = { [K in keyof Settings]: (w: Walker, v: unknown, path: string) => Settings[K] | undefined };

const FIELDS: FieldCheckers = {
  version: (w, v, p) => (v === SETTINGS_VERSION ? SETTINGS_VERSION : w.add(p, 'unknown_value', `expected ${SETTINGS_VERSION}`)),
  sites: (w, v, p) => w.keyed(v, SITE_IDS, p, (x, xp) => w.boolean(x, xp)) as Settings['sites'] | undefined,
  categories: (w, v, p) => w.keyed(v, CATEGORIES, p, (x, xp) => w.boolean(x, xp)) as Settings['categories'] | undefined,
  sensitivity: (w, v, p) => w.oneOf(v, SENSITIVITIES, p),
  languages: (w, v, p) => w.languages(v, p),
  nudgeLanguage: (w, v, p) => w.nullableLanguage(v, p),
  helplineCountry: (w, v, p) => w.country(v, p),
  allowTrust: (w, v, p) => w.boolean(v, p),
  trustedContacts: (w, v, p) =>
    w.keyed(v, SITE_IDS, p, (x, xp) => w.contacts(x, xp)) as Settings['trustedContacts'] | undefined,
  extraPhrases: (w, v, p) =>
    w.keyed(v, CATEGORIES, p, (x, xp) => w.phrases(x, xp)) as Settings['extraPhrases'] | undefined,
  localSummary: (w, v, p) => w.boolean(v, p),
  pausedUntil: (w, v, p) => w.time(v, p),
};

const SETTING_KEYS = Object.keys(FIELDS) as (keyof Settings)[];

/**
 * Checks a value of the current version strictly: every field present, no
 * unknown field, every value allowed. Returns cleaned settings (phrases
 * trimmed) or every issue found, each with its path.
 */
export function validateSettings(value: unknown): Validated<Settings> {
  const w = new Walker();
  if (!isRecord(value)) {
    w.add('', 'not_object', `expected an object, found ${describe(value)}`);
    return { ok: false, issues: w.issues };
  }
  const out = w.keyed(value, SETTING_KEYS, '', (v, path) => (FIELDS[path as keyof Settings] as (w: Walker, v: unknown, p: string) => unknown)(w, v, path));
  return out && !w.issues.length ? { ok: true, value: out as Settings } : { ok: false, issues: w.issues };
}

// ---------------------------------------------------------------------------
// Migrations

const V0_SENSITIVITY: Record<string, Sensitivity> = { low: 'gentle', medium: 'balanced', high: 'strict' };

/*
 * Each step takes a value of version n (already an object) and returns the
 * shape of version n + 1. Steps are lenient about what they cannot map (an
 * unknown site id is dropped) and leave judging the result to
 * validateSettings, so a broken file is still reported with paths.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => {
    const next = defaultSettings() as unknown as Record<string, unknown>;
    const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    const off = new Set(strings(old.disabledSites));
    const enabled = old.enabled !== false;
    next.sites = Object.fromEntries(SITE_IDS.map((id) => [id, enabled && !off.has(id)]));
    const offCategories = new Set(strings(old.disabledCategories));
    next.categories = Object.fromEntries(CATEGORIES.map((c) => [c, !offCategories.has(c)]));
    if (typeof old.sensitivity === 'string') next.sensitivity = V0_SENSITIVITY[old.sensitivity] ?? old.sensitivity;
    if (old.language !== undefined) next.nudgeLanguage = old.language === 'auto' ? null : old.language;
    if (old.allowTrust !== undefined) next.allowTrust = old.allowTrust;
    const contacts = Object.fromEntries(SITE_IDS.map((id) => [id, [] as unknown[]]));
    if (Array.isArray(old.trustedContacts)) {
      for (const entry of old.trustedContacts) {
        // v0 stored no date; 0 reads as "added before this version".
        if (isRecord(entry) && typeof entry.site === 'string' && contacts[entry.site]) {
          contacts[entry.site]!.push({ name: entry.name, added: 0 });
        }
      }
    }
    next.trustedContacts = contacts;
    const phrases = Object.fromEntries(CATEGORIES.map((c) => [c, [] as unknown[]]));
    if (Array.isArray(old.customPhrases)) {
      for (const entry of old.customPhrases) {
        if (isRecord(entry) && typeof entry.category === 'string' && phrases[entry.category]) {
          phrases[entry.category]!.push(entry.phrase);
        }
      }
    }
    next.extraPhrases = phrases;
    return next;
  },
};

/** The version a stored or imported value claims; v0 had no version field. */
export function versionOf(value: Record<string, unknown>): number | null {
  if (!('version' in value)) return 0;
  return typeof value.version === 'number' && Number.isInteger(value.version) && value.version >= 0 ? value.version : null;
}

/**
 * Brings a value of any earlier version up to SETTINGS_VERSION and validates
 * it. A future version, an unreadable version or an invalid result is
 * refused with issues; nothing is guessed.
 */
export function migrateSettings(value: unknown): Validated<Settings> & { from?: number } {
  if (!isRecord(value)) return { ok: false, issues: [{ path: '', code: 'not_object', detail: `expected an object, found ${describe(value)}` }] };
  const from = versionOf(value);
  if (from === null) return { ok: false, issues: [{ path: 'version', code: 'wrong_type', detail: 'expected a whole number' }] };
  if (from > SETTINGS_VERSION) {
    return { ok: false, issues: [{ path: 'version', code: 'future_version', detail: `${from} is newer than ${SETTINGS_VERSION}` }] };
  }
  let current = value;
  for (let v = from; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, issues: [{ path: 'version', code: 'unknown_value', detail: `no way to read version ${v}` }] };
    current = step(current);
  }
  return { ...validateSettings(current), from };
}

// ---------------------------------------------------------------------------
// School / IT policy (storage.managed; public/managed-schema.json mirrors this)

/** Settings a policy may set. Trusted contacts and pauses belong to the teen's own use. */
export const MANAGED_KEYS = [
  'sites',
  'categories',
  'sensitivity',
  'languages',
  'nudgeLanguage',
  'helplineCountry',
  'allowTrust',
  'extraPhrases',
  'localSummary',
] as const satisfies readonly (keyof Settings)[];
export type ManagedKey = (typeof MANAGED_KEYS)[number];

/** What a policy sets: sites, categories and phrases may be set one entry at a time. */
export interface ManagedPolicy {
  sites?: Partial<Record<SiteId, boolean>>;
  categories?: Partial<Record<Category, boolean>>;
  sensitivity?: Sensitivity;
  languages?: Language[];
  nudgeLanguage?: Language | null;
  helplineCountry?: string | null;
  allowTrust?: boolean;
  extraPhrases?: Partial<Record<Category, string[]>>;
  localSummary?: boolean;
}

/**
 * Reads storage.managed. Chrome's policy schema has no null, so an empty
 * string for nudgeLanguage or helplineCountry means "follow the browser".
 * A bad entry is skipped (the rest of the policy still applies) and reported,
 * so one typo in a school's policy file does not unlock everything.
 */
export function readManagedPolicy(value: Record<string, unknown>): { policy: ManagedPolicy; issues: SettingsIssue[] } {
  const w = new Walker();
  const policy: ManagedPolicy = {};
  const pick = <K extends string, V>(v: unknown, keys: readonly K[], path: string, each: (x: unknown, p: string) => V | undefined) => {
    if (!isRecord(v)) return w.add(path, 'wrong_type', `expected an object, found ${describe(v)}`);
    const out: Partial<Record<K, V>> = {};
    for (const [key, entry] of Object.entries(v)) {
      if (!(keys as readonly string[]).includes(key)) {
        w.add(join(path, key), 'unknown_key');
        continue;
      }
      const checked = each(entry, join(path, key));
      if (checked !== undefined) out[key as K] = checked;
    }
    return out;
  };
  for (const [key, v] of Object.entries(value)) {
    switch (key) {
      case 'sites': {
        const sites = pick(v, SITE_IDS, key, (x, p) => w.boolean(x, p));
        if (sites) policy.sites = sites;
        break;
      }
      case 'categories': {
        const categories = pick(v, CATEGORIES, key, (x, p) => w.boolean(x, p));
        if (categories) policy.categories = categories;
        break;
      }
      case 'extraPhrases': {
        const phrases = pick(v, CATEGORIES, key, (x, p) => w.phrases(x, p));
        if (phrases) policy.extraPhrases = phrases;
        break;
      }
      case 'sensitivity': {
        const s = w.oneOf(v, SENSITIVITIES, key);
        if (s) policy.sensitivity = s;
        break;
      }
      case 'languages': {
        const l = w.languages(v, key);
        if (l) policy.languages = l;
        break;
      }
      case 'nudgeLanguage': {
        const l = v === '' ? null : w.nullableLanguage(v, key);
        if (l !== undefined) policy.nudgeLanguage = l;
        break;
      }
      case 'helplineCountry': {
        const c = v === '' ? null : w.country(v, key);
        if (c !== undefined) policy.helplineCountry = c;
        break;
      }
      case 'allowTrust':
      case 'localSummary': {
        const b = w.boolean(v, key);
        if (b !== undefined) policy[key] = b;
        break;
      }
      default:
        w.add(key, 'unknown_key', `a policy may set: ${MANAGED_KEYS.join(', ')}`);
    }
  }
  return { policy, issues: w.issues };
}

/**
 * The settings paths a policy fixes, e.g. `sensitivity`, `sites.discord`,
 * `extraPhrases.secrecy`. The options page disables exactly these.
 */
export function lockedPaths(policy: ManagedPolicy): Set<string> {
  const paths = new Set<string>();
  for (const key of MANAGED_KEYS) {
    const v = policy[key];
    if (v === undefined) continue;
    if (key === 'sites' || key === 'categories' || key === 'extraPhrases') {
      for (const sub of Object.keys(v as object)) paths.add(`${key}.${sub}`);
    } else {
      paths.add(key);
    }
  }
  return paths;
}

/** Effective settings: the policy's values over the guardian's. */
export function applyPolicy(local: Settings, policy: ManagedPolicy): Settings {
  const out = structuredClone(local);
  if (policy.sites) Object.assign(out.sites, policy.sites);
  if (policy.categories) Object.assign(out.categories, policy.categories);
  if (policy.extraPhrases) Object.assign(out.extraPhrases, policy.extraPhrases);
  if (policy.sensitivity !== undefined) out.sensitivity = policy.sensitivity;
  if (policy.languages !== undefined) out.languages = [...policy.languages];
  if (policy.nudgeLanguage !== undefined) out.nudgeLanguage = policy.nudgeLanguage;
  if (policy.helplineCountry !== undefined) out.helplineCountry = policy.helplineCountry;
  if (policy.allowTrust !== undefined) out.allowTrust = policy.allowTrust;
  if (policy.localSummary !== undefined) out.localSummary = policy.localSummary;
  return out;
}

// ---------------------------------------------------------------------------
// Export file

export const SETTINGS_FILE_FORMAT = 'second-look-settings';

/**
 * The JSON a guardian downloads. It holds settings only: never the PIN hash,
 * never the local summary, and not a running pause.
 */
export function settingsToFile(settings: Settings, now: number): string {
  const copy: Settings = { ...structuredClone(settings), pausedUntil: 0 };
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, exportedAt: new Date(now).toISOString(), settings: copy }, null, 2)}\n`;
}

/**
 * Reads an exported file (of this or any earlier version). Returns the
 * settings, or every issue with its path inside `settings`; the caller
 * changes nothing unless this succeeds.
 */
export function settingsFromFile(text: string): Validated<Settings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '', code: 'not_json', detail: error instanceof Error ? error.message : String(error) }] };
  }
  if (!isRecord(parsed) || parsed.format !== SETTINGS_FILE_FORMAT || !('settings' in parsed)) {
    return { ok: false, issues: [{ path: '', code: 'not_settings_file' }] };
  }
  const extra = Object.keys(parsed).filter((k) => !['format', 'exportedAt', 'settings'].includes(k));
  const result = migrateSettings(parsed.settings);
  const issues = [
    ...extra.map((k): SettingsIssue => ({ path: k, code: 'unknown_key' })),
    ...(result.ok ? [] : result.issues.map((i) => ({ ...i, path: join('settings', i.path || '').replace(/\.$/, '') }))),
  ];
  if (issues.length || !result.ok) return { ok: false, issues };
  return { ok: true, value: { ...result.value, pausedUntil: 0 } };
}
