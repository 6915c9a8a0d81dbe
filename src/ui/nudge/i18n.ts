/**
 * Nudge text, through i18n only.
 *
 * Two sources of strings, one `Translator` shape:
 * - the browser's own i18n (`platform().message`), which follows the
 *   browser's UI language and costs the content script nothing;
 * - a locale's messages.json content, used when the guardian overrides the
 *   nudge language (the browser's i18n cannot switch language) and on the
 *   practice page's language picker.
 *
 * Why not bundle all eight locales into the content script: it is one
 * self-contained file (no web-accessible chunks), and eight locales of nudge
 * text would roughly double its size. Instead the content script asks the
 * background for the one override locale (see locale-service.ts) and keeps
 * it in memory.
 */
import type { Language } from '../../shared/categories';

/** One entry of a messages.json file, as Chrome and Firefox define it. */
export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A messages.json file's content, keyed by message name. */
export type LocaleMessages = Record<string, LocaleEntry>;

/** Looks up a message by key, with $1..$9 substitutions; '' when unknown. */
export type Translator = (key: string, substitutions?: string | readonly string[]) => string;

/** The _locales folder for each language we ship (browser locale codes, not BCP 47 in two cases). */
export const LOCALE_DIRS: Record<Language, string> = {
  en: 'en',
  id: 'id',
  es: 'es',
  pt: 'pt_BR',
  tl: 'fil',
  fr: 'fr',
  ms: 'ms',
  th: 'th',
};

/** The BCP 47 tag for a language, for the `lang` attribute (screen readers, Thai line breaking). */
export const LANGUAGE_TAGS: Record<Language, string> = {
  en: 'en',
  id: 'id',
  es: 'es',
  pt: 'pt-BR',
  tl: 'fil',
  fr: 'fr',
  ms: 'ms',
  th: 'th',
};

/** Only keys with these prefixes travel to the content script: the rest belong to other pages. */
export const NUDGE_KEY_PREFIXES = ['nudge_'] as const;

function toList(substitutions?: string | readonly string[]): readonly string[] {
  if (substitutions === undefined) return [];
  return typeof substitutions === 'string' ? [substitutions] : substitutions;
}

/**
 * Fills a messages.json entry the way the browser does: named placeholders
 * ($NAME$) become their `content` ($1..$9), then $1..$9 become the
 * substitutions; `$$` is a literal dollar sign.
 */
export function formatLocaleEntry(entry: LocaleEntry, substitutions?: string | readonly string[]): string {
  const subs = toList(substitutions);
  const placeholders = entry.placeholders ?? {};
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(placeholders).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : subs[Number(what) - 1] ?? ''));
}

/**
 * A translator over one locale's messages, falling back to another (English)
 * for keys the locale lacks, then to ''.
 */
export function createBundleTranslator(messages: LocaleMessages, fallback?: LocaleMessages): Translator {
  return (key, substitutions) => {
    const entry = messages[key] ?? fallback?.[key];
    return entry ? formatLocaleEntry(entry, substitutions) : '';
  };
}

/**
 * Keeps only the nudge's keys and drops descriptions and examples, so what
 * crosses from the background to the content script is small.
 */
export function pickNudgeMessages(all: LocaleMessages): LocaleMessages {
  const picked: LocaleMessages = {};
  for (const [key, entry] of Object.entries(all)) {
    if (!NUDGE_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) continue;
    const slim: LocaleEntry = { message: entry.message };
    if (entry.placeholders) {
      slim.placeholders = Object.fromEntries(Object.entries(entry.placeholders).map(([name, p]) => [name, { content: p.content }]));
    }
    picked[key] = slim;
  }
  return picked;
}

/** The language we ship that best matches a browser locale such as "pt-BR" or "fil"; null when none. */
export function languageFromLocale(locale: string): Language | null {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const byBase: Record<string, Language> = { en: 'en', id: 'id', in: 'id', es: 'es', pt: 'pt', fil: 'tl', tl: 'tl', fr: 'fr', ms: 'ms', th: 'th' };
  return byBase[base] ?? null;
}
