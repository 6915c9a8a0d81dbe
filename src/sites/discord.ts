/**
 * Discord (discord.com/channels/...). Ids carry the meaning, classes are
 * `name_hash`: the list is `ol[data-list-id="chat-messages"]`, each message a
 * `li[id="chat-messages-<channel>-<message>"]` whose words are in
 * `#message-content-<message>` (a quoted reply shows the replied-to message's
 * `message-content-<other id>` inside the same row, so the id must match).
 * The author's name shows on the first message of a group only; later ones
 * inherit it. Discord marks nothing as "mine": the author is compared with
 * the logged-in user's panel.
 */
import type { SiteAdapter } from './types';
import { labelText, pageWide, pathId, previousRows, readText } from './dom';

export const DISCORD_ROW = 'ol[data-list-id="chat-messages"] li[id^="chat-messages-"]';
export const DISCORD_USERNAME = 'span[id^="message-username-"]';
/** The logged-in user's panel, bottom left: display name, then handle. */
export const DISCORD_SELF_NAMES = 'section[aria-label="User area"] [class*="panelTitleContainer"], section[aria-label="User area"] [class*="panelSubtextContainer"]';
export const DISCORD_NOT_TEXT = '[class*="repliedMessage"], [id^="message-accessories-"], time, [class*="timestamp"]';
export const DISCORD_COMPOSER = '[role=textbox][data-slate-editor=true]';
const DISCORD_THREAD = /^\/channels\/([\w@]+\/[\w-]+)/;

/** The author's name as shown (the `data-text` of the username span when present). */
function authorOf(row: Element): string {
  const span = row.querySelector(DISCORD_USERNAME);
  if (!span || span.closest(DISCORD_NOT_TEXT)) return '';
  return span.querySelector('[data-text]')?.getAttribute('data-text') ?? labelText(span);
}

export const discordAdapter: SiteAdapter = {
  id: 'discord',
  isMessagingPage: (url) => url.pathname.startsWith('/channels/'),
  threadId: (_doc, url) => pathId(url, DISCORD_THREAD),
  rowSelector: DISCORD_ROW,
  readRow(row, { maxChars }) {
    const messageId = row.id.split('-').pop() ?? '';
    // Only digits: safe inside an attribute selector.
    const content = /^\d+$/.test(messageId) ? row.querySelector(`[id="message-content-${messageId}"]`) : null;
    if (!content) return null; // system messages have no content block
    const text = readText(content, maxChars, DISCORD_NOT_TEXT);
    if (!text) return null;
    let author = authorOf(row);
    for (const previous of author ? [] : previousRows(row, DISCORD_ROW)) {
      author = authorOf(previous);
      if (author) break;
    }
    const doc = row.ownerDocument;
    const self = pageWide(doc, 'discord:self', () => new Set(Array.from(doc.querySelectorAll(DISCORD_SELF_NAMES), (el) => labelText(el).toLowerCase()).filter(Boolean)));
    const incoming = !self.has(author.toLowerCase());
    const time = row.querySelector(`time[id="message-timestamp-${messageId}"]`)?.getAttribute('datetime');
    const at = time ? Date.parse(time) : NaN;
    return {
      key: row.id,
      text,
      incoming,
      ...(incoming && author ? { sender: author } : {}),
      ...(Number.isFinite(at) ? { at } : {}),
    };
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(DISCORD_COMPOSER),
};
