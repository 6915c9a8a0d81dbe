/**
 * Shared reading for Meta's two web messengers (Instagram DMs and Messenger),
 * which render with the same "Comet" component library: message words sit in
 * a `div[dir=auto]`; quoted replies, reactions and link previews are
 * `role=button` or links around their own `div[dir=auto]`; the teen's own
 * rows sit on the end side and, in some builds, carry a visually hidden
 * "You sent" / "You replied to" label.
 *
 * The bubble itself can be `role=button` too (Instagram's "Double tap to
 * like" bubble, see instagram.ts), so "inside a button" cannot mean "not the
 * message": the message is the last `div[dir=auto]` outside links, because a
 * quoted reply is drawn above the bubble it belongs to and reactions and
 * link cards below it carry no `div[dir=auto]` outside a link.
 */
import { horizontalSide, readText } from './dom';

/** Message words: a `div[dir=auto]` outside quotes, reactions and link cards. */
export const META_TEXT = 'div[dir="auto"]';
/** Links and link cards: a `div[dir=auto]` inside one is never the message's own words. */
export const META_LINK = 'a, [role=link]';
/** Skipped inside the message's own words (a plain link inside them is kept). */
export const META_NOT_TEXT = '[role=button], h4, h5, h6';

/**
 * "You sent" as Meta words it in the project's languages. Unverified beyond
 * English: alignment is checked first where the page has layout.
 */
export const YOU_SENT_LABELS = [
  'you sent',
  'you replied',
  'enviaste',
  'respondiste',
  'você enviou',
  'você respondeu',
  'vous avez envoyé',
  'vous avez répondu',
  'anda mengirim',
  'anda membalas',
  'anda menghantar',
  'nagpadala ka',
  'คุณส่ง',
];

export function saysYouSent(label: string): boolean {
  const lower = label.trim().toLowerCase();
  return YOU_SENT_LABELS.some((words) => lower.startsWith(words));
}

/**
 * The row's own message text: the last `div[dir=auto]` that is not inside a
 * link (a quoted reply comes before the bubble; nested `div[dir=auto]` inside
 * the bubble are part of it).
 */
export function metaMessageText(row: Element, maxChars: number): { text: string; bubble: Element | null } {
  const candidates = Array.from(row.querySelectorAll(META_TEXT)).filter((el) => {
    const link = el.closest(META_LINK);
    if (link && row.contains(link)) return false;
    const outer = el.parentElement?.closest(META_TEXT);
    return !outer || !row.contains(outer);
  });
  const bubble = candidates[candidates.length - 1] ?? null;
  return { text: readText(bubble, maxChars, META_NOT_TEXT), bubble };
}

/** Is the row the teen's own? Layout first (where there is one), then the hidden label. */
export function metaOutgoing(bubble: Element, container: Element | null, hiddenLabel: string): boolean {
  const side = horizontalSide(bubble, container);
  if (side) return side === 'end';
  return saysYouSent(hiddenLabel);
}
