/**
 * The setup's steps and which of them a school or IT policy already decides.
 * Pure, so the order and the skipping are tested without a page.
 */
import { LANGUAGES, type Language } from '../../shared/categories';
import type { Settings } from '../../shared/settings';

export type SetupStep = 'pin' | 'place' | 'sensitivity';

/** The three steps, in the order a guardian meets them. */
export const SETUP_STEPS: readonly SetupStep[] = ['pin', 'place', 'sensitivity'];

/** The settings each step writes. The PIN is never set by policy. */
const STEP_SETTINGS: Record<SetupStep, readonly string[]> = {
  pin: [],
  place: ['languages', 'helplineCountry'],
  sensitivity: ['sensitivity'],
};

/** A step is skipped when the policy fixes every setting it writes. */
export function stepLocked(step: SetupStep, locked: ReadonlySet<string>): boolean {
  const settings = STEP_SETTINGS[step];
  return settings.length > 0 && settings.every((s) => locked.has(s));
}

/** The steps a guardian still has to go through. */
export function stepsToShow(locked: ReadonlySet<string>): SetupStep[] {
  return SETUP_STEPS.filter((step) => !stepLocked(step, locked));
}

/**
 * The languages ticked when the setup opens: the guardian's own choice when
 * they made one; otherwise the browser's language, plus English, which the
 * chats of most teens mix in. Never empty.
 */
export function preChosenLanguages(settings: Settings, browserLanguage: Language | null): Language[] {
  if (settings.languages.length) return [...settings.languages];
  const chosen = new Set<Language>([browserLanguage ?? 'en', 'en']);
  return LANGUAGES.filter((l) => chosen.has(l));
}
