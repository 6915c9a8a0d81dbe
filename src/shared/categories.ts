/**
 * The nine kinds of risky request Second Look looks for, in the order the
 * nudge and the options page list them. Definitions: ../shared/eval/README.md.
 */
export const CATEGORIES = [
  'photo_request',
  'meetup',
  'off_platform',
  'secrecy',
  'gift_money',
  'personal_info',
  'job_offer',
  'account_access',
  'threat',
] as const;

export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** Languages with a pattern pack and a locale. Codes follow BCP 47 where the browser does. */
/**
 * Patterns a nudge names as a finding of their own, beside the categories: an adult talking to someone who
 * said they are under 18 (the engine's adult_minor combination), which may come before any ask. The
 * guardian's local summary counts them too.
 */
export const PATTERN_FINDINGS = ['adult_minor'] as const;
export type PatternFinding = (typeof PATTERN_FINDINGS)[number];

export const LANGUAGES = ['en', 'id', 'es', 'pt', 'tl', 'fr', 'ms', 'th'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Verdict levels, lowest first. */
export const LEVELS = ['none', 'notice', 'warn', 'urgent'] as const;
export type Level = (typeof LEVELS)[number];

export function levelAtLeast(level: Level, floor: Level): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(floor);
}

/** The guardian's sensitivity, and the lowest verdict level that asks for a nudge under it. */
export const SENSITIVITIES = ['gentle', 'balanced', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const NUDGE_FLOOR: Record<Sensitivity, Level> = {
  gentle: 'urgent',
  balanced: 'warn',
  strict: 'notice',
};
