/**
 * Shared reading for Meta's two web messengers (Instagram DMs and Messenger),
 * which render with the same "Comet" component library: rows are
 * `[role=row]`, message words sit in a `div[dir=auto]`, clickable parts
 * (quoted replies, reactions, link previews) are `role=button` or links, and
 * the teen's own rows carry a visually hidden "You sent" label.
 */
import { horizontalSide, readText } from './dom';

/** Message words: a `div[dir=auto]` outside quotes, reactions and link cards. */
export const META_TEXT = 'div[dir="auto"]';
/** Clickable parts of a row (quoted replies, reactions, link cards): a `div[dir=auto]` inside one is not the message. */
export const META_CLICKABLE = '[role=button], a, [role=link]';
/** Skipped inside the message's own words (a plain link inside them is kept). */
export const META_NOT_TEXT = '[role=button], h4, h5, h6';

/**
 * "You sent" as Meta words it in the project's languages. Unverified beyond
 * English: alignment is checked first where the page has layout.
 */
export const YOU_SENT_LABELS = ['you sent', 'enviaste', 'você enviou', 'vous avez envoyé', 'anda mengirim', 'anda menghantar', 'nagpadala ka', 'คุณส่ง'];

export function saysYouSent(label: string): boolean {
  const lower = label.trim().toLowerCase();
  return YOU_SENT_LABELS.some((words) => lower.startsWith(words));
}

/** The row's own message text: the last `div[dir=auto]` that is not inside a clickable part. */
export function metaMessageText(row: Element, maxChars: number): { text: string; bubble: Element | null } {
  const candidates = Array.from(row.querySelectorAll(META_TEXT)).filter((el) => {
    const clickable = el.closest(META_CLICKABLE);
    return !clickable || !row.contains(clickable);
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
