/**
 * Snapchat for the web (www.snapchat.com/web/<conversation>, formerly
 * web.snapchat.com). The least stable DOM here: classes are short hashes,
 * with no roles or test ids on messages. What public code reading the page
 * shows:
 * - each conversation is a `ul` (class `ujRzj`), and Snapchat keeps the
 *   lists of conversations opened earlier in the DOM: only the visible one
 *   is the open chat;
 * - each top-level `li` of that list is a run of messages by one sender
 *   (container class `T1yt2`), with a `header` (class `R1ne3`) whose
 *   `span.nonIntl` names the sender, "Me" for the teen;
 * - each message of the run is a `div` (class `KB4Aq`), its words in
 *   `span.ogn1z`.
 * Rows are those message divs; the run's header names their sender. A list
 * that is not displayed (an earlier conversation) is skipped. The generic
 * fallback backs all of this up.
 *
 * Sources (read, not copied):
 * - mathe00/snapchat-chat-bulk-delete-ts src/config.ts and src/main.ts:
 *   `.T1yt2` message container with a `header`, `header .nonIntl` used to
 *   pick the teen's own messages, `.KB4Aq` as each message's hover target
 *   (its selectors are marked "Example, verify if still valid").
 * - A Snapchat Web bot in the search index (repository name not shown,
 *   "Snapchat-Specific Bot Implementation"): "one `ul.ujRzj` per
 *   conversation", the visible one being the active chat; `:scope > li`
 *   groups by sender; `header.R1ne3 span.nonIntl` reading exactly "Me" for
 *   outgoing; messages `div.KB4Aq` with text in `span.ogn1z`.
 * - shared/REFERENCE.md section 1: the header shows "ME" (upper-cased by CSS).
 * Modelled without a source: how an earlier conversation's list is hidden
 * (taken as not displayed), quoted replies, link cards and notices.
 */
import type { SiteAdapter } from './types';
import { labelText, pathId, readText, stableHash } from './dom';

/** One message: a message div inside a run of a conversation list. */
export const SNAPCHAT_ROW = 'ul > li .KB4Aq';
/** The run's sender label. */
export const SNAPCHAT_RUN_SENDER = 'header .nonIntl, header';
export const SNAPCHAT_TEXT = 'span.ogn1z, span[dir=auto]';
/** A text span inside these is a quote, a link card or a control, not the message. */
export const SNAPCHAT_NOT_TEXT = 'a, button, [role=button], blockquote';
/** Skipped inside the message's words (a plain link in them is kept). */
export const SNAPCHAT_SKIP_IN_TEXT = 'button, [role=button]';
/**
 * "Me", as the run header reads for the teen's own messages. English only on
 * purpose: a guessed translation would also match a stranger whose display
 * name happens to be that word, and hide their messages as the teen's own.
 */
export const SNAPCHAT_SELF_LABELS = ['me'];
export const SNAPCHAT_COMPOSER = 'main [contenteditable=true], main textarea';
const SNAPCHAT_THREAD = /^\/(?:web\/)?([\w-]{8,})/;

/**
 * Whether each conversation list is displayed, remembered for the current
 * task only: the rows of one list read together share the answer, and a
 * switch of conversation (which hides the list) is seen by the next read.
 */
const displayed = new Map<Element, boolean>();
let clearing = false;

function isDisplayed(list: Element): boolean {
  let value = displayed.get(list);
  if (value !== undefined) return value;
  const element = list as Element & { checkVisibility?: () => boolean };
  // checkVisibility is false under display:none (Chromium 105+, Firefox 106+); `hidden` where it is missing.
  value = typeof element.checkVisibility === 'function' ? element.checkVisibility() : !list.closest('[hidden]');
  displayed.set(list, value);
  if (!clearing) {
    clearing = true;
    queueMicrotask(() => {
      displayed.clear();
      clearing = false;
    });
  }
  return value;
}

/** The run (the conversation list's top-level item) a message belongs to. */
function runOf(row: Element): Element | null {
  let item = row.closest('li');
  while (item?.parentElement?.closest('li')) item = item.parentElement.closest('li');
  return item;
}

export const snapchatAdapter: SiteAdapter = {
  id: 'snapchat',
  isMessagingPage: (url) => url.hostname === 'web.snapchat.com' || url.pathname.startsWith('/web'),
  threadId: (_doc, url) => pathId(url, SNAPCHAT_THREAD),
  rowSelector: SNAPCHAT_ROW,
  readRow(row, { maxChars }) {
    const run = runOf(row);
    const list = run?.parentElement;
    if (!run || !list || !isDisplayed(list)) return null; // an earlier conversation kept in the DOM
    // The message's own words are its last text span; a quoted reply comes first.
    const spans = Array.from(row.querySelectorAll(SNAPCHAT_TEXT)).filter((el) => !el.closest(SNAPCHAT_NOT_TEXT) && !el.parentElement?.closest(SNAPCHAT_TEXT));
    const text = readText(spans[spans.length - 1], maxChars, SNAPCHAT_SKIP_IN_TEXT);
    if (!text) return null;
    const header = labelText(run.querySelector(SNAPCHAT_RUN_SENDER));
    if (!header) return null; // notices ("Rafi took a screenshot") are not runs with a sender
    const incoming = !SNAPCHAT_SELF_LABELS.includes(header.toLowerCase());
    return { key: stableHash(header.toLowerCase(), text), text, incoming, ...(incoming ? { sender: header } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(SNAPCHAT_COMPOSER),
};
