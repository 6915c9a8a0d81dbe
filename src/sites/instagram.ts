/**
 * Instagram DMs (www.instagram.com/direct/...). Class names are hashed and
 * change weekly, so only roles and aria labels are used: the message list is
 * `[aria-label^="Messages in conversation"]` ("... with NAME" for one person,
 * "... titled TITLE" for groups), rows are `[role=row]`. The teen's own rows
 * carry a visually hidden "You sent" heading and sit right-aligned. In groups
 * the sender's name shows above the first message of a run only.
 */
import type { SiteAdapter } from './types';
import { labelText, pathId, previousRows, stableHash } from './dom';
import { META_TEXT, metaMessageText, metaOutgoing } from './meta';

export const INSTAGRAM_MESSAGES = '[aria-label^="Messages in conversation"]';
export const INSTAGRAM_ROW = `${INSTAGRAM_MESSAGES} [role=row]`;
/** The visually hidden heading of the teen's own rows ("You sent"). */
export const INSTAGRAM_HIDDEN_LABEL = 'h6';
/** The sender's name above the first message of a run, in group chats. */
export const INSTAGRAM_SENDER = 'span[dir="auto"]';
export const INSTAGRAM_COMPOSER = 'div[role=textbox][contenteditable=true][aria-label]';
const INSTAGRAM_THREAD = /^\/direct\/t\/([\w-]+)/;
const ONE_TO_ONE = /^Messages in conversation with (.+)$/;

function senderLabel(row: Element): string {
  // The name sits outside the bubble, before it; a span[dir=auto] inside the bubble is message text.
  for (const span of Array.from(row.querySelectorAll(INSTAGRAM_SENDER))) {
    if (!span.closest('div[dir="auto"]') && !span.closest('[role=button], a')) return labelText(span);
  }
  return '';
}

export const instagramAdapter: SiteAdapter = {
  id: 'instagram',
  isMessagingPage: (url) => url.pathname.startsWith('/direct/'),
  threadId: (_doc, url) => pathId(url, INSTAGRAM_THREAD),
  rowSelector: INSTAGRAM_ROW,
  readRow(row, { maxChars }) {
    const { text, bubble } = metaMessageText(row, maxChars);
    if (!text || !bubble) return null; // date separators and system lines have no bubble
    const container = row.closest(INSTAGRAM_MESSAGES);
    const incoming = !metaOutgoing(bubble, container, labelText(row.querySelector(INSTAGRAM_HIDDEN_LABEL)));
    let sender: string | undefined;
    if (incoming) {
      sender = senderLabel(row) || undefined;
      for (const previous of sender ? [] : previousRows(row, INSTAGRAM_ROW)) {
        if (!previous.querySelector(META_TEXT)) continue; // a date or system line, not a message
        if (labelText(previous.querySelector(INSTAGRAM_HIDDEN_LABEL))) break; // the teen's row ends the run
        const name = senderLabel(previous);
        if (name) {
          sender = name;
          break;
        }
      }
      sender ??= ONE_TO_ONE.exec(container?.getAttribute('aria-label') ?? '')?.[1];
    }
    return { key: stableHash(incoming ? 'in' : 'out', text), text, incoming, ...(sender ? { sender } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(INSTAGRAM_COMPOSER),
};
