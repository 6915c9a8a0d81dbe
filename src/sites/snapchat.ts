/**
 * Snapchat for the web (www.snapchat.com/web/<conversation>, formerly
 * web.snapchat.com). The least stable DOM here: classes are short hashes and
 * there are no roles or test ids on messages. What holds: messages come in
 * runs, one list item per run with a `header` naming the sender ("ME" for
 * the teen), and an inner list with one item per message. The selectors are
 * structural for that reason, and the generic fallback backs them up.
 *
 * Sources: shared/REFERENCE.md section 1 (the "ME" header). The inner-list
 * selector below has no public source: issue 11's survey
 * (mathe00/snapchat-chat-bulk-delete-ts) shows `ul` per conversation, `li`
 * groups and `header .nonIntl`; not yet adopted here.
 */
import type { SiteAdapter } from './types';
import { labelText, pathId, readText, stableHash } from './dom';

/** One message: an item of the inner list of a run (`li > div > ul > li`). */
export const SNAPCHAT_ROW = 'main li > div > ul > li';
export const SNAPCHAT_RUN_HEADER = ':scope > header';
export const SNAPCHAT_TEXT = 'span[dir=auto]';
/** A span[dir=auto] inside these is a link card or a control, not the message. */
export const SNAPCHAT_NOT_TEXT = 'a, button, [role=button]';
/** Skipped inside the message's words (a plain link in them is kept). */
export const SNAPCHAT_SKIP_IN_TEXT = 'button, [role=button]';
/**
 * "ME", as the run header reads for the teen's own messages. English only on
 * purpose: a guessed translation would also match a stranger whose display
 * name happens to be that word, and hide their messages as the teen's own.
 */
export const SNAPCHAT_SELF_LABELS = ['me'];
export const SNAPCHAT_COMPOSER = 'main [contenteditable=true], main textarea';
const SNAPCHAT_THREAD = /^\/(?:web\/)?([\w-]{8,})/;

export const snapchatAdapter: SiteAdapter = {
  id: 'snapchat',
  isMessagingPage: (url) => url.hostname === 'web.snapchat.com' || url.pathname.startsWith('/web'),
  threadId: (_doc, url) => pathId(url, SNAPCHAT_THREAD),
  rowSelector: SNAPCHAT_ROW,
  readRow(row, { maxChars }) {
    // The message's own words are its last span[dir=auto]; a quoted reply comes first.
    const spans = Array.from(row.querySelectorAll(SNAPCHAT_TEXT)).filter((el) => !el.closest(SNAPCHAT_NOT_TEXT));
    const text = readText(spans[spans.length - 1], maxChars, SNAPCHAT_SKIP_IN_TEXT);
    if (!text) return null;
    const run = row.parentElement?.parentElement?.parentElement ?? null;
    const header = labelText(run?.querySelector(SNAPCHAT_RUN_HEADER));
    if (!header) return null; // notices ("Rafi took a screenshot") are not runs with a sender
    const incoming = !SNAPCHAT_SELF_LABELS.includes(header.toLowerCase());
    return { key: stableHash(header.toLowerCase(), text), text, incoming, ...(incoming ? { sender: header } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(SNAPCHAT_COMPOSER),
};
