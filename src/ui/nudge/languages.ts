import { LANGUAGES, type Language } from '../../shared/categories';

/** Whether a value is one of the eight languages we ship. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
