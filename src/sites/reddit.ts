/**
 * Reddit chat (chat.reddit.com, www.reddit.com/chat/). Built from custom
 * elements with open shadow roots: `rs-app` → `rs-room` → `rs-timeline`, whose
 * shadow root holds `rs-timeline-event[data-id]` rows; each event renders its
 * header (`span.user-name`, `faceplate-timeago[ts]`) and words
 * (`div.room-message-text`) in its own shadow root. A document-level
 * MutationObserver does not see inside shadow roots, so `roots()` hands the
 * content script each of them to observe. The author's name is compared with
 * the logged-in user's; the name shows on the first message of a run only.
 */
import type { SiteAdapter } from './types';
import { labelText, pageWide, pathId, previousRows, readText } from './dom';

export const REDDIT_SHADOW_HOSTS = ['rs-app', 'rs-room', 'rs-timeline'] as const;
export const REDDIT_ROW = 'rs-timeline-event[data-id]';
export const REDDIT_TEXT = '.room-message-body > .room-message-text';
export const REDDIT_AUTHOR = '.room-message-header span.user-name';
export const REDDIT_NOT_TEXT = 'rs-reactions, rs-link-preview, .reply-preview, faceplate-timeago';
/**
 * The logged-in user's name. Unverified: taken from the room's
 * `current-user-name` attribute, then a header profile link.
 */
export const REDDIT_SELF = 'rs-room[current-user-name], rs-app[current-user-name]';
export const REDDIT_COMPOSER_HOST = 'rs-message-composer';
export const REDDIT_COMPOSER = 'textarea[name=message]';
const REDDIT_THREAD = /^\/(?:chat\/)?room\/([^/?#]+)/;

/** The document and every open shadow root along the chat's custom elements. */
function shadowRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  let scope: ParentNode = doc;
  for (const tag of REDDIT_SHADOW_HOSTS) {
    const host = scope.querySelector(tag);
    if (!host?.shadowRoot) break;
    roots.push(host.shadowRoot);
    scope = host.shadowRoot;
  }
  return roots;
}

function selfName(doc: Document): string {
  for (const root of shadowRoots(doc)) {
    const name = root.querySelector(REDDIT_SELF)?.getAttribute('current-user-name');
    if (name) return name.toLowerCase();
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
    const incoming = !self || author.toLowerCase() !== self;
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
