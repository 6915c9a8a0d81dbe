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
 * A one-to-one chat with someone who is not a contact shows the "actions"
 * plate under the top bar (`.pinned-container.pinned-actions`, without
 * `hide`), whose `.pinned-actions-button`s offer add contact / block /
 * report spam: tweb fills it from the peer's settings (`add_contact`,
 * `block_contact`, `report_spam` flags), which the server sets for
 * non-contacts. The older build names each button's flag in `data-key`; the
 * newer one only has the button's language-pack text, so the plate itself is
 * the anchor.
 *
 * Sources: morethanwords/tweb (the client's own source):
 * src/components/chat/bubbles.ts and bubbles/bubbleLayout.tsx (rows);
 * src/components/chat/actions.ts (older, `ChatActions extends PinnedContainer`,
 * buttons `.pinned-actions-button[data-key]`) and actions.tsx +
 * topbarPlate.tsx (newer, `pinned-container pinned-${modifier}` with `hide`);
 * src/components/chat/pinnedContainer.ts (the `hide` toggle); shared/REFERENCE.md.
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
/** The open chat's add-contact / block / report-spam plate, when shown. */
export const TELEGRAM_K_ACTIONS_PLATE = '.chat.active .pinned-container.pinned-actions:not(.hide) .pinned-actions-button';
/** The peer-settings flags tweb shows only for a non-contact (older build's `data-key`). */
const NON_CONTACT_KEYS = new Set(['add_contact', 'block_contact', 'report_spam']);

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
    if (!Number.isFinite(peer) || peer === 0) return {};
    if (peer < 0) return { group: true };
    const buttons = Array.from(doc.querySelectorAll(TELEGRAM_K_ACTIONS_PLATE));
    // Without data-key (newer build) any button of the plate is one of the non-contact actions.
    const stranger = buttons.some((button) => {
      const key = button.getAttribute('data-key');
      return key === null || NON_CONTACT_KEYS.has(key);
    });
    return stranger ? { group: false, knownContact: false } : { group: false };
  },
};
