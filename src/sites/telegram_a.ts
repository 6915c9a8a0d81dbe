/**
 * Telegram Web A (web.telegram.org/a/), open source (telegram-tt):
 * `.message-list-item[data-message-id]` rows, class `own` on the teen's own
 * messages, words in `.text-content` (which also holds the time in
 * `.MessageMeta`), the sender's `.message-title-name` on the first message of
 * a group. Service lines are `.ActionMessage`; date headers `.sticky-date`
 * are not list items. The chat is in the URL's hash; a negative chat id is a
 * group or channel, a positive one a person.
 *
 * `.text-content` holds more than the words: while a translation loads, a
 * second copy of the text sits in `.translation-animation > .text-loading`,
 * and a fact-check note (`FactCheck`, a `PeerColorWrapper` div whose classes
 * are CSS-module hashes plus `peer-color-<n>`) follows the words. Both are
 * skipped; only the message's own words are read.
 *
 * A one-to-one chat with someone who is not a contact shows the
 * `.ChatReportPane` bar ("Add contact" / "Block user" / "Report spam"): the
 * pane renders only when the server's peer settings allow one of those
 * actions, which it does for non-contacts. Its buttons carry only language
 * pack text, so the pane itself is the anchor.
 *
 * Sources: Ajaxy/telegram-tt (the client's own source):
 * src/components/middle/message/Message.tsx (row, `own`, `.text-content`
 * with `.translation-animation` and `<FactCheck>` inside it),
 * src/components/middle/message/FactCheck.tsx and
 * src/components/common/PeerColorWrapper.tsx (the fact-check's wrapper),
 * src/components/middle/panes/ChatReportPane.tsx (the non-contact bar:
 * `canAddContact` / `canBlockContact` / `canReportSpam`); shared/REFERENCE.md.
 */
import type { SiteAdapter, ThreadContext } from './types';
import { labelText, previousRows, readText } from './dom';

export const TELEGRAM_A_ROW = '.messages-container .message-list-item[data-message-id]';
export const TELEGRAM_A_TEXT = '.text-content';
export const TELEGRAM_A_SENDER = '.message-title-name';
/** Inside `.text-content`: time, reactions, quotes, link cards, the translation's loading copy and a fact-check note. */
export const TELEGRAM_A_NOT_TEXT =
  '.MessageMeta, .Reactions, .EmbeddedMessage, .WebPage, .message-title, .translation-animation, .text-loading, .text-content > div[class*="peer-color-"]';
/** The bar over a one-to-one chat with a non-contact (add contact / block / report spam). */
export const TELEGRAM_A_REPORT_PANE = '.ChatReportPane';
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
  threadContext(doc, url): ThreadContext {
    const chat = Number(url.hash.replace(/^#/, ''));
    if (!Number.isFinite(chat) || chat === 0) return {};
    if (chat < 0) return { group: true };
    // The pane shows for non-contacts only; its absence says nothing (it can be dismissed).
    return doc.querySelector(TELEGRAM_A_REPORT_PANE) ? { group: false, knownContact: false } : { group: false };
  },
};
