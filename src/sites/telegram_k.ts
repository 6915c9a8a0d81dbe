/**
 * Telegram Web K (web.telegram.org/k/), open source (tweb), so its names are
 * semantic: `.bubble[data-mid]` rows with `is-in` / `is-out`, words in
 * `.message`, the sender's `.peer-title` on the first bubble of a group,
 * `data-timestamp` in seconds. Service bubbles (dates, "X joined") carry
 * neither `is-in` nor `is-out`. The chat is in the URL's hash. Only the
 * active chat's bubbles count (tweb keeps other chats' lists in the DOM),
 * and bubbles inside `.bubbles-remover` are being animated away. A channel
 * post is `is-in` too (class `channel-post`): a channel's words are incoming.
 * A negative peer id is a group or channel, a positive one a person.
 *
 * Sources: morethanwords/tweb src/components/chat/bubbles.ts and
 * bubbles/bubbleLayout.tsx (the client's own source); shared/REFERENCE.md.
 */
import type { SiteAdapter, ThreadContext } from './types';
import { labelText, previousRows, readText } from './dom';

export const TELEGRAM_K_ROW = '.chat.active .bubbles-inner .bubble[data-mid]';
export const TELEGRAM_K_TEXT = '.bubble-content .message';
export const TELEGRAM_K_SENDER = '.bubble-content .name .peer-title';
/** Time, reactions, link previews and quoted replies inside `.message`. */
export const TELEGRAM_K_NOT_TEXT = '.time, .reactions, reactions-element, .webpage, .web, .reply, .bubble-beside-button';
export const TELEGRAM_K_COMPOSER = '.input-message-input[contenteditable]:not(.input-field-input-fake)';
export const TELEGRAM_K_ACTIVE_PEER = '.chat.active .chat-info .peer-title[data-peer-id]';

function senderOf(row: Element): string {
  return labelText(row.querySelector(TELEGRAM_K_SENDER));
}

export const telegramKAdapter: SiteAdapter = {
  id: 'telegram_k',
  isMessagingPage: () => true,
  threadId(doc, url) {
    const fromHash = url.hash.replace(/^#/, '');
    return fromHash || doc.querySelector(TELEGRAM_K_ACTIVE_PEER)?.getAttribute('data-peer-id') || null;
  },
  rowSelector: TELEGRAM_K_ROW,
  readRow(row, { maxChars }) {
    const incoming = row.classList.contains('is-in');
    if (row.classList.contains('service') || incoming === row.classList.contains('is-out')) return null;
    if (row.closest('.bubbles-remover')) return null; // leaving the screen, already read
    const text = readText(row.querySelector(TELEGRAM_K_TEXT), maxChars, TELEGRAM_K_NOT_TEXT);
    if (!text) return null;
    let sender: string | undefined;
    if (incoming) {
      sender = senderOf(row) || undefined;
      for (const previous of sender ? [] : previousRows(row, TELEGRAM_K_ROW)) {
        if (!previous.classList.contains('is-in')) break;
        sender = senderOf(previous) || undefined;
        if (sender) break;
      }
    }
    const seconds = Number(row.getAttribute('data-timestamp'));
    return {
      key: `${row.getAttribute('data-peer-id') ?? ''}:${row.getAttribute('data-mid')}`,
      text,
      incoming,
      ...(sender ? { sender } : {}),
      ...(seconds > 0 ? { at: seconds * 1000 } : {}),
    };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(TELEGRAM_K_COMPOSER),
  threadContext(doc, url): ThreadContext {
    const peer = Number(this.threadId(doc, url));
    return Number.isFinite(peer) && peer !== 0 ? { group: peer < 0 } : {};
  },
};
