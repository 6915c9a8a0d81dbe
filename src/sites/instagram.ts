/**
 * Instagram DMs (www.instagram.com/direct/...). Class names are hashed and
 * change weekly, so only data attributes, roles and structure are used; no
 * English label is needed to find or read a message.
 *
 * Two builds are in the wild, and both are read:
 * - the current one: the open thread is `[data-pagelet="IGDOpenMessageList"]`
 *   (also seen as `IGDMessagesList`), each message a `[role=group][tabindex="-1"]`
 *   inside its own virtualised item, the bubble a `[role=presentation]`, and
 *   the other person's messages carry a link to their profile (avatar);
 * - the older one: rows `[role=row]` in a grid labelled "Messages in
 *   conversation ...", the bubble a `div[role=button]` ("Double tap to like")
 *   around the `div[dir=auto]` words, and a hidden "You sent" / "You replied
 *   to" heading on the teen's own rows.
 * The teen's own messages sit on the end side in both.
 *
 * Sources (read, not copied):
 * - xafn/instafn src/content/features/_shared/dm-message-actions.js: the
 *   `[role=group][tabindex="-1"]` message, `[role=presentation]` bubble,
 *   `data-pagelet` IGDMessagesList / IGDOpenMessageList list, one virtualised
 *   item per message, sent/received by alignment, the received message's
 *   profile link, the `IGDComposer` pagelet around the compose box.
 * - thoughtsunificator/instagram-dm-unsender (src/instagram/): the older
 *   `[role=row]` build and its hidden "You sent" marker.
 * - Public scrapers found by the search index (no repository name shown):
 *   `div[data-pagelet="IGDOpenMessageList"] div[role="grid"]` and the
 *   `[aria-label*="Messages in conversation"]` fallback.
 * Unsourced, modelled: the exact placement of the group sender's name and of
 * the "replied to" label (as the Messenger build draws them).
 */
import type { SiteAdapter } from './types';
import { labelText, pathId, previousRows, stableHash } from './dom';
import { META_TEXT, metaMessageText, metaOutgoing } from './meta';

/** The open thread's message list, by data attribute first; the English label is the last resort. */
export const INSTAGRAM_MESSAGES = '[data-pagelet="IGDOpenMessageList"], [data-pagelet="IGDMessagesList"], [aria-label^="Messages in conversation"]';
/** One message: the current build's group, or the older build's row. */
export const INSTAGRAM_MESSAGE = '[role=group][tabindex="-1"], [role=row]';
export const INSTAGRAM_ROW = `:is(${INSTAGRAM_MESSAGES}) :is(${INSTAGRAM_MESSAGE})`;
/** The visually hidden heading of the teen's own rows in the older build ("You sent", "You replied to"). */
export const INSTAGRAM_HIDDEN_LABEL = 'h6';
/** The sender's name above the first message of a run, in group chats. */
export const INSTAGRAM_SENDER = 'span[dir="auto"]';
/** The other person's avatar: a link to their profile (`/<handle>/`) around an image, outside the bubble. */
export const INSTAGRAM_PROFILE_LINK = 'a[href^="/"]:not([href^="/direct/"]) img';
export const INSTAGRAM_COMPOSER =
  '[data-pagelet^="IGDComposer"] [contenteditable=true], div[role=textbox][contenteditable=true][aria-label]';
const INSTAGRAM_THREAD = /^\/direct\/t\/([\w-]+)/;
const ONE_TO_ONE = /^Messages in conversation with (.+)$/;

/** The group's name label above a run, or ''; never the "replied to" label that sits above a quote. */
function senderLabel(row: Element, bubble: Element | null): string {
  for (const span of Array.from(row.querySelectorAll(INSTAGRAM_SENDER))) {
    if (span.closest('div[dir="auto"], [role=button], a')) continue;
    // A label followed by a quote (a button that is not the bubble's own) says who replied to whom.
    const next = span.closest(`${INSTAGRAM_MESSAGE} > *`)?.nextElementSibling ?? span.parentElement?.nextElementSibling;
    if (next?.matches('[role=button]') && !(bubble && next.contains(bubble))) continue;
    return labelText(span);
  }
  return '';
}

function isOwn(row: Element, bubble: Element): boolean {
  // The other person's profile link is a stronger sign than alignment (a stranger cannot put it on the teen's side).
  const avatar = row.querySelector(INSTAGRAM_PROFILE_LINK);
  if (avatar && !bubble.contains(avatar)) return false;
  return metaOutgoing(bubble, row.closest(INSTAGRAM_MESSAGES), labelText(row.querySelector(INSTAGRAM_HIDDEN_LABEL)));
}

export const instagramAdapter: SiteAdapter = {
  id: 'instagram',
  isMessagingPage: (url) => url.pathname.startsWith('/direct/'),
  threadId: (_doc, url) => pathId(url, INSTAGRAM_THREAD),
  rowSelector: INSTAGRAM_ROW,
  readRow(row, { maxChars }) {
    // An older-build row around a current-build group: the group is read on its own.
    if (row.matches('[role=row]') && row.querySelector('[role=group][tabindex="-1"]')) return null;
    const { text, bubble } = metaMessageText(row, maxChars);
    if (!text || !bubble) return null; // date separators and system lines have no bubble
    const incoming = !isOwn(row, bubble);
    let sender: string | undefined;
    if (incoming) {
      sender = senderLabel(row, bubble) || undefined;
      for (const previous of sender ? [] : previousRuns(row)) {
        if (!previous.querySelector(META_TEXT)) continue; // a date or system line, not a message
        const previousBubble = metaMessageText(previous, 200).bubble;
        if (!previousBubble || isOwn(previous, previousBubble)) break; // the teen's message ends the run
        const name = senderLabel(previous, previousBubble);
        if (name) {
          sender = name;
          break;
        }
      }
      const container = row.closest(INSTAGRAM_MESSAGES);
      sender ??= ONE_TO_ONE.exec(container?.getAttribute('aria-label') ?? '')?.[1];
    }
    return { key: stableHash(incoming ? 'in' : 'out', text), text, incoming, ...(sender ? { sender } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(INSTAGRAM_COMPOSER),
};

/**
 * Earlier messages, nearest first. The current build wraps each message in a
 * virtualised item of its own, so siblings are the items, not the groups.
 */
function* previousRuns(row: Element): Generator<Element> {
  if (row.matches('[role=row]')) {
    yield* previousRows(row, INSTAGRAM_ROW);
    return;
  }
  let item: Element = row;
  while (item.parentElement && !item.parentElement.matches(INSTAGRAM_MESSAGES) && !item.previousElementSibling) item = item.parentElement;
  let sibling = item.previousElementSibling;
  for (let seen = 0; sibling && seen < 40; sibling = sibling.previousElementSibling, seen++) {
    const group = sibling.matches(INSTAGRAM_MESSAGE) ? sibling : sibling.querySelector('[role=group][tabindex="-1"]');
    if (group) yield group;
    else yield sibling; // a date or system line: the caller skips it
  }
}
