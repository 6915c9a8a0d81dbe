/**
 * Discord (discord.com/channels/...). Ids carry the meaning, classes are
 * `name_hash`: the list is `ol[data-list-id="chat-messages"]`, each message a
 * `li[id="chat-messages-<channel>-<message>"]` whose words are in
 * `#message-content-<message>` (a quoted reply shows the replied-to message's
 * `message-content-<other id>` inside the same row, so the id must match).
 * The author's name shows on the first message of a group only; later ones
 * inherit it. On a reply, the replied-to message's author comes first in the
 * row, so the author is `#message-username-<this message's id>`, never the
 * first username span. A forwarded message has no `message-content-<id>`: its
 * words are in `message-accessories-<id>`. Discord marks nothing as "mine",
 * so the author is compared with the logged-in user: by user id first, read
 * from avatar image URLs (`cdn.discordapp.com/avatars/<user id>/<hash>`, or
 * `/guilds/<g>/users/<user id>/avatars/` for a per-server avatar) on the
 * message group's first message and in the user panel. An id cannot be
 * copied by a stranger and does not change with per-server nicknames. Where
 * either side shows no id (a default avatar, `/embed/avatars/<n>.png`), the
 * display name and handle are compared instead (a copied name could fool
 * that, so it only decides which messages are left out as the teen's own).
 *
 * Sources (read, not copied): shared/REFERENCE.md section 1 (Discord row);
 * Sudo-Ivan/cryptic-chat-extension js/discord.js and js/discord-parse.js;
 * public Discord readers in the search index (`li[id^="chat-messages-"]`,
 * `div[role="article"][aria-roledescription="Message"]`, `[id^="message-content-"]`);
 * issue 11's survey for replies and forwarded messages; user ids in avatar
 * URLs: public Discord userscripts and tools in the search index (repository
 * names not shown) that take the user id from `img[src*="cdn.discordapp.com/avatars/"]`
 * in the page with `/avatars\/(\d+)\//`, the logged-in user's from the same
 * kind of image, and per-server avatars from `/guilds/<g>/users/<id>/avatars/`.
 */
import type { SiteAdapter, ThreadContext } from './types';
import { labelText, pageWide, pathId, previousRows, readText } from './dom';

export const DISCORD_ROW = 'ol[data-list-id="chat-messages"] li[id^="chat-messages-"]';
export const DISCORD_USERNAME = 'span[id^="message-username-"]';
/** The logged-in user's panel, bottom left: display name, then handle. */
export const DISCORD_SELF_NAMES = 'section[aria-label="User area"] [class*="panelTitleContainer"], section[aria-label="User area"] [class*="panelSubtextContainer"]';
/** An avatar image whose URL carries a user id. */
export const DISCORD_AVATAR = 'img[src*="avatars/"]';
/** The logged-in user's avatar in the user panel (by label, and by the panel's class where the label is translated). */
export const DISCORD_SELF_AVATAR = `section[aria-label="User area"] ${DISCORD_AVATAR}, section[class*="panels_"] ${DISCORD_AVATAR}`;
const AVATAR_USER_ID = /\/users\/(\d{5,})\/avatars\/|\/avatars\/(\d{5,})\//;
export const DISCORD_NOT_TEXT = '[class*="repliedMessage"], [id^="message-accessories-"], time, [class*="timestamp"]';
/** Inside a forwarded message's accessories, the forwarded words (embeds and reactions are not). */
export const DISCORD_FORWARDED_TEXT = '[class*="messageContent"], [class*="markup"]';
const DISCORD_NOT_FORWARDED_TEXT = 'article, [class*="embed"], [class*="reaction"], time, [class*="timestamp"], [class*="forwardBreadcrumb"], [class*="repliedMessage"]';
export const DISCORD_COMPOSER = '[role=textbox][data-slate-editor=true]';
const DISCORD_THREAD = /^\/channels\/([\w@]+\/[\w-]+)/;

