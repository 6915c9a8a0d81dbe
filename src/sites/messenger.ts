/**
 * Facebook Messenger (www.facebook.com/messages/..., www.messenger.com).
 * Same Comet components as Instagram: `[role=row]` rows, a message gridcell
 * `div[data-scope="messages_table"][role=gridcell]`, and on every message an
 * `h5` that reads "You sent" (the teen's own) or the sender's name; rows with
 * an `h4` are date separators. Older builds mark the teen's own messages with
 * `[data-testid=outgoing_message]`.
 */
import type { SiteAdapter } from './types';
import { labelText, pathId, stableHash } from './dom';
import { metaMessageText, metaOutgoing, saysYouSent } from './meta';

export const MESSENGER_MESSAGES = '[aria-label^="Messages in conversation"]';
export const MESSENGER_ROW = `${MESSENGER_MESSAGES} [role=row]`;
export const MESSENGER_CELL = 'div[data-scope="messages_table"][role=gridcell]';
/** Visually hidden heading of each message: the sender's name, or "You sent". */
export const MESSENGER_SENDER_HEADING = 'h5';
export const MESSENGER_DATE_HEADING = 'h4';
export const MESSENGER_OUTGOING_LEGACY = '[data-testid=outgoing_message]';
export const MESSENGER_COMPOSER = '[role=textbox][contenteditable=true][aria-label]';
const MESSENGER_THREAD = /^\/(?:messages\/)?(?:e2ee\/)?t\/([\w.-]+)/;

export const messengerAdapter: SiteAdapter = {
  id: 'messenger',
  // messenger.com is all messaging; on facebook.com only /messages/ is.
  isMessagingPage: (url) => url.hostname.endsWith('messenger.com') || url.pathname.startsWith('/messages/'),
  threadId: (_doc, url) => pathId(url, MESSENGER_THREAD),
  rowSelector: MESSENGER_ROW,
  readRow(row, { maxChars }) {
    if (row.querySelector(MESSENGER_DATE_HEADING)) return null;
    const cell = row.querySelector(MESSENGER_CELL);
    const heading = labelText(cell?.querySelector(MESSENGER_SENDER_HEADING));
    // A system line ("Rafi added Dewi") has no heading: nobody wrote it.
    if (!cell || !heading) return null;
    const { text, bubble } = metaMessageText(cell, maxChars);
    if (!text || !bubble) return null;
    const outgoing = !!row.querySelector(MESSENGER_OUTGOING_LEGACY) || metaOutgoing(bubble, row.closest(MESSENGER_MESSAGES), heading);
    const sender = !outgoing && !saysYouSent(heading) ? heading : undefined;
    return { key: stableHash(outgoing ? 'out' : 'in', text), text, incoming: !outgoing, ...(sender ? { sender } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(MESSENGER_COMPOSER),
};
