/**
 * TikTok messages (www.tiktok.com/messages). `data-e2e` attributes are
 * stable; classes are emotion hashes with a readable suffix
 * (`css-1x2y3z-DivTextContainer`). Each `[data-e2e=chat-item]` has the
 * author's avatar inside a link to their profile (`/@handle`): the teen's own
 * messages are the ones whose handle is the logged-in user's (the profile
 * link in the navigation). The open chat's handle is in the chat header.
 *
 * Sources: shared/REFERENCE.md section 1 (TikTok row). Not checked against a
 * named repository in issue 11's pass.
 */
import type { SiteAdapter } from './types';
import { labelText, pageWide, readText, stableHash } from './dom';

export const TIKTOK_ROW = '[data-e2e=chat-item]';
export const TIKTOK_TEXT = '[class*=DivTextContainer]';
export const TIKTOK_AUTHOR_LINK = 'a[href*="/@"]';
export const TIKTOK_NOT_TEXT = '[class*=Reply], [class*=Reaction], [class*=Card], [class*=Time]';
/** The logged-in user's profile link in the navigation. */
export const TIKTOK_SELF_LINK = '[data-e2e=nav-profile] a[href*="/@"], a[data-e2e=nav-profile][href*="/@"]';
export const TIKTOK_CHAT_HANDLE = '[data-e2e=chat-uniqueid]';
export const TIKTOK_COMPOSER = '[data-e2e=message-input-area] [contenteditable=true], [data-e2e=message-input-area]';

function handleOf(link: Element | null): string {
  const href = link?.getAttribute('href') ?? '';
  return href.slice(href.indexOf('/@') + 2).split(/[/?#]/)[0]?.toLowerCase() ?? '';
}

export const tiktokAdapter: SiteAdapter = {
  id: 'tiktok',
  isMessagingPage: (url) => url.pathname.startsWith('/messages'),
  threadId(doc, url) {
    // The chat handle in the header; a `u` parameter where the URL carries one.
    return url.searchParams.get('u') ?? (labelText(doc.querySelector(TIKTOK_CHAT_HANDLE)).replace(/^@/, '') || null);
  },
  rowSelector: TIKTOK_ROW,
  readRow(row, { maxChars }) {
    const text = readText(row.querySelector(TIKTOK_TEXT), maxChars, TIKTOK_NOT_TEXT);
    if (!text) return null;
    const author = handleOf(row.querySelector(TIKTOK_AUTHOR_LINK));
    const doc = row.ownerDocument;
    const self = pageWide(doc, 'tiktok:self', () => handleOf(doc.querySelector(TIKTOK_SELF_LINK)));
    const incoming = !author || !self || author !== self;
    return { key: stableHash(author, text), text, incoming, ...(incoming && author ? { sender: author } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(TIKTOK_COMPOSER),
};
