/**
 * Telegram Web A (web.telegram.org/a/), open source (telegram-tt):
 * `.message-list-item[data-message-id]` rows, class `own` on the teen's own
 * messages, words in `.text-content` (which also holds the time in
 * `.MessageMeta`), the sender's `.message-title-name` on the first message of
 * a group. Service lines are `.ActionMessage`; date headers `.sticky-date`
 * are not list items. The chat is in the URL's hash; a negative chat id is a
 * group or channel, a positive one a person.
 *
 * Sources: Ajaxy/telegram-tt src/components/middle/message/Message.tsx (the
 * client's own source); shared/REFERENCE.md.
 */
import type { SiteAdapter, ThreadContext } from './types';
import { labelText, previousRows, readText } from './dom';

export const TELEGRAM_A_ROW = '.messages-container .message-list-item[data-message-id]';
export const TELEGRAM_A_TEXT = '.text-content';
export const TELEGRAM_A_SENDER = '.message-title-name';
export const TELEGRAM_A_NOT_TEXT = '.MessageMeta, .Reactions, .EmbeddedMessage, .WebPage, .message-title';
export const TELEGRAM_A_COMPOSER = '#editable-message-text[role=textbox]';

function senderOf(row: Element): string {
  return labelText(row.querySelector(TELEGRAM_A_SENDER));
}

export const telegramAAdapter: SiteAdapter = {
  id: 'telegram_a',
  isMessagingPage: () => true,
  threadId: (_doc, url) => url.hash.replace(/^#/, '') || null,
  rowSelector: TELEGRAM_A_ROW,
  readRow(row, { maxChars }) {
    if (row.classList.contains('ActionMessage')) return null;
    const textElement = Array.from(row.querySelectorAll(TELEGRAM_A_TEXT)).find((el) => !el.closest('.EmbeddedMessage, .WebPage'));
    const text = readText(textElement, maxChars, TELEGRAM_A_NOT_TEXT);
    if (!text) return null;
    const incoming = !row.classList.contains('own');
    let sender: string | undefined;
    if (incoming) {
      sender = senderOf(row) || undefined;
      for (const previous of sender ? [] : previousRows(row, TELEGRAM_A_ROW)) {
        if (previous.classList.contains('own') || previous.classList.contains('ActionMessage')) break;
        sender = senderOf(previous) || undefined;
        if (sender) break;
      }
    }
    return { key: `msg:${row.getAttribute('data-message-id')}`, text, incoming, ...(sender ? { sender } : {}) };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(TELEGRAM_A_COMPOSER),
  threadContext(_doc, url): ThreadContext {
    const chat = Number(url.hash.replace(/^#/, ''));
    return Number.isFinite(chat) && chat !== 0 ? { group: chat < 0 } : {};
  },
};
