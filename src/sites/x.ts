/**
 * X direct messages (x.com/messages/..., and the newer XChat client at
 * x.com/i/chat/...). Test ids are fairly stable: the timeline
 * `[data-testid=DM_timeline]` holds `[data-testid=messageEntry]` rows with
 * words in `[data-testid=tweetText]`. X marks nothing as "mine": the teen's
 * own messages are told apart by alignment only (right side in
 * left-to-right layouts). A quoted reply or a link card inside the entry has
 * its own text, which is skipped.
 */
import type { SiteAdapter } from './types';
import { horizontalSide, labelText, pathId, readText, stableHash } from './dom';

export const X_TIMELINE = '[data-testid=DM_timeline]';
export const X_ROW = `${X_TIMELINE} [data-testid=messageEntry]`;
export const X_TEXT = '[data-testid=tweetText]';
export const X_NOT_TEXT = '[data-testid="card.wrapper"], [data-testid=DMQuotedMessage], [role=link]:not(a[href^="http"]), [role=button]';
/** The other person's avatar link on incoming entries (its href is their handle). */
export const X_AVATAR_LINK = '[data-testid=DM_Conversation_Avatar] a[href^="/"]';
export const X_CONVERSATION_NAME = '[data-testid=DM_Conversation_Header] h2';
export const X_COMPOSER = '[data-testid=dmComposerTextInput]';
const X_THREAD = /^\/(?:messages|i\/chat)\/([\w-]+)/;

export const xAdapter: SiteAdapter = {
  id: 'x',
  isMessagingPage: (url) => url.pathname.startsWith('/messages') || url.pathname.startsWith('/i/chat'),
  threadId: (_doc, url) => pathId(url, X_THREAD),
  rowSelector: X_ROW,
  readRow(row, { maxChars }) {
    const textElement = Array.from(row.querySelectorAll(X_TEXT)).find((el) => !el.closest(X_NOT_TEXT));
    const text = readText(textElement, maxChars, X_NOT_TEXT);
    if (!text || !textElement) return null;
    const incoming = horizontalSide(textElement, row.closest(X_TIMELINE)) !== 'end';
    const handle = row.querySelector(X_AVATAR_LINK)?.getAttribute('href')?.slice(1);
    const sender = incoming ? handle || labelText(row.ownerDocument.querySelector(X_CONVERSATION_NAME)) || undefined : undefined;
    return { key: stableHash(incoming ? 'in' : 'out', text), text, incoming, ...(sender ? { sender } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(X_COMPOSER),
};
