/**
 * The generic fallback: finds chat-like structure on a supported site when
 * the site's own selectors stop matching, because these sites change their
 * DOM without notice. It leans on what accessible chat UIs expose (roles
 * `log`/`row`/`listitem`, `aria-live` regions, `contenteditable` or
 * `role=textbox` composers) and on how bubbles are aligned. It keeps the
 * site adapter's URL logic (messaging pages, thread ids), which changes less.
 */
import { horizontalSide, labelText, previousRows, readText, stableHash } from './dom';
import type { SiteAdapter } from './types';

/** Containers that hold a conversation's messages. */
export const GENERIC_CONTAINER = ':is([role=log], [aria-live=polite], [role=grid], [role=list], [data-list-id])';
/** Rows: direct children of a chat container, or rows one wrapper deep (virtualised lists add a spacer wrapper). */
export const GENERIC_ROW = `${GENERIC_CONTAINER} > :is([role=row], [role=listitem], li, article, div), ${GENERIC_CONTAINER} > div > :is([role=row], [role=listitem], article)`;
/** Parts of a row that are not the message's own words. */
export const GENERIC_SKIP =
  'time, button, [role=button], svg, blockquote, aside, figure, [aria-hidden=true], h1, h2, h3, h4, h5, h6, [role=heading], ' +
  // Block content inside a link is a link card; a plain link's own text is kept.
  'a div, a p, ' +
  '[class*="reaction" i], [class*="reply" i], [class*="quote" i], [class*="preview" i], [class*="embed" i], [class*="timestamp" i], ' +
  '[class*="sender" i], [class*="author" i], [class*="username" i], [class*="meta" i]';
/** Where the sender's name usually sits. */
export const GENERIC_SENDER = '[class*="sender" i], [class*="author" i], [class*="username" i], h5, h6, [role=heading]';
/** Class or data tokens that mark the teen's own messages / the other person's, on many chat UIs. */
const OUTGOING_TOKEN = /(^|[\s_-])(out|outgoing|own|self|sent|mine|me)([\s_-]|$)/i;
const INCOMING_TOKEN = /(^|[\s_-])(in|incoming|received|other|them)([\s_-]|$)/i;
export const GENERIC_COMPOSER = '[role=textbox][contenteditable=true], [contenteditable=true][aria-label], [role=textbox], textarea, [contenteditable=true]';
/** Lists that are not a conversation: chat lists, menus, page chrome. */
const NOT_CHAT = 'nav, [role=navigation], header, [role=banner], [role=menu], [role=tree]';
const SYSTEM_LINE = '[class*="system" i], [class*="service" i]';

function markerSide(row: Element): 'incoming' | 'outgoing' | undefined {
  // The row and its first two levels: sites mark the bubble wrapper, not always the row.
  const candidates: Element[] = [row];
  for (const child of Array.from(row.children).slice(0, 3)) {
    candidates.push(child);
    const grandchild = child.firstElementChild;
    if (grandchild) candidates.push(grandchild);
  }
  for (const element of candidates) {
    const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('data-testid') ?? ''} ${element.getAttribute('data-direction') ?? ''}`;
    if (OUTGOING_TOKEN.test(tokens)) return 'outgoing';
    if (INCOMING_TOKEN.test(tokens)) return 'incoming';
  }
  return undefined;
}

function isCentred(row: Element): boolean {
  const view = row.ownerDocument.defaultView;
  if (!view) return false;
  for (const element of [row, row.firstElementChild]) {
    if (!element) continue;
    const style = view.getComputedStyle(element);
    if (style.textAlign === 'center' || style.justifyContent === 'center' || style.alignSelf === 'center') return true;
  }
  return false;
}

/** The fallback adapter for a site: the site's URL logic, generic DOM reading. */
export function createGenericAdapter(site: SiteAdapter): SiteAdapter {
  return {
    id: 'generic',
    isMessagingPage: (url) => site.isMessagingPage(url),
    threadId: (doc, url) => site.threadId(doc, url),
    rowSelector: GENERIC_ROW,
    readRow(row, { maxChars }) {
      if (row.getAttribute('role') === 'separator' || row.closest(NOT_CHAT) || row.querySelector(GENERIC_ROW)) return null;
      // System lines ("Rafi joined") on many sites carry "system" or "service" in a class name.
      if (row.matches(SYSTEM_LINE) || row.querySelector(SYSTEM_LINE)) return null;
      const text = readText(row, maxChars, GENERIC_SKIP);
      // System lines and date separators sit centred and carry no bubble.
      if (!text || isCentred(row)) return null;
      const container = row.closest(GENERIC_CONTAINER);
      const marker = markerSide(row);
      const incoming = marker ? marker === 'incoming' : horizontalSide(row.firstElementChild ?? row, container) !== 'end';
      let sender = labelText(row.querySelector(GENERIC_SENDER)) || undefined;
      if (!sender && incoming) {
        for (const previous of previousRows(row, GENERIC_ROW)) {
          const name = labelText(previous.querySelector(GENERIC_SENDER));
          if (name) {
            sender = name;
            break;
          }
        }
      }
      const time = row.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
      const at = time ? Date.parse(time) : NaN;
      const id = row.getAttribute('data-id') ?? row.getAttribute('data-message-id') ?? row.getAttribute('id');
      return {
        // The key leaves out the inherited sender: it depends on which earlier rows are rendered.
        key: id ? `id:${id}` : stableHash(incoming ? 'in' : 'out', text, time),
        text,
        incoming,
        ...(sender ? { sender } : {}),
        ...(Number.isFinite(at) ? { at } : {}),
      };
    },
    findComposer(doc) {
      return doc.querySelector<HTMLElement>(GENERIC_COMPOSER);
    },
  };
}
