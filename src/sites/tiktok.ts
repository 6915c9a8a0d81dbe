/**
 * TikTok messages (www.tiktok.com/messages). `data-e2e` attributes are
 * stable; classes are emotion hashes with a readable suffix
 * (`css-1x2y3z-DivTextContainer`). Each `[data-e2e=chat-item]` has the
 * author's avatar inside a link to their profile (`/@handle`): the teen's own
 * messages are the ones whose handle is the logged-in user's (the profile
 * link in the navigation). The open chat's handle is in the chat header.
 *
 * A message request from someone the teen does not follow shows TikTok's
 * "stranger box" (`[class*="DivStrangerBox"]`, with Delete / Accept buttons)
 * in place of the input area; the class's readable suffix does not depend on
 * the interface language.
 *
 * Sources: shared/REFERENCE.md section 1 (TikTok row); TikTok DM automation
 * code in the search index (repository names not shown), checked in issue
 * 11's follow-up: docs/selectors/TIKTOK_FULL_SELECTORS.md of a TikTok CLI
 * (`[data-e2e="chat-item"]`, sender from `a[href*="@"]`, words in
 * `[class*="DivTextContainer"]`, `[data-e2e="chat-nickname"]` /
 * `[data-e2e="chat-uniqueid"]` in the header, `[data-e2e="message-input-area"]`,
 * and "Detect Chat Type": `[class*="DivStrangerBox"]` = MESSAGE_REQUEST with
 * its Delete / Accept `div[role="button"]`s); a second extractor reading
 * `isRequest` from the same stranger box; several readers telling the sides
 * apart by the avatar link's handle.
 */
import type { SiteAdapter, ThreadContext } from './types';
import { labelText, pageWide, readText, stableHash } from './dom';

export const TIKTOK_ROW = '[data-e2e=chat-item]';
export const TIKTOK_TEXT = '[class*=DivTextContainer]';
export const TIKTOK_AUTHOR_LINK = 'a[href*="/@"]';
export const TIKTOK_NOT_TEXT = '[class*=Reply], [class*=Reaction], [class*=Card], [class*=Time]';
/** The logged-in user's profile link in the navigation. */
export const TIKTOK_SELF_LINK = '[data-e2e=nav-profile] a[href*="/@"], a[data-e2e=nav-profile][href*="/@"]';
export const TIKTOK_CHAT_HANDLE = '[data-e2e=chat-uniqueid]';
/** The request bar (Delete / Accept) shown instead of the input for a stranger's message request. */
export const TIKTOK_REQUEST_BOX = '[class*="DivStrangerBox"]';
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
  /** The stranger box says "message request"; its absence says nothing. */
  threadContext: (doc): ThreadContext => (doc.querySelector(TIKTOK_REQUEST_BOX) ? { messageRequest: true } : {}),
};
