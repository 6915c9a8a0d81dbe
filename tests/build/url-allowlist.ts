/**
 * The only URLs the built extension may contain, and why each is there.
 *
 * Derived, not typed in: every http(s) link in the nudge's helpline and
 * report-step data (so a new helpline link is allowed the moment it is added
 * to the data, with its source beside it) and the manifest's site match
 * patterns. Anything else found in dist/ fails the build scan
 * (tests/e2e/build-scan.e2e.ts): a tracker, a CDN, an "update check".
 */
import { readFileSync } from 'node:fs';
import { ALL_MATCHES } from '../../src/shared/sites';

function linksIn(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (/^https?:\/\//.test(value)) found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) linksIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) linksIn(item, found);
  }
  return found;
}

function jsonFile(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${relative}`, import.meta.url), 'utf8'));
}

/** Files whose links (helplines, report steps and their sources) the teen may be shown. */
export const LINK_DATA_FILES = ['src/ui/nudge/helplines.json', 'src/ui/nudge/report-steps.json'] as const;

/** Every link in the helpline and report-step data. */
export const DATA_LINKS: ReadonlySet<string> = (() => {
  const found = new Set<string>();
  for (const file of LINK_DATA_FILES) linksIn(jsonFile(file), found);
  return found;
})();

/**
 * Links built in code from data rather than written out: the prefix is
 * fixed, the rest comes from helplines.json. Each names the function that
 * builds it.
 */
export const LINK_TEMPLATE_PREFIXES: Readonly<Record<string, string>> = {
  // src/ui/nudge/helplines.ts whatsappHref(): a helpline's WhatsApp chat from its e164 number.
  'https://wa.me/': 'whatsappHref',
};

/**
 * Identifiers that look like URLs but are never fetched: XML namespace
 * names that Preact and the DOM use to create SVG/MathML elements.
 */
export const NAMESPACE_IDENTIFIERS: ReadonlySet<string> = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
]);

/** The manifest's content-script match patterns (the sites Second Look runs on). */
export const MATCH_PATTERNS: ReadonlySet<string> = new Set(ALL_MATCHES);

/** Why a URL found in the build is allowed, or null when it is not. */
export function allowedBecause(url: string): string | null {
  if (DATA_LINKS.has(url)) return 'helpline or report link';
  if (MATCH_PATTERNS.has(url)) return 'site match pattern';
  if (NAMESPACE_IDENTIFIERS.has(url)) return 'XML namespace (never fetched)';
  return null;
}

/** Why a URL built in code (`prefix${...}`) is allowed, or null. */
export function templateAllowedBecause(prefix: string): string | null {
  const builder = LINK_TEMPLATE_PREFIXES[prefix];
  return builder ? `built by ${builder}` : null;
}
