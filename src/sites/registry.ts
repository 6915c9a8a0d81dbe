/**
 * Every site adapter, keyed by site id, and the choice of adapter for a URL.
 * The URL-to-site mapping reads the same match patterns as the manifest
 * (src/shared/sites.ts), so the two can never disagree.
 */
import { SITE_IDS, SITE_MATCHES, type SiteId } from '../shared/sites';
import type { SiteAdapter } from './types';
import { instagramAdapter } from './instagram';
import { messengerAdapter } from './messenger';
import { whatsappAdapter } from './whatsapp';
import { discordAdapter } from './discord';
import { xAdapter } from './x';
import { tiktokAdapter } from './tiktok';
import { snapchatAdapter } from './snapchat';
import { telegramKAdapter } from './telegram_k';
import { telegramAAdapter } from './telegram_a';
import { redditAdapter } from './reddit';

export const ADAPTERS: Record<SiteId, SiteAdapter> = {
  instagram: instagramAdapter,
  messenger: messengerAdapter,
  whatsapp: whatsappAdapter,
  discord: discordAdapter,
  x: xAdapter,
  tiktok: tiktokAdapter,
  snapchat: snapchatAdapter,
  telegram_k: telegramKAdapter,
  telegram_a: telegramAAdapter,
  reddit: redditAdapter,
};

/** True when `url` matches a manifest match pattern such as `https://web.telegram.org/k/*`. */
export function matchesPattern(pattern: string, url: URL): boolean {
  const match = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme, host, path] = match as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.') ? !(url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))) : url.hostname !== host) return false;
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(url.pathname + url.search);
}

/** The site a URL belongs to, by the manifest's match patterns; undefined elsewhere. */
export function siteFor(url: URL): SiteId | undefined {
  return SITE_IDS.find((id) => SITE_MATCHES[id].some((pattern) => matchesPattern(pattern, url)));
}

/** The adapter for a URL, or undefined when Second Look does not run there. */
export function adapterFor(url: URL): SiteAdapter | undefined {
  const site = siteFor(url);
  return site ? ADAPTERS[site] : undefined;
}
