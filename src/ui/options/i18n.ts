/**
 * Words on the options page and popup come from _locales through the
 * platform, never from code. Names of languages and countries come from the
 * browser's own Intl data, so they need no translation of ours.
 */
import { platform } from '../../platform/index';

/** A translated string; the key itself when a translation is missing, so a gap is visible rather than blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return platform().message(key, substitutions) || key;
}

/** The language the page is shown in (the browser's), e.g. "id" or "pt-BR". */
export function pageLanguage(): string {
  return platform().uiLanguage() || 'en';
}

function displayName(code: string, type: 'language' | 'region', locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Indonesian (Bahasa Indonesia)": the name in the page language and in the language itself. */
export function languageName(code: string): string {
  const here = displayName(code, 'language', pageLanguage());
  const own = displayName(code, 'language', code);
  return here === own ? here : `${here} (${own})`;
}

/** A country's name in the page language. */
export function countryName(code: string): string {
  return displayName(code, 'region', pageLanguage());
}

/** "2 minutes" / "30 seconds" in the page language, rounded up. */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const [value, unit] = seconds >= 90 ? [Math.ceil(seconds / 60), 'minute'] : [seconds, 'second'];
  try {
    return new Intl.NumberFormat(pageLanguage(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return `${value} ${unit}${value === 1 ? '' : 's'}`;
  }
}

/** A clock time ("14:30") in the page language. */
export function formatTime(ms: number): string {
  return new Date(ms).toLocaleTimeString(pageLanguage(), { hour: 'numeric', minute: '2-digit' });
}

/** A date ("22 Nov 2026") in the page language. */
export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(pageLanguage(), { dateStyle: 'medium' });
}
