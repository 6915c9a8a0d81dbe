/**
 * Where the content script runs: one entry per supported site, used both by
 * the manifest (content_scripts.matches) and by the site adapters.
 *
 * Dedicated messaging hosts (messenger.com, web.whatsapp.com, web.telegram.org,
 * web.snapchat.com, chat.reddit.com) are matched whole. Sites that reach their
 * inbox by in-app navigation without a page load (Instagram, Facebook, X,
 * TikTok, Discord, reddit.com) are matched on the host, because a content
 * script only injects on a document load: matching only /direct/* would miss a
 * teen who opened the feed first. On those hosts the adapter stays dormant
 * (no observer, no reading) until the path is a messaging path.
 * Host-level matching asks the browser for no wider access: the permission a
 * user sees is per host either way.
 */
export const SITE_MATCHES = {
  instagram: ['https://www.instagram.com/*'],
  messenger: ['https://www.facebook.com/*', 'https://www.messenger.com/*'],
  whatsapp: ['https://web.whatsapp.com/*'],
  discord: ['https://discord.com/*'],
  x: ['https://x.com/*', 'https://twitter.com/*'],
  tiktok: ['https://www.tiktok.com/*'],
  snapchat: ['https://web.snapchat.com/*', 'https://www.snapchat.com/web/*'],
  telegram_k: ['https://web.telegram.org/k/*'],
  telegram_a: ['https://web.telegram.org/a/*'],
  reddit: ['https://chat.reddit.com/*', 'https://www.reddit.com/*'],
} as const satisfies Record<string, readonly string[]>;

export type SiteId = keyof typeof SITE_MATCHES;
export const SITE_IDS = Object.keys(SITE_MATCHES) as SiteId[];

/** Human names, used in nudges ("How to block and report on {site}") and options. */
export const SITE_NAMES: Record<SiteId, string> = {
  instagram: 'Instagram',
  messenger: 'Messenger',
  whatsapp: 'WhatsApp',
  discord: 'Discord',
  x: 'X',
  tiktok: 'TikTok',
  snapchat: 'Snapchat',
  telegram_k: 'Telegram',
  telegram_a: 'Telegram',
  reddit: 'Reddit',
};

/** Every match pattern, de-duplicated, for the manifest. */
export const ALL_MATCHES: string[] = [...new Set(Object.values(SITE_MATCHES).flat())];
