/**
 * The guardian's nudge-language override, across the content script's wall.
 *
 * The content script is one self-contained file and cannot load other
 * extension files; extension pages and the service worker may not fetch
 * either (CSP connect-src 'none'). So the background bundles every locale
 * (import below, eager: a service worker cannot use dynamic import) and
 * answers one request: "the nudge strings for language X". The content
 * script keeps the answer in memory for the page's life.
 *
 * Lead: the background registers `answerNudgeLocaleRequest` through
 * `platform().onMessage`; the content script calls `requestNudgeMessages`
 * when Settings.nudgeLanguage is set, then `setNudgeLanguage`.
 */
import type { Language } from '../../shared/categories';
import { isLanguage } from './languages';
import { LOCALE_DIRS, pickNudgeMessages, type LocaleMessages } from './i18n';
import { platform } from '../../platform';

/** The runtime message the content script sends to get one locale's nudge strings. */
export const NUDGE_LOCALE_REQUEST = 'second-look/nudge-locale';

export interface NudgeLocaleRequest {
  type: typeof NUDGE_LOCALE_REQUEST;
  language: Language;
}

/** The answer: the nudge's keys of that locale, plus English for any key it lacks. */
export interface NudgeLocaleAnswer {
  language: Language;
  messages: LocaleMessages;
  fallback: LocaleMessages;
}

const bundled = import.meta.glob<LocaleMessages>('../../../public/_locales/*/messages.json', { eager: true, import: 'default' });

function bundledLocale(dir: string): LocaleMessages | undefined {
  return bundled[`../../../public/_locales/${dir}/messages.json`];
}

/** Whether a runtime message is a nudge-locale request. */
export function isNudgeLocaleRequest(message: unknown): message is NudgeLocaleRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  // Exactly these two keys, like every other message the background accepts.
  return Object.keys(m).sort().join(',') === 'language,type' && m.type === NUDGE_LOCALE_REQUEST && isLanguage(m.language);
}

/** Background side: answers a nudge-locale request, or returns undefined for any other message. */
export function answerNudgeLocaleRequest(message: unknown): NudgeLocaleAnswer | undefined {
  if (!isNudgeLocaleRequest(message)) return undefined;
  const messages = bundledLocale(LOCALE_DIRS[message.language]);
  const english = bundledLocale('en');
  if (!messages || !english) return undefined;
  return { language: message.language, messages: pickNudgeMessages(messages), fallback: pickNudgeMessages(english) };
}

/** Content-script side: asks the background for one locale's nudge strings; undefined when it cannot answer. */
export async function requestNudgeMessages(language: Language): Promise<NudgeLocaleAnswer | undefined> {
  const request: NudgeLocaleRequest = { type: NUDGE_LOCALE_REQUEST, language };
  const answer = (await platform().sendMessage(request)) as NudgeLocaleAnswer | undefined;
  if (!answer || typeof answer.messages !== 'object' || answer.language !== language) return undefined;
  return answer;
}
