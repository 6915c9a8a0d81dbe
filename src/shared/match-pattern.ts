/**
 * Match patterns as the manifest uses them ("https://www.instagram.com/*"),
 * so the popup can tell whether the current tab is a site Second Look checks,
 * with the same rules the browser uses to inject the content script.
 */
import { SITE_IDS, SITE_MATCHES, type SiteId } from './sites';

/**
 * Does `url` match one WebExtension match pattern? Supports the forms the
 * manifest uses: scheme `*`/http/https, host `*`, `*.example.com` or exact,
 * and a path with `*` wildcards. Unparseable URLs match nothing.
 */
export function matchesPattern(url: string, pattern: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const urlScheme = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? urlScheme !== 'http' && urlScheme !== 'https' : urlScheme !== scheme) return false;
  const urlHost = parsed.hostname;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (urlHost !== base && !urlHost.endsWith(`.${base}`)) return false;
    } else if (urlHost !== host) {
      return false;
    }
  }
  const escaped = path.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(parsed.pathname + parsed.search);
}

/** The supported site a URL belongs to, or null when Second Look does not check it. */
export function siteForUrl(url: string | undefined): SiteId | null {
  if (!url) return null;
  return SITE_IDS.find((id) => SITE_MATCHES[id].some((pattern) => matchesPattern(url, pattern))) ?? null;
}
