/**
 * X direct messages. Two clients are in the wild, and both are read:
 * - X Chat (x.com/i/chat/<id>; x.com/messages now redirects there), drawn
 *   inside an OPEN shadow root under `[data-testid="xchatEmbedRoute"]`:
 *   `[data-testid="dm-conversation-panel"]` → `[data-testid="dm-message-list"]`
 *   → rows `[data-testid="message-<id>"][data-dm-message-row="<id>"]`, words
 *   in `[data-testid="message-text-<id>"]`, a hidden `<id>-sender` label.
 *   The row is laid out `justify-end` when the teen sent it, `justify-start`
 *   when the other person did (a layout class a stranger cannot set).
 * - the older timeline (x.com/messages/...): `[data-testid=DM_timeline]`
 *   holds `[data-testid=messageEntry]` rows with words in
 *   `[data-testid=tweetText]`; own messages are told by alignment only.
 * A quoted reply or a link card inside a row has its own text, which is skipped.
 *
 * Sources (read, not copied):
 * - comicchang/twitter-dm-to-obsidian, twitter-dm-to-obsidian.user.js and
 *   README.md (verified 2026-03): dm-conversation-panel, dm-message-list > ul >
 *   li > [data-testid^="message-"], the grid-area content, recycled li.
 * - X Chat readers in the search index (repository names not shown):
 *   xchatEmbedRoute's open shadow root, `data-dm-message-row`, `message-text-*`,
 *   justify-end / justify-start, hidden `*-sender` labels, `dm-composer-textarea`,
 *   group ids `g<digits>` and one-to-one ids `<id>-<id>`.
 * - shared/REFERENCE.md section 1 (X row): the older timeline.
 * - X Chat automation tools in the search index (repository names not
 *   shown; a Python adapter with its tests, and a TypeScript CLI): the
 *   requests folders `/i/chat/requests` and `/i/chat/requests/other`, a
 *   request conversation opened under them (`/i/chat/requests/other/10-20`),
 *   and in it `[data-testid="dm-message-request-prompt"]` with
 *   `[data-testid="dm-message-request-accept-button"]` in place of the
 *   composer until the teen accepts.
 * Sources disagree on `ul li` or `div[data-dm-item-key]` items: neither is used.
 */
import type { SiteAdapter, ThreadContext } from './types';
import { horizontalSide, labelText, pageWide, pathId, readText, stableHash } from './dom';

/** The X Chat client's shadow host. */
export const X_CHAT_HOST = '[data-testid="xchatEmbedRoute"]';
export const X_CHAT_LIST = '[data-testid="dm-message-list"]';
export const X_CHAT_ROW = `${X_CHAT_LIST} [data-dm-message-row]`;
export const X_CHAT_TEXT = '[data-testid^="message-text-"]';
/** Quoted replies, link cards and reactions inside a chat row. */
export const X_CHAT_NOT_TEXT = 'a[href]:not([href^="http"]), [data-testid*="reply"], [data-testid*="quote"], button, [style*="grid-area: actions"]';
export const X_CHAT_NAME = '[data-testid="dm-conversation-username"], [data-testid="dm-conversation-header"] a';
export const X_CHAT_COMPOSER = 'textarea[data-testid="dm-composer-textarea"]';

export const X_TIMELINE = '[data-testid=DM_timeline]';
export const X_TIMELINE_ROW = `${X_TIMELINE} [data-testid=messageEntry]`;
export const X_ROW = `${X_TIMELINE_ROW}, ${X_CHAT_ROW}`;
export const X_TEXT = '[data-testid=tweetText]';
/** The virtualised list's cell around each entry. */
export const X_CELL = '[data-testid=cellInnerDiv]';
export const X_NOT_TEXT = '[data-testid="card.wrapper"], [data-testid=DMQuotedMessage], [role=link]:not(a[href^="http"]), [role=button]';
/** The other person's avatar link on incoming entries (its href is their handle). */
export const X_AVATAR_LINK = '[data-testid=DM_Conversation_Avatar] a[href^="/"]';
export const X_CONVERSATION_NAME = '[data-testid=DM_Conversation_Header] h2';
export const X_COMPOSER = '[data-testid=dmComposerTextInput]';
export const X_REQUEST_PROMPT = '[data-testid="dm-message-request-prompt"], [data-testid="dm-message-request-accept-button"]';
/** A conversation id after /messages/ or /i/chat/ (request folders `requests/` and `requests/other/` stepped over). */
const X_THREAD = /^\/(?:messages|i\/chat)\/(?:requests\/(?:other\/)?)?([\w-]+)/;
const X_REQUEST_PATH = /^\/(?:messages|i\/chat)\/requests\/(?:other\/)?[\w-]+/;
const X_FOLDERS = new Set(['requests', 'other', 'compose']);