/** This message's author as shown: `#message-username-<id>` (never a replied-to author), its `data-text` first. */
function authorOf(row: Element): string {
  const id = messageIdOf(row);
  const span = id ? row.querySelector(`[id="message-username-${id}"]`) : null;
  if (!span || span.closest(DISCORD_NOT_TEXT)) return '';
  return span.getAttribute('data-text') ?? span.querySelector('[data-text]')?.getAttribute('data-text') ?? labelText(span);
}

/** The user id in an avatar URL, or '' (default avatars carry none). */
function userIdOf(img: Element | null | undefined): string {
  const match = AVATAR_USER_ID.exec(img?.getAttribute('src') ?? '');
  return match?.[1] ?? match?.[2] ?? '';
}

/**
 * The author's user id from this row's own avatar (never the replied-to
 * author's small avatar): the id, '' for a default avatar (which carries
 * none), undefined when the row shows no avatar at all.
 */
function authorIdOf(row: Element): string | undefined {
  const avatar = Array.from(row.querySelectorAll(DISCORD_AVATAR)).find((img) => !img.closest(DISCORD_NOT_TEXT));
  return avatar ? userIdOf(avatar) : undefined;
}

/** The message id at the end of `chat-messages-<channel>-<message>`; only digits, so safe inside a selector. */
function messageIdOf(row: Element): string {
  const id = row.id.split('-').pop() ?? '';
  return /^\d+$/.test(id) ? id : '';
}

/** The words of a forwarded message, in its accessories (it has no content block of its own). */
function forwardedText(row: Element, id: string, maxChars: number): string {
  const accessories = row.querySelector(`[id="message-accessories-${id}"]`);
  const words = Array.from(accessories?.querySelectorAll(DISCORD_FORWARDED_TEXT) ?? []).find((el) => !el.closest(DISCORD_NOT_FORWARDED_TEXT));
  return readText(words, maxChars, DISCORD_NOT_FORWARDED_TEXT);
}

export const discordAdapter: SiteAdapter = {
  id: 'discord',
  isMessagingPage: (url) => url.pathname.startsWith('/channels/'),
  threadId: (_doc, url) => pathId(url, DISCORD_THREAD),
  rowSelector: DISCORD_ROW,
  readRow(row, { maxChars }) {
    const messageId = messageIdOf(row);
    if (!messageId) return null;
    const content = row.querySelector(`[id="message-content-${messageId}"]`);
    // A forwarded message keeps its words in the accessories; system messages have neither.
    const text = content ? readText(content, maxChars, DISCORD_NOT_TEXT) : forwardedText(row, messageId, maxChars);
    if (!text) return null;
    // Later messages of a group show neither name nor avatar: both come from the group's first message.
    let author = authorOf(row);
    let authorId = author ? authorIdOf(row) : undefined;
    for (const previous of author ? [] : previousRows(row, DISCORD_ROW)) {
      author = authorOf(previous);
      if (author) {
        authorId = authorIdOf(previous);
        break;
      }
    }
    const doc = row.ownerDocument;
    const selfId = pageWide(doc, 'discord:self-id', () => userIdOf(doc.querySelector(DISCORD_SELF_AVATAR)));
    let incoming: boolean;
    // The teen's avatar carries an id: an author whose avatar carries another one, or none (a default avatar), is someone else.
    if (selfId && authorId !== undefined) incoming = authorId !== selfId;
    else {
      const self = pageWide(doc, 'discord:self', () => new Set(Array.from(doc.querySelectorAll(DISCORD_SELF_NAMES), (el) => labelText(el).toLowerCase()).filter(Boolean)));
      incoming = !self.has(author.toLowerCase());
    }
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
  /** A server channel (`/channels/<server>/<channel>`) is a group; `/channels/@me/` may be one person or a group DM: unknown. */
  threadContext: (_doc, url): ThreadContext => (/^\/channels\/\d+\//.test(url.pathname) ? { group: true } : {}),
};
