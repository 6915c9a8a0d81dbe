/**
 * Reddit chat (chat.reddit.com, www.reddit.com/chat/). Built from custom
 * elements with open shadow roots: `rs-app` → `rs-room` → `rs-timeline` →
 * `rs-virtual-scroll-dynamic`, whose shadow root holds the
 * `rs-timeline-event[data-id]` rows; each event renders its header
 * (`rs-username` / `span.user-name`, `faceplate-timeago[ts]`) and words
 * (`div.room-message-text`) in its own shadow root. A document-level
 * MutationObserver does not see inside shadow roots, so `roots()` hands the
 * content script each of them to observe. Hosts missing from the chain are
 * stepped over, so a build that puts the events one level higher still reads.
 *
 * The teen's own messages carry `.flex-row-reverse` (a layout a stranger
 * cannot set); where it is missing, the author's name is compared with the
 * logged-in user's `rs-current-user[display-name]`. The name shows on the
 * first message of a run only.
 *
 * Sources (read, not copied):
 * - A Selenium chat monitor and several userscripts in the search index
 *   (repository names not shown): the full host chain down to
 *   `rs-virtual-scroll-dynamic` → shadow → `rs-timeline-event`, `rs-username`,
 *   `.room-message-text`.
 * - reddit-chat-image-purge README (search index, September 2026):
 *   `rs-timeline-event[data-id]` → `div.room-message.regular` → `span.user-name`.
 * - A Reddit chat extension in the search index: `rs-current-user[display-name]`.
 * - Issue 11's survey: `.flex-row-reverse` on own messages.
 */
import type { SiteAdapter } from './types';
import { labelText, pageWide, pathId, previousRows, readText } from './dom';

export const REDDIT_SHADOW_HOSTS = ['rs-app', 'rs-room', 'rs-timeline', 'rs-virtual-scroll-dynamic'] as const;
export const REDDIT_ROW = 'rs-timeline-event[data-id]';
export const REDDIT_TEXT = '.room-message-body > .room-message-text';
export const REDDIT_AUTHOR = '.room-message-header rs-username, .room-message-header span.user-name';
/** The teen's own message: the row is drawn reversed. */
export const REDDIT_OWN = '.flex-row-reverse';
export const REDDIT_NOT_TEXT = 'rs-reactions, rs-link-preview, .reply-preview, faceplate-timeago';
/** The logged-in user's name (`display-name`); the older guess `current-user-name` is kept as a fallback. */
export const REDDIT_SELF = 'rs-current-user[display-name]';
const REDDIT_SELF_GUESSED = 'rs-room[current-user-name], rs-app[current-user-name]';
export const REDDIT_COMPOSER_HOST = 'rs-message-composer';
export const REDDIT_COMPOSER = 'textarea[name=message]';
const REDDIT_THREAD = /^\/(?:chat\/)?room\/([^/?#]+)/;

/** The document and every open shadow root along the chat's custom elements. */
function shadowRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  let scope: ParentNode = doc;
  for (const tag of REDDIT_SHADOW_HOSTS) {
    const host = scope.querySelector(tag);
    if (!host?.shadowRoot) continue; // not in this build: look for the next host in the same scope
    roots.push(host.shadowRoot);
    scope = host.shadowRoot;
  }
  return roots;
}

function selfName(doc: Document): string {
  for (const root of shadowRoots(doc)) {
    const name = root.querySelector(REDDIT_SELF)?.getAttribute('display-name') ?? root.querySelector(REDDIT_SELF_GUESSED)?.getAttribute('current-user-name');
    if (name) return name.replace(/^u\//, '').toLowerCase();
  }
  return '';
}

function authorOf(event: Element): string {
  return labelText((event.shadowRoot ?? event).querySelector(REDDIT_AUTHOR)).replace(/^u\//, '');
}

export const redditAdapter: SiteAdapter = {
  id: 'reddit',
  isMessagingPage: (url) => url.hostname === 'chat.reddit.com' || url.pathname.startsWith('/chat'),
  threadId: (_doc, url) => pathId(url, REDDIT_THREAD),
  rowSelector: REDDIT_ROW,
  roots: shadowRoots,
  readRow(row, { maxChars }) {
    const scope = row.shadowRoot ?? row;
    const text = readText(scope.querySelector(REDDIT_TEXT), maxChars, REDDIT_NOT_TEXT);
    if (!text) return null; // "Rafi joined the chat" and date lines have no message body
    let author = authorOf(row);
    for (const previous of author ? [] : previousRows(row, REDDIT_ROW)) {
      author = authorOf(previous);
      if (author) break;
    }
    const doc = row.ownerDocument;
    const self = pageWide(doc, 'reddit:self', () => selfName(doc));
    const incoming = scope.querySelector(REDDIT_OWN) ? false : !self || author.toLowerCase() !== self;
    const ts = scope.querySelector('faceplate-timeago[ts]')?.getAttribute('ts');
    const at = ts ? Date.parse(ts) : NaN;
    return {
      key: `event:${row.getAttribute('data-id')}`,
      text,
      incoming,
      ...(incoming && author ? { sender: author } : {}),
      ...(Number.isFinite(at) ? { at } : {}),
    };
  },
  findComposer(doc) {
    for (const root of shadowRoots(doc)) {
      const host = root.querySelector(REDDIT_COMPOSER_HOST);
      const field = host?.shadowRoot?.querySelector<HTMLElement>(REDDIT_COMPOSER) ?? host?.querySelector<HTMLElement>(REDDIT_COMPOSER);
      if (field) return field;
    }
    return null;
  },
};