function handleOf(entry: Element): string | undefined {
  return entry.querySelector(X_AVATAR_LINK)?.getAttribute('href')?.slice(1) || undefined;
}

/** Earlier rows (`rowSubject`: a simple selector), nearest first: each sits in its own list item or virtualised cell, so walk those. */
function* previousEntries(entry: Element, itemSelector: string, rowSubject: string): Generator<Element> {
  const cell = entry.closest(itemSelector) ?? entry;
  let sibling = cell.previousElementSibling;
  for (let seen = 0; sibling && seen < 40; sibling = sibling.previousElementSibling, seen++) {
    const previous = sibling.matches(rowSubject) ? sibling : sibling.querySelector(rowSubject);
    if (previous) yield previous;
  }
}

/** The document, and the X Chat client's open shadow root when it is on the page. */
function chatRoots(doc: Document): ParentNode[] {
  const root = doc.querySelector(X_CHAT_HOST)?.shadowRoot;
  return root ? [doc, root] : [doc];
}

function readChatRow(row: Element, maxChars: number): ReturnType<SiteAdapter['readRow']> {
  const textElement = Array.from(row.querySelectorAll(X_CHAT_TEXT)).find((el) => !el.parentElement?.closest(X_CHAT_NOT_TEXT));
  const text = readText(textElement, maxChars, X_CHAT_NOT_TEXT);
  if (!text || !textElement) return null;
  const side = horizontalSide(textElement, row.closest(X_CHAT_LIST)) ?? (/\bjustify-end\b/.test(row.className) ? 'end' : undefined);
  const incoming = side !== 'end';
  const id = row.getAttribute('data-dm-message-row') || row.getAttribute('data-testid') || '';
  let sender: string | undefined;
  if (incoming) {
    const senderOf = (r: Element): string => labelText(r.querySelector('[id$="-sender"]'));
    sender = senderOf(row) || undefined;
    for (const previous of sender ? [] : previousEntries(row, 'li, [data-dm-item-key]', '[data-dm-message-row]')) {
      sender = senderOf(previous) || undefined;
      if (sender) break;
    }
    const scope = row.getRootNode() as ParentNode;
    sender ||= pageWide(row.ownerDocument, 'x:chat-name', () => labelText(scope.querySelector(X_CHAT_NAME)), 500) || undefined;
  }
  return { key: id ? `chat:${id}` : stableHash(incoming ? 'in' : 'out', text), text, incoming, ...(sender ? { sender } : {}) };
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  isMessagingPage: (url) => url.pathname.startsWith('/messages') || url.pathname.startsWith('/i/chat'),
  threadId(_doc, url) {
    const id = pathId(url, X_THREAD);
    return id && !X_FOLDERS.has(id) ? id : null;
  },
  rowSelector: X_ROW,
  roots: chatRoots,
  readRow(row, { maxChars }) {
    if (row.hasAttribute('data-dm-message-row')) return readChatRow(row, maxChars);
    const textElement = Array.from(row.querySelectorAll(X_TEXT)).find((el) => !el.closest(X_NOT_TEXT));
    const text = readText(textElement, maxChars, X_NOT_TEXT);
    if (!text || !textElement) return null;
    const timeline = row.closest(X_TIMELINE);
    const incoming = horizontalSide(textElement, timeline) !== 'end';
    let sender: string | undefined;
    if (incoming) {
      // Group chats show the avatar on the first entry of a run; later entries inherit it.
      sender = handleOf(row);
      for (const previous of sender ? [] : previousEntries(row, X_CELL, '[data-testid=messageEntry]')) {
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
  findComposer(doc) {
    for (const root of chatRoots(doc)) {
      const composer = root.querySelector<HTMLElement>(`${X_CHAT_COMPOSER}, ${X_COMPOSER}`);
      if (composer) return composer;
    }
    return null;
  },
  /**
   * Group ids are `g<digits>`; one-to-one ids join the two people's ids
   * (`<id>-<id>`). A conversation opened from a requests folder, or showing
   * the accept prompt, is a message request not yet accepted.
   */
  threadContext(doc, url): ThreadContext {
    const id = this.threadId(doc, url);
    const context: ThreadContext = {};
    if (id && /^g\d+$/.test(id)) context.group = true;
    else if (id && /^\d+-\d+$/.test(id)) context.group = false;
    const prompt = typeof doc.querySelector === 'function' && chatRoots(doc).some((root) => root.querySelector(X_REQUEST_PROMPT));
    if (X_REQUEST_PATH.test(url.pathname) || prompt) context.messageRequest = true;
    return context;
  },
};
