/**
 * Child helplines, as data (helplines.json), and how a country is chosen:
 * the guardian's setting first, else the region of the browser locale, else
 * the language when it points to one country. International services are
 * always listed after the country's own.
 *
 * Every fact in helplines.json comes from /work/shared/HELPLINES.md (research
 * compiled 2026-11-22 from stored copies of the pages named in `sources`; not
 * re-checked live). status: 'verified' = the research marked it verified on
 * the service's own page; 'sourced' = a good source without a warning;
 * 'needs_check' = the research flagged a doubt, explained in
 * helplines-notes.json. Never add a number the research does not source.
 */
import data from './helplines.json';

export type HelplineTopic = 'any' | 'abuse' | 'online' | 'crisis' | 'report' | 'images' | 'directory';
export type HelplineStatus = 'verified' | 'sourced' | 'needs_check';

export type HelplineContact =
  | { kind: 'call'; number: string }
  | { kind: 'text'; number: string; keyword?: string }
  | { kind: 'whatsapp'; number: string; e164: string }
  | { kind: 'web'; url: string };

export type HelplineHours = { kind: 'always' } | { kind: 'daily'; from: string; to: string };

export interface Helpline {
  id: string;
  /** ISO 3166-1 alpha-2, or 'INTL' for services open to every country. */
  country: string;
  name: string;
  topic: HelplineTopic;
  contacts: HelplineContact[];
  hours: HelplineHours | null;
  sources: string[];
  /** When the details were last checked (YYYY-MM-DD). */
  checked: string;
  status: HelplineStatus;
}

/** Every helpline we ship. */
export const HELPLINES = data.helplines as Helpline[];

/** The pseudo-country of services open to everyone. */
export const INTERNATIONAL = 'INTL';

/** Countries with at least one helpline, in data order. */
export const HELPLINE_COUNTRIES: string[] = [...new Set(HELPLINES.map((h) => h.country).filter((c) => c !== INTERNATIONAL))];

/** The helplines of one country (upper-case ISO code); empty when we have none. */
export function helplinesFor(country: string | null): Helpline[] {
  if (!country) return [];
  const code = country.toUpperCase();
  return HELPLINES.filter((h) => h.country === code);
}

/** Services that take calls or reports from anywhere. */
export function internationalHelplines(): Helpline[] {
  return HELPLINES.filter((h) => h.country === INTERNATIONAL);
}

/**
 * The country for helplines: the guardian's choice, else the browser
 * locale's region ("en-GB" -> GB), else a language spoken mainly in one of
 * our countries ("th" -> TH). Languages spread over many countries (en, es,
 * fr, pt without a region) give null rather than a wrong guess.
 */
export function helplineCountry(guardianChoice: string | null | undefined, browserLocale: string): string | null {
  if (guardianChoice && /^[A-Za-z]{2}$/.test(guardianChoice)) return guardianChoice.toUpperCase();
  const parts = browserLocale.split(/[-_]/);
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  if (region) return region.toUpperCase();
  const byLanguage: Record<string, string> = { id: 'ID', in: 'ID', th: 'TH', ms: 'MY', fil: 'PH', tl: 'PH', km: 'KH', vi: 'VN' };
  return byLanguage[(parts[0] ?? '').toLowerCase()] ?? null;
}

/** A tel: or sms: link for a number as printed ("1-800-422-4453" -> "tel:18004224453"). */
export function dialHref(scheme: 'tel' | 'sms', number: string, body?: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return body ? `${scheme}:${digits}?body=${encodeURIComponent(body)}` : `${scheme}:${digits}`;
}

/** A WhatsApp link for an international number ("+628111129129" -> "https://wa.me/628111129129"). */
export function whatsappHref(e164: string): string {
  return `https://wa.me/${e164.replace(/\D/g, '')}`;
}
