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
import { horizontalSide, labelText, pageWide, pathId, readText, stableHash } from './dom';

export const X_TIMELINE = '[data-testid=DM_timeline]';
export const X_ROW = `${X_TIMELINE} [data-testid=messageEntry]`;
export const X_TEXT = '[data-testid=tweetText]';
/** The virtualised list's cell around each entry. */
export const X_CELL = '[data-testid=cellInnerDiv]';
export const X_NOT_TEXT = '[data-testid="card.wrapper"], [data-testid=DMQuotedMessage], [role=link]:not(a[href^="http"]), [role=button]';
/** The other person's avatar link on incoming entries (its href is their handle). */
export const X_AVATAR_LINK = '[data-testid=DM_Conversation_Avatar] a[href^="/"]';
export const X_CONVERSATION_NAME = '[data-testid=DM_Conversation_Header] h2';
export const X_COMPOSER = '[data-testid=dmComposerTextInput]';
const X_THREAD = /^\/(?:messages|i\/chat)\/([\w-]+)/;

function handleOf(entry: Element): string | undefined {
  return entry.querySelector(X_AVATAR_LINK)?.getAttribute('href')?.slice(1) || undefined;
}

/** Earlier entries, nearest first: each entry sits in its own virtualised cell, so walk the cells. */
function* previousEntries(entry: Element): Generator<Element> {
  const cell = entry.closest(X_CELL) ?? entry;
  let sibling = cell.previousElementSibling;
  for (let seen = 0; sibling && seen < 40; sibling = sibling.previousElementSibling, seen++) {
    const previous = sibling.matches(X_ROW) ? sibling : sibling.querySelector('[data-testid=messageEntry]');
    if (previous) yield previous;
  }
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  isMessagingPage: (url) => url.pathname.startsWith('/messages') || url.pathname.startsWith('/i/chat'),
  threadId: (_doc, url) => pathId(url, X_THREAD),
  rowSelector: X_ROW,
  readRow(row, { maxChars }) {
    const textElement = Array.from(row.querySelectorAll(X_TEXT)).find((el) => !el.closest(X_NOT_TEXT));
    const text = readText(textElement, maxChars, X_NOT_TEXT);
    if (!text || !textElement) return null;
    const timeline = row.closest(X_TIMELINE);
    const incoming = horizontalSide(textElement, timeline) !== 'end';
    let sender: string | undefined;
    if (incoming) {
      // Group chats show the avatar on the first entry of a run; later entries inherit it.
      sender = handleOf(row);
      for (const previous of sender ? [] : previousEntries(row)) {
        const text = previous.querySelector(X_TEXT);
        if (text && horizontalSide(text, timeline) === 'end') break;
        sender = handleOf(previous);
        if (sender) break;
      }
      const doc = row.ownerDocument;
      sender ||= pageWide(doc, 'x:conversation', () => labelText(doc.querySelector(X_CONVERSATION_NAME)), 500) || undefined;
    }
    return { key: stableHash(incoming ? 'in' : 'out', text), text, incoming, ...(sender ? { sender } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(X_COMPOSER),
};
