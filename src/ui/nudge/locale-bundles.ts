/**
 * Every locale's messages, loaded lazily as separate chunks: for extension
 * pages (the practice page's language picker). Never import this from the
 * content script: it would pull all eight locales into that one file.
 */
import type { Language } from '../../shared/categories';
import { LOCALE_DIRS, createBundleTranslator, type LocaleMessages, type Translator } from './i18n';

const loaders = import.meta.glob<LocaleMessages>('../../../public/_locales/*/messages.json', { import: 'default' });

/** Loads one language's messages.json content. */
export async function loadLocaleMessages(language: Language): Promise<LocaleMessages> {
  const load = loaders[`../../../public/_locales/${LOCALE_DIRS[language]}/messages.json`];
  if (!load) throw new Error(`No locale bundled for ${language}`);
  return load();
}

/** A translator for one language, with English behind it for any missing key. */
export async function loadTranslator(language: Language): Promise<{ translate: Translator; messages: LocaleMessages; fallback: LocaleMessages }> {
  const [messages, fallback] = await Promise.all([loadLocaleMessages(language), loadLocaleMessages('en')]);
  return { translate: createBundleTranslator(messages, fallback), messages, fallback };
}
