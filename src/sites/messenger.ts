/**
 * Facebook Messenger (www.facebook.com/messages/..., www.messenger.com).
 * Same Comet components as Instagram. Two builds are in the wild:
 * - the grid build: the list `[data-pagelet="MWInboxDetail_MessageList"]`,
 *   rows `[data-pagelet="MWMessageRow"]` / `[role=row]`, the words in a
 *   `div[data-scope="messages_table"][role=gridcell]`. A visually hidden `h5`
 *   ("You sent", or the sender's name) sits on the FIRST cell of a run only:
 *   later cells inherit it. Date separators are rows with an `h4` /
 *   `[data-scope=date_break]`; system lines ("Rafi added Dewi") have no cell.
 * - the log build: the list is `role=log`, each message
 *   `[data-message-id][aria-roledescription=message]` whose aria-label reads
 *   "<time>, <sender>: <words>".
 * The teen's own messages sit on the end side in both (checked first, it
 * needs no words); the labels are the fallback.
 *
 * Sources (read, not copied):
 * - Public scrapers and extensions in the search index (repository names not
 *   shown): `[data-pagelet="MWInboxDetail_MessageList"]` as the list, rows
 *   `div[data-pagelet="MWMessageRow"]`, date rows `div[data-scope="date_break"]`
 *   inside an `h4` ("Last verified: March 2026"), system rows told by their
 *   English text only.
 * - bantAIbuddy-chrome-extension content-scripts/messenger-dom.js (search
 *   index, 2026): `[aria-roledescription="message"]` messages with
 *   `data-message-id`, words in `div[dir=auto]`, aria-label "At 3:08 AM,
 *   Han: ..." / "... You: ...".
 * - shared/REFERENCE.md section 1 (Messenger row): the messages_table
 *   gridcell and the h5 heading; older builds' `[data-testid=outgoing_message]`.
 * - Message requests live under their own path, `/messages/requests/t/<id>`
 *   on facebook.com and `/requests/t/<id>` on messenger.com: several public
 *   tools in the search index list both routes (a Messenger privacy
 *   extension's route table: "Facebook message-request threads",
 *   `/messages/requests/t/redacted-thread`; scrapers waiting for
 *   `a[href*='/messages/requests/t/']`; a thread-href prefix list with
 *   `/requests/t/` and `/messages/requests/t/`). An open request is told by
 *   the URL alone; any other thread path says nothing either way.
 */
import type { SiteAdapter, ThreadContext } from './types';
import { labelText, pathId, previousRows, stableHash } from './dom';
import { metaMessageText, metaOutgoing, saysYouSent } from './meta';

export const MESSENGER_MESSAGES = '[data-pagelet="MWInboxDetail_MessageList"], [aria-label^="Messages in conversation"], [role=log]';
/** The log build's message element (its own row). */
export const MESSENGER_MESSAGE = '[aria-roledescription="message"][data-message-id]';
const ROW_KINDS = `[data-pagelet="MWMessageRow"], [role=row], ${MESSENGER_MESSAGE}`;
export const MESSENGER_ROW = `:is(${MESSENGER_MESSAGES}) :is(${ROW_KINDS})`;
export const MESSENGER_CELL = 'div[data-scope="messages_table"][role=gridcell]';
/** Visually hidden heading of the first message of a run: the sender's name, or "You sent". */
export const MESSENGER_SENDER_HEADING = 'h5';
export const MESSENGER_DATE = 'h4, [data-scope="date_break"]';
export const MESSENGER_OUTGOING_LEGACY = '[data-testid=outgoing_message]';
export const MESSENGER_COMPOSER = '[role=textbox][contenteditable=true][aria-label]';
/** How a log-build aria-label names the teen (exact words only: a stranger may be called "Youssef"). */
export const MESSENGER_SELF_NAMES = new Set(['you', 'tú', 'tu', 'você', 'vous', 'anda', 'ikaw', 'คุณ']);
const MESSENGER_THREAD = /^\/(?:messages\/)?(?:e2ee\/)?(?:requests\/)?t\/([\w.-]+)/;
/** A message request's thread, on either host. */
const MESSENGER_REQUEST = /^\/(?:messages\/)?(?:e2ee\/)?requests\/t\//;

/** The sender named in a log-build aria-label: "<time>, <sender>: <words>" → "<sender>". */
function labelSender(label: string, text: string): string {
  const at = label.indexOf(`: ${text.slice(0, 12)}`);
  if (at <= 0) return '';
  const head = label.slice(0, at);
  return head.slice(head.lastIndexOf(', ') + 1).trim();
}

/** The run's heading: this cell's `h5`, or the nearest earlier one before a date line. */
function runHeading(row: Element): string {
  const own = labelText(row.querySelector(MESSENGER_SENDER_HEADING));
  if (own) return own;
  for (const previous of previousRows(row, MESSENGER_ROW)) {
    if (previous.querySelector(MESSENGER_DATE) || !previous.querySelector(MESSENGER_CELL)) return '';
    const heading = labelText(previous.querySelector(MESSENGER_SENDER_HEADING));
    if (heading) return heading;
  }
  return '';
}

export const messengerAdapter: SiteAdapter = {
  id: 'messenger',
  // messenger.com is all messaging; on facebook.com only /messages/ is.
  isMessagingPage: (url) => url.hostname.endsWith('messenger.com') || url.pathname.startsWith('/messages/'),
  threadId: (_doc, url) => pathId(url, MESSENGER_THREAD),
  rowSelector: MESSENGER_ROW,
  readRow(row, { maxChars }) {
    if (row.querySelector(ROW_KINDS)) return null; // a wrapper around rows: each is read on its own
    if (row.querySelector(MESSENGER_DATE)) return null;
    const logBuild = row.matches(MESSENGER_MESSAGE);
    const cell = logBuild ? row : row.querySelector(MESSENGER_CELL);
    if (!cell) return null; // a system line ("Rafi added Dewi") has no message cell
    const { text, bubble } = metaMessageText(cell, maxChars);
    if (!text || !bubble) return null;
    const label = logBuild ? (row.getAttribute('aria-label') ?? '') : '';
    const heading = logBuild ? labelSender(label, text) : runHeading(row);
    const self = logBuild ? MESSENGER_SELF_NAMES.has(heading.toLowerCase()) : saysYouSent(heading);
    const outgoing = !!row.querySelector(MESSENGER_OUTGOING_LEGACY) || metaOutgoing(bubble, row.closest(MESSENGER_MESSAGES), self ? 'you sent' : '');
    const sender = !outgoing && heading && !self ? heading : undefined;
    const id = row.getAttribute('data-message-id');
    return { key: id ? `mid:${id}` : stableHash(outgoing ? 'out' : 'in', text), text, incoming: !outgoing, ...(sender ? { sender } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(MESSENGER_COMPOSER),
  /** A thread opened from the requests folder has its own path; elsewhere the URL says nothing. */
  threadContext: (_doc, url): ThreadContext => (MESSENGER_REQUEST.test(url.pathname) ? { messageRequest: true } : {}),
};
